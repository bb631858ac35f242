"""Import and triage at once: the detectors run on the second core while the import writes.

    with overlapped_triage(db, now=now, cancel=cancel, expected_bytes=len(data)) as triage:
        results = import_bytes(db, data, name=name, cancel=cancel)
        found = triage.scan(results)

An import spends its time parsing (one thread) and in SQLite (a helper
thread), about one core in all. While it writes, each stored batch's new
messages go to one worker process (overlap_worker.py). For a chat seen
for the first time the worker runs the whole scan and sends hits back as
it finds them; the import's helper thread files them between its own
batches, inside the import's transaction (a cancelled import takes them
along). For a chat that grows, the worker runs the text stage only, and
the scan after the commit looks its results up. After the commit `scan`
files the rest and runs here only what the worker could not do
(look-back messages, the stateful detectors of growing chats). The inbox
comes out exactly as `scan_imported` alone makes it; the triage CPU time
is still spent, on the other core.

Anything the worker did not finish — it died, stalled, or the export was
rolled back — is simply done here as before; hits filed ahead for a chat
whose scan is then done here are taken back first. Small imports (first
batch under `MIN_BATCH` messages) never start a worker: spawning one
costs more than scanning them. A caller that knows the file is big
(`expected_bytes`) has the worker started and its engine compiled at once,
while the import still reads the whole file to decide its date order and
the second core has nothing else to do. The worker lives as long as the `with` block. A block
may hold several imports; one that rolls back is forgotten (its export id
comes back with the next export, or it is missing from the results given
to `scan`). Logs carry counts only.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import dataclasses
import itertools
import logging
import multiprocessing
import operator
import os
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from datetime import datetime
from typing import Any, TypeVar

import sqlite_utils

from moddesk.ingest.export_writer import BatchObserver, observe_batches
from moddesk.ingest.importer import FIRST_BATCH, ImportResult, import_bytes
from moddesk.ingest.whatsapp_parser import Row

from . import overlap_worker
from .inbox_filing import FilingBatch, NewChatFiler
from .known_text import KnownText
from .text_stage import SCANNED_KINDS
from .vault_scan import ChatOutcome, ScanCancelled, ScanPlan, ScanResult, covers, \
    ensure_builtin_packs, pack_texts_for_chat, plan_scan, scan_imported

log = logging.getLogger("moddesk.triage.overlap")
# An export this long has a first batch this big (the importer's FIRST_BATCH).
MIN_BATCH = FIRST_BATCH
# About a text export of MIN_BATCH messages (60 bytes a message). A zip this
# small may hold more: then the worker starts with the first batch, as before.
EARLY_START_BYTES = MIN_BATCH * 60
# A worker step (one batch) that takes longer than this is given up on.
STALL_SECONDS = 120.0
_POLL = 0.2
T = TypeVar("T")
Progress = Callable[[int, int], None]


@dataclasses.dataclass
class OverlapStats:
    """Counts for logs and tests: what went to the worker and what came back used."""

    shipped: int = 0
    batches: int = 0
    whole_chats: int = 0
    text_used: int = 0
    filed_ahead: int = 0
    taken_back: int = 0
    discarded: int = 0
    failures: int = 0
    started_early: bool = False


@dataclasses.dataclass
class _Feed:
    """One export's messages on their way to the worker (`futures[0]` opens its stream)."""

    key: int
    export_id: int
    plan: ScanPlan
    whole: bool
    futures: list[Future[Any]] = dataclasses.field(default_factory=list)
    skipped: bool = False
    failed: bool = False
    # Whole streams: results filed so far (futures[1:filed]), what that filed, and the
    # filer that knows it (a new chat: every item it gets is filed from here).
    filed: int = 1
    filed_hits: int = 0
    filed_items: int = 0
    filer: NewChatFiler = dataclasses.field(default_factory=NewChatFiler)


class OverlappedTriage:
    """Sends stored batches to a worker during an import; `scan` files the result."""

    def __init__(self, db: sqlite_utils.Database, *, now: datetime,
                 cancel: threading.Event | None = None, min_batch: int = MIN_BATCH) -> None:
        self._db, self.now, self._cancel, self._min_batch = db, now, cancel, min_batch
        self._feeds: list[_Feed] = []
        self._keys = itertools.count(1)
        self._pool: ProcessPoolExecutor | None = None
        self._submitted: list[Future[Any]] = []
        self._lock = threading.Lock()
        self.stats = OverlapStats()

    # -- during the import (moddesk.ingest.export_writer.StoredBatches) -------------

    def open_export(self, db: sqlite_utils.Database, *, chat_id: int, export_id: int,
                    fresh: bool, in_order: bool) -> BatchObserver | None:
        """Prepare a feed for one export (caller's thread, inside the import)."""
        # Export ids only grow while committed: a reused one means those were rolled back.
        self._drop(lambda f: f.export_id >= export_id)
        ensure_builtin_packs(db)
        plan, _version = plan_scan(db, chat_id)
        if plan is None:
            return None
        # A chat seen for the first time has no items yet and its scan reads just this export.
        whole = fresh and in_order and not _scanned_before(db, chat_id)
        feed = _Feed(next(self._keys), export_id, plan, whole)
        self._feeds.append(feed)
        return lambda ids, rows: self._ship(feed, ids, rows)

    def _ship(self, feed: _Feed, ids: list[int], rows: list[Row]) -> None:
        """Queue one stored batch for the worker (import's helper thread)."""
        if feed.skipped or feed.failed:
            return
        if not feed.futures and self._pool is None and len(rows) < self._min_batch:
            feed.skipped = True  # small: scanned here after the commit, as before
            return
        try:
            pool = self._worker()
            if not feed.futures:
                feed.futures.append(self._track(pool.submit(
                    overlap_worker.open_stream, feed.key, feed.plan, feed.whole, self.now)))
            feed.futures.append(self._track(pool.submit(*_job(feed, ids, rows))))
        except (concurrent.futures.BrokenExecutor, RuntimeError) as exc:
            feed.failed = True
            log.info("triage overlap: worker unavailable (%s); scanning after the import",
                     type(exc).__name__)
            return
        self.stats.shipped += len(ids)
        self.stats.batches += 1
        if feed.whole:
            # The helper thread owns the connection now; its SQLite work overlaps parsing.
            self._file_ahead(feed, None, block=False)

    def _worker(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                # "spawn": the app runs Qt and database threads a forked child must not inherit.
                self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
                log.info("triage overlap: worker started")
            return self._pool

    def start_early(self) -> None:
        """Start the worker now and compile the engine a new chat gets (writer thread)."""
        ensure_builtin_packs(self._db)
        texts = pack_texts_for_chat(self._db, 0)  # no chat has id 0: a new chat's packs
        try:
            self._track(self._worker().submit(overlap_worker.warm_up, texts))
        except (concurrent.futures.BrokenExecutor, RuntimeError):
            return  # the first batch tries again
        self.stats.started_early = True

    def worker_pid(self) -> int | None:
        """The worker's process id once it runs, else None (diagnostics and tests)."""
        pool = self._pool
        return None if pool is None else pool.submit(os.getpid).result()

    # -- after the commit ------------------------------------------------------------

    def scan(self, results: list[ImportResult] | tuple[ImportResult, ...]) -> ScanResult:
        """File what the import added (see `scan_imported`), using the worker's work."""
        committed = {r.export_id for r in results if not r.already_imported}
        self._drop(lambda f: f.export_id not in committed)
        found = scan_imported(self._db, results, now=self.now, cancel=self._cancel, ahead=self)
        log.info("triage overlap: %s", self.stats)
        return found

    def whole(self, plan: ScanPlan, cancel: threading.Event | None) -> ChatOutcome | None:
        """The worker's whole scan of a new chat (vault_scan.Ahead)."""
        feeds = self._for_chat(plan.chat_id)
        out = self._whole_outcome(feeds, plan, cancel)
        if out is None and any(f.filed_hits for f in feeds):
            _unfile(self._db, plan.chat_id)
            self.stats.taken_back += 1
        return out

    def _whole_outcome(self, feeds: list[_Feed], plan: ScanPlan,
                       cancel: threading.Event | None) -> ChatOutcome | None:
        if len(feeds) != 1 or not feeds[0].whole or feeds[0].failed:
            return None
        feed = feeds[0]
        if not self._file_ahead(feed, cancel, block=True):
            return None
        out = self._wait(self._pool_submit(overlap_worker.close_stream, feed.key), cancel)
        if out is _FAILED or out is None or not covers(self._db, plan, out):
            return None
        out.filed_hits, out.filed_items = feed.filed_hits, feed.filed_items
        self.stats.whole_chats += 1
        return out

    def _file_ahead(self, feed: _Feed, cancel: threading.Event | None, *, block: bool) -> bool:
        """File the hits the worker sent back so far, in order; False if it failed."""
        while feed.filed < len(feed.futures):
            future = feed.futures[feed.filed]
            if not block and not future.done():
                return True
            batch = self._wait(future, cancel)
            if batch is _FAILED:
                feed.failed = True
                return False
            if isinstance(batch, FilingBatch) and batch.hits:
                with self._db.atomic():
                    feed.filed_items += feed.filer.write(self._db, batch)
                feed.filed_hits += batch.hits
                if not block:
                    self.stats.filed_ahead += batch.hits
            feed.filed += 1
        return True

    def known_text(self, plan: ScanPlan, cancel: threading.Event | None) -> KnownText | None:
        """The worker's text results for a chat's new messages (vault_scan.Ahead)."""
        known = KnownText()
        for feed in self._for_chat(plan.chat_id):
            if feed.whole or feed.plan.texts != plan.texts:
                continue  # a whole stream that was not used sent no text results
            for future in feed.futures[1:]:
                batch = self._wait(future, cancel)
                if batch is _FAILED:
                    break  # the rest is scanned here
                known.add(batch)
        if not len(known):
            return None
        self.stats.text_used += len(known)
        return known

    def _for_chat(self, chat_id: int) -> list[_Feed]:
        return [f for f in self._feeds if f.plan.chat_id == chat_id and f.futures]

    def _pool_submit(self, fn: Callable[..., T], *args: object) -> Future[T] | None:
        try:
            return self._track(self._pool.submit(fn, *args)) if self._pool is not None else None
        except (concurrent.futures.BrokenExecutor, RuntimeError):
            return None

    def _track(self, future: Future[T]) -> Future[T]:
        self._submitted.append(future)
        return future

    def _wait(self, future: Future[T] | None, cancel: threading.Event | None) -> T | object:
        """The future's result; `_FAILED` when the worker died, failed or stalled."""
        if future is None:  # the worker was gone before the job could be sent
            self.stats.failures += 1
            return _FAILED
        deadline = time.monotonic() + STALL_SECONDS
        while True:
            if cancel is not None and cancel.is_set():
                raise ScanCancelled()
            try:
                return future.result(timeout=_POLL)
            except concurrent.futures.TimeoutError:
                if time.monotonic() > deadline:
                    log.warning("triage overlap: worker stalled; scanning here")
                    self._stop()
                    return _FAILED
            except Exception as exc:  # noqa: BLE001 - a dead or failing worker: scan here
                log.warning("triage overlap: worker failed (%s); scanning here", type(exc).__name__)
                self.stats.failures += 1
                return _FAILED

    # -- ending ------------------------------------------------------------------------

    def _drop(self, gone: Callable[[_Feed], bool]) -> None:
        """Forget feeds whose exports did not commit (the worker drops them too)."""
        for feed in [f for f in self._feeds if gone(f)]:
            self._feeds.remove(feed)
            self.stats.discarded += 1
            if feed.futures:
                self._pool_submit(overlap_worker.drop_stream, feed.key)

    def close(self) -> None:
        """End the worker: at once if it still has work nobody will use (cancel, error)."""
        self._feeds.clear()
        if self._pool is None:
            return
        if all(f.done() for f in self._submitted):
            self._pool.shutdown(wait=True)
            self._pool = None
        else:
            self._stop()

    def _stop(self) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        # No public way to end a busy worker before Python 3.14 (terminate_workers).
        for process in list(getattr(pool, "_processes", {}).values()):
            process.terminate()
        pool.shutdown(wait=True, cancel_futures=True)


_FAILED = object()
# Row fields a whole stream needs: timestamp text, author, kind, system kind, text, attachment.
_WHOLE_COLUMNS = tuple(map(operator.itemgetter, (1, 2, 3, 4, 5, 6)))


def _scanned_before(db: sqlite_utils.Database, chat_id: int) -> bool:
    return db.execute("SELECT 1 FROM triage_progress WHERE chat_id = ?", [chat_id]).fetchone() \
        is not None


def _unfile(db: sqlite_utils.Database, chat_id: int) -> None:
    """Take back what was filed ahead for a new chat before it is scanned here.

    Only new chats are filed ahead, so every item of the chat came from
    that (`moddesk.storage.chat_delete` removes items the same way).
    """
    with db.atomic():
        db.execute("DELETE FROM inbox_hits WHERE item_id IN "
                   "(SELECT id FROM inbox_items WHERE chat_id = ?)", [chat_id])
        db.execute("DELETE FROM inbox_items WHERE chat_id = ?", [chat_id])
    log.info("triage overlap: chat %d filed ahead taken back", chat_id)


def _job(feed: _Feed, ids: list[int], rows: list[Row]) -> tuple[Callable[..., object], ...]:
    """The worker call for one batch: whole rows, or just the texts worth scanning."""
    if feed.whole:
        # Taking just the six columns needed costs a third of transposing all ten.
        return (overlap_worker.feed_whole, feed.key,
                overlap_worker.pack(list(ids), *(list(map(column, rows)) for column in _WHOLE_COLUMNS)))
    pairs = [(i, r[5]) for i, r in zip(ids, rows) if r[5] and r[3] in SCANNED_KINDS]
    return overlap_worker.feed_text, feed.key, overlap_worker.pack([p[0] for p in pairs],
                                                                   [p[1] for p in pairs])


@contextlib.contextmanager
def overlapped_triage(db: sqlite_utils.Database, *, now: datetime,
                      cancel: threading.Event | None = None,
                      min_batch: int = MIN_BATCH, expected_bytes: int = 0,
                      ) -> Iterator[OverlappedTriage]:
    """Triage on the second core during the import inside the block (see the module docstring).

    `expected_bytes`: the size of the file about to be imported, if known.
    """
    triage = OverlappedTriage(db, now=now, cancel=cancel, min_batch=min_batch)
    try:
        if expected_bytes >= EARLY_START_BYTES:
            triage.start_early()
        with observe_batches(triage):
            yield triage
    finally:
        triage.close()


def import_and_triage(db: sqlite_utils.Database, data: bytes, *, name: str, now: datetime,
                      date_order: str | None = None, progress: Progress | None = None,
                      cancel: threading.Event | None = None,
                      ) -> tuple[list[ImportResult], ScanResult]:
    """`import_bytes`, then the guidelines over what it added, overlapped (writer thread)."""
    with overlapped_triage(db, now=now, cancel=cancel, expected_bytes=len(data)) as triage:
        results = import_bytes(db, data, name=name, date_order=date_order, progress=progress,
                               cancel=cancel)
        return results, triage.scan(results)
