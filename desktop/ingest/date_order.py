"""Deciding day/month order once per file, and turning dates into values.

Deciding per line corrupts dates (Pustur#237), so the decision looks at every
distinct date of the file: a first field above 12 means day-first, a second
field above 12 means month-first; failing that, the order under which the
dates stay non-decreasing wins (peers' monotonic rule). When nothing decides,
the caller's locale hint (or day-first) is used and flagged as uncertain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

ORDERS = ("dmy", "mdy", "ymd")
_FIELD_RX = re.compile(r"[RH]?\d+")
# Japanese eras: year 1 of Reiwa is 2019, of Heisei 1989.
_ERA_BASE = {"R": 2018, "H": 1988}
_BUDDHIST_OFFSET = 543
_MONTH_FIRST_LOCALES = ("en-us", "en_us", "en-ph", "en_ph", "es-us", "es_us", "en-ca", "en_ca")
_YEAR_FIRST_LOCALES = ("zh", "ja", "ko", "hu", "lt", "mn")

Fields = tuple[str, str, str]


@dataclass(frozen=True)
class OrderDecision:
    """The file's date order and whether the evidence settled it."""

    order: str
    certain: bool
    warning: str | None = None


def split_fields(date_text: str) -> Fields | None:
    """The three numeric fields of a header date (era letters kept)."""
    found = _FIELD_RX.findall(date_text)
    if len(found) != 3:
        return None
    return found[0], found[1], found[2]


def _is_year(field: str) -> bool:
    return len(field) >= 3 or field[0] in _ERA_BASE or int(field) > 31


def decide_order(dates: list[str], locale_hint: str | None = None) -> OrderDecision:
    """Decide the order from the file's distinct dates, in file order."""
    fields = [f for f in map(split_fields, dates) if f]
    if not fields:
        return OrderDecision(_hinted(locale_hint), False, _uncertain_warning(locale_hint))
    if sum(_is_year(f[0]) for f in fields) * 2 > len(fields):
        return OrderDecision("ymd", True)
    return _decide_day_month(fields, locale_hint)


def _decide_day_month(fields: list[Fields], hint: str | None) -> OrderDecision:
    first_big = sum(int(f[0]) > 12 for f in fields)
    second_big = sum(int(f[1]) > 12 for f in fields)
    if first_big and not second_big:
        return OrderDecision("dmy", True)
    if second_big and not first_big:
        return OrderDecision("mdy", True)
    if first_big and second_big:
        order = "dmy" if first_big >= second_big else "mdy"
        return OrderDecision(order, False, f"headers disagree on the date order; assumed {_spell(order)}")
    return _decide_monotonic(fields, hint)


def _decide_monotonic(fields: list[Fields], hint: str | None) -> OrderDecision:
    if all(f[0] == f[1] for f in fields):
        return OrderDecision(_hinted(hint), True)  # both orders give the same dates
    dmy, mdy = _inversions(fields, "dmy"), _inversions(fields, "mdy")
    if dmy < mdy:
        return OrderDecision("dmy", True)
    if mdy < dmy:
        return OrderDecision("mdy", True)
    return OrderDecision(_hinted(hint), False, _uncertain_warning(hint))


def _inversions(fields: list[Fields], order: str) -> int:
    keys = [_sort_key(f, order) for f in fields]
    return sum(1 for a, b in zip(keys, keys[1:]) if b < a)


def _sort_key(f: Fields, order: str) -> tuple[int, int, int]:
    year = _year(f[2])
    return (year, int(f[0]), int(f[1])) if order == "mdy" else (year, int(f[1]), int(f[0]))


def _hinted(hint: str | None) -> str:
    h = (hint or "").lower()
    if h.startswith(_MONTH_FIRST_LOCALES):
        return "mdy"
    if h.startswith(_YEAR_FIRST_LOCALES):
        return "ymd"
    return "dmy"


def _spell(order: str) -> str:
    return {"dmy": "day/month/year", "mdy": "month/day/year", "ymd": "year/month/day"}[order]


def _uncertain_warning(hint: str | None) -> str:
    return f"date order uncertain; assumed {_spell(_hinted(hint))}"


def _year(field: str) -> int:
    if field[0] in _ERA_BASE:
        return _ERA_BASE[field[0]] + int(field[1:])
    year = int(field)
    return year + 2000 if len(field) <= 2 else year


def to_date(date_text: str, order: str) -> date | None:
    """The calendar date of a header, or None when it is impossible."""
    fields = split_fields(date_text)
    if fields is None:
        return None
    if order == "ymd":
        y, m, d = fields[0], fields[1], fields[2]
    elif order == "mdy":
        m, d, y = fields
    else:
        d, m, y = fields
    year = _year(y) if y[0] in _ERA_BASE or y.isdigit() else -1
    if "BE" in date_text and year > 2400:
        year -= _BUDDHIST_OFFSET
    try:
        return date(year, int(m), int(d))
    except ValueError:
        return None
