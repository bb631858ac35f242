"""Reading chats and their messages, and renaming and merging chats.

The read side of the Chats page: chat summaries for the list, message ids in
time order (keyset pages, so a million-message chat loads a chunk at a time),
one page of message rows by id, media blobs on request, and the first
message on or after a date. A chat that other chats were merged into reads
as the union of all of them: message ids are time-ordered
(`message_store.SEQ_BITS`), so merging per-chat id streams gives time order.

The write side (`rename_chat`, `merge_chats`, `unmerge_chat`) runs on the
writer thread and returns `Changes(chats=True)`. Renaming sets
`display_name` only: the identity `name` stays, so later exports of the same
chat still land in it. Merging sets `merged_into`; the merged chat keeps its
own messages and exports, so its later imports show in the target too and
the merge can be undone.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import heapq
import itertools
import logging
from array import array
from collections.abc import Iterable, Iterator, Sequence

import sqlite_utils

from moddesk.storage.changes import Changes
from moddesk.storage.message_store import SEQ_BITS, ts_seconds

log = logging.getLogger("moddesk.storage.chats")
ORDERS = ("name", "activity")
ID_PART = 16_384
_EPOCH = dt.datetime(1970, 1, 1)


@dataclasses.dataclass(frozen=True)
class ChatSummary:
    """One line of the chat list; counts include the chats merged into it.

    `name` is what to show (the moderator's name for it, else the export's);
    `identity` is the name exports carry. Times are 'YYYY-MM-DDTHH:MM:SS'.
    """

    id: int
    name: str
    identity: str
    family: str
    messages: int
    first_ts: str | None
    last_ts: str | None
    last_import: str | None
    date_uncertain: bool
    removed: int
    merged: tuple[int, ...]


@dataclasses.dataclass(frozen=True)
class MessageView:
    """One stored message as the chat view shows it (media as type and size only)."""

    id: int
    chat_id: int
    ts: str
    author: str | None
    kind: str
    system_kind: str | None
    text: str | None
    attachment: str | None
    edited: bool
    removed: bool
    media_mime: str | None
    media_size: int | None


@dataclasses.dataclass(frozen=True)
class MediaBlob:
    """A stored attachment, in memory only."""

    mime: str
    size: int
    data: bytes = dataclasses.field(repr=False)


@dataclasses.dataclass(frozen=True)
class DateSample:
    """A message date from an export whose day/month order was uncertain.

    `order` is how the export was read; `stamp` is the date as written when
    the importer kept it (else None).
    """

    ts: str
    order: str
    stamp: str | None


def id_to_ts(message_id: int) -> str:
    """The wall-clock second a message id encodes, as 'YYYY-MM-DDTHH:MM:SS'."""
    return (_EPOCH + dt.timedelta(seconds=message_id >> SEQ_BITS)).isoformat()


def first_id_of_day(day: dt.date) -> int:
    """The smallest id a message on `day` (or later) can have."""
    return ts_seconds(f"{day.isoformat()}T00:00:00") << SEQ_BITS


# -- chats ---------------------------------------------------------------------


def chat_members(db: sqlite_utils.Database, chat_id: int) -> list[int]:
    """`chat_id` and every chat merged into it (at any depth), in id order."""
    rows = db.execute(
        "WITH RECURSIVE members(id) AS (SELECT ? UNION "
        "SELECT c.id FROM chats c JOIN members m ON c.merged_into = m.id) "
        "SELECT id FROM members ORDER BY id", [chat_id])
    return [int(r[0]) for r in rows]


def root_chat(db: sqlite_utils.Database, chat_id: int) -> int:
    """The chat whose list entry shows `chat_id` (itself unless merged)."""
    seen = {chat_id}
    while True:
        row = db.execute("SELECT merged_into FROM chats WHERE id = ?", [chat_id]).fetchone()
        if row is None or row[0] is None or int(row[0]) in seen:
            return chat_id
        chat_id = int(row[0])
        seen.add(chat_id)


def chat_of_message(db: sqlite_utils.Database, message_id: int) -> int | None:
    """The listed chat that shows `message_id`, or None if there is no such message."""
    row = db.execute("SELECT chat_id FROM messages WHERE id = ?", [message_id]).fetchone()
    return None if row is None else root_chat(db, int(row[0]))


def chat_summaries(db: sqlite_utils.Database, *, order: str = "name") -> list[ChatSummary]:
    """Every listed chat (merged ones folded into their target), sorted by `order`.

    `order` is "name" (case-insensitive) or "activity" (latest message first).
    Reads every message index entry once: run it on the background reader.
    """
    if order not in ORDERS:
        raise ValueError(f"order must be one of {ORDERS}, not {order!r}")
    chats = {int(r[0]): r for r in db.execute(
        "SELECT id, family, name, display_name, merged_into FROM chats")}
    roots = {cid: _root_in(chats, cid) for cid in chats}
    summaries = [_summary(db, cid, chats, [m for m, r in roots.items() if r == cid])
                 for cid in chats if roots[cid] == cid]
    return _sorted(summaries, order)


def _root_in(chats: dict[int, tuple], chat_id: int) -> int:
    seen = {chat_id}
    parent = chats[chat_id][4]
    while parent is not None and int(parent) in chats and int(parent) not in seen:
        chat_id = int(parent)
        seen.add(chat_id)
        parent = chats[chat_id][4]
    return chat_id


def _summary(db: sqlite_utils.Database, chat_id: int, chats: dict[int, tuple],
             members: list[int]) -> ChatSummary:
    marks = _marks(members)
    count, lo, hi = db.execute(
        f"SELECT count(*), min(id), max(id) FROM messages WHERE chat_id IN ({marks})",
        members).fetchone()
    last_import, uncertain = db.execute(
        f"SELECT max(imported_at), coalesce(min(date_order_certain), 1) = 0 FROM exports "
        f"WHERE chat_id IN ({marks})", members).fetchone()
    _, family, name, display, _ = chats[chat_id]
    return ChatSummary(chat_id, display or name, name, family, int(count),
                       None if lo is None else id_to_ts(int(lo)),
                       None if hi is None else id_to_ts(int(hi)), last_import, bool(uncertain),
                       _removed_count(db, members, marks),
                       tuple(m for m in members if m != chat_id))


def _removed_count(db: sqlite_utils.Database, members: list[int], marks: str) -> int:
    # Only an overlapping later export can mark messages removed, so a chat
    # with a single export needs no scan of its rows.
    exports = db.execute(f"SELECT count(*) FROM exports WHERE chat_id IN ({marks})",
                         members).fetchone()[0]
    if exports < 2:
        return 0
    return int(db.execute(f"SELECT count(*) FROM messages WHERE chat_id IN ({marks}) "
                          "AND removed_in_export IS NOT NULL", members).fetchone()[0])


def _sorted(summaries: list[ChatSummary], order: str) -> list[ChatSummary]:
    by_name = sorted(summaries, key=lambda s: (s.name.casefold(), s.id))
    if order == "name":
        return by_name
    return sorted(by_name, key=lambda s: s.last_ts or "", reverse=True)


def merge_candidates(db: sqlite_utils.Database, chat_id: int) -> list[tuple[int, str]]:
    """(id, name) of listed chats `chat_id` could be merged into, by name."""
    inside = set(chat_members(db, chat_id))
    rows = db.execute("SELECT id, coalesce(display_name, name) FROM chats "
                      "WHERE merged_into IS NULL ORDER BY coalesce(display_name, name) "
                      "COLLATE NOCASE, id")
    return [(int(r[0]), str(r[1])) for r in rows if int(r[0]) not in inside]


def chat_names(db: sqlite_utils.Database, chat_ids: Iterable[int]) -> dict[int, str]:
    """The shown name of each chat in `chat_ids`."""
    ids = list(chat_ids)
    if not ids:
        return {}
    rows = db.execute(f"SELECT id, coalesce(display_name, name) FROM chats "
                      f"WHERE id IN ({_marks(ids)})", ids)
    return {int(r[0]): str(r[1]) for r in rows}


# -- renaming and merging (writer thread) -----------------------------------------


def rename_chat(db: sqlite_utils.Database, chat_id: int, *, display_name: str | None) -> Changes:
    """Show `chat_id` as `display_name`; None, blank or the export's name resets it."""
    row = db.execute("SELECT name FROM chats WHERE id = ?", [chat_id]).fetchone()
    if row is None:
        raise ValueError(f"no chat {chat_id}")
    shown = (display_name or "").strip()
    with db.atomic():
        db.execute("UPDATE chats SET display_name = ? WHERE id = ?",
                   [shown if shown and shown != row[0] else None, chat_id])
    log.info("chat %d renamed", chat_id)
    return Changes(chats=True)


def merge_chats(db: sqlite_utils.Database, *, source: int, target: int) -> Changes:
    """Fold `source` (and what was merged into it) into `target`'s list entry.

    Raises ValueError when either chat is missing or the merge would put a
    chat inside itself.
    """
    target = root_chat(db, target)
    for chat_id in (source, target):
        if db.execute("SELECT 1 FROM chats WHERE id = ?", [chat_id]).fetchone() is None:
            raise ValueError(f"no chat {chat_id}")
    if target in chat_members(db, source):
        raise ValueError(f"chat {target} is already part of chat {source}")
    with db.atomic():
        db.execute("UPDATE chats SET merged_into = ? WHERE id = ?", [target, source])
    log.info("chat %d merged into chat %d", source, target)
    return Changes(chats=True)


def unmerge_chat(db: sqlite_utils.Database, chat_id: int) -> Changes:
    """Give a merged chat its own list entry again (what was merged into it stays)."""
    with db.atomic():
        db.execute("UPDATE chats SET merged_into = NULL WHERE id = ?", [chat_id])
    log.info("chat %d unmerged", chat_id)
    return Changes(chats=True)


# -- messages ---------------------------------------------------------------------


def message_ids(db: sqlite_utils.Database, members: Sequence[int], *, after: int = -1,
                upto: int | None = None, limit: int | None = None) -> array:
    """Ids of the members' messages with `after` < id <= `upto`, in time order.

    At most `limit` ids. Each chat is an index range walk; several are merged
    in Python, because SQLite would sort the whole union for an IN list.
    """
    if len(members) == 1:
        out = array("q")
        for part in _id_parts(db, members[0], after, upto, limit):
            out.extend(itertools.chain.from_iterable(part))
        return out
    streams = [itertools.chain.from_iterable(itertools.chain.from_iterable(
        _id_parts(db, chat_id, after, upto, limit))) for chat_id in members]
    return array("q", itertools.islice(heapq.merge(*streams), limit))


def _id_parts(db: sqlite_utils.Database, chat_id: int, after: int, upto: int | None,
              limit: int | None) -> Iterator[list[tuple[int]]]:
    # Rows in parts: flattening a part is one C loop that holds the GIL, so
    # bounded parts keep the GUI thread answering while a reader loads a
    # million ids (measured: one 1M-id flatten stalled the window ~0.2 s).
    sql = "SELECT id FROM messages WHERE chat_id = ? AND id > ?"
    params: list[object] = [chat_id, after]
    if upto is not None:
        sql += " AND id <= ?"
        params.append(upto)
    sql += " ORDER BY id"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    cursor = db.execute(sql, params)
    while part := cursor.fetchmany(ID_PART):
        yield part


def first_id_from(db: sqlite_utils.Database, members: Sequence[int], *, lowest: int) -> int | None:
    """The first of the members' message ids >= `lowest`, or None past the end."""
    found = [r[0] for chat_id in members for r in db.execute(
        "SELECT id FROM messages WHERE chat_id = ? AND id >= ? ORDER BY id LIMIT 1",
        [chat_id, lowest])]
    return min(found) if found else None


def last_id(db: sqlite_utils.Database, members: Sequence[int]) -> int | None:
    """The members' newest message id, or None for an empty chat."""
    found = [r[0] for chat_id in members for r in db.execute(
        "SELECT max(id) FROM messages WHERE chat_id = ?", [chat_id]) if r[0] is not None]
    return max(found) if found else None


def message_rows(db: sqlite_utils.Database, ids: Sequence[int]) -> dict[int, MessageView]:
    """The messages with these ids (media as type and size, no blob)."""
    if not ids:
        return {}
    rows = db.execute(
        "SELECT m.id, m.chat_id, m.ts, m.author, m.kind, m.system_kind, m.text, m.attachment, "
        "m.edited, m.removed_in_export IS NOT NULL, md.mime, md.size FROM messages m "
        "LEFT JOIN message_media mm ON mm.message_id = m.id "
        f"LEFT JOIN media md ON md.id = mm.media_id WHERE m.id IN ({_marks(ids)})", list(ids))
    out: dict[int, MessageView] = {}
    for r in rows:
        out.setdefault(int(r[0]), MessageView(int(r[0]), int(r[1]), r[2], r[3], r[4], r[5], r[6],
                                              r[7], bool(r[8]), bool(r[9]), r[10], r[11]))
    return out


def media_blob(db: sqlite_utils.Database, message_id: int) -> MediaBlob | None:
    """The attachment stored for `message_id`, or None."""
    row = db.execute("SELECT md.mime, md.size, md.data FROM message_media mm "
                     "JOIN media md ON md.id = mm.media_id WHERE mm.message_id = ? LIMIT 1",
                     [message_id]).fetchone()
    return None if row is None else MediaBlob(str(row[0]), int(row[1]), bytes(row[2]))


def uncertain_samples(db: sqlite_utils.Database, chat_id: int, *,
                      days: int = 3) -> list[DateSample]:
    """The first few distinct dates of the chat's uncertain-order exports."""
    members = chat_members(db, chat_id)
    exports = db.execute(
        f"SELECT id, date_order, first_ts FROM exports WHERE chat_id IN ({_marks(members)}) "
        "AND date_order_certain = 0 AND first_ts IS NOT NULL ORDER BY first_ts", members)
    samples: dict[str, DateSample] = {}
    for export_id, order, first_ts in exports.fetchall():
        for ts, stamp in _export_dates(db, members, int(export_id), str(first_ts)):
            samples.setdefault(ts[:10], DateSample(ts, str(order), stamp))
            if len(samples) >= days:
                return list(samples.values())
    return list(samples.values())


def _export_dates(db: sqlite_utils.Database, members: list[int], export_id: int,
                  first_ts: str) -> list[tuple[str, str | None]]:
    # No index on export_id: walk the chat's ids from the export's first second.
    lowest = ts_seconds(first_ts) << SEQ_BITS
    rows = db.execute(
        f"SELECT m.ts, s.stamp FROM messages m LEFT JOIN message_stamps s ON s.message_id = m.id "
        f"WHERE m.chat_id IN ({_marks(members)}) AND m.id >= ? AND m.export_id = ? "
        "ORDER BY m.id LIMIT 2000", [*members, lowest, export_id])
    return [(str(r[0]), r[1]) for r in rows]


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values))
