"""Filing many inbox hits at once: `inbox_store.record_hits`, in a few set-wise statements.

`record_hits` runs three or four statements per hit; an import that raises
120,000 hits spends ~7 s there (SQLCipher, ~17 µs a statement). This does
the same in bulk: look the items up by group key, insert the new ones in
order of their first hit (so they get the ids one-by-one filing gives
them) with their final count and first/last message, insert the hits
that are not there yet and update each older item once. The rows come out identical to
`record_hits` (tests/triage/test_inbox_filing.py compares them), only
the bookkeeping times differ. Call inside a transaction (`db.atomic()`).

`NewChatFiler` does the same for a chat seen for the first time, batch
after batch, without looking anything up; its `FilingPlanner` half needs
no database, so the import overlap runs it in the worker process.

It belongs next to `record_hits` in moddesk.storage.inbox_store; it lives
here until that module's owner takes it over.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

import sqlite_utils

from moddesk.storage.bulk_insert import insert_many, update_many
from moddesk.storage.inbox_store import Hit
from moddesk.storage.message_store import now_iso

_CHUNK = 500  # keys per "IN (…)" lookup, well under SQLite's variable limit
_ITEM_COLUMNS = ("chat_id", "pack_key", "rule_id", "severity", "bucket", "group_key", "author",
                 "first_message_id", "last_message_id", "hits", "created_at", "updated_at")
_HIT_COLUMNS = ("item_id", "message_id", "detector", "spans")
_UPDATE_COLUMNS = ("added", "lowest", "highest", "updated_at", "id")
_UPDATE_ITEM = ("hits = hits + v.added, first_message_id = min(first_message_id, v.lowest), "
                "last_message_id = max(last_message_id, v.highest), updated_at = v.updated_at")
HitKey = tuple[str, int, str]  # (group key, message id, detector)
Counts = dict[str, tuple[int, int, int]]  # group key -> (hits added, lowest, highest message id)


def file_hits(db: sqlite_utils.Database, hits: Iterable[Hit]) -> int:
    """File hits into items, creating or extending them; returns the items created."""
    hits = list(hits)
    if not hits:
        return 0
    firsts: dict[str, Hit] = {}
    for hit in hits:
        firsts.setdefault(hit.group_key, hit)
    ids = _item_ids(db, list(firsts))
    kept, counts = _new_hits(hits, _stored_hits(db, ids))
    now = now_iso()
    # A new item is written once with its final count and span (one-by-one
    # filing inserts it, then updates it per hit: the same row in the end).
    fresh = [h for key, h in firsts.items() if key not in ids]
    insert_many(db, "inbox_items", _ITEM_COLUMNS,
                [(h.chat_id, h.pack_key, h.rule_id, h.severity, h.bucket, h.group_key, h.author,
                  *counts[h.group_key][1:], counts[h.group_key][0], now, now) for h in fresh])
    old = [(n, lo, hi, now, ids[key]) for key, (n, lo, hi) in counts.items() if key in ids]
    ids.update(_item_ids(db, [h.group_key for h in fresh]))
    insert_many(db, "inbox_hits", _HIT_COLUMNS,
                [(ids[h.group_key], h.message_id, h.detector, spans_json(h.spans)) for h in kept])
    update_many(db, "inbox_items", _UPDATE_COLUMNS, old, assignments=_UPDATE_ITEM)
    return len(fresh)


def spans_json(spans: Iterable[tuple[int, int]]) -> str:
    """`json.dumps` of the (start, end) pairs, as stored, in a third of its time."""
    return "[" + ", ".join([f"[{start}, {end}]" for start, end in spans]) + "]"


def _new_hits(hits: list[Hit], stored: set[HitKey]) -> tuple[list[Hit], Counts]:
    """(the hits not filed yet, first of each; what they add to each item)."""
    kept: list[Hit] = []
    counts: Counts = {}
    for hit in hits:
        key = (hit.group_key, hit.message_id, hit.detector)
        if key in stored:
            continue  # filed before: `record_hits` ignores it too
        stored.add(key)
        kept.append(hit)
        n, lo, hi = counts.get(hit.group_key, (0, hit.message_id, hit.message_id))
        counts[hit.group_key] = (n + 1, min(lo, hit.message_id), max(hi, hit.message_id))
    return kept, counts


@dataclasses.dataclass
class FilingBatch:
    """One batch of a new chat's hits, worked out by `FilingPlanner`, ready to write.

    Items are named by ordinal (the n-th item the chat's filing creates),
    so no lookup is needed. Hits come as columns: written as they are.
    """

    hits: int  # hits received, repeats included
    fresh: list[tuple[Any, ...]]  # new item rows, no times yet, in creation order
    hit_items: list[int]  # item ordinal of each hit to insert
    hit_messages: list[int]
    hit_detectors: list[str]
    hit_spans: list[str]  # JSON, as stored
    updates: list[tuple[int, int, int, int]]  # (hits added, lowest, highest message id, ordinal)


class FilingPlanner:
    """Works out what a new chat's hits add, batch after batch; needs no database.

    While a new chat is imported, every item it gets is made by its filing
    (the writer runs nothing else meanwhile), so the items and hits filed so
    far are known in memory. The import overlap runs this in its worker
    process, which leaves the import's process only the writing.
    """

    def __init__(self) -> None:
        self._ordinals: dict[str, int] = {}  # group key -> item ordinal
        self._filed: set[HitKey] = set()

    def plan(self, hits: Sequence[Hit]) -> FilingBatch:
        """What `hits` (the next batch, in filing order) add to the chat's items."""
        kept, counts = _new_hits(list(hits), self._filed)
        ordinals = self._ordinals
        firsts: dict[str, Hit] = {}
        for hit in kept:
            if hit.group_key not in ordinals:
                firsts.setdefault(hit.group_key, hit)
        fresh = []
        for key, (n, lo, hi) in counts.items():  # in order of each item's first hit
            first = firsts.get(key)
            if first is not None:
                ordinals[key] = len(ordinals)
                fresh.append((first.chat_id, first.pack_key, first.rule_id, first.severity,
                              first.bucket, key, first.author, lo, hi, n))
        return FilingBatch(len(hits), fresh, [ordinals[h.group_key] for h in kept],
                           [h.message_id for h in kept], [h.detector for h in kept],
                           [spans_json(h.spans) for h in kept],
                           [(n, lo, hi, ordinals[key]) for key, (n, lo, hi) in counts.items()
                            if key not in firsts])


class NewChatFiler:
    """Files the hits of a chat seen for the first time, batch after batch, with no lookups.

    `write` stores a `FilingBatch`; `file` plans and writes in one go. New
    items take the table's next ids, as one-by-one filing gives them. The
    rows come out as `file_hits` makes them (the test compares).
    """

    def __init__(self) -> None:
        self._ids: list[int] = []  # item ordinal -> item id
        self._planner = FilingPlanner()

    def file(self, db: sqlite_utils.Database, hits: Iterable[Hit]) -> int:
        """File one batch's hits (call inside a transaction); returns the items created."""
        return self.write(db, self._planner.plan(list(hits)))

    def write(self, db: sqlite_utils.Database, batch: FilingBatch) -> int:
        """Store one planned batch (call inside a transaction); returns the items created."""
        if not batch.hit_items:
            return 0
        now = now_iso()
        if batch.fresh:
            self._create(db, batch.fresh, now)
        ids = self._ids
        insert_many(db, "inbox_hits", _HIT_COLUMNS,
                    zip(map(ids.__getitem__, batch.hit_items), batch.hit_messages,
                        batch.hit_detectors, batch.hit_spans))
        update_many(db, "inbox_items", _UPDATE_COLUMNS,
                    [(n, lo, hi, now, ids[o]) for n, lo, hi, o in batch.updates], assignments=_UPDATE_ITEM)
        return len(batch.fresh)

    def _create(self, db: sqlite_utils.Database, fresh: list[tuple[Any, ...]], now: str) -> None:
        start = int(db.execute("SELECT coalesce(max(id), 0) FROM inbox_items").fetchone()[0])
        insert_many(db, "inbox_items", _ITEM_COLUMNS, [(*row, now, now) for row in fresh])
        last = int(db.execute("SELECT coalesce(max(id), 0) FROM inbox_items").fetchone()[0])
        if last != start + len(fresh):
            raise RuntimeError(f"inbox item ids are not consecutive ({start}+{len(fresh)} != {last})")
        self._ids.extend(range(start + 1, last + 1))


def _item_ids(db: sqlite_utils.Database, keys: Sequence[str]) -> dict[str, int]:
    """group key -> item id, for the keys that have an item."""
    found: dict[str, int] = {}
    for chunk in _chunks(keys):
        found.update((str(k), int(i)) for i, k in db.execute(
            f"SELECT id, group_key FROM inbox_items WHERE group_key IN ({_marks(chunk)})", chunk))
    return found


def _stored_hits(db: sqlite_utils.Database, ids: dict[str, int]) -> set[HitKey]:
    """The hits already filed on these items (group key -> item id)."""
    keys = {item: key for key, item in ids.items()}
    stored: set[HitKey] = set()
    for chunk in _chunks(list(keys)):
        stored.update((keys[int(i)], int(m), str(d)) for i, m, d in db.execute(
            "SELECT item_id, message_id, detector FROM inbox_hits "
            f"WHERE item_id IN ({_marks(chunk)})", chunk))
    return stored


def _chunks(values: Sequence[object]) -> Iterator[list[object]]:
    it = iter(values)
    while chunk := list(islice(it, _CHUNK)):
        yield chunk


def _marks(chunk: Sequence[object]) -> str:
    return ", ".join("?" * len(chunk))
