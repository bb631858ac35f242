"""Evidence: a linked message frozen with its context and provenance.

Linking copies the message and up to five messages either side (from the
message's own chat) into one canonical JSON snapshot together with the
chat's name, the export's file name, its SHA-256 and the line. The snapshot's
SHA-256 goes into the sealed timeline entry. Nothing points back into the
live tables, so re-imports (which may re-date messages), merges and deleting
the chat leave the evidence as it was when linked.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Iterable

import sqlite_utils

from moddesk.cases.chain import canonical_json
from moddesk.cases.errors import IncidentError
from moddesk.cases.stamps import Stamp, make_stamp, require_incident
from moddesk.cases.summary import SnapshotMessage
from moddesk.storage import case_store as store
from moddesk.storage import inbox_queries
from moddesk.storage.case_store import EvidenceRow
from moddesk.storage.changes import Changes

CONTEXT = 5
_PROVENANCE_SQL = """
SELECT m.line, e.sha256, e.source_name, coalesce(c.display_name, c.name)
FROM messages m JOIN exports e ON e.id = m.export_id JOIN chats c ON c.id = m.chat_id
WHERE m.id = ?
"""


@dataclasses.dataclass(frozen=True)
class Snapshot:
    """A snapshot before it is stored: the canonical text and what it says."""

    message_id: int
    chat: str
    source_name: str
    export_sha256: str
    line: int
    text: str  # canonical JSON, hashed as is

    @property
    def sha256(self) -> str:
        """SHA-256 of the canonical text (UTF-8)."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def take_snapshot(db: sqlite_utils.Database, message_id: int) -> Snapshot | None:
    """Freeze `message_id` with its context and provenance; None if there is no such message."""
    row = db.execute(_PROVENANCE_SQL, [message_id]).fetchone()
    if row is None:
        return None
    line, sha, source, chat = int(row[0]), str(row[1]), str(row[2]), str(row[3])
    around = inbox_queries.context(db, message_id, before=CONTEXT, after=CONTEXT)
    messages = [_message_dict(m, m.id == message_id) for m in around]
    body = {"chat": chat, "source_name": source, "export_sha256": sha, "line": line,
            "messages": messages}
    return Snapshot(message_id, chat, source, sha, line, canonical_json(body))


def _message_dict(message: inbox_queries.Message, is_evidence: bool) -> dict[str, object]:
    return {"ts": message.ts, "author": message.author, "kind": message.kind,
            "text": message.text, "attachment": message.attachment, "is_evidence": is_evidence}


def snapshot_messages(snapshot_text: str) -> tuple[SnapshotMessage, ...]:
    """The messages of a stored snapshot, in order (none when it cannot be read).

    A snapshot altered behind the app's back may not parse; the check says
    so, and the summary shows the evidence without messages.
    """
    try:
        return tuple(SnapshotMessage(**m) for m in json.loads(snapshot_text)["messages"])
    except (ValueError, KeyError, TypeError):
        return ()


def provenance_matches(row: EvidenceRow) -> bool:
    """True when the copied provenance columns say what the snapshot says."""
    try:
        body = json.loads(row.snapshot)
    except ValueError:
        return False
    return (body.get("chat"), body.get("source_name"), body.get("export_sha256"),
            body.get("line")) == (row.chat_name, row.source_name, row.export_sha256, row.line)


def link_messages(db: sqlite_utils.Database, *, mac_key: bytes, moderator: str,
                  now: dt.datetime | None = None, incident_id: int,
                  message_ids: Iterable[int]) -> tuple[list[int], Changes]:
    """Link messages to an incident as evidence snapshots, one timeline entry each.

    Returns the evidence ids in the order given (an already linked message,
    same export and line, gives its existing id and adds nothing).
    Raises `IncidentError` for an unknown incident or message.
    """
    stamp = make_stamp(mac_key, moderator, now)
    with db.atomic():
        require_incident(db, incident_id)
        ids = [link_one(db, stamp, incident_id, mid) for mid in message_ids]
    return ids, store.INCIDENTS_CHANGED


def link_one(db: sqlite_utils.Database, stamp: Stamp, incident_id: int, message_id: int) -> int:
    """Snapshot one message into the incident (inside the caller's transaction)."""
    snap = take_snapshot(db, message_id)
    if snap is None:
        raise IncidentError(f"There is no message {message_id}; search for it again.")
    existing = store.evidence_id_for(db, incident_id, snap.export_sha256, snap.line)
    if existing is not None:
        return existing
    evidence_id = store.insert_evidence(db, EvidenceRow(
        0, incident_id, message_id, snap.chat, snap.source_name, snap.export_sha256, snap.line,
        snap.text, snap.sha256, stamp.at, stamp.moderator))
    stamp.record(db, incident_id, "evidence", {
        "evidence": str(evidence_id), "chat": snap.chat, "source": snap.source_name,
        "line": str(snap.line), "sha256": snap.sha256})
    return evidence_id
