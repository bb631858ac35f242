"""How chat facts read on screen: counts, dates and date ranges.

Dates are written with the month as a word ("13 Jan 2024"), never as
numbers: a moderator who is deciding whether a chat's dates were read
day-first or month-first must not meet another ambiguous date here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from moddesk.storage.chat_queries import ChatSummary

CONTEXT = "ChatFormat"


def tr(text: str) -> str:
    """Translate a string of this module."""
    return QCoreApplication.translate(CONTEXT, text)


def to_date(ts: str) -> QDate:
    """The date part of 'YYYY-MM-DDTHH:MM:SS' (or of an ISO time with a zone)."""
    return QDate.fromString(ts[:10], "yyyy-MM-dd")


def short_date(ts: str | None, locale: QLocale | None = None) -> str:
    """"13 Jan 2024" in the locale's words; "" for None."""
    if not ts:
        return ""
    return (locale or QLocale()).toString(to_date(ts), "d MMM yyyy")


def long_date(date: QDate, locale: QLocale | None = None) -> str:
    """"Saturday, 13 January 2024" in the locale's words."""
    return (locale or QLocale()).toString(date, "dddd, d MMMM yyyy")


def message_count(count: int, locale: QLocale | None = None) -> str:
    """"1 message", "12,345 messages"."""
    number = (locale or QLocale()).toString(count)
    return tr("%1 messages").replace("%1", number) if count != 1 else tr("1 message")


def date_range(summary: ChatSummary, locale: QLocale | None = None) -> str:
    """"13 Jan 2024 – 5 Feb 2024", one date when both are the same day."""
    first, last = short_date(summary.first_ts, locale), short_date(summary.last_ts, locale)
    if not first:
        return tr("no messages yet")
    return first if first == last else f"{first} – {last}"


def facts_line(summary: ChatSummary, locale: QLocale | None = None) -> str:
    """"12,345 messages · 13 Jan 2024 – 5 Feb 2024"."""
    return f"{message_count(summary.messages, locale)} · {date_range(summary, locale)}"


def imported_line(summary: ChatSummary, locale: QLocale | None = None) -> str:
    """"Last import 6 Feb 2024", or "" when nothing was imported."""
    when = short_date(summary.last_import, locale)
    return tr("Last import %1").replace("%1", when) if when else ""
