"""The words of the Incidents screens: labels, dates, and one sentence per timeline entry.

Timeline entries arrive structured (`kind` plus `detail`, see
`moddesk.cases.incidents`); `describe` words each one as a plain sentence
in the interface language, so the record reads like a caseworker's log
("Status changed from Open to Referred.") rather than a table of fields.
A kind this module does not know is still shown, as its kind and values.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate

from moddesk.cases.summary import TimelineEntry
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
INBOX_STATES = {
    "new": QT_TRANSLATE_NOOP("Incidents", "new"),
    "in_review": QT_TRANSLATE_NOOP("Incidents", "in review"),
    "resolved": QT_TRANSLATE_NOOP("Incidents", "resolved"),
    "dismissed": QT_TRANSLATE_NOOP("Incidents", "dismissed"),
    "escalated": QT_TRANSLATE_NOOP("Incidents", "escalated"),
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


class Describer:
    """Words timeline entries; `template_title(key)` names templates, `language(code)` languages."""

    def __init__(self, template_title: Callable[[str], str] = str,
                 language: Callable[[str], str] = str) -> None:
        self.template_title, self.language = template_title, language
        self._worders: dict[str, Callable[[dict[str, str]], str]] = {
            "created": self._created, "field": self._field, "status": self._status,
            "person": self._person, "evidence": self._evidence, "note": self._note,
            "note_edit": self._note_edit, "template": self._template,
            "referral": self._referral, "triage": self._triage,
        }

    def describe(self, entry: TimelineEntry) -> str:
        """One plain sentence for `entry`."""
        worder = self._worders.get(entry.kind)
        if worder is None:
            values = "; ".join(f"{k}: {v}" for k, v in entry.detail.items())
            return f"{entry.kind}: {values}" if values else entry.kind
        return worder(entry.detail)

    @staticmethod
    def _created(d: dict[str, str]) -> str:
        return fill(tr("Incident opened: “%1”."), d.get("title", ""))

    @staticmethod
    def _field(d: dict[str, str]) -> str:
        name, old, new = d.get("field", ""), d.get("from", ""), d.get("to", "")
        if name == "severity":
            old, new = label(SEVERITY_LABELS, old), label(SEVERITY_LABELS, new)
        if name == "follow_up":
            old, new = day_text(old), day_text(new)
        if not old:
            return fill(tr("%1 set to “%2”."), label(FIELD_LABELS, name), new)
        if not new:
            return fill(tr("%1 cleared (was “%2”)."), label(FIELD_LABELS, name), old)
        return fill(tr("%1 changed from “%2” to “%3”."), label(FIELD_LABELS, name), old, new)

    @staticmethod
    def _status(d: dict[str, str]) -> str:
        return fill(tr("Status changed from %1 to %2."), label(STATUS_LABELS, d.get("from")),
                    label(STATUS_LABELS, d.get("to")))

    @staticmethod
    def _person(d: dict[str, str]) -> str:
        name, role = d.get("name", ""), label(ROLE_LABELS, d.get("role"))
        if d.get("action") == "removed":
            return fill(tr("%1 is no longer listed as %2."), name, role)
        return fill(tr("%1 added as %2."), name, role)

    @staticmethod
    def _evidence(d: dict[str, str]) -> str:
        return fill(tr("Evidence added: a message from “%1”, line %2 of the export."),
                    d.get("chat", ""), d.get("line", "?"))

    @staticmethod
    def _note(d: dict[str, str]) -> str:
        return fill(tr("Note %1 written."), d.get("note", "?"))

    @staticmethod
    def _note_edit(d: dict[str, str]) -> str:
        return fill(tr("Note %1 edited: version %2 written, earlier versions kept."),
                    d.get("note", "?"), d.get("version", "?"))

    def _template(self, d: dict[str, str]) -> str:
        return fill(tr("Reply “%1” copied, in %2."), self.template_title(d.get("template", "")),
                    self.language(d.get("language", "")))

    @staticmethod
    def _referral(d: dict[str, str]) -> str:
        if d.get("how"):
            return fill(tr("Referred to %1, %2."), d.get("to", ""), d["how"])
        return fill(tr("Referred to %1."), d.get("to", ""))

    @staticmethod
    def _triage(d: dict[str, str]) -> str:
        item, action, reason = d.get("item", "?"), d.get("action", ""), d.get("reason", "")
        old, new = label(INBOX_STATES, d.get("from")), label(INBOX_STATES, d.get("to"))
        if action == "move" and d.get("to") == "escalated" and reason.startswith("INC-"):
            return fill(tr("Inbox item %1 escalated to incident %2."), item, reason)
        if action == "move":
            sentence = fill(tr("Inbox item %1 moved from %2 to %3."), item, old, new)
        elif action == "severity":
            sentence = fill(tr("Inbox item %1: severity changed."), item)
        elif action == "snooze":
            sentence = fill(tr("Inbox item %1 snoozed."), item)
        elif action == "undo":
            sentence = fill(tr("Inbox item %1: an action was undone."), item)
        else:
            sentence = fill(tr("Inbox item %1: %2."), item, action)
        return sentence + " " + fill(tr("Reason: %1."), reason.rstrip(".")) if reason else sentence
