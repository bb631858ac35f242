"""The public entry points: parse_bytes, parse_path, parse_many_bytes, iter_messages, redate.

Whatever bytes come in, only `ParseError` subclasses leave these functions:
an unexpected exception is logged by type (never content) and wrapped, so a
hostile or broken file can never crash the importer's caller.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
from pathlib import Path
from typing import Callable, Iterator, TypeVar

from .chat_names import base_name, chat_name_from_file
from .date_order import ORDERS
from .detect import sniff
from .errors import NotAChatExport, ParseError
from .model import ParsedExport, ParsedMessage
from .telegram_parser import is_telegram, load_json, parse_single, parse_telegram_account
from .whatsapp_headers import detect_dialect
from .whatsapp_import import WhatsAppImport, gc_paused
from .whatsapp_parser import Stamper
from .zip_reader import read_export_zip

log = logging.getLogger("moddesk.ingest")
T = TypeVar("T")


def guarded(work: Callable[[], T]) -> T:
    """Run parsing `work`; anything but a ParseError becomes one (the contract)."""
    try:
        return work()
    except ParseError:
        raise
    except Exception as exc:  # noqa: BLE001 - the contract is "only ParseError escapes"
        return _wrap(exc)


def check_order(date_order: str | None) -> None:
    """Refuse an unknown date order (a caller's bug: ValueError, not ParseError)."""
    # A wrong argument is the caller's bug, not bad input: plain ValueError.
    if date_order is not None and date_order not in ORDERS:
        raise ValueError(f"date_order must be one of {ORDERS}, not {date_order!r}")


def _wrap(exc: Exception) -> T:  # type: ignore[type-var]
    log.error("ingest failed unexpectedly: %s", type(exc).__name__)
    raise ParseError("The file could not be read because of an internal error in the importer "
                     f"({type(exc).__name__}). Please report it; the file itself was not changed.") from exc


def parse_bytes(data: bytes, *, name: str, date_order: str | None = None,
                locale_hint: str | None = None) -> ParsedExport:
    """Parse one export (WhatsApp .txt/.zip or single-chat Telegram JSON)."""
    check_order(date_order)
    return guarded(lambda: _parse(data, name, date_order, locale_hint))


def parse_path(path: Path, *, date_order: str | None = None, locale_hint: str | None = None) -> ParsedExport:
    """Read a file and parse it like parse_bytes."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ParseError(f"{base_name(str(path))} could not be read ({type(exc).__name__}); "
                         "check that the file exists and is readable.") from exc
    return parse_bytes(data, name=Path(path).name, date_order=date_order, locale_hint=locale_hint)


def parse_many_bytes(data: bytes, *, name: str, date_order: str | None = None,
                     locale_hint: str | None = None) -> list[ParsedExport]:
    """Every chat in the bytes: all chats of a Telegram account export, else one."""
    check_order(date_order)
    def work() -> list[ParsedExport]:
        if sniff(data) == "json" and is_telegram(load_json(data, name)):
            return parse_telegram_account(data, name=name)
        return [_parse(data, name, date_order, locale_hint)]
    return guarded(work)


def iter_messages(data: bytes, *, name: str, date_order: str | None = None,
                  locale_hint: str | None = None) -> Iterator[ParsedMessage]:
    """Stream the messages of a WhatsApp .txt export without building a list.

    Other formats are parsed fully and then yielded.
    """
    check_order(date_order)
    if sniff(data) != "text":
        yield from parse_bytes(data, name=name, date_order=date_order, locale_hint=locale_hint).messages
        return
    prepared = guarded(lambda: WhatsAppImport.prepare(
        data, name=name, chat_name=chat_name_from_file(name), date_order=date_order,
        locale_hint=locale_hint))
    stream = prepared.messages()
    while True:
        item = guarded(lambda: next(stream, None))
        if item is None:
            return
        yield item


def _parse(data: bytes, name: str, date_order: str | None, locale_hint: str | None) -> ParsedExport:
    kind = sniff(data)
    if kind == "empty":
        raise NotAChatExport(f"{name} is empty: it holds no messages. Export the chat again.")
    if kind == "zip":
        return _parse_zip(data, name, date_order, locale_hint)
    if kind == "json":
        doc = load_json(data, name)
        if not is_telegram(doc):
            raise NotAChatExport(f"{name} is JSON but not a Telegram Desktop chat export.")
        return parse_single(data, name)
    return _parse_text(data, name, chat_name_from_file(name), date_order, locale_hint)


def _parse_text(data: bytes, name: str, chat_name: str, date_order: str | None,
                locale_hint: str | None, digest: str | None = None) -> ParsedExport:
    prepared = WhatsAppImport.prepare(data, name=name, chat_name=chat_name, date_order=date_order,
                                      locale_hint=locale_hint)
    with gc_paused():
        messages = list(prepared.messages())
    if not messages:
        raise NotAChatExport(f"{name} holds no readable messages.")
    return ParsedExport(
        chat_name, name, digest or hashlib.sha256(data).hexdigest(), prepared.dialect.platform,
        prepared.decision.order, prepared.decision.certain, messages, {},
        sorted(set(prepared.failed_lines)), prepared.warnings())


def _parse_zip(data: bytes, name: str, date_order: str | None, locale_hint: str | None) -> ParsedExport:
    contents = read_export_zip(data, name)
    export = _parse_text(contents.chat_bytes, name, contents.chat_name, date_order, locale_hint,
                         hashlib.sha256(data).hexdigest())
    export.attachments = _link_attachments(export.messages, contents.attachments)
    export.warnings.extend(dict.fromkeys(contents.warnings))
    return export


def _link_attachments(messages: list[ParsedMessage], members: dict) -> dict:
    """Add aliases so every message's attachment name finds its member.

    iOS names members `00000012-PHOTO-….jpg` but old chats may mention the
    name without the running-number prefix (catalogue §10).
    """
    linked = dict(members)
    unprefixed = {k.split("-", 1)[1]: v for k, v in members.items() if k[:8].isdigit() and "-" in k}
    for msg in messages:
        if msg.attachment and msg.attachment not in linked and msg.attachment in unprefixed:
            linked[msg.attachment] = unprefixed[msg.attachment]
    return linked


def redate(export: ParsedExport, date_order: str) -> ParsedExport:
    """A copy of `export` with every message re-dated under `date_order`."""
    check_order(date_order)
    if export.platform == "telegram" or not export.messages:
        return dataclasses.replace(export, messages=list(export.messages))
    firsts = [m.raw.split("\n", 1)[0] for m in export.messages]
    dialect = detect_dialect(firsts)
    stamp, failed, messages = Stamper(date_order), list(export.failed_lines), []
    for msg, first in zip(export.messages, firsts):
        m = dialect.regex.match(first) if dialect else None
        ts = stamp(*m.group(*dialect.groups)) if m and dialect else None
        if ts is None:
            failed.append(msg.line)
        messages.append(dataclasses.replace(msg, timestamp=ts or msg.timestamp))
    warnings = [w for w in export.warnings if not w.startswith(("date order", "headers disagree"))]
    if len(failed) > len(export.failed_lines):
        warnings.append(f"{len(failed) - len(export.failed_lines)} date(s) are impossible in the chosen "
                        "order and kept their previous value")
    return dataclasses.replace(export, date_order=date_order, date_order_certain=True,
                               messages=messages, failed_lines=sorted(set(failed)), warnings=warnings)
