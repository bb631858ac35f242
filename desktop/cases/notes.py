"""Incident notes: append-only, signed with the moderator's name, with visible history.

A note is a series of versions. Adding writes version 1; editing writes the
next version and never touches the earlier ones. Each version's SHA-256 goes
into a sealed timeline entry ("note" for the first, "note_edit" after), so
a version changed in the database no longer matches its entry. The search
index holds each note's current version.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import sqlite_utils

from moddesk.cases.errors import IncidentError
from moddesk.cases.stamps import make_stamp, require_incident
from moddesk.storage import case_store as store
from moddesk.storage.changes import Changes


def text_sha256(text: str) -> str:
    """The hash of a note version as the timeline entry carries it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def add_note(db: sqlite_utils.Database, *, mac_key: bytes, moderator: str,
             now: dt.datetime | None = None, incident_id: int,
             text: str) -> tuple[int, Changes]:
    """Add a note to the incident; returns (note id, changes).

    Raises `IncidentError` for an unknown incident or an empty text.
    """
    stamp = make_stamp(mac_key, moderator, now)
    text = _checked(text)
    with db.atomic():
        require_incident(db, incident_id)
        note_id = store.insert_note(db, incident_id, at=stamp.at, by=stamp.moderator)
        store.insert_note_version(db, note_id, version=1, text=text, at=stamp.at,
                                  by=stamp.moderator)
        stamp.record(db, incident_id, "note", _detail(note_id, 1, text))
        store.refresh_search(db, incident_id)
    return note_id, store.INCIDENTS_CHANGED


def edit_note(db: sqlite_utils.Database, *, mac_key: bytes, moderator: str,
              now: dt.datetime | None = None, note_id: int,
              text: str) -> tuple[int, Changes]:
    """Write a new version of a note; returns (version, changes).

    The earlier versions stay and are shown as history. The same text as
    the current version adds nothing and returns (current version, no changes).
    """
    stamp = make_stamp(mac_key, moderator, now)
    text = _checked(text)
    with db.atomic():
        found = store.note_incident(db, note_id)
        if found is None:
            raise IncidentError(f"There is no note {note_id}.")
        incident_id, current = found
        if _current_text(db, incident_id, note_id) == text:
            return current, Changes()
        store.insert_note_version(db, note_id, version=current + 1, text=text, at=stamp.at,
                                  by=stamp.moderator)
        stamp.record(db, incident_id, "note_edit", _detail(note_id, current + 1, text))
        store.refresh_search(db, incident_id)
    return current + 1, store.INCIDENTS_CHANGED


def _checked(text: str) -> str:
    if not text.strip():
        raise IncidentError("A note needs some text.")
    return text


def _current_text(db: sqlite_utils.Database, incident_id: int, note_id: int) -> str | None:
    versions = [v for v in store.note_versions(db, incident_id) if v.note_id == note_id]
    return versions[-1].text if versions else None


def _detail(note_id: int, version: int, text: str) -> dict[str, str]:
    return {"note": str(note_id), "version": str(version), "sha256": text_sha256(text)}

