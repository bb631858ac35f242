"""WhatsApp `.txt` exports: lines in, `ParsedMessage`s (or storage rows) out.

Two passes over the lines, each a chunk at a time (`LineSource`). The first
finds header lines with the file's single dialect regex and collects the
distinct dates in file order, so the date order is decided once for the
whole file. The second walks the header lines again and builds messages
lazily, which lets callers stream a million-message import: `messages()`
yields `ParsedMessage`s, `rows()` the same facts as plain tuples for the
importer. Continuation lines (anything that is not a full header, including
lines that merely start with a date) stay in the body.
"""

from __future__ import annotations

import logging
from array import array
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Iterator

from .bidi_marks import clean_name, has_leading_mark, strip_marks
from .date_order import to_date
from .meridiem import to_24h
from .model import ParsedMessage
from .placeholders import classify_body, is_plain_text, split_edited
from .system_phrases import classify_system, is_call, system_kind
from .whatsapp_headers import Dialect
from .whatsapp_lines import LineSource

log = logging.getLogger("moddesk.ingest")
_QUOTES = frozenset('"“”«»„')
_MAX_BARE_AUTHOR = 60
_MAX_CALL_TEXT = 60
_LEADING_MARKS = ("\u200e", "\u200f")
# First letters of call notices (Missed/Verpasster/Zmeškaný/Пропущенный …):
# other short bodies cannot be a call filed under a sender.
_CALL_INITIALS = frozenset("MmVvZzPpПпCcAaLlGg")
_EPOCH_DAY = date(1970, 1, 1).toordinal()
_new_message = object.__new__
_set_dict = object.__setattr__
# (author, kind, text, attachment, edited, system kind) of one message.
Fields = tuple["str | None", str, "str | None", "str | None", bool, "str | None"]
# The row `rows()` yields: (seconds since 1970, 'YYYY-MM-DDTHH:MM:SS', author,
# kind, system kind, text, attachment, edited, line, header as written or None).
Row = tuple[int, str, "str | None", str, "str | None", "str | None", "str | None", bool, int,
            "str | None"]


@dataclass
class HeaderScan:
    """What the first pass learnt about every header line.

    Parallel arrays (line index, end of the header, date id, time id) keep a
    million headers in ~16 MB and spare the second pass a regex match; dates
    and times are interned because a chat repeats them constantly.
    """

    headers: array = field(default_factory=lambda: array("i"))
    ends: array = field(default_factory=lambda: array("i"))
    date_ids: array = field(default_factory=lambda: array("i"))
    time_ids: array = field(default_factory=lambda: array("i"))
    date_texts: dict[str, int] = field(default_factory=dict)
    time_keys: dict[tuple[str, str | None], int] = field(default_factory=dict)
    dates: list[str] = field(default_factory=list)
    line_count: int = 0

    def add(self, lines: list[str], first: int, dialect: Dialect) -> None:
        """Scan one chunk of lines whose first line has index `first`."""
        match, groups = dialect.regex.match, dialect.groups
        date_ids, time_ids = self.date_texts.setdefault, self.time_keys.setdefault
        add_header, add_end = self.headers.append, self.ends.append
        add_date, add_time = self.date_ids.append, self.time_ids.append
        dates, last = self.dates, (self.dates[-1] if self.dates else None)
        for i, line in enumerate(lines, first):
            m = match(line)
            if m is None:
                continue
            day, time, mer, mer0 = m.group(*groups)
            add_header(i)
            add_end(m.end())
            add_date(date_ids(day, len(self.date_texts)))
            add_time(time_ids((time, mer or mer0), len(self.time_keys)))
            if day != last:
                dates.append(day)
                last = day
        self.line_count = first + len(lines)


def scan_headers(lines: list[str], dialect: Dialect) -> HeaderScan:
    """First pass over lines held in memory: which are headers, and their dates."""
    scan = HeaderScan()
    scan.add(lines, 0, dialect)
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


@dataclass
class StampTable:
    """Every distinct date and time of a scan, resolved once under one order.

    None marks an impossible date or time; such a header is no header (its
    line stays in the previous message's body and is reported).
    """

    days: list[tuple[int, int, int] | None]
    clocks: list[tuple[int, int, int] | None]

    @classmethod
    def build(cls, scan: HeaderScan, order: str) -> StampTable:
        """Resolve the scan's dates and times under `order`."""
        stamper = Stamper(order)
        return cls([stamper.day(text) for text in scan.date_texts],
                   [_time(time, mer) for time, mer in scan.time_keys])

    def seconds(self) -> tuple[list[int | None], list[int | None]]:
        """Seconds since 1970 of each day's midnight, and of each time of day."""
        days = [None if d is None else (date(*d).toordinal() - _EPOCH_DAY) * 86400
                for d in self.days]
        clocks = [None if c is None else c[0] * 3600 + c[1] * 60 + c[2] for c in self.clocks]
        return days, clocks

    def texts(self) -> tuple[list[str | None], list[str | None]]:
        """ISO text of each day ('YYYY-MM-DDT') and time of day ('HH:MM:SS')."""
        days = [None if d is None else "%04d-%02d-%02dT" % d for d in self.days]
        clocks = [None if c is None else "%02d:%02d:%02d" % c for c in self.clocks]
        return days, clocks

    def in_order(self, scan: HeaderScan) -> bool:
        """True when no valid header is older than one before it, in file order."""
        days, clocks = self.seconds()
        last = None
        for date_id, time_id in zip(scan.date_ids, scan.time_ids):
            day, clock = days[date_id], clocks[time_id]
            if day is None or clock is None:
                continue
            if last is not None and day + clock < last:
                return False
            last = day + clock
        return True


def _time(text: str, mer: str | None) -> tuple[int, int, int] | None:
    parts = [int(p) for p in text.replace(".", ":").split(":")]
    hour = to_24h(parts[0], mer)
    second = parts[2] if len(parts) > 2 else 0
    if hour > 23 or parts[1] > 59 or second > 59:
        return None
    return hour, parts[1], second


def message_texts(source: LineSource, scan: HeaderScan, table: StampTable,
                  failed: list[int]) -> Iterator[tuple[int, int, int, int, str]]:
    """(line index, end of header, date id, time id, text) of every message.

    `text` runs from the header line through the last continuation line,
    joined with LF. Headers whose date or time is impossible are
    continuation lines; their 1-based numbers are appended to `failed`.
    """
    headers, ends, date_ids, time_ids = scan.headers, scan.ends, scan.date_ids, scan.time_ids
    days, clocks, count = table.days, table.clocks, len(scan.headers)
    k, pending, carry = 0, None, []
    for first, lines in source.chunks():
        stop = first + len(lines)
        while k < count and headers[k] < stop:
            i, k = headers[k], k + 1
            if days[date_ids[k - 1]] is None or clocks[time_ids[k - 1]] is None:
                failed.append(i + 1)
                continue
            if pending is not None:
                yield (*pending, _joined(carry, lines, pending[0] - first, i - first))
            pending, carry = (i, ends[k - 1], date_ids[k - 1], time_ids[k - 1]), []
        if pending is not None:
            carry = lines[pending[0] - first:] if pending[0] >= first else carry + lines
    if pending is not None:
        yield (*pending, "\n".join(carry))


def _joined(carry: list[str], lines: list[str], start: int, stop: int) -> str:
    """The message lines[start:stop] (start < 0: it began in an earlier chunk)."""
    if start >= 0:
        return lines[start] if stop == start + 1 else "\n".join(lines[start:stop])
    return "\n".join(carry + lines[:stop])


@dataclass
class WhatsAppReader:
    """Second pass over one file: builds messages from the header lines."""

    dialect: Dialect
    order: str
    chat_key: str = ""
    failed: list[int] = field(default_factory=list)
    # Senders repeat on every line; their facts are worked out once per name.
    names: dict[str, tuple[str, bool, bool]] = field(default_factory=dict)

    def messages(self, source: LineSource, scan: HeaderScan) -> Iterator[ParsedMessage]:
        """Yield messages in file order; bad-date headers become body text."""
        table = StampTable.build(scan, self.order)
        midnight = [None if d is None else datetime(*d) for d in table.days]
        clock = [None if c is None else timedelta(hours=c[0], minutes=c[1], seconds=c[2])
                 for c in table.clocks]
        index = -1
        for index, (i, end, day, time, raw) in enumerate(message_texts(source, scan, table,
                                                                       self.failed)):
            author, kind, text, attachment, edited, system = self._fields(raw[end:], index == 0)
            msg = _new_message(ParsedMessage)  # bypasses the frozen __init__: the hot path
            _set_dict(msg, "__dict__", {
                "index": index, "timestamp": midnight[day] + clock[time],  # type: ignore[operator]
                "author": author, "kind": kind, "text": text, "attachment": attachment,
                "edited": edited, "line": i + 1, "raw": raw, "system_kind": system})
            yield msg
        log.debug("whatsapp pass built %d messages, %d failed headers", index + 1, len(self.failed))

    def rows(self, source: LineSource, scan: HeaderScan, *, keep_headers: bool) -> Iterator[Row]:
        """The messages as `Row` tuples, cheaper than `messages()` for storing.

        With `keep_headers` the last field is the header as written (the
        date fields to re-read if the date order is decided again).
        """
        table = StampTable.build(scan, self.order)
        day_secs, clock_secs = table.seconds()
        day_isos, clock_isos = table.texts()
        plain = self._plain
        for index, (i, end, day, time, raw) in enumerate(message_texts(source, scan, table,
                                                                       self.failed)):
            sec, ts = day_secs[day] + clock_secs[time], day_isos[day] + clock_isos[time]  # type: ignore[operator]
            header = raw[:end] if keep_headers else None
            rest = raw[end:]
            found = plain(rest) if index else None
            if found is not None:
                yield sec, ts, found[0], "text", None, found[1], None, False, i + 1, header
                continue
            author, kind, text, attachment, edited, system = self._fields(rest, index == 0)
            yield sec, ts, author, kind, system, text, attachment, edited, i + 1, header

    def _plain(self, rest: str) -> tuple[str, str] | None:
        """(author, text) when the message is certainly plain text from a member.

        The common case, settled without `_fields`: a sender whose name was
        seen before and is neither the chat nor quoted, no leading mark, and
        a body `is_plain_text` accepts that is no call notice (the only
        notice Android files under a member without a mark). None means "ask
        `_fields`", which decides exactly the same for these.
        """
        cut = rest.find(": ")
        known = self.names.get(rest[:cut]) if cut > 0 else None
        if known is None or known[1] or known[2] or not known[0] or rest[:1] in _LEADING_MARKS:
            return None
        body = rest[cut + 2:]
        if not is_plain_text(body) or (body[:1] in _CALL_INITIALS and len(body) < _MAX_CALL_TEXT
                                       and is_call(body)):
            return None
        return known[0], body

    def _fields(self, rest: str, first: bool) -> Fields:
        """What one message shows, from the text after its header."""
        newline = rest.find("\n")
        first_end = newline if newline >= 0 else len(rest)
        cut = rest.find(": ", 0, first_end)
        if cut < 0:
            return self._without_separator(rest, first_end, first)
        known = self.names.get(rest[:cut])
        if known is None:
            known = self.names[rest[:cut]] = self._sender_facts(rest[:cut])
        if (known[1] or rest[:1] in _LEADING_MARKS) and system_kind(rest[:first_end]) or not known[0]:
            return _system(rest)
        return self._sender_message(known[0], known[2], rest[cut + 2:], first)

    def _without_separator(self, rest: str, first_end: int, first: bool) -> Fields:
        """A notice, or a sender line with an empty body (`Carol:`)."""
        if rest[first_end - 1:first_end] == ":" and 0 < first_end <= _MAX_BARE_AUTHOR:
            name = clean_name(rest[:first_end - 1])
            if name:
                return self._sender_message(name, False, rest[first_end + 1:], first)
        return _system(rest)

    def _sender_message(self, author: str, is_chat: bool, body: str, first: bool) -> Fields:
        edited = False
        if body.endswith(">"):
            body, edited = split_edited(body)
        kind, attachment, text = classify_body(body)
        if kind == "text" and (is_chat or first or body[:1] in _LEADING_MARKS
                               or (body[:1] in _CALL_INITIALS and len(body) < _MAX_CALL_TEXT)):
            notice = _attributed_notice(body, is_chat, first)
            if notice is not None:
                return None, "system", text, None, False, notice
        return author, kind, text, attachment, edited, None

    def _sender_facts(self, candidate: str) -> tuple[str, bool, bool]:
        """(clean name, holds a quote sign, is the chat's own name)."""
        name = clean_name(candidate)
        is_chat = bool(self.chat_key) and name.casefold() == self.chat_key
        return name, not _QUOTES.isdisjoint(candidate), is_chat


def _system(body: str) -> Fields:
    return None, "system", strip_marks(body), None, False, classify_system(body)


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
