"""Storing one export's messages, batch by batch, inside the import's transaction.

Rows arrive in file order as plain tuples (`whatsapp_parser.Row`). Each
batch gets its identities (`identity`) on the caller's thread; everything
that touches the database (matching against what the chat already holds,
time-ordered ids, the inserts, full-text indexing) then runs as one job on
the helper thread while the caller parses the next batch. At the end,
stored messages inside the export's time span that it no longer shows are
marked removed. Nothing here commits.

A listener set with `observe_batches` (the triage overlap, see
moddesk.triage.import_overlap) is told each stored batch's new messages
on the helper thread, so it can start work on them before the commit.
It may use the connection there (the helper owns it during the call);
what it writes is part of the import's transaction.
"""

from __future__ import annotations

import bisect
import contextlib
import contextvars
import dataclasses
import logging
from array import array
from collections.abc import Callable, Iterator, Sequence
from typing import Protocol

import sqlite_utils

from moddesk.ingest.identity import Occurrences
from moddesk.ingest.import_pipeline import Helper
from moddesk.ingest.model import AttachmentData
from moddesk.ingest.whatsapp_parser import Row
from moddesk.storage import message_store as store
from moddesk.storage.message_store import SEQ_BITS, ExportRecord

log = logging.getLogger("moddesk.ingest.importer")

Attachments = Callable[[str], "AttachmentData | None"]
# (new message ids, their rows in file order), called on the helper thread.
BatchObserver = Callable[[list[int], list[Row]], None]


class StoredBatches(Protocol):
    """Wants the new messages of every export written while it listens."""

    def open_export(self, db: sqlite_utils.Database, *, chat_id: int, export_id: int,
                    fresh: bool, in_order: bool) -> BatchObserver | None:
        """Called once per export before its first batch; None to skip this export."""


_LISTENER: contextvars.ContextVar[StoredBatches | None] = contextvars.ContextVar(
    "moddesk_stored_batches", default=None)


@contextlib.contextmanager
def observe_batches(listener: StoredBatches) -> Iterator[None]:
    """Tell `listener` about the exports written in this block (on this thread)."""
    token = _LISTENER.set(listener)
    try:
        yield
    finally:
        _LISTENER.reset(token)


@dataclasses.dataclass(frozen=True)
class ExportMeta:
    """What is known about an export before its messages are read."""

    chat_name: str
    source_name: str
    sha256: str
    platform: str
    date_order: str
    date_order_certain: bool
    in_order: bool = True

    @property
    def family(self) -> str:
        """The chat family the export belongs to (chats are unique per family)."""
        return "telegram" if self.platform == "telegram" else "whatsapp"


@dataclasses.dataclass
class Tally:
    """Running counts of one export (ids and counts only: safe to log)."""

    total: int = 0
    new: int = 0
    media: int = 0
    removed: int = 0
    first: tuple[int, str] | None = None
    last: tuple[int, str] | None = None


class ExportWriter:
    """Writes one export; call `add()` per batch, then `finish()`."""

    def __init__(self, db: sqlite_utils.Database, meta: ExportMeta, helper: Helper,
                 attachments: Attachments | None = None) -> None:
        self.db, self.meta, self._helper, self._attachments = db, meta, helper, attachments
        self.chat_id = store.ensure_chat(db, family=meta.family, name=meta.chat_name)
        # A chat seen for the first time has nothing to match or mark removed.
        self._fresh = not store.chat_has_messages(db, self.chat_id)
        self.export_id = store.insert_export(db, self.chat_id, self._record(0, 0))
        self._occurrences = Occurrences(in_order=meta.in_order)
        self._matched = array("q")
        self.tally = Tally()
        listener = _LISTENER.get()
        self._observer = None if listener is None else listener.open_export(
            db, chat_id=self.chat_id, export_id=self.export_id, fresh=self._fresh,
            in_order=meta.in_order)

    def add(self, rows: Sequence[Row]) -> None:
        """Queue one batch of rows (file order); it is stored on the helper thread."""
        if not rows:
            return
        self._note_span(rows)
        identities = self._occurrences.of_rows(rows)
        self._helper.submit(lambda db: self._store(rows, identities))

    def _store(self, rows: Sequence[Row], identities: list[tuple[bytes, int]]) -> None:
        """Match, number, insert and index one batch (runs on the helper thread)."""
        if self._fresh:
            fresh = list(zip(rows, identities))
        else:
            known = self._known(rows)
            fresh = [(r, i) for r, i in zip(rows, identities) if not self._match(i, known)]
        if fresh:
            self._insert(fresh)

    def finish(self, *, failed_lines: int) -> Tally:
        """Mark what the export no longer shows and record its counts."""
        self._helper.wait()
        if not self._fresh:
            self.tally.removed = self._mark_removed()
        first, last = self.tally.first, self.tally.last
        rec = self._record(self.tally.total, failed_lines, first and first[1], last and last[1])
        store.close_export(self.db, self.export_id, rec, new=self.tally.new)
        log.info("export %d into chat %d: %d messages, %d new, %d removed since, %d media",
                 self.export_id, self.chat_id, self.tally.total, self.tally.new,
                 self.tally.removed, self.tally.media)
        return self.tally

    def _record(self, total: int, failed: int, first: str | None = None,
                last: str | None = None) -> ExportRecord:
        m = self.meta
        return ExportRecord(m.sha256, m.source_name, m.platform, m.date_order,
                            m.date_order_certain, total, failed, first, last)

    def _note_span(self, rows: Sequence[Row]) -> None:
        if self.tally.first is None:
            self.tally.first = (rows[0][0], rows[0][1])
        self.tally.last = (rows[-1][0], rows[-1][1])
        self.tally.total += len(rows)

    def _known(self, rows: Sequence[Row]) -> dict[tuple[bytes, int], int]:
        secs = [r[0] for r in rows]
        return store.chat_identities(self.db, self.chat_id, min(secs), max(secs))

    def _match(self, ident: tuple[bytes, int], known: dict[tuple[bytes, int], int]) -> bool:
        found = known.get(ident)
        if found is None:
            return False
        self._matched.append(found)
        return True

    def _insert(self, fresh: list[tuple[Row, tuple[bytes, int]]]) -> None:
        ids = store.allocate_ids(self.db, [r[0] for r, _ in fresh])
        chat, export = self.chat_id, self.export_id
        store.insert_rows(self.db, [
            (mid, chat, r[1], r[2], r[3], r[4], r[5], r[6], int(r[7]), export, r[8], fp, occ)
            for mid, (r, (fp, occ)) in zip(ids, fresh)])
        if not self.meta.date_order_certain:
            store.insert_stamps(self.db, [(mid, r[9]) for mid, (r, _) in zip(ids, fresh) if r[9]])
        if self._attachments is not None:
            self._link_media(ids, fresh)
        self.tally.new += len(ids)
        if self._observer is not None:
            self._observer(ids, [r for r, _ in fresh])
        store.index_rows(self.db, self.export_id, (min(ids), max(ids)),
                         (fresh[0][0][8], fresh[-1][0][8]))

    def _link_media(self, ids: list[int], fresh: list[tuple[Row, tuple[bytes, int]]]) -> None:
        assert self._attachments is not None
        for mid, (row, _) in zip(ids, fresh):
            data = self._attachments(row[6]) if row[6] else None
            if data is not None:
                media_id = store.store_media(self.db, sha256=data.sha256, mime=data.mime,
                                             data=data.data)
                store.link_media(self.db, mid, media_id)
                self.tally.media += 1

    def _mark_removed(self) -> int:
        """Stored messages inside the export's span (ends excluded) it did not show.

        The first and last second are left out: an export cut mid-minute may
        legitimately start or end part-way through that minute's messages.
        """
        first, last = self.tally.first, self.tally.last
        if first is None or last is None or last[0] - first[0] < 2:
            return 0
        lo, hi = (first[0] + 1) << SEQ_BITS, (last[0] << SEQ_BITS) - 1
        gone = list(_unmatched(store.unremoved_ids_between(self.db, self.chat_id, self.export_id,
                                                           lo, hi), sorted(self._matched)))
        return store.mark_removed(self.db, self.export_id, gone)


def _unmatched(ids: Iterator[int], matched: list[int]) -> Iterator[int]:
    """The ascending `ids` that are not in the sorted list `matched`."""
    for mid in ids:
        at = bisect.bisect_left(matched, mid)
        if at == len(matched) or matched[at] != mid:
            yield mid
