"""The words of the Incidents screens: labels and dates.

The timeline's sentences are the printed summary's
(`moddesk.reports.wording.Describer`), so a step reads the same on screen
and on paper; `describer` gives them this screen's date format, role
names and template titles.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate

from moddesk.reports.wording import Describer
from moddesk.ui.chat_format import short_date
from moddesk.ui.guidelines_text import when_text as shared_when_text

CONTEXT = "Incidents"
STATUS_LABELS = {
    "open": QT_TRANSLATE_NOOP("Incidents", "Open"),
    "monitoring": QT_TRANSLATE_NOOP("Incidents", "Monitoring"),
    "escalated": QT_TRANSLATE_NOOP("Incidents", "Escalated"),
    "referred": QT_TRANSLATE_NOOP("Incidents", "Referred"),
    "closed": QT_TRANSLATE_NOOP("Incidents", "Closed"),
}
SEVERITY_LABELS = {
    "urgent": QT_TRANSLATE_NOOP("Incidents", "Urgent"),
    "high": QT_TRANSLATE_NOOP("Incidents", "High"),
    "normal": QT_TRANSLATE_NOOP("Incidents", "Normal"),
    "low": QT_TRANSLATE_NOOP("Incidents", "Low"),
}
ROLE_LABELS = {
    "reporter": QT_TRANSLATE_NOOP("Incidents", "Reporter"),
    "subject": QT_TRANSLATE_NOOP("Incidents", "Subject"),
    "witness": QT_TRANSLATE_NOOP("Incidents", "Witness"),
    "affected": QT_TRANSLATE_NOOP("Incidents", "Affected person"),
}
FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("Incidents", "Title"),
    "category": QT_TRANSLATE_NOOP("Incidents", "Category"),
    "severity": QT_TRANSLATE_NOOP("Incidents", "Severity"),
    "tags": QT_TRANSLATE_NOOP("Incidents", "Tags"),
    "follow_up": QT_TRANSLATE_NOOP("Incidents", "Follow-up date"),
}
SEVERITY_COLORS = {"urgent": "#b83227", "high": "#9a5b00", "normal": "#2f6f73", "low": "#6b7280"}


def tr(text: str, n: int = -1) -> str:
    """Translate a string of the Incidents screens."""
    return QCoreApplication.translate(CONTEXT, text, None, n)


def ntr(one: str, many: str, n: int) -> str:
    """The English singular or plural source with %n filled in (see inbox_model.ntr)."""
    return tr(one if n == 1 else many, n)


def fill(template: str, *values: object) -> str:
    """Put `values` into %1, %2, … in one pass (a value holding "%2" stays as it is)."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1]), template)


def label(table: Mapping[str, str], key: str | None) -> str:
    """The translated label for `key` in one of the tables above, or the key itself."""
    if not key:
        return ""
    return tr(table[key]) if key in table else key


def when_text(iso: str) -> str:
    """An ISO time as "21 Nov 2026, 16:43" in local time, as on every page (else as stored)."""
    return shared_when_text(iso) or iso


def day_text(iso: str | None) -> str:
    """An ISO date as "21 Nov 2026", as on every page; "" for none."""
    if not iso:
        return ""
    return short_date(iso) if QDate.fromString(iso[:10], "yyyy-MM-dd").isValid() else iso


def describer(template_title: Callable[[str], str] = str,
              language: Callable[[str], str] = str) -> Describer:
    """Words timeline entries as the printed summary does, with this screen's dates and role names.

    `template_title(key)` names templates, `language(code)` languages.
    """
    return Describer(template_title=template_title, language=language, day=day_text,
                     role=lambda key: label(ROLE_LABELS, key))
