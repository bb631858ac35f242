"""The import queue: watched folders and manual picks, one writer job per file.

Files come from two places: the watched folders (watchdog hints plus full
rescans at unlock and every few minutes, judged by `WatchEngine` off the
GUI thread) and "Import files…" picks. Each file is one `session.submit`
job, so a lock waits at most for the file being imported, and that one is
cancelled through its `threading.Event` when the lock begins.

On lock the controller stops watching and forgets every path, queued file
and summary line; on unlock it reloads the folders from the vault, starts
watching again and rescans.

Logs carry counts only; file names stay in memory only while unlocked.
"""

from __future__ import annotations

import collections
import dataclasses
import logging
import threading
import time
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlite_utils
from PySide6.QtCore import QObject, QTimer, Signal

from moddesk.ingest import watch
from moddesk.ingest.watch import Candidate, FolderObserver, Poll, Rejected, WatchEngine
from moddesk.ingest.watch_import import CANCELLED, CHANGED, FAILED, FileJob, FileOutcome, \
    import_file, outcome_changes, record_rejected
from moddesk.storage import Changes, KnownError
from moddesk.storage import watch_store as ws
from moddesk.triage.import_overlap import OverlappedTriage, overlapped_triage
from moddesk.ui import message_bridge
from moddesk.ui.session_api import SessionApi
from moddesk.ui.workers import deliver_future, raise_in_gui, run_in_background

log = logging.getLogger("moddesk.ui.imports")

Clock = Callable[[], float]
STORAGE = "storage"
INTERNAL = "internal"


@dataclasses.dataclass(frozen=True)
class ImportProgress:
    """The file being imported now: "Importing `index` of `count`"."""

    index: int
    count: int
    name: str
    done: int = 0
    total: int = 0


class _ProgressRelay(QObject):
    """Carries the importer's progress from the writer thread to the GUI thread.

    Signals:
        moved(int token, int done, int total): emitted on the writer thread,
            delivered queued on the GUI thread.
    """

    moved = Signal(int, int, int)

    def reporter(self, token: int) -> Callable[[int, int], None]:
        """A progress callback for one job that emits at most ~100 times."""
        last = [-1]

        def report(done: int, total: int) -> None:
            step = max(total // 100, 1)
            if done >= total or done - last[0] >= step:
                last[0] = done
                self.moved.emit(token, done, total)

        return report


class ImportController(QObject):
    """Finds, queues and imports chat-export files through the session's writer.

    Args:
        session: the session controller.
        clock: monotonic seconds for stability and rescan timing (tests fake it).
        tick_ms: how often the watcher looks for work (real time).
        settle, rescan_every, incomplete_after, max_bytes: see `WatchEngine`.

    Signals:
        progress_changed(object): an `ImportProgress`, or None when idle.
        batch_finished(object, bool): the list of `FileOutcome`s of a batch
            that just ended (the queue ran empty), and whether the moderator
            started it (Import files…) rather than a watched folder.
        summary_cleared(): the last summary was forgotten (lock).
        folders_changed(object): the list of `WatchedFolder`s, after unlock
            and after every change.
    """

    progress_changed = Signal(object)
    batch_finished = Signal(object, bool)
    summary_cleared = Signal()
    folders_changed = Signal(object)

    def __init__(self, session: SessionApi, *, clock: Clock = time.monotonic,
                 tick_ms: int = 1000, settle: float = watch.SETTLE_SECONDS,
                 rescan_every: float = watch.RESCAN_SECONDS,
                 incomplete_after: float = watch.INCOMPLETE_AFTER,
                 max_bytes: int = watch.MAX_FILE_BYTES,
                 wall_clock: Callable[[], datetime] = datetime.now,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._wall_clock = wall_clock
        self.engine = WatchEngine(clock, settle=settle, rescan_every=rescan_every,
                                  incomplete_after=incomplete_after, max_bytes=max_bytes)
        self.observer = FolderObserver(self.engine.hint)
        self.folders: list[ws.WatchedFolder] = []
        self.last_summary: list[FileOutcome] = []
        self._queue: collections.deque[Candidate] = collections.deque()
        self._current: Candidate | None = None
        self._token = 0
        self._cancel = threading.Event()
        self._entries: list[FileOutcome] = []
        self._manual = False
        self._progress: ImportProgress | None = None
        self._generation = 0
        self._polling = False
        self._relay = _ProgressRelay(self)
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._connect()

    def _connect(self) -> None:
        s = self._session
        s.unlocked.connect(self._on_session_unlocked)  # type: ignore[attr-defined]
        s.locking.connect(self._on_session_locking)  # type: ignore[attr-defined]
        s.locked.connect(self._on_session_locked)  # type: ignore[attr-defined]
        s.changed.connect(self._on_session_changed)  # type: ignore[attr-defined]
        self._timer.timeout.connect(self._on_timer_timeout)
        self._relay.moved.connect(self._on_relay_moved)

    # -- what the UI reads ---------------------------------------------------------

    @property
    def running(self) -> bool:
        """True while files are being imported or wait in the queue."""
        return self._current is not None or bool(self._queue)

    @property
    def progress(self) -> ImportProgress | None:
        """The file being imported now, or None."""
        return self._progress

    # -- unlock and lock -----------------------------------------------------------

    def _on_session_unlocked(self) -> None:
        self._generation += 1
        self._cancel = threading.Event()
        self._load_folders(start=True)
        self._timer.start()

    def _load_folders(self, *, start: bool = False) -> None:
        # Small indexed reads: one row per folder, one per file ever seen.
        db = self._session.gui_db()
        if start:
            self.engine.set_decided(ws.seen_stats(db))
        self.folders = ws.list_folders(db)
        self.engine.set_folders({f.id: f.path for f in self.folders})
        unwatched = self.observer.watch(f.path for f in self.folders)
        log.info("watching %d folders (%d not watchable)", len(self.folders) - len(unwatched),
                 len(unwatched))
        self.folders_changed.emit(self.folders)

    def _on_session_locking(self) -> None:
        # The lock waits for the running writer job: make it stop early.
        self._cancel.set()

    def _on_session_locked(self) -> None:
        self._generation += 1
        self._timer.stop()
        self.observer.stop()
        self.engine.clear()
        self._queue.clear()
        self._current = None
        self._entries = []
        self._manual = False
        self.last_summary = []
        self.folders = []
        self._set_progress(None)
        self.summary_cleared.emit()
        self.folders_changed.emit([])

    def shutdown(self) -> None:
        """Stop watching for good (the app is quitting)."""
        self._timer.stop()
        self.observer.stop()

    def _on_session_changed(self, changes: Changes) -> None:
        if changes.folders and self._session.is_unlocked:
            self._load_folders()

    # -- folders -------------------------------------------------------------------

    def add_folder(self, path: str, on_done: Callable[[Any], None] | None = None) -> None:
        """Watch `path` (stored in the vault); its files are imported from now on."""
        resolved = str(Path(path).resolve())
        self._session.submit(lambda db: ws.add_folder(db, resolved), on_done)

    def remove_folder(self, folder_id: int, on_done: Callable[[Any], None] | None = None) -> None:
        """Stop watching a folder; what was imported from it stays."""
        self._session.submit(lambda db: ws.remove_folder(db, folder_id), on_done)

    def rescan(self) -> None:
        """Look at every file in the watched folders again now."""
        self.engine.rescan_now()
        self._on_timer_timeout()

    # -- watching ------------------------------------------------------------------

    def _on_timer_timeout(self) -> None:
        if not self.observer.healthy():
            log.warning("folder watcher stopped; restarting it")
            self.observer.restart()
        if self._polling or not self.engine.has_work():
            return
        self._polling = True
        generation = self._generation
        run_in_background(self.engine.poll, lambda poll: self._on_poll_done(generation, poll),
                          lambda exc: self._on_poll_failed(generation, exc))

    def _on_poll_done(self, generation: int, poll: Poll) -> None:
        self._polling = False
        if generation == self._generation:
            self._take(poll, manual=False)

    def _on_poll_failed(self, generation: int, exc: object) -> None:
        self._polling = False
        raise_in_gui(exc)  # a bug in looking at files: to the crash dialog

    # -- manual imports ------------------------------------------------------------

    def import_paths(self, paths: Iterable[str]) -> None:
        """Import files the moderator picked (folders: the files directly inside)."""
        picks = list(paths)
        owners = {f.path: f.id for f in self.folders}
        limit = self.engine.max_bytes
        generation = self._generation
        run_in_background(lambda: watch.manual_files(picks, max_bytes=limit, folder_ids=owners),
                          lambda poll: self._on_manual_found(generation, poll))

    def _on_manual_found(self, generation: int, poll: Poll) -> None:
        if generation != self._generation:
            return
        if not poll.ready and not poll.rejected:
            message_bridge.info(self.tr("No chat exports (.txt, .zip or .json) were found there."))
            return
        self._take(poll, manual=True)

    # -- the queue -----------------------------------------------------------------

    def _take(self, poll: Poll, *, manual: bool) -> None:
        self._manual = self._manual or manual
        for rejected in poll.rejected:
            self._reject(rejected, record=not manual)
        waiting = {c.path for c in self._queue}
        if self._current is not None:
            waiting.add(self._current.path)
        # Oldest first: a later export of a chat must come after an earlier one,
        # or messages it dropped would look "removed" the wrong way round.
        self._queue.extend(sorted((c for c in poll.ready if c.path not in waiting),
                                  key=lambda c: (c.mtime_ns, c.path)))
        self._start_next()

    def _reject(self, item: Rejected, *, record: bool) -> None:
        if record:
            self._session.submit(lambda db: _record(db, item))
        self._entries.append(FileOutcome(item.path, FAILED, item.size, item.mtime_ns,
                                         reason=item.reason))

    def _start_next(self) -> None:
        if self._current is not None:
            return
        if not self._queue or not self._session.is_unlocked:
            self._finish_batch()
            return
        cand = self._current = self._queue.popleft()
        self._token += 1
        self._cancel = threading.Event()
        self._submit(cand, self._token, self._cancel)
        # Last: a slot on this signal may lock, which clears the queue.
        self._set_progress(ImportProgress(len(self._entries) + 1,
                                          len(self._entries) + 1 + len(self._queue), cand.name))

    def _submit(self, cand: Candidate, token: int, cancel: threading.Event) -> None:
        job = FileJob(cand.path, cand.folder_id, cand.size, cand.mtime_ns,
                      bool(self._session.setting("move_originals")))
        limit, report = self.engine.max_bytes, self._relay.reporter(token)
        box: list[FileOutcome] = []

        now = self._wall_clock()

        def run(db: sqlite_utils.Database) -> Changes:
            # Triage runs on the second core while the file imports; the worker ends with the job.
            with overlapped_triage(db, now=now, cancel=cancel, expected_bytes=cand.size) as triage:
                outcome = import_file(db, job, max_bytes=limit, progress=report, cancel=cancel)
                box.append(outcome)
                return outcome_changes(outcome) | triage_new(triage, outcome)

        future = self._session.submit(run, lambda _c: self._on_job_done(token, box[0]),
                                      lambda exc: self._on_job_failed(token, cand, exc))
        if future is not None:
            # A bug goes to the crash dialog through the session; still free the queue.
            deliver_future(future, None, lambda exc: self._on_job_failed(token, cand, exc))

    def _on_job_done(self, token: int, outcome: FileOutcome) -> None:
        if token != self._token or self._current is None:
            return
        watched = self._current.folder_id is not None
        if outcome.status == CHANGED and watched:
            self.engine.forget(outcome.path)  # looked at again once it is stable
        else:
            if outcome.status not in (CHANGED, CANCELLED):
                self.engine.decide(outcome.path, outcome.size, outcome.mtime_ns)
            self._entries.append(outcome)
        self._current = None
        self._start_next()

    def _on_job_failed(self, token: int, cand: Candidate, exc: object) -> None:
        if token != self._token or self._current is None:
            return
        reason = STORAGE if isinstance(exc, KnownError) else INTERNAL
        text = message_bridge.known_error_text(exc) if isinstance(exc, KnownError) else None
        self._entries.append(FileOutcome(cand.path, FAILED, cand.size, cand.mtime_ns,
                                         reason=reason, message=text))
        self._current = None
        if isinstance(exc, KnownError):
            message_bridge.report_known_error(exc)
            self._cancel_queue()  # the vault cannot take writes now; don't fail file after file
        self._start_next()

    def cancel(self) -> None:
        """Stop the running import (rolled back) and drop the queued files."""
        self._cancel.set()
        self._cancel_queue()
        if self._current is None:
            self._finish_batch()

    def _cancel_queue(self) -> None:
        while self._queue:
            cand = self._queue.popleft()
            self._entries.append(FileOutcome(cand.path, CANCELLED, cand.size, cand.mtime_ns))

    def _finish_batch(self) -> None:
        self._set_progress(None)
        if not self._entries:
            return
        self.last_summary, self._entries = self._entries, []
        manual, self._manual = self._manual, False
        log.info("import batch done: %d files", len(self.last_summary))
        self.batch_finished.emit(self.last_summary, manual)

    # -- progress ------------------------------------------------------------------

    def _on_relay_moved(self, token: int, done: int, total: int) -> None:
        if token == self._token and self._progress is not None:
            self._set_progress(dataclasses.replace(self._progress, done=done, total=total,
                                                   count=self._progress.index + len(self._queue)))

    def _set_progress(self, progress: ImportProgress | None) -> None:
        self._progress = progress
        self.progress_changed.emit(progress)


def triage_new(triage: OverlappedTriage, outcome: FileOutcome) -> Changes:
    """The guidelines over what a file added; the inbox changed if any chat was scanned."""
    found = triage.scan(outcome.results)
    return Changes(inbox=bool(found.chats))


def _record(db: sqlite_utils.Database, item: Rejected) -> Changes:
    record_rejected(db, item.path, item.folder_id, item.size, item.mtime_ns, item.reason)
    return Changes(folders=True)

