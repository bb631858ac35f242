"""Chats, exports and messages in the vault: the write and read facade.

Writes run on the writer thread. Message ids are allocated in time order
((wall-clock seconds << 20) | sequence within that second), so an id says
where a message sits in time and newest-first search is an index walk.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator

import sqlite_utils

SEQ_BITS = 20
_EPOCH = dt.datetime(1970, 1, 1)


@dataclasses.dataclass(frozen=True)
class MessageRow:
    """One message ready to store; `fingerprint` + `occurrence` identify it in its chat."""

    ts: str
    author: str | None
    kind: str
    system_kind: str | None
    text: str | None
    attachment: str | None
    edited: bool
    line: int
    fingerprint: bytes
    occurrence: int


@dataclasses.dataclass(frozen=True)
class ExportRecord:
    """What is known about one imported export file."""

    sha256: str
    source_name: str
    platform: str
    date_order: str
    date_order_certain: bool
    messages_total: int
    failed_lines: int
    first_ts: str | None
    last_ts: str | None


def now_iso() -> str:
    """The current UTC time, to the second, for bookkeeping columns."""
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def ensure_chat(db: sqlite_utils.Database, *, family: str, name: str) -> int:
    """The id of the chat named `name`, creating it on first sight."""
    row = db.execute("SELECT id FROM chats WHERE family = ? AND name = ?", [family, name]).fetchone()
    if row:
        return int(row[0])
    cur = db.execute("INSERT INTO chats(family, name, created_at) VALUES (?, ?, ?)",
                     [family, name, now_iso()])
    return int(cur.lastrowid)


def export_id_for(db: sqlite_utils.Database, sha256: str) -> int | None:
    """The id of an already imported export with this content hash."""
    row = db.execute("SELECT id FROM exports WHERE sha256 = ?", [sha256]).fetchone()
    return None if row is None else int(row[0])


def insert_export(db: sqlite_utils.Database, chat_id: int, rec: ExportRecord) -> int:
    """Record an export (its new-message count is filled in by `finish_export`)."""
    cur = db.execute(
        "INSERT INTO exports(sha256, chat_id, source_name, platform, date_order, "
        "date_order_certain, imported_at, messages_total, messages_new, failed_lines, "
        "first_ts, last_ts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)",
        [rec.sha256, chat_id, rec.source_name, rec.platform, rec.date_order,
         int(rec.date_order_certain), now_iso(), rec.messages_total, rec.failed_lines,
         rec.first_ts, rec.last_ts],
    )
    return int(cur.lastrowid)


def finish_export(db: sqlite_utils.Database, export_id: int, *, new: int) -> None:
    """Store how many messages this export added."""
    db.execute("UPDATE exports SET messages_new = ? WHERE id = ?", [new, export_id])


def ts_seconds(ts: str) -> int:
    """Seconds since 1970 of a wall-clock 'YYYY-MM-DDTHH:MM:SS' (no zone: ordering only)."""
    return int((dt.datetime.fromisoformat(ts) - _EPOCH).total_seconds())


class IdAllocator:
    """Hands out time-ordered message ids, continuing after ids already stored."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db
        self._next: dict[int, int] = {}

    def next_id(self, ts: str) -> int:
        """A fresh id in the second of `ts`."""
        sec = ts_seconds(ts)
        seq = self._next.get(sec)
        if seq is None:
            seq = self._first_free(sec)
        if seq >= 1 << SEQ_BITS:
            raise OverflowError("more than a million messages in one second")
        self._next[sec] = seq + 1
        return (sec << SEQ_BITS) | seq

    def _first_free(self, sec: int) -> int:
        lo, hi = sec << SEQ_BITS, ((sec + 1) << SEQ_BITS) - 1
        row = self._db.execute("SELECT max(id) FROM messages WHERE id BETWEEN ? AND ?",
                               [lo, hi]).fetchone()
        return 0 if row[0] is None else (int(row[0]) & ((1 << SEQ_BITS) - 1)) + 1


def known_identities(db: sqlite_utils.Database, chat_id: int, first_ts: str,
                     last_ts: str) -> dict[tuple[bytes, int], int]:
    """(fingerprint, occurrence) -> id of the chat's messages in [first_ts, last_ts]."""
    lo = ts_seconds(first_ts) << SEQ_BITS
    hi = ((ts_seconds(last_ts) + 1) << SEQ_BITS) - 1
    rows = db.execute("SELECT fingerprint, occurrence, id FROM messages "
                      "WHERE chat_id = ? AND id BETWEEN ? AND ?", [chat_id, lo, hi])
    return {(bytes(fp), occ): mid for fp, occ, mid in rows}


def insert_messages(db: sqlite_utils.Database, chat_id: int, export_id: int,
                    rows: Iterable[tuple[int, MessageRow]]) -> int:
    """Insert (id, row) pairs and index them for search; returns the count."""
    batch = [(mid, chat_id, r.ts, r.author, r.kind, r.system_kind, r.text, r.attachment,
              int(r.edited), export_id, r.line, r.fingerprint, r.occurrence) for mid, r in rows]
    db.conn.executemany(
        "INSERT INTO messages(id, chat_id, ts, author, kind, system_kind, text, attachment, "
        "edited, export_id, line, fingerprint, occurrence) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch)
    db.conn.executemany("INSERT INTO messages_fts(rowid, text, author) VALUES (?, ?, ?)",
                        [(b[0], b[6], b[3]) for b in batch if b[6] or b[3]])
    return len(batch)


def mark_removed(db: sqlite_utils.Database, export_id: int, ids: Iterable[int]) -> int:
    """Flag messages an overlapping later export no longer shows; they stay stored."""
    params = [(export_id, mid) for mid in ids]
    db.conn.executemany("UPDATE messages SET removed_in_export = ? "
                        "WHERE id = ? AND removed_in_export IS NULL", params)
    return len(params)


def store_media(db: sqlite_utils.Database, *, sha256: str, mime: str, data: bytes) -> int:
    """Store an attachment once by content hash; return its id."""
    row = db.execute("SELECT id FROM media WHERE sha256 = ?", [sha256]).fetchone()
    if row:
        return int(row[0])
    cur = db.execute("INSERT INTO media(sha256, size, mime, data) VALUES (?, ?, ?, ?)",
                     [sha256, len(data), mime, data])
    return int(cur.lastrowid)


def link_media(db: sqlite_utils.Database, message_id: int, media_id: int) -> None:
    """Attach a stored media blob to a message."""
    db.execute("INSERT OR IGNORE INTO message_media(message_id, media_id) VALUES (?, ?)",
               [message_id, media_id])


def chat_summaries(db: sqlite_utils.Database) -> list[dict[str, object]]:
    """Every chat (merged ones left out) with counts, date range and last import."""
    sql = """
        SELECT c.id, coalesce(c.display_name, c.name) AS name, c.family,
               (SELECT count(*) FROM messages m WHERE m.chat_id = c.id) AS messages,
               (SELECT min(ts) FROM messages m WHERE m.chat_id = c.id) AS first_ts,
               (SELECT max(ts) FROM messages m WHERE m.chat_id = c.id) AS last_ts,
               (SELECT max(imported_at) FROM exports e WHERE e.chat_id = c.id) AS last_import,
               EXISTS(SELECT 1 FROM exports e WHERE e.chat_id = c.id
                      AND e.date_order_certain = 0) AS date_uncertain
        FROM chats c WHERE c.merged_into IS NULL ORDER BY name COLLATE NOCASE"""
    return [dict(r) for r in _rows(db, sql, [])]


def _rows(db: sqlite_utils.Database, sql: str, params: list[object]) -> Iterator[dict[str, object]]:
    cur = db.execute(sql, params)
    names = [d[0] for d in cur.description]
    for row in cur:
        yield dict(zip(names, row))
