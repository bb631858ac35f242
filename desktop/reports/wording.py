"""The words of incidents: labels, profile notes and the timeline's sentences.

Timeline entries arrive structured (`kind` plus `detail`, see
`moddesk.cases.incidents`); `Describer` words each one as a plain sentence
("Status changed from Open to Referred."), through
`QCoreApplication.translate`, so the record reads like a caseworker's log
in the moderator's language while a summary's content digest stays the
same. The Incidents screen and the printed summary use the same sentences;
the screen passes its own date format, role names and template titles. An
entry of a kind this module does not know is still shown, as its kind and
plain values.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from moddesk.cases.summary import TimelineEntry
from moddesk.reports.redaction import Masks

CONTEXT = "IncidentReport"

ROLES = {
    "reporter": QT_TRANSLATE_NOOP("IncidentReport", "Reporting member"),
    "subject": QT_TRANSLATE_NOOP("IncidentReport", "Subject of the report"),
    "witness": QT_TRANSLATE_NOOP("IncidentReport", "Witness"),
    "affected": QT_TRANSLATE_NOOP("IncidentReport", "Affected person"),
}
STATUSES = {
    "open": QT_TRANSLATE_NOOP("IncidentReport", "Open"),
    "monitoring": QT_TRANSLATE_NOOP("IncidentReport", "Monitoring"),
    "escalated": QT_TRANSLATE_NOOP("IncidentReport", "Escalated"),
    "referred": QT_TRANSLATE_NOOP("IncidentReport", "Referred"),
    "closed": QT_TRANSLATE_NOOP("IncidentReport", "Closed"),
}
SEVERITIES = {
    "urgent": QT_TRANSLATE_NOOP("IncidentReport", "Urgent"),
    "high": QT_TRANSLATE_NOOP("IncidentReport", "High"),
    "normal": QT_TRANSLATE_NOOP("IncidentReport", "Normal"),
    "low": QT_TRANSLATE_NOOP("IncidentReport", "Low"),
}
FIELDS = {
    "title": QT_TRANSLATE_NOOP("IncidentReport", "Title"),
    "category": QT_TRANSLATE_NOOP("IncidentReport", "Category"),
    "severity": QT_TRANSLATE_NOOP("IncidentReport", "Severity"),
    "tags": QT_TRANSLATE_NOOP("IncidentReport", "Tags"),
    "follow_up": QT_TRANSLATE_NOOP("IncidentReport", "Follow-up date"),
}
PROFILE_TITLES = {
    "internal": QT_TRANSLATE_NOOP("IncidentReport", "Internal copy"),
    "authorities": QT_TRANSLATE_NOOP("IncidentReport", "Copy for authorities and support services"),
    "reporter": QT_TRANSLATE_NOOP("IncidentReport", "Copy for the reporting member"),
}
PROFILE_NOTES = {
    "internal": QT_TRANSLATE_NOOP(
        "IncidentReport",
        "Complete record for the moderation team: every name, note and contact detail "
        "is shown. Do not pass this copy on."),
    "authorities": QT_TRANSLATE_NOOP(
        "IncidentReport",
        "The people involved are named. Members who are not involved are shown as "
        "“%1”, “%2”, the same letter for the same person throughout, also "
        "where their names appear in messages. Phone numbers and e-mail addresses are "
        "replaced by “%3” and “%4”. The moderators keep the complete record."),
    "reporter": QT_TRANSLATE_NOOP(
        "IncidentReport",
        "This copy shows only what concerns %1: the evidence in which they wrote or are "
        "named, when the incident was opened, status changes and referrals. Other members "
        "are shown as “%2”, “%3”; phone numbers and e-mail addresses are "
        "removed. The moderators' internal notes, severity and tags are not included."),
}
# What a redacted copy shows instead of hidden names and contacts (see redaction.Masks).
MASKS = Masks(
    member=QT_TRANSLATE_NOOP("IncidentReport", "Member %1"),  # %1: A, B, … for each member
    phone=QT_TRANSLATE_NOOP("IncidentReport", "[phone number removed]"),
    email=QT_TRANSLATE_NOOP("IncidentReport", "[e-mail removed]"),
    ambiguous=QT_TRANSLATE_NOOP("IncidentReport", "[name removed]"),
)
INBOX_STATES = {
    "new": QT_TRANSLATE_NOOP("IncidentReport", "new"),
    "in_review": QT_TRANSLATE_NOOP("IncidentReport", "in review"),
    "resolved": QT_TRANSLATE_NOOP("IncidentReport", "resolved"),
    "dismissed": QT_TRANSLATE_NOOP("IncidentReport", "dismissed"),
    "escalated": QT_TRANSLATE_NOOP("IncidentReport", "escalated"),
}
MESSAGE_KINDS = {
    "system": QT_TRANSLATE_NOOP("IncidentReport", "System message"),
    "media": QT_TRANSLATE_NOOP("IncidentReport", "Media"),
    "deleted": QT_TRANSLATE_NOOP("IncidentReport", "This message was deleted"),
    "poll": QT_TRANSLATE_NOOP("IncidentReport", "Poll"),
    "location": QT_TRANSLATE_NOOP("IncidentReport", "Location"),
    "contact": QT_TRANSLATE_NOOP("IncidentReport", "Contact card"),
}


def tr(text: str) -> str:
    """Translate a string of the printed summary."""
    return QCoreApplication.translate(CONTEXT, text)


def fill(template: str, *values: str) -> str:
    """Put `values` into %1, %2, ... in one pass (a value holding "%2" stays as it is)."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1], template)


def masks() -> Masks:
    """The masks in the interface language (the digest keeps `redaction.FIXED`)."""
    return Masks(member=tr(MASKS.member), phone=tr(MASKS.phone), email=tr(MASKS.email),
                 ambiguous=tr(MASKS.ambiguous))


def profile_note(profile: str, *, reporter: str | None = None) -> str:
    """What a copy made with `profile` shows, naming the masks exactly as it prints them."""
    shown = masks()
    first, second = shown.pseudonym(0), shown.pseudonym(1)
    values = {"authorities": (first, second, shown.phone, shown.email),
              "reporter": (reporter or "", first, second)}.get(profile, ())
    return fill(tr(PROFILE_NOTES[profile]), *values)


def label(table: dict[str, str], key: str | None) -> str:
    """The translated label for `key` in one of the tables above, or the key itself."""
    if not key:
        return ""
    return tr(table[key]) if key in table else key


class Describer:
    """Words timeline entries, one plain sentence each.

    `template_title(key)` names reply templates and `language(code)`
    languages; `day(iso)` writes a date (the printed copy keeps ISO dates,
    unambiguous in every country); `role(key)` names a person's role (the
    screen has shorter names than the printed copy's `ROLES`).
    """

    def __init__(self, *, template_title: Callable[[str], str] = str,
                 language: Callable[[str], str] = str, day: Callable[[str], str] = str,
                 role: Callable[[str | None], str] | None = None) -> None:
        self.template_title, self.language, self.day = template_title, language, day
        self.role = role or (lambda key: label(ROLES, key))
        self._worders: dict[str, Callable[[dict[str, str]], str]] = {
            "created": self._created, "field": self._field, "status": self._status,
            "person": self._person, "evidence": self._evidence, "note": self._note,
            "note_edit": self._note_edit, "template": self._template,
            "referral": self._referral, "triage": self._triage,
        }

    def describe(self, entry: TimelineEntry) -> str:
        """One plain sentence for `entry`, in the interface language."""
        worder = self._worders.get(entry.kind)
        if worder is None:
            values = "; ".join(f"{k}: {v}" for k, v in entry.detail.items())
            return f"{entry.kind}: {values}" if values else entry.kind
        return worder(entry.detail)

    @staticmethod
    def _created(d: dict[str, str]) -> str:
        title = d.get("title")
        return fill(tr("Incident opened: “%1”."), title) if title else tr("Incident opened.")

    def _field(self, d: dict[str, str]) -> str:
        name, old, new = d.get("field", ""), d.get("from", ""), d.get("to", "")
        if name == "severity":
            old, new = label(SEVERITIES, old), label(SEVERITIES, new)
        if name == "follow_up":
            old, new = (self.day(v) if v else "" for v in (old, new))
        if not old:
            return fill(tr("%1 set to “%2”."), label(FIELDS, name), new)
        if not new:
            return fill(tr("%1 cleared (was “%2”)."), label(FIELDS, name), old)
        return fill(tr("%1 changed from “%2” to “%3”."), label(FIELDS, name), old, new)

    @staticmethod
    def _status(d: dict[str, str]) -> str:
        return fill(tr("Status changed from %1 to %2."), label(STATUSES, d.get("from")),
                    label(STATUSES, d.get("to")))

    def _person(self, d: dict[str, str]) -> str:
        name, role = d.get("name", ""), self.role(d.get("role"))
        if d.get("action") == "removed":
            return fill(tr("%1 is no longer listed as %2."), name, role)
        return fill(tr("%1 added as %2."), name, role)

    @staticmethod
    def _evidence(d: dict[str, str]) -> str:
        if d.get("chat") and d.get("line"):
            return fill(tr("Evidence added: a message from “%1”, line %2 of the export."),
                        d["chat"], d["line"])
        return tr("Evidence added.")

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
        if action == "move" and d.get("to") == "escalated" and reason.startswith("INC-"):
            return fill(tr("Inbox item %1 escalated to incident %2."), item, reason)
        sentence = _triage_sentence(item, action, d)
        return sentence + " " + fill(tr("Reason: %1."), reason.rstrip(".")) if reason else sentence


def _triage_sentence(item: str, action: str, d: dict[str, str]) -> str:
    if action == "move":
        return fill(tr("Inbox item %1 moved from %2 to %3."), item,
                    label(INBOX_STATES, d.get("from")), label(INBOX_STATES, d.get("to")))
    if action == "severity":
        return fill(tr("Inbox item %1: severity changed."), item)
    if action == "snooze":
        return fill(tr("Inbox item %1 snoozed."), item)
    if action == "undo":
        return fill(tr("Inbox item %1: an action was undone."), item)
    return fill(tr("Inbox item %1: %2."), item, action)
