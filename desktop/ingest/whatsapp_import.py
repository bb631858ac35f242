"""One WhatsApp text export prepared for reading: dialect and order known.

`WhatsAppImport.prepare` runs everything that needs the whole file (dialect
detection, the header scan, the date-order decision); `messages()` then
streams `ParsedMessage`s and `rows()` storage rows. `parse_bytes` collects
messages into a list, `iter_messages` hands them out one by one, the
importer stores rows batch by batch. The text is decoded a chunk at a time
on each pass (`LineSource`), so only the file's bytes stay in memory.
"""

from __future__ import annotations

import gc
import logging
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator

from .date_order import ORDERS, OrderDecision, decide_order
from .errors import NotAChatExport
from .model import ParsedMessage
from .text_decode import decode_export
from .whatsapp_headers import Dialect, detect_dialect, first_lines_shape
from .whatsapp_lines import LineSource
from .whatsapp_parser import HeaderScan, Row, StampTable, WhatsAppReader

log = logging.getLogger("moddesk.ingest")
_DETECT_LIMIT = 5000


@dataclass
class WhatsAppImport:
    """A decoded WhatsApp export whose header shape and date order are decided."""

    source: LineSource
    dialect: Dialect
    scan: HeaderScan
    decision: OrderDecision
    chat_name: str
    failed_lines: list[int] = field(default_factory=list)

    @classmethod
    def prepare(cls, data: bytes, *, name: str, chat_name: str, date_order: str | None,
                locale_hint: str | None) -> WhatsAppImport:
        """Decode and analyse the whole file; raise NotAChatExport if it is none."""
        source = LineSource.from_bytes(data)
        head = source.head(_DETECT_LIMIT)
        dialect = detect_dialect(head)
        if dialect is None:
            raise NotAChatExport(_not_chat_message(name, head))
        scan = _scan(source, dialect)
        decision = _decision(scan.dates, date_order, locale_hint)
        log.info("whatsapp scan: %d lines, %d headers, family %s, order %s",
                 scan.line_count, len(scan.headers), dialect.family, decision.order)
        return cls(source, dialect, scan, decision, chat_name, _leading_garbage(source, scan))

    def messages(self) -> Iterator[ParsedMessage]:
        """Stream the messages; `failed_lines` is complete once exhausted."""
        return self._reader().messages(self.source, self.scan)

    def rows(self) -> Iterator[Row]:
        """Stream storage rows (see `WhatsAppReader.rows`); headers kept if the order is uncertain."""
        return self._reader().rows(self.source, self.scan, keep_headers=not self.decision.certain)

    def in_time_order(self) -> bool:
        """True when the messages' times never go back in file order."""
        return StampTable.build(self.scan, self.decision.order).in_order(self.scan)

    @property
    def message_count(self) -> int:
        """Messages the file holds at most (every header line starts one)."""
        return len(self.scan.headers)

    def _reader(self) -> WhatsAppReader:
        return WhatsAppReader(self.dialect, self.decision.order, self.chat_name.casefold().strip(),
                              self.failed_lines)

    def warnings(self) -> list[str]:
        """Plain-English notes for the moderator (call after messages())."""
        notes = self.source.warnings
        if self.decision.warning:
            notes.append(self.decision.warning)
        if self.failed_lines:
            notes.append(f"{len(self.failed_lines)} line(s) could not be read as messages")
        return notes


def _decision(dates: list[str], forced: str | None, hint: str | None) -> OrderDecision:
    if forced is None:
        return decide_order(dates, hint)
    if forced not in ORDERS:
        raise ValueError(f"date_order must be one of {ORDERS}, not {forced!r}")
    return OrderDecision(forced, True)


def _scan(source: LineSource, dialect: Dialect) -> HeaderScan:
    """The first pass; damaged UTF-8 restarts it on the whole-file repair path."""
    scan = HeaderScan()
    try:
        for first, lines in source.chunks():
            scan.add(lines, first, dialect)
    except UnicodeDecodeError:
        source.repair()
        return _scan(source, dialect)
    return scan


def _leading_garbage(source: LineSource, scan: HeaderScan) -> list[int]:
    first = scan.headers[0] if scan.headers else scan.line_count
    garbage: list[int] = []
    for start, lines in source.chunks():
        if start >= first:
            break
        garbage += [i + 1 for i, line in enumerate(lines[:first - start], start) if line.strip()]
    return sorted(set(garbage) | set(source.damaged_lines))


def _not_chat_message(name: str, lines: list[str]) -> str:
    if not any(line.strip() for line in lines):
        return f"{name} is empty: it holds no messages. Export the chat again from WhatsApp."
    return (f"{name} is not a recognised chat export: no line starts with a WhatsApp date and time. "
            f"First lines look like: {first_lines_shape(lines)} (9 = digit, a = letter). "
            "Choose the .txt or .zip file WhatsApp's 'Export chat' produced.")


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building a big message list.

    A million new message objects trigger hundreds of collections that find
    nothing (messages hold no cycles); that was a quarter of the import time.
    Reference counting still frees everything as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def looks_like_whatsapp(data: bytes) -> bool:
    """Cheap check used to pick the chat text out of an archive."""
    head = decode_export(data[:64_000]).lines
    return detect_dialect(head) is not None
