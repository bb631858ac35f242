"""One WhatsApp text export prepared for reading: decoded, dialect and order known.

`WhatsAppImport.prepare` runs everything that needs the whole file (decoding,
dialect detection, the header scan, the date-order decision); `messages()`
then streams `ParsedMessage`s. `parse_bytes` collects them into a list,
`iter_messages` hands them out one by one.
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
from .text_decode import DecodedText, decode_export
from .whatsapp_headers import Dialect, detect_dialect, first_lines_shape
from .whatsapp_parser import HeaderScan, WhatsAppReader, scan_headers

log = logging.getLogger("moddesk.ingest")
_DETECT_LIMIT = 5000


@dataclass
class WhatsAppImport:
    """A decoded WhatsApp export whose header shape and date order are decided."""

    decoded: DecodedText
    dialect: Dialect
    scan: HeaderScan
    decision: OrderDecision
    chat_name: str
    failed_lines: list[int] = field(default_factory=list)

    @classmethod
    def prepare(cls, data: bytes, *, name: str, chat_name: str, date_order: str | None,
                locale_hint: str | None) -> WhatsAppImport:
        """Decode and analyse the whole file; raise NotAChatExport if it is none."""
        decoded = decode_export(data)
        dialect = detect_dialect(decoded.lines[:_DETECT_LIMIT])
        if dialect is None:
            raise NotAChatExport(_not_chat_message(name, decoded.lines))
        scan = scan_headers(decoded.lines, dialect)
        decision = _decision(scan.dates, date_order, locale_hint)
        log.info("whatsapp scan: %d lines, %d headers, family %s, order %s",
                 len(decoded.lines), len(scan.headers), dialect.family, decision.order)
        return cls(decoded, dialect, scan, decision, chat_name, _leading_garbage(decoded, scan))

    def messages(self) -> Iterator[ParsedMessage]:
        """Stream the messages; `failed_lines` is complete once exhausted."""
        reader = WhatsAppReader(self.decoded.lines, self.dialect, self.decision.order,
                                self.chat_name.casefold().strip(), self.failed_lines)
        return reader.messages(self.scan)

    def warnings(self) -> list[str]:
        """Plain-English notes for the moderator (call after messages())."""
        notes = list(self.decoded.warnings)
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


def _leading_garbage(decoded: DecodedText, scan: HeaderScan) -> list[int]:
    first = scan.headers[0] if scan.headers else len(decoded.lines)
    garbage = [i + 1 for i in range(first) if decoded.lines[i].strip()]
    return sorted(set(garbage) | set(decoded.damaged_lines))


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
