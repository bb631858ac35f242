"""Incidents in the vault: rows, people, timeline entries, notes, evidence, search index.

The plain reads and writes under `moddesk.cases`, which owns the rules
(sealing entries, building snapshots, checking the chain). Nothing here
computes a MAC or decides what may change. Writers call these inside their
own `with db.atomic():`, so an incident and its timeline entry land together
or not at all; the few functions that stand alone open their own.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence

import sqlite_utils

from moddesk.storage.changes import Changes

INCIDENTS_CHANGED = Changes(incidents=True)
INCIDENT_COLUMNS = ("title", "pack_key", "rule_id", "severity", "status", "follow_up", "tags")


@dataclasses.dataclass(frozen=True)
class EntryRow:
    """One stored timeline entry, exactly as the row holds it (`detail` is JSON text)."""

    id: int
    incident_id: int
    seq: int
    at: str
    by: str
    kind: str
    detail: str
    prev_mac: bytes
    mac: bytes


@dataclasses.dataclass(frozen=True)
class ChainState:
    """The vault's single chain row: the wrapped chain key and the sealed heads."""

    wrapped_key: bytes
    key_tag: bytes
    heads: str  # JSON {"<incident id>": [entries, "<last mac hex>"]}
    heads_mac: bytes
    # The chain key wrapped under the next vault key while a passphrase change
    # runs: whichever key the vault opens with afterwards, one wrap opens.
    pending_key: bytes | None = None
    pending_tag: bytes | None = None


@dataclasses.dataclass(frozen=True)
class NoteVersionRow:
    """One version of a note."""

    note_id: int
    version: int
    text: str
    at: str
    by: str
    note_created_at: str
    note_created_by: str


@dataclasses.dataclass(frozen=True)
class EvidenceRow:
    """One stored evidence snapshot with the provenance copied beside it."""

    id: int
    incident_id: int
    message_id: int | None
    chat_name: str
    source_name: str
    export_sha256: str
    line: int
    snapshot: str  # canonical JSON
    snapshot_sha256: str
    added_at: str
    added_by: str


# -- incidents ------------------------------------------------------------------------


def insert_incident(db: sqlite_utils.Database, *, values: dict[str, object], at: str,
                    by: str) -> int:
    """A new incident row from `values` (keys of INCIDENT_COLUMNS; tags as a list)."""
    cols = {c: values.get(c) for c in INCIDENT_COLUMNS}
    cols["tags"] = json.dumps(list(values.get("tags") or ()), ensure_ascii=False)  # type: ignore[call-overload]
    cur = db.execute(
        f"INSERT INTO incidents({', '.join(cols)}, created_at, created_by, updated_at) "
        f"VALUES ({', '.join('?' * len(cols))}, ?, ?, ?)", [*cols.values(), at, by, at])
    return int(cur.lastrowid)


def update_incident(db: sqlite_utils.Database, incident_id: int, *, values: dict[str, object],
                    at: str) -> None:
    """Set some of INCIDENT_COLUMNS (tags as a list) and the update time."""
    cols = {c: values[c] for c in INCIDENT_COLUMNS if c in values}
    if "tags" in cols:
        cols["tags"] = json.dumps(list(cols["tags"] or ()), ensure_ascii=False)  # type: ignore[call-overload]
    sets = ", ".join(f"{c} = ?" for c in cols)
    db.execute(f"UPDATE incidents SET {sets}, updated_at = ? WHERE id = ?",
               [*cols.values(), at, incident_id])


def incident(db: sqlite_utils.Database, incident_id: int) -> dict[str, object] | None:
    """The incident's row as a dict (tags decoded to a list), or None."""
    cur = db.execute("SELECT * FROM incidents WHERE id = ?", [incident_id])
    row = cur.fetchone()
    if row is None:
        return None
    found = dict(zip([d[0] for d in cur.description], row))
    found["tags"] = json.loads(str(found["tags"]))
    return found


def incident_ids(db: sqlite_utils.Database) -> list[int]:
    """Every incident id, oldest first."""
    return [int(r[0]) for r in db.execute("SELECT id FROM incidents ORDER BY id")]


def link_inbox_item(db: sqlite_utils.Database, item_id: int, incident_id: int) -> None:
    """Record on an inbox item which incident it became part of."""
    db.execute("UPDATE inbox_items SET incident_id = ? WHERE id = ?", [incident_id, item_id])


# -- people -----------------------------------------------------------------------------


def add_person(db: sqlite_utils.Database, incident_id: int, name: str, role: str) -> bool:
    """Add (name, role) to the incident; False when it was already there."""
    cur = db.execute("INSERT OR IGNORE INTO incident_people(incident_id, name, role) "
                     "VALUES (?, ?, ?)", [incident_id, name, role])
    return bool(cur.rowcount)


def remove_person(db: sqlite_utils.Database, incident_id: int, name: str, role: str) -> bool:
    """Remove (name, role) from the incident; False when it was not there."""
    cur = db.execute("DELETE FROM incident_people WHERE incident_id = ? AND name = ? AND role = ?",
                     [incident_id, name, role])
    return bool(cur.rowcount)


def people(db: sqlite_utils.Database, incident_id: int) -> list[tuple[str, str]]:
    """(name, role) of everyone in the incident, in the order they were added."""
    return [(str(n), str(r)) for n, r in db.execute(
        "SELECT name, role FROM incident_people WHERE incident_id = ? ORDER BY id", [incident_id])]


# -- timeline and chain -----------------------------------------------------------------


def insert_entry(db: sqlite_utils.Database, *, incident_id: int, seq: int, at: str, by: str,
                 kind: str, detail: str, prev_mac: bytes, mac: bytes) -> int:
    """Append one sealed timeline row; returns its row id."""
    cur = db.execute(
        "INSERT INTO incident_entries(incident_id, seq, at, by, kind, detail, prev_mac, mac) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [incident_id, seq, at, by, kind, detail, prev_mac, mac])
    return int(cur.lastrowid)


def entries(db: sqlite_utils.Database, incident_id: int) -> list[EntryRow]:
    """The incident's timeline rows in the order they were stored (row id)."""
    rows = db.execute("SELECT id, incident_id, seq, at, by, kind, detail, prev_mac, mac "
                      "FROM incident_entries WHERE incident_id = ? ORDER BY id", [incident_id])
    return [EntryRow(int(i), int(inc), int(s), str(a), str(b), str(k), str(d), bytes(p), bytes(m))
            for i, inc, s, a, b, k, d, p, m in rows]


def last_entry(db: sqlite_utils.Database, incident_id: int) -> tuple[int, bytes] | None:
    """(seq, mac) of the incident's highest-numbered stored entry, or None."""
    row = db.execute("SELECT seq, mac FROM incident_entries WHERE incident_id = ? "
                     "ORDER BY seq DESC, id DESC LIMIT 1", [incident_id]).fetchone()
    return None if row is None else (int(row[0]), bytes(row[1]))


def entry_incident_ids(db: sqlite_utils.Database) -> list[int]:
    """Every incident id that has timeline rows (whether or not its incident row exists)."""
    return [int(r[0]) for r in db.execute(
        "SELECT DISTINCT incident_id FROM incident_entries ORDER BY incident_id")]


def chain_state(db: sqlite_utils.Database) -> ChainState | None:
    """The chain row, or None before the first incident."""
    row = db.execute("SELECT wrapped_key, key_tag, heads, heads_mac, pending_key, pending_tag "
                     "FROM incident_chain WHERE id = 1").fetchone()
    if row is None:
        return None
    pending = (None, None) if row[4] is None else (bytes(row[4]), bytes(row[5]))
    return ChainState(bytes(row[0]), bytes(row[1]), str(row[2]), bytes(row[3]), *pending)


def save_chain_state(db: sqlite_utils.Database, state: ChainState) -> None:
    """Write the chain row (there is only ever one)."""
    db.execute("INSERT INTO incident_chain(id, wrapped_key, key_tag, heads, heads_mac, "
               "pending_key, pending_tag) VALUES (1, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE "
               "SET wrapped_key = excluded.wrapped_key, key_tag = excluded.key_tag, "
               "heads = excluded.heads, heads_mac = excluded.heads_mac, "
               "pending_key = excluded.pending_key, pending_tag = excluded.pending_tag",
               [state.wrapped_key, state.key_tag, state.heads, state.heads_mac,
                state.pending_key, state.pending_tag])


# -- notes ------------------------------------------------------------------------------


def insert_note(db: sqlite_utils.Database, incident_id: int, *, at: str, by: str) -> int:
    """A new (still empty) note of the incident; add its first version next."""
    cur = db.execute("INSERT INTO incident_notes(incident_id, created_at, created_by) "
                     "VALUES (?, ?, ?)", [incident_id, at, by])
    return int(cur.lastrowid)


def insert_note_version(db: sqlite_utils.Database, note_id: int, *, version: int, text: str,
                        at: str, by: str) -> None:
    """Store one version of a note (versions are never updated or deleted)."""
    db.execute("INSERT INTO incident_note_versions(note_id, version, text, at, by) "
               "VALUES (?, ?, ?, ?, ?)", [note_id, version, text, at, by])


def note_incident(db: sqlite_utils.Database, note_id: int) -> tuple[int, int] | None:
    """(incident id, latest version) of a note, or None when there is no such note."""
    row = db.execute("SELECT n.incident_id, max(v.version) FROM incident_notes n "
                     "LEFT JOIN incident_note_versions v ON v.note_id = n.id WHERE n.id = ?",
                     [note_id]).fetchone()
    if row is None or row[0] is None:
        return None
    return int(row[0]), int(row[1] or 0)


def note_versions(db: sqlite_utils.Database, incident_id: int) -> list[NoteVersionRow]:
    """Every version of every note of the incident, by note then version."""
    rows = db.execute(
        "SELECT v.note_id, v.version, v.text, v.at, v.by, n.created_at, n.created_by "
        "FROM incident_note_versions v JOIN incident_notes n ON n.id = v.note_id "
        "WHERE n.incident_id = ? ORDER BY v.note_id, v.version", [incident_id])
    return [NoteVersionRow(int(n), int(v), str(t), str(a), str(b), str(ca), str(cb))
            for n, v, t, a, b, ca, cb in rows]


# -- evidence ---------------------------------------------------------------------------


def insert_evidence(db: sqlite_utils.Database, row: EvidenceRow) -> int:
    """Store a snapshot (`row.id` is ignored); returns the new id."""
    values = dataclasses.asdict(row)
    del values["id"]
    cur = db.execute(f"INSERT INTO incident_evidence({', '.join(values)}) "
                     f"VALUES ({', '.join('?' * len(values))})", list(values.values()))
    return int(cur.lastrowid)


def evidence(db: sqlite_utils.Database, incident_id: int) -> list[EvidenceRow]:
    """The incident's evidence snapshots in the order they were linked."""
    cols = ", ".join(f.name for f in dataclasses.fields(EvidenceRow))
    rows = db.execute(f"SELECT {cols} FROM incident_evidence WHERE incident_id = ? ORDER BY id",
                      [incident_id])
    return [EvidenceRow(*r) for r in rows]


def evidence_id_for(db: sqlite_utils.Database, incident_id: int, export_sha256: str,
                    line: int) -> int | None:
    """The evidence of this incident that came from (export, line), if linked already."""
    row = db.execute("SELECT id FROM incident_evidence WHERE incident_id = ? AND export_sha256 = ? "
                     "AND line = ?", [incident_id, export_sha256, line]).fetchone()
    return None if row is None else int(row[0])


# -- full-text index ----------------------------------------------------------------------


def refresh_search(db: sqlite_utils.Database, incident_id: int) -> None:
    """Index the incident's title and the current version of each of its notes."""
    row = db.execute("SELECT title FROM incidents WHERE id = ?", [incident_id]).fetchone()
    db.execute("DELETE FROM incidents_fts WHERE rowid = ?", [incident_id])
    if row is None:
        return
    notes = [str(t) for (t,) in db.execute(
        "SELECT v.text FROM incident_note_versions v JOIN incident_notes n ON n.id = v.note_id "
        "WHERE n.incident_id = ? AND v.version = (SELECT max(version) FROM "
        "incident_note_versions WHERE note_id = v.note_id) ORDER BY n.id", [incident_id])]
    db.execute("INSERT INTO incidents_fts(rowid, title, notes) VALUES (?, ?, ?)",
               [incident_id, row[0], "\n\n".join(notes)])


def search_ids(db: sqlite_utils.Database, match: str) -> list[int]:
    """Incident ids whose title or notes match the FTS5 expression, best match first."""
    return [int(r[0]) for r in db.execute(
        "SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ? ORDER BY rank", [match])]


def marks(values: Sequence[object]) -> str:
    """Placeholders for an IN (...) list ("NULL" for none, which matches nothing)."""
    return ", ".join("?" * len(values)) or "NULL"
