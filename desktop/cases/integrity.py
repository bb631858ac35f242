"""Checking an incident as a whole: its chain, and that its rows agree with the chain.

`chain` proves the timeline entries are the ones written, in order, to the
end. The rows the timeline speaks about are checked against it here: each
note version and evidence snapshot against the hash its entry sealed, the
incident's fields and its people against a replay of the entries. So
editing a note, a snapshot or a status with raw SQL, or splicing in an old
page of those tables, shows up as plainly as a broken entry. Nothing is
repaired; the result lists what is wrong in plain sentences.
"""

from __future__ import annotations

import hashlib
import json

import sqlite_utils

from moddesk.cases import chain
from moddesk.cases.errors import ChainKeyMismatch
from moddesk.cases.evidence import provenance_matches
from moddesk.cases.notes import text_sha256
from moddesk.cases.stamps import current_field, shown_field
from moddesk.cases.summary import ChainCheck
from moddesk.storage import case_store as store
from moddesk.storage.case_store import EntryRow

FIELDS = ("title", "category", "severity", "status", "tags", "follow_up")
Detail = dict[str, str]


def verify_chain(db: sqlite_utils.Database, *, mac_key: bytes, incident_id: int) -> ChainCheck:
    """Check one incident: its chain, its head, and its rows against the chain."""
    try:
        reading = chain.read_chain(db, mac_key, incident_id)
    except ChainKeyMismatch as exc:
        return ChainCheck(False, len(store.entries(db, incident_id)), (exc.message,))
    return reading.as_check(tuple(_content_problems(db, incident_id, reading)))


def verify_all(db: sqlite_utils.Database, *, mac_key: bytes) -> dict[int, ChainCheck]:
    """Check every incident, including ones whose row or entries were removed; by id."""
    try:
        readings = chain.read_all(db, mac_key)
    except ChainKeyMismatch as exc:
        ids = set(store.incident_ids(db)) | set(store.entry_incident_ids(db))
        return {i: ChainCheck(False, len(store.entries(db, i)), (exc.message,))
                for i in sorted(ids)}
    return {i: r.as_check(tuple(_content_problems(db, i, r))) for i, r in readings.items()}


def _content_problems(db: sqlite_utils.Database, incident_id: int,
                      reading: chain.ChainReading) -> list[str]:
    row = store.incident(db, incident_id)
    if row is None:
        return ["The incident itself was removed from the vault."] if reading.entries or \
            reading.problems else []
    details = [(e, _detail(e)) for e in reading.sound]
    whole = not reading.problems
    problems = _note_problems(db, incident_id, details, whole=whole)
    problems += _evidence_problems(db, incident_id, details, whole=whole)
    if whole:
        problems += _field_problems(row, details)
        problems += _people_problems(db, incident_id, details)
    return problems


def _detail(entry: EntryRow) -> Detail:
    try:
        parsed = json.loads(entry.detail)
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in parsed.items()} if isinstance(parsed, dict) else {}


def _note_problems(db: sqlite_utils.Database, incident_id: int,
                   details: list[tuple[EntryRow, Detail]], *, whole: bool) -> list[str]:
    sealed = {(d.get("note"), d.get("version")): d.get("sha256") for e, d in details
              if e.kind in ("note", "note_edit")}
    stored = {(str(v.note_id), str(v.version)): text_sha256(v.text)
              for v in store.note_versions(db, incident_id)}
    problems = []
    for (note, version), sha in sealed.items():
        if (note, version) not in stored:
            problems.append(f"Note {note} (version {version}) is missing.")
        elif stored[(note, version)] != sha:
            problems.append(f"Note {note} (version {version}) was altered.")
    if whole:
        problems += [f"Note {n} (version {v}) was added outside ModDesk."
                     for (n, v) in stored if (n, v) not in sealed]
    return problems


def _evidence_problems(db: sqlite_utils.Database, incident_id: int,
                       details: list[tuple[EntryRow, Detail]], *, whole: bool) -> list[str]:
    sealed = {d.get("evidence"): d.get("sha256") for e, d in details if e.kind == "evidence"}
    stored = {str(r.id): r for r in store.evidence(db, incident_id)}
    problems = []
    for evidence_id, sha in sealed.items():
        row = stored.get(str(evidence_id))
        if row is None:
            problems.append(f"Evidence {evidence_id} is missing.")
        elif not _snapshot_holds(row, sha):
            problems.append(f"Evidence {evidence_id} was altered.")
    if whole:
        problems += [f"Evidence {i} was added outside ModDesk." for i in stored if i not in sealed]
    return problems


def _snapshot_holds(row: store.EvidenceRow, sealed_sha: str | None) -> bool:
    actual = hashlib.sha256(row.snapshot.encode("utf-8")).hexdigest()
    return actual == sealed_sha == row.snapshot_sha256 and provenance_matches(row)


def _field_problems(row: dict[str, object], details: list[tuple[EntryRow, Detail]]) -> list[str]:
    replayed = _replay_fields(details)
    if replayed is None:
        return []
    return [f"The incident's {field.replace('_', '-')} was changed outside ModDesk."
            for field in FIELDS if replayed[field] != shown_field(field, current_field(row, field))]


def _replay_fields(details: list[tuple[EntryRow, Detail]]) -> dict[str, str] | None:
    created = next((d for e, d in details if e.kind == "created"), None)
    if created is None:
        return None
    state = {f: created.get(f, "") for f in FIELDS}
    for entry, detail in details:
        if entry.kind == "field" and detail.get("field") in state:
            state[detail["field"]] = detail.get("to", "")
        elif entry.kind == "status":
            state["status"] = detail.get("to", "")
    return state


def _people_problems(db: sqlite_utils.Database, incident_id: int,
                     details: list[tuple[EntryRow, Detail]]) -> list[str]:
    expected: set[tuple[str, str]] = set()
    for entry, detail in details:
        if entry.kind == "person":
            pair = (detail.get("name", ""), detail.get("role", ""))
            (expected.add if detail.get("action") == "added" else expected.discard)(pair)
    if expected == set(store.people(db, incident_id)):
        return []
    return ["The people involved were changed outside ModDesk."]
