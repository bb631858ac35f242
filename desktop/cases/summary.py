"""The data an incident summary is printed from: one frozen tree, no database.

`moddesk.cases` fills it from the vault (`load_summary`); `moddesk.reports`
redacts and renders it. Keeping the two apart means the renderer can be tested
with inline data and can never read more than the summary was given.

Times are ISO strings (`YYYY-MM-DDTHH:MM:SS`): message times are the wall time
in the export; `at` times of timeline entries, notes and the summary are the
moderator's local time when the entry was written.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

ROLES = ("reporter", "subject", "witness", "affected")
STATUSES = ("open", "monitoring", "escalated", "referred", "closed")


@dataclasses.dataclass(frozen=True)
class Person:
    """Someone involved, as named in the chat, with their role in the incident."""

    name: str
    role: str  # one of ROLES


@dataclasses.dataclass(frozen=True)
class SnapshotMessage:
    """One message as it was copied into an evidence snapshot."""

    ts: str
    author: str | None  # None for system messages
    kind: str  # text, system, media, deleted, poll, location, contact
    text: str | None
    attachment: str | None = None
    is_evidence: bool = False  # the linked message itself, not its context


@dataclasses.dataclass(frozen=True)
class Evidence:
    """A linked message with five messages of context either side, and its provenance."""

    entry_seq: int  # timeline entry that added it
    chat: str
    source_name: str  # the export's file name
    export_sha256: str
    line: int  # 1-based line (or JSON index) in that export
    snapshot_sha256: str  # over the canonical snapshot, fixed when it was linked
    added_at: str
    added_by: str
    messages: tuple[SnapshotMessage, ...]  # context before, the message, context after


@dataclasses.dataclass(frozen=True)
class Note:
    """The current version of a note; `versions` > 1 means history exists."""

    note_id: int
    text: str
    at: str  # when this version was written
    by: str
    versions: int = 1
    first_at: str = ""  # when the note was first written


@dataclasses.dataclass(frozen=True)
class TimelineEntry:
    """One chained entry: structured, so the renderer words it (and translates it).

    `kind` is one of: created, field, status, person, evidence, note, note_edit,
    template, referral, triage. `detail` holds plain values for that kind, e.g.
    {"from": "open", "to": "escalated"} for status, {"template": "warning",
    "language": "de"} for template, {"to": "Hotline name", "how": "phone"} for
    referral, {"action": "dismiss", "reason": "spam"} for triage.
    """

    seq: int
    at: str
    by: str
    kind: str
    detail: dict[str, str]


@dataclasses.dataclass(frozen=True)
class ChainCheck:
    """The result of verifying an incident's hash chain when the summary was made."""

    ok: bool
    entries: int
    problems: tuple[str, ...] = ()  # plain sentences, e.g. "Entry 4 was altered."


@dataclasses.dataclass(frozen=True)
class SourceExport:
    """A chat export that evidence came from."""

    sha256: str
    source_name: str
    chat: str


@dataclasses.dataclass(frozen=True)
class IncidentSummary:
    """Everything a printed summary may show about one incident."""

    incident_id: int
    number: str  # shown to people, e.g. "INC-0007"
    title: str
    category: str | None  # the guideline rule's title
    severity: str  # urgent, high, normal, low
    status: str  # one of STATUSES
    created_at: str
    created_by: str
    follow_up: str | None  # YYYY-MM-DD
    tags: tuple[str, ...]
    people: tuple[Person, ...]
    timeline: tuple[TimelineEntry, ...]
    evidence: tuple[Evidence, ...]
    notes: tuple[Note, ...]
    sources: tuple[SourceExport, ...]
    chain: ChainCheck
    generated_at: str
    moderator: str  # who generated the summary
    # Rule titles in the language the copy is printed in, by the title as the
    # pack writes it. `category` and the timeline keep the written titles, so
    # the content digest does not depend on the language; `as_printed` swaps.
    shown_titles: Mapping[str, str] = dataclasses.field(default_factory=dict)

    def as_printed(self) -> IncidentSummary:
        """This summary with its rule titles as printed (`shown_titles`)."""
        if not self.shown_titles:
            return self
        shown = self.shown_titles
        return dataclasses.replace(
            self, category=shown.get(self.category, self.category) if self.category else None,
            timeline=tuple(_with_shown_titles(e, shown) for e in self.timeline))


def _with_shown_titles(entry: TimelineEntry, shown: Mapping[str, str]) -> TimelineEntry:
    """A timeline entry whose category values (created; field "category") are printed titles."""
    keys = {"created": ("category",), "field": ("from", "to")}.get(entry.kind, ())
    if entry.kind == "field" and entry.detail.get("field") != "category":
        keys = ()
    detail = {k: shown.get(v, v) if k in keys else v for k, v in entry.detail.items()}
    return entry if detail == entry.detail else dataclasses.replace(entry, detail=detail)
