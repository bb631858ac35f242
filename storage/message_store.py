"""Chats, exports and messages in the vault: the write and read facade.

Writes run on the writer thread. Message ids are allocated in time order
((wall-clock seconds << 20) | sequence within that second), so an id says
where a message sits in time and newest-first search is an index walk.

The bulk helpers (`insert_rows`, `index_rows`, `allocate_ids`,
`chat_identities`, `bulk_import_settings`) serve the streaming importer:
rows are plain tuples in `MESSAGE_COLUMNS` order, because a million
dataclass instances cost more than the inserts themselves.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain

import sqlcipher3
import sqlite_utils

from moddesk.storage.bulk_insert import insert_many, max_variables

SEQ_BITS = 20
SEQ_MASK = (1 << SEQ_BITS) - 1
_EPOCH = dt.datetime(1970, 1, 1)
MESSAGE_COLUMNS = ("id", "chat_id", "ts", "author", "kind", "system_kind", "text", "attachment",
                   "edited", "export_id", "line", "fingerprint", "occurrence")
_INSERT_ROWS = (f"INSERT INTO messages({', '.join(MESSAGE_COLUMNS)}) "
                f"VALUES ({', '.join('?' * len(MESSAGE_COLUMNS))})")
# Rows per INSERT statement. A multi-row statement costs a third less than as
# many one-row executions, and it releases the GIL once for its whole run:
# the importer inserts on a helper thread while its own thread parses, and
# each time a statement ends the helper waits up to Python's switch interval
# (5 ms) to get the GIL back. Few big statements keep those waits rare.
ROWS_PER_INSERT_MAX = 10_000
# A row is in the full-text index exactly when this holds; unindexing must
# use the same rule, or FTS5's external-content bookkeeping drifts.
INDEXED = "(coalesce(text, '') != '' OR coalesce(author, '') != '')"
# Import-time settings: a page cache that holds a batch's index pages, and a
# large FTS5 pending-data buffer, so segments are written (and merged) far
# less often. temp_store stays MEMORY (pinned): nothing here spills to files.
IMPORT_CACHE_KIB = 65536
IMPORT_FTS_HASHSIZE = 32 << 20
FTS5_DEFAULT_HASHSIZE = 1 << 20

# WORKAROUND: sqlcipher3 (a pysqlite fork) binds only int/float/str/bytearray
# directly; None and bytes go through its adapter protocol, whose failed
# attribute lookups cost ~1.5 µs per value (6x the bind itself; measured on
# 1M-row imports). Identity adapters turn that into one dict hit. They change
# no value: None still binds NULL and bytes a BLOB.
sqlcipher3.register_adapter(type(None), lambda value: value)
sqlcipher3.register_adapter(bytes, bytes)


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


def close_export(db: sqlite_utils.Database, export_id: int, rec: ExportRecord, *, new: int) -> None:
    """Store the counts and span of a streamed export, known only at its end."""
    db.execute("UPDATE exports SET messages_total = ?, messages_new = ?, failed_lines = ?, "
               "first_ts = ?, last_ts = ?, date_order = ?, date_order_certain = ? WHERE id = ?",
               [rec.messages_total, new, rec.failed_lines, rec.first_ts, rec.last_ts,
                rec.date_order, int(rec.date_order_certain), export_id])


def exports_for_hash(db: sqlite_utils.Database, sha256: str) -> list[dict[str, object]]:
    """Every export stored from the file with this hash, in import order.

    A Telegram account export holds several chats; its first chat's export
    carries the file's hash, the others `<hash>#<n>` (the column is unique).
    """
    sql = ("SELECT e.id, e.chat_id, e.source_name, e.messages_total, e.failed_lines, "
           "e.date_order, e.date_order_certain, c.name AS chat_name FROM exports e JOIN chats c "
           "ON c.id = e.chat_id WHERE e.sha256 = ? OR (e.sha256 > ? AND e.sha256 < ?) "
           "ORDER BY e.id")
    return list(_rows(db, sql, [sha256, sha256 + "#", sha256 + "$"]))


def chat_has_messages(db: sqlite_utils.Database, chat_id: int) -> bool:
    """True when the chat holds any message yet."""
    return db.execute("SELECT 1 FROM messages WHERE chat_id = ? LIMIT 1",
                      [chat_id]).fetchone() is not None


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


def allocate_ids(db: sqlite_utils.Database, secs: Sequence[int]) -> list[int]:
    """Fresh time-ordered ids for messages at these seconds, in the given order.

    One range query finds the seconds already taken (by any chat, or by an
    earlier batch of the same import), instead of one query per second.
    """
    if not secs:
        return []
    taken = _taken(db, min(secs), max(secs), set(secs))
    ids = []
    for sec in secs:
        seq = taken.get(sec, -1) + 1
        if seq > SEQ_MASK:
            raise OverflowError("more than a million messages in one second")
        taken[sec] = seq
        ids.append((sec << SEQ_BITS) | seq)
    return ids


def _taken(db: sqlite_utils.Database, lo: int, hi: int, secs: set[int]) -> dict[int, int]:
    """Second -> highest sequence in use, for the seconds in `secs`.

    Reads the ids stored in [lo, hi]; when that span is crowded (other
    chats, or a file whose times jump around) it probes each second instead.
    """
    cap = 4 * len(secs) + 1000
    rows = db.execute("SELECT id FROM messages WHERE id BETWEEN ? AND ? LIMIT ?",
                      [lo << SEQ_BITS, ((hi + 1) << SEQ_BITS) - 1, cap]).fetchall()
    if len(rows) == cap:
        return _taken_each(db, secs)
    taken: dict[int, int] = {}
    for (mid,) in rows:  # ascending: the last id seen in a second is its highest
        taken[mid >> SEQ_BITS] = mid & SEQ_MASK
    return taken


def _taken_each(db: sqlite_utils.Database, secs: Iterable[int]) -> dict[int, int]:
    taken = {}
    for sec in secs:
        row = db.execute("SELECT max(id) FROM messages WHERE id BETWEEN ? AND ?",
                         [sec << SEQ_BITS, ((sec + 1) << SEQ_BITS) - 1]).fetchone()
        if row[0] is not None:
            taken[sec] = int(row[0]) & SEQ_MASK
    return taken


def chat_identities(db: sqlite_utils.Database, chat_id: int, lo_sec: int,
                    hi_sec: int) -> dict[tuple[bytes, int], int]:
    """(fingerprint, occurrence) -> id of the chat's messages in seconds [lo_sec, hi_sec]."""
    rows = db.execute("SELECT fingerprint, occurrence, id FROM messages "
                      "WHERE chat_id = ? AND id BETWEEN ? AND ?",
                      [chat_id, lo_sec << SEQ_BITS, ((hi_sec + 1) << SEQ_BITS) - 1])
    return {(bytes(fp), occ): mid for fp, occ, mid in rows}


def unremoved_ids_between(db: sqlite_utils.Database, chat_id: int, export_id: int, lo_id: int,
                          hi_id: int) -> Iterator[int]:
    """Ids in [lo_id, hi_id] of the chat's messages from other exports not yet marked removed."""
    cur = db.execute("SELECT id FROM messages WHERE chat_id = ? AND id BETWEEN ? AND ? "
                     "AND export_id != ? AND removed_in_export IS NULL ORDER BY id",
                     [chat_id, lo_id, hi_id, export_id])
    for (mid,) in cur:
        yield int(mid)


def insert_rows(db: sqlite_utils.Database, rows: Sequence[tuple[object, ...]]) -> None:
    """Insert message rows (tuples in `MESSAGE_COLUMNS` order); not yet searchable."""
    size, sql = _insert_many()
    whole = len(rows) - len(rows) % size
    for start in range(0, whole, size):
        db.conn.execute(sql, list(chain.from_iterable(rows[start:start + size])))
    if whole < len(rows):
        # The rest in one statement too: `executemany` would step once per row (bulk_insert.py).
        insert_many(db, "messages", MESSAGE_COLUMNS, rows[whole:])


@functools.cache
def _insert_many() -> tuple[int, str]:
    """(rows, SQL) of the multi-row INSERT, sized to this SQLite's parameter limit."""
    size = min(ROWS_PER_INSERT_MAX, max_variables() // len(MESSAGE_COLUMNS))
    one = f"({', '.join('?' * len(MESSAGE_COLUMNS))})"
    return size, _INSERT_ROWS.split(" VALUES ")[0] + " VALUES " + ", ".join([one] * size)


def index_rows(db: sqlite_utils.Database, export_id: int, ids: tuple[int, int],
               lines: tuple[int, int]) -> None:
    """Make searchable the rows of one export with ids and lines in these ranges.

    One INSERT … SELECT: SQLite tokenizes without returning to Python (and
    without the GIL), so the importer can parse the next batch meanwhile.
    An export's lines are unique, so the line range picks exactly one batch.
    """
    db.conn.execute(
        "INSERT INTO messages_fts(rowid, text, author) SELECT id, text, author FROM messages "
        f"WHERE id BETWEEN ? AND ? AND export_id = ? AND line BETWEEN ? AND ? AND {INDEXED}",
        [ids[0], ids[1], export_id, lines[0], lines[1]])


def unindex_rows(db: sqlite_utils.Database, rows: Iterable[tuple[int, str | None, str | None]]) -> None:
    """Remove (id, text, author) rows from the full-text index (values as indexed)."""
    db.conn.executemany(
        "INSERT INTO messages_fts(messages_fts, rowid, text, author) VALUES ('delete', ?, ?, ?)",
        [r for r in rows if r[1] or r[2]])


def index_ids(db: sqlite_utils.Database, ids: Iterable[int]) -> None:
    """Make these stored messages searchable (one by one: for small sets)."""
    db.conn.executemany("INSERT INTO messages_fts(rowid, text, author) SELECT id, text, author "
                        f"FROM messages WHERE id = ? AND {INDEXED}", [(i,) for i in ids])


def insert_stamps(db: sqlite_utils.Database, pairs: Sequence[tuple[int, str]]) -> None:
    """Keep the date as written for (message id, header text) pairs."""
    insert_many(db, "message_stamps", ("message_id", "stamp"), pairs)


@contextlib.contextmanager
def bulk_import_settings(db: sqlite_utils.Database) -> Iterator[None]:
    """A larger page cache and FTS5 buffer for one big write; restored after.

    The FTS5 setting lives in the index's config table, so it is written
    inside the caller's transaction and rolled back with it.
    """
    cache = db.execute("PRAGMA cache_size").fetchone()[0]
    hashsize = _fts_hashsize(db)
    db.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    _set_fts_hashsize(db, IMPORT_FTS_HASHSIZE)
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = {int(cache)}")
        if db.conn.in_transaction:
            _set_fts_hashsize(db, hashsize)


def _fts_hashsize(db: sqlite_utils.Database) -> int:
    row = db.execute("SELECT v FROM messages_fts_config WHERE k = 'hashsize'").fetchone()
    return FTS5_DEFAULT_HASHSIZE if row is None else int(row[0])


def _set_fts_hashsize(db: sqlite_utils.Database, value: int) -> None:
    # Through FTS5's own command, so every connection reloads the setting.
    db.execute("INSERT INTO messages_fts(messages_fts, rank) VALUES ('hashsize', ?)", [value])


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


# -- moving messages to new ids (re-dating) ---------------------------------------

_STAMPED = ("SELECT m.id, m.ts, m.author, m.kind, m.text, m.attachment, m.export_id, m.line, "
            "m.occurrence, s.stamp FROM messages m JOIN message_stamps s ON s.message_id = m.id ")


def stamped_messages(db: sqlite_utils.Database, chat_id: int, export_ids: Sequence[int],
                     *, parked: bool = False, batch: int = 5000) -> Iterator[tuple]:  # type: ignore[type-arg]
    """(id, ts, author, kind, text, attachment, export id, line, occurrence, stamp) in id order.

    `parked=True` reads only messages whose identity is parked (see
    `park_identities`), so rows moved meanwhile are not read again.
    """
    marks = ", ".join("?" * len(export_ids))
    sql = (_STAMPED + f"WHERE m.chat_id = ? AND m.export_id IN ({marks}) AND m.id > ? "
           + ("AND m.occurrence < 0 " if parked else "") + "ORDER BY m.id LIMIT ?")
    last = -(1 << 63)
    while rows := db.execute(sql, [chat_id, *export_ids, last, batch]).fetchall():
        yield from rows
        last = rows[-1][0]


def park_identities(db: sqlite_utils.Database, chat_id: int, export_ids: Sequence[int]) -> None:
    """Negate the occurrence of the exports' stamped messages while they move.

    Real occurrences are >= 1, so parked identities can never collide with
    the new identities written meanwhile (two messages may swap dates).
    """
    marks = ", ".join("?" * len(export_ids))
    db.execute(f"UPDATE messages SET occurrence = -occurrence WHERE chat_id = ? "
               f"AND export_id IN ({marks}) AND occurrence > 0 "
               "AND id IN (SELECT message_id FROM message_stamps)", [chat_id, *export_ids])


def identity_owner(db: sqlite_utils.Database, chat_id: int, fp: bytes, occurrence: int) -> int | None:
    """The id of the chat's message with this identity, if any."""
    row = db.execute("SELECT id FROM messages WHERE chat_id = ? AND fingerprint = ? "
                     "AND occurrence = ?", [chat_id, fp, occurrence]).fetchone()
    return None if row is None else int(row[0])


def copy_messages(db: sqlite_utils.Database,
                  moves: Sequence[tuple[int, int, str, bytes, int]]) -> None:
    """Copy messages to new rows: (old id, new id, ts, fingerprint, occurrence)."""
    db.conn.executemany(
        "INSERT INTO messages(id, chat_id, ts, author, kind, system_kind, text, attachment, "
        "edited, export_id, line, fingerprint, occurrence, removed_in_export) "
        "SELECT ?, chat_id, ?, author, kind, system_kind, text, attachment, edited, export_id, "
        "line, ?, ?, removed_in_export FROM messages WHERE id = ?",
        [(new, ts, fp, occ, old) for old, new, ts, fp, occ in moves])


def repoint_links(db: sqlite_utils.Database, pairs: Sequence[tuple[int, int]]) -> None:
    """Make media and inbox entries that name message `old` name `new`, for (old, new) pairs.

    When `new` already has such a link (two copies of one message merged),
    the old link is dropped.
    """
    swapped = [(new, old) for old, new in pairs]
    olds = [(old,) for old, _ in pairs]
    for table in ("message_media", "inbox_hits"):
        db.conn.executemany(f"UPDATE OR IGNORE {table} SET message_id = ? WHERE message_id = ?",
                            swapped)
        db.conn.executemany(f"DELETE FROM {table} WHERE message_id = ?", olds)
    for column in ("first_message_id", "last_message_id"):
        db.conn.executemany(f"UPDATE inbox_items SET {column} = ? WHERE {column} = ?", swapped)


def move_stamps(db: sqlite_utils.Database, pairs: Sequence[tuple[int, int]]) -> None:
    """Keep the dates as written with messages that moved, for (old, new) pairs."""
    db.conn.executemany("UPDATE message_stamps SET message_id = ? WHERE message_id = ?",
                        [(new, old) for old, new in pairs])


def drop_stamps(db: sqlite_utils.Database, ids: Iterable[int]) -> None:
    """Forget the dates as written of these messages."""
    db.conn.executemany("DELETE FROM message_stamps WHERE message_id = ?", [(i,) for i in ids])


def delete_messages(db: sqlite_utils.Database, rows: Sequence[tuple[int, str | None, str | None]]) -> None:
    """Delete (id, text, author) messages and their index entries (links repointed first)."""
    unindex_rows(db, rows)
    db.conn.executemany("DELETE FROM messages WHERE id = ?", [(r[0],) for r in rows])


def clear_removed_marks(db: sqlite_utils.Database, chat_id: int, export_ids: Sequence[int]) -> None:
    """Forget the "removed" marks these exports set."""
    marks = ", ".join("?" * len(export_ids))
    db.execute(f"UPDATE messages SET removed_in_export = NULL WHERE chat_id = ? "
               f"AND removed_in_export IN ({marks})", [chat_id, *export_ids])


def set_export_order(db: sqlite_utils.Database, export_id: int, order: str,
                     span: tuple[str | None, str | None]) -> None:
    """Record a date order the moderator decided, and the export's new span."""
    db.execute("UPDATE exports SET date_order = ?, date_order_certain = 1, "
               "first_ts = coalesce(?, first_ts), last_ts = coalesce(?, last_ts) WHERE id = ?",
               [order, span[0], span[1], export_id])


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
