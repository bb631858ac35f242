"""One incident in full for the detail view: fields, people, every note version, evidence, timeline.

Unlike the printed summary this keeps each note's whole history and does
not run the chain check (call `verify_chain` for that, e.g. on the background
reader), so it is cheap enough to reload whenever the incident changes.
"""

from __future__ import annotations

import dataclasses

import sqlite_utils

from moddesk.cases.errors import IncidentError
from moddesk.cases.summary import Evidence, Person, TimelineEntry
from moddesk.cases.summary_load import RuleTitles, evidence_items, timeline_entries
from moddesk.storage import case_queries
from moddesk.storage import case_store as store


@dataclasses.dataclass(frozen=True)
class NoteVersion:
    """One version of a note, as written."""

    version: int
    text: str
    at: str
    by: str


@dataclasses.dataclass(frozen=True)
class NoteHistory:
    """A note with all its versions, oldest first (the last is the current text)."""

    note_id: int
    created_at: str
    created_by: str
    versions: tuple[NoteVersion, ...]

    @property
    def current(self) -> NoteVersion:
        """The version shown by default."""
        return self.versions[-1]


@dataclasses.dataclass(frozen=True)
class IncidentDetail:
    """Everything the detail view shows about one incident."""

    incident: case_queries.IncidentRow
    people: tuple[Person, ...]
    notes: tuple[NoteHistory, ...]
    evidence: tuple[Evidence, ...]
    timeline: tuple[TimelineEntry, ...]
    author_choices: tuple[str, ...]  # names to pick people from


def incident_detail(db: sqlite_utils.Database, incident_id: int) -> IncidentDetail:
    """The incident in full; raises `IncidentError` when there is no such incident."""
    row = case_queries.incident_rows(db, [incident_id]).get(incident_id)
    if row is None:
        raise IncidentError(f"There is no incident INC-{incident_id:04d}.")
    timeline = timeline_entries(db, incident_id, RuleTitles(db))
    return IncidentDetail(
        incident=row,
        people=tuple(Person(n, r) for n, r in store.people(db, incident_id)),
        notes=_histories(db, incident_id),
        evidence=evidence_items(db, incident_id, timeline),
        timeline=timeline,
        author_choices=tuple(case_queries.author_choices(db, incident_id)))


def _histories(db: sqlite_utils.Database, incident_id: int) -> tuple[NoteHistory, ...]:
    grouped: dict[int, list[store.NoteVersionRow]] = {}
    for version in store.note_versions(db, incident_id):
        grouped.setdefault(version.note_id, []).append(version)
    return tuple(NoteHistory(n, vs[0].note_created_at, vs[0].note_created_by,
                             tuple(NoteVersion(v.version, v.text, v.at, v.by) for v in vs))
                 for n, vs in grouped.items())
