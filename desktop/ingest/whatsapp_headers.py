"""WhatsApp header shapes: detect the file's dialect once, then one regex.

A header is the timestamp that starts every record: Android
`14/03/2024, 21:07 - `, iOS `[14/03/2024, 21:07:33] `, old iOS
`13.06.18 21.25.15: `, time-first `[21:07:33, 3/14/24] ` and the bare-space
form `13. 6. 2018. 21:25:15 `. The first lines are probed with one permissive
regex per family; the winning family and its date separator are then compiled
into a single anchored regex used for every line of the file. That keeps the
per-line cost at one `match` and stops a continuation line that merely looks
like some other dialect from splitting a message.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from .bidi_marks import MARKS
from .meridiem import MERIDIEM_PATTERN, PREFIX_PATTERN, SPACE

INV = MARKS + "*"
_ANY_SEP = r"[/.\-]"
_DT_SEP = INV + r"[,،]?" + SPACE + r"(?:(?:klo|à|um|at)" + SPACE + r")?" + INV
_TIME = (
    r"(?:(?P<mer0>" + PREFIX_PATTERN + r")" + SPACE + r"?)?"
    r"(?P<time>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)\.?"
    r"(?:" + SPACE + r"?(?P<mer>" + MERIDIEM_PATTERN + r"))?" + INV
)
# Preference when two families match the same number of probe lines:
# the bare-space family matches every Android line too, so it comes last.
FAMILIES = ("android", "bracket", "colon", "timefirst", "space")
PROBE_LINES = 400
PLATFORM = {"android": "whatsapp-android", "space": "whatsapp-android"}


def _date(sep: str) -> str:
    s = INV + sep + SPACE + "?" + INV
    return (r"(?P<date>\d{1,4}" + s + r"\d{1,4}" + s
            + r"(?:[RH]\d{1,2}|\d{1,4})(?:" + SPACE + r"?BE)?)\.?")


def header_pattern(family: str, sep: str = _ANY_SEP) -> str:
    """Source of the anchored header regex for one family and separator."""
    date, stamp = _date(sep), None
    stamp = date + _DT_SEP + _TIME
    if family == "android":
        return "^" + INV + stamp + SPACE + r"[-–]" + SPACE
    if family == "bracket":
        return "^" + INV + r"\[" + INV + stamp + r"\]" + SPACE + "?"
    if family == "colon":
        return "^" + INV + stamp + ":" + SPACE
    if family == "timefirst":
        return "^" + INV + r"\[" + INV + _TIME + r",?" + SPACE + date + INV + r"\]" + SPACE + "?"
    return "^" + INV + stamp + SPACE


_PROBES = {family: re.compile(header_pattern(family)) for family in FAMILIES}
_SEP_RX = re.compile(r"\d[" + MARKS[1:-1] + r"]*([/.\-])")


@dataclass(frozen=True)
class Dialect:
    """The header shape of one file: family plus date separator."""

    family: str
    separator: str
    regex: re.Pattern[str]

    @property
    def groups(self) -> tuple[int, int, int, int]:
        """Group numbers of date, time, suffix and prefix meridiem."""
        index = self.regex.groupindex
        return index["date"], index["time"], index["mer"], index["mer0"]

    @property
    def platform(self) -> str:
        """'whatsapp-android' or 'whatsapp-ios' (bracketed/colon shapes)."""
        return PLATFORM.get(self.family, "whatsapp-ios")


def detect_dialect(lines: Iterable[str]) -> Dialect | None:
    """Pick the family and separator that match most of the first lines."""
    hits: Counter[str] = Counter()
    seps: dict[str, Counter[str]] = {f: Counter() for f in FAMILIES}
    scanned = 0
    for line in lines:
        scanned += 1
        if scanned > PROBE_LINES and sum(hits.values()):
            break
        _probe_line(line, hits, seps)
    if not hits:
        return None
    family = _pick_family(hits)
    separator = seps[family].most_common(1)[0][0]
    return build_dialect(family, separator)


def _pick_family(hits: Counter[str]) -> str:
    # Every dash/colon header also matches the bare-space shape, and so can a
    # continuation line starting with a date; the space family must clearly win.
    best = max(FAMILIES[:-1], key=lambda f: (hits[f], -FAMILIES.index(f)))
    return "space" if hits["space"] > 2 * hits[best] else best


def _probe_line(line: str, hits: Counter[str], seps: dict[str, Counter[str]]) -> None:
    for family, probe in _PROBES.items():
        m = probe.match(line)
        if m:
            hits[family] += 1
            sep = _SEP_RX.search(m["date"])
            seps[family][sep.group(1) if sep else "/"] += 1


def build_dialect(family: str, separator: str) -> Dialect:
    """Compile the single regex used for every line of a file."""
    return Dialect(family, separator, re.compile(header_pattern(family, re.escape(separator))))


def first_lines_shape(lines: list[str], count: int = 3) -> str:
    """Shape of the first non-empty lines: digits as 9, letters as a.

    Used in error messages so the moderator sees what the file looked like
    without the error (or a log) ever quoting its content.
    """
    shown = [line for line in lines if line.strip()][:count]
    return " | ".join(_shape(line[:40]) for line in shown)


def _shape(text: str) -> str:
    return "".join("9" if ch.isdigit() else "a" if ch.isalpha() else ch if ch.isprintable() else "?"
                   for ch in text)
