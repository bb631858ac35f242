"""Words the Guidelines screens share: translation, version dates, response names.

One translation context ("Guidelines") for the page, its tabs and dialogs,
so translators see them together.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt

CONTEXT = "Guidelines"


def tr(text: str, n: int = -1) -> str:
    """Translate a string of the Guidelines screens."""
    return QCoreApplication.translate(CONTEXT, text, None, n)


def ntr(one: str, many: str, n: int) -> str:
    """The English singular or plural source with %n filled in (no English .qm ships)."""
    return tr(one if n == 1 else many, n)


def fill(text: str, *values: object) -> str:
    """Put values into %1, %2 … of an already translated text."""
    for i, value in reversed(list(enumerate(values, 1))):
        text = text.replace(f"%{i}", str(value))
    return text


def when_text(iso: str | None, locale: QLocale | None = None) -> str:
    """A stored UTC time as local "13 Jan 2026, 14:05"; "" when unknown."""
    if not iso:
        return ""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return ""
    local = moment.toLocalTime()
    loc = locale or QLocale()
    return f"{loc.toString(local.date(), 'd MMM yyyy')}, " \
           f"{loc.toString(local.time(), QLocale.FormatType.ShortFormat)}"


def who_text(moderator: str | None) -> str:
    """Who saved a version; the shipped versions were saved by nobody."""
    return moderator if moderator else tr("ModDesk (shipped)")


def response_title(response_id: str) -> str:
    """A suggested response's readable name ("urgent-check-in" → "Urgent check-in")."""
    words = response_id.replace("_", "-").split("-")
    if not words or not words[0]:
        return response_id
    text = " ".join(words)
    return text[:1].upper() + text[1:]
