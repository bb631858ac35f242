"""WhatsApp `.txt` exports: lines in, `ParsedMessage`s out.

Two passes over the decoded lines. The first finds header lines with the
file's single dialect regex and collects the distinct dates in file order, so
the date order is decided once for the whole file. The second re-matches only
the header lines and builds messages lazily, which lets callers stream a
million-message import. Continuation lines (anything that is not a full
header, including lines that merely start with a date) stay in the body.
"""

from __future__ import annotations

import logging
from array import array
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Iterator

from .bidi_marks import clean_name, has_leading_mark, strip_marks
from .date_order import to_date
from .meridiem import to_24h
from .model import ParsedMessage
from .placeholders import classify_body, split_edited
from .system_phrases import classify_system, is_call, system_kind
from .whatsapp_headers import Dialect

log = logging.getLogger("moddesk.ingest")
_QUOTES = frozenset('"“”«»„')
_MAX_BARE_AUTHOR = 60
_MAX_CALL_TEXT = 60
_LEADING_MARKS = ("\u200e", "\u200f")
# First letters of call notices (Missed/Verpasster/Zmeškaný/Пропущенный …):
# other short bodies cannot be a call filed under a sender.
_CALL_INITIALS = frozenset("MmVvZzPpПпCcAaLlGg")
_new_message = object.__new__
_set_dict = object.__setattr__


@dataclass
class HeaderScan:
    """What the first pass learnt about every header line.

    Parallel arrays (line index, end of the header, date id, time id) keep a
    million headers in ~30 MB and spare the second pass a regex match; dates
    and times are interned because a chat repeats them constantly.
    """

    headers: array = field(default_factory=lambda: array("l"))
    ends: array = field(default_factory=lambda: array("l"))
    date_ids: array = field(default_factory=lambda: array("l"))
    time_ids: array = field(default_factory=lambda: array("l"))
    date_texts: dict[str, int] = field(default_factory=dict)
    time_keys: dict[tuple[str, str | None], int] = field(default_factory=dict)
    dates: list[str] = field(default_factory=list)


def scan_headers(lines: list[str], dialect: Dialect) -> HeaderScan:
    """First pass: which lines are headers, and the dates they carry."""
    scan = HeaderScan()
    match, groups, last = dialect.regex.match, dialect.groups, None
    date_ids, time_ids = scan.date_texts.setdefault, scan.time_keys.setdefault
    add_header, add_end = scan.headers.append, scan.ends.append
    add_date, add_time = scan.date_ids.append, scan.time_ids.append
    for i, line in enumerate(lines):
        m = match(line)
        if m is None:
            continue
        date, time, mer, mer0 = m.group(*groups)
        add_header(i)
        add_end(m.end())
        add_date(date_ids(date, len(scan.date_texts)))
        add_time(time_ids((time, mer or mer0), len(scan.time_keys)))
        if date != last:
            scan.dates.append(date)
            last = date
    return scan


class Stamper:
    """Turns header date/time text into datetimes, caching repeated parts."""

    def __init__(self, order: str) -> None:
        self.order = order
        self.dates: dict[str, tuple[int, int, int] | None] = {}
        self.times: dict[tuple[str, str | None], tuple[int, int, int] | None] = {}

    def __call__(self, date: str, time: str, mer: str | None, mer0: str | None = None) -> datetime | None:
        mer = mer or mer0
        d = self.dates.get(date, False)
        if d is False:
            d = self.dates[date] = self._date(date)
        t = self.times.get((time, mer), False)
        if t is False:
            t = self.times[(time, mer)] = _time(time, mer)
        if d is None or t is None:
            return None
        return datetime(d[0], d[1], d[2], t[0], t[1], t[2])

    def day(self, text: str) -> tuple[int, int, int] | None:
        """(year, month, day) of a header date, or None when impossible."""
        return self._date(text)

    def _date(self, text: str) -> tuple[int, int, int] | None:
        value = to_date(text, self.order)
        return (value.year, value.month, value.day) if value else None


def _stamps(scan: HeaderScan, order: str) -> Iterator[datetime | None]:
    """Timestamps of all headers, resolving each distinct date/time once."""
    stamper = Stamper(order)
    days = [_midnight(stamper.day(text)) for text in scan.date_texts]
    clock = [_offset(_time(time, mer)) for time, mer in scan.time_keys]
    for date_id, time_id in zip(scan.date_ids, scan.time_ids):
        d, t = days[date_id], clock[time_id]
        yield None if d is None or t is None else d + t


def _midnight(day: tuple[int, int, int] | None) -> datetime | None:
    return None if day is None else datetime(*day)


def _offset(clock: tuple[int, int, int] | None) -> timedelta | None:
    return None if clock is None else timedelta(hours=clock[0], minutes=clock[1], seconds=clock[2])


def _time(text: str, mer: str | None) -> tuple[int, int, int] | None:
    parts = [int(p) for p in text.replace(".", ":").split(":")]
    hour = to_24h(parts[0], mer)
    second = parts[2] if len(parts) > 2 else 0
    if hour > 23 or parts[1] > 59 or second > 59:
        return None
    return hour, parts[1], second


@dataclass
class WhatsAppReader:
    """Second pass over one file: builds messages from the header lines."""

    lines: list[str]
    dialect: Dialect
    order: str
    chat_key: str = ""
    failed: list[int] = field(default_factory=list)
    # Senders repeat on every line; their facts are worked out once per name.
    names: dict[str, tuple[str, bool, bool]] = field(default_factory=dict)

    def messages(self, scan: HeaderScan) -> Iterator[ParsedMessage]:
        """Yield messages in file order; bad-date headers become body text."""
        stamps = _stamps(scan, self.order)
        pending, index = None, 0
        for i, end, ts in zip(scan.headers, scan.ends, stamps):
            if ts is None:
                self.failed.append(i + 1)
                continue
            if pending is not None:
                yield self._build(index, *pending, i)
                index += 1
            pending = (i, end, ts)
        if pending is not None:
            yield self._build(index, *pending, len(self.lines))
        log.debug("whatsapp pass built %d messages, %d failed headers", index + 1, len(self.failed))

    def _build(self, index: int, i: int, end_of_header: int, ts: datetime, end: int) -> ParsedMessage:
        raw = self.lines[i] if end == i + 1 else "\n".join(self.lines[i:end])
        rest = raw[end_of_header:]
        newline = rest.find("\n")
        first_end = newline if newline >= 0 else len(rest)
        cut = rest.find(": ", 0, first_end)
        if cut < 0:
            return self._without_separator(index, ts, rest, first_end, i + 1, raw)
        known = self.names.get(rest[:cut])
        if known is None:
            known = self.names[rest[:cut]] = self._sender_facts(rest[:cut])
        if (known[1] or rest[:1] in _LEADING_MARKS) and system_kind(rest[:first_end]) or not known[0]:
            return _system(index, ts, rest, i + 1, raw)
        return self._sender_message(index, ts, known[0], known[2], rest[cut + 2:], i + 1, raw)

    def _without_separator(self, index: int, ts: datetime, rest: str, first_end: int, line: int,
                           raw: str) -> ParsedMessage:
        """A notice, or a sender line with an empty body (`Carol:`)."""
        if rest[first_end - 1:first_end] == ":" and 0 < first_end <= _MAX_BARE_AUTHOR:
            name = clean_name(rest[:first_end - 1])
            if name:
                return self._sender_message(index, ts, name, False, rest[first_end + 1:], line, raw)
        return _system(index, ts, rest, line, raw)

    def _sender_message(self, index: int, ts: datetime, author: str, is_chat: bool, body: str,
                        line: int, raw: str) -> ParsedMessage:
        edited = False
        if body.endswith(">"):
            body, edited = split_edited(body)
        kind, attachment, text = classify_body(body)
        if kind == "text" and (is_chat or index == 0 or body[:1] in _LEADING_MARKS
                               or (body[:1] in _CALL_INITIALS and len(body) < _MAX_CALL_TEXT)):
            notice = _attributed_notice(body, is_chat, index == 0)
            if notice is not None:
                return _make(index, ts, None, "system", text, None, False, line, raw, notice)
        msg = _new_message(ParsedMessage)  # _make inlined: this is the hot path
        _set_dict(msg, "__dict__", {
            "index": index, "timestamp": ts, "author": author, "kind": kind, "text": text,
            "attachment": attachment, "edited": edited, "line": line, "raw": raw, "system_kind": None})
        return msg

    def _sender_facts(self, candidate: str) -> tuple[str, bool, bool]:
        """(clean name, holds a quote sign, is the chat's own name)."""
        name = clean_name(candidate)
        is_chat = bool(self.chat_key) and name.casefold() == self.chat_key
        return name, not _QUOTES.isdisjoint(candidate), is_chat


def _system(index: int, ts: datetime, body: str, line: int, raw: str) -> ParsedMessage:
    return _make(index, ts, None, "system", strip_marks(body), None, False, line, raw, classify_system(body))


def _attributed_notice(body: str, is_chat: bool, first: bool) -> str | None:
    """System kind for notices iOS files under a sender, else None.

    iOS attributes notices to the chat's own name or marks their body with
    U+200E; only then are phrase templates trusted, so a member typing
    "Ben left" stays a text message. An encryption notice as the first record
    is trusted too: iOS files it under the chat's name, which the file name
    does not always tell us. Android writes calls as user lines.
    """
    if is_chat or has_leading_mark(body):
        return system_kind(body)
    if first and system_kind(body) == "encryption":
        return "encryption"
    return "other" if len(body) < _MAX_CALL_TEXT and is_call(body) else None


def _make(index: int, ts: datetime, author: str | None, kind: str, text: str | None,
          attachment: str | None, edited: bool, line: int, raw: str,
          system: str | None) -> ParsedMessage:
    # Bypasses the frozen dataclass __init__ (ten object.__setattr__ calls),
    # which dominated million-message imports. The instance stays frozen.
    msg = _new_message(ParsedMessage)
    _set_dict(msg, "__dict__", {
        "index": index, "timestamp": ts, "author": author, "kind": kind, "text": text,
        "attachment": attachment, "edited": edited, "line": line, "raw": raw, "system_kind": system})
    return msg
