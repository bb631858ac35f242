"""Watched folders: which files are ready to import, without trusting events.

File-system events are hints only (watchdog misses, repeats and reorders
them: watchdog #586, #309, #393). A hint or a rescan makes the engine *look*
at a path with `lstat`; a file becomes a candidate only when two looks at
least `settle` seconds apart saw the same size and mtime, and, for a .zip,
when the archive's end record and central directory are complete. A full
rescan runs at start and every `rescan_every` seconds, so whatever events
missed (or whatever happened while the vault was locked) is still found.

Never followed or opened: symlinks, FIFOs, sockets, devices (opening a FIFO
blocks forever). Skipped by name: temporary and partial downloads and the
temp files of sync clients. Only .txt, .zip and .json are looked at.

Qt-free; the engine is thread-safe (watchdog calls `hint` on its own
thread). Logs carry counts only, never paths: a file name can name a group.
"""

from __future__ import annotations

import dataclasses
import errno
import logging
import os
import stat
import threading
import zipfile
from collections.abc import Callable, Iterable

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver, ObservedWatch
from watchdog.observers.polling import PollingObserver

log = logging.getLogger("moddesk.ingest.watch")

Clock = Callable[[], float]

SUFFIXES = (".txt", ".zip", ".json")
MAX_FILE_BYTES = 1 << 30
SETTLE_SECONDS = 3.0
RESCAN_SECONDS = 300.0
INCOMPLETE_AFTER = 600.0

# Browsers, download managers and sync clients write under these names and
# rename when done; the rename is what we wait for.
_TEMP_SUFFIXES = (
    ".part", ".partial", ".crdownload", ".tmp", ".temp", ".download", ".opdownload",
    ".filepart", ".!ut", ".!qb", ".swp", ".drivedownload", ".icloud", ".dropbox", "~",
)
_TEMP_PREFIXES = (".", "~$", "~syncthing~", "~lock.", ".~lock")

# Reasons a file is not imported, as stable codes the UI translates.
TEMPORARY = "temporary"
UNSUPPORTED = "unsupported"
LINK = "link"
SPECIAL = "special"
DIRECTORY = "directory"
TOO_LARGE = "too-large"
INCOMPLETE = "incomplete"
MISSING = "missing"
UNREADABLE = "unreadable"

REGULAR = "regular"


def name_problem(name: str) -> str | None:
    """Why a file called `name` is never imported, or None if it may be."""
    lower = name.lower()
    if lower.startswith(_TEMP_PREFIXES) or lower.endswith(_TEMP_SUFFIXES):
        return TEMPORARY
    if not lower.endswith(SUFFIXES):
        return UNSUPPORTED
    return None


@dataclasses.dataclass(frozen=True)
class Look:
    """What one `lstat` saw (links are not followed)."""

    kind: str
    size: int
    mtime_ns: int
    dev: int = 0
    ino: int = 0

    @property
    def stamp(self) -> tuple[int, int]:
        """(size, mtime_ns): what "unchanged" compares."""
        return self.size, self.mtime_ns


def look(path: str) -> Look | None:
    """lstat `path`; None when it is gone or cannot be looked at."""
    try:
        st = os.lstat(path)
    except OSError:
        return None
    return look_from(st)


def look_from(st: os.stat_result) -> Look:
    """A `Look` from a stat result."""
    return Look(_kind(st.st_mode), st.st_size, st.st_mtime_ns, st.st_dev, st.st_ino)


def _kind(mode: int) -> str:
    if stat.S_ISREG(mode):
        return REGULAR
    if stat.S_ISLNK(mode):
        return LINK
    if stat.S_ISDIR(mode):
        return DIRECTORY
    return SPECIAL


def open_regular(path: str) -> int:
    """Open a regular file for reading without following links or blocking.

    O_NONBLOCK keeps a FIFO swapped in after the `lstat` from hanging the
    open; the fstat then refuses anything that is not a regular file.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(errno.EINVAL, "not a regular file")
    return fd


def zip_complete(path: str) -> bool:
    """True when the archive's end record and central directory are all there.

    Opening a ZipFile reads exactly those (not the members), so this is
    cheap; a zip still being written has no valid end record yet.
    """
    try:
        with os.fdopen(open_regular(path), "rb") as handle, zipfile.ZipFile(handle):
            return True
    except (OSError, zipfile.BadZipFile, EOFError, ValueError, NotImplementedError):
        return False


@dataclasses.dataclass(frozen=True)
class Candidate:
    """A file that looks complete and should be imported."""

    path: str
    folder_id: int | None
    size: int
    mtime_ns: int

    @property
    def name(self) -> str:
        """The file name without its folder."""
        return os.path.basename(self.path)


@dataclasses.dataclass(frozen=True)
class Rejected:
    """A file that will not be imported, with the reason code."""

    path: str
    folder_id: int | None
    size: int
    mtime_ns: int
    reason: str

    @property
    def name(self) -> str:
        """The file name without its folder."""
        return os.path.basename(self.path)


@dataclasses.dataclass
class Poll:
    """What one `WatchEngine.poll` found."""

    ready: list[Candidate] = dataclasses.field(default_factory=list)
    rejected: list[Rejected] = dataclasses.field(default_factory=list)
    rescanned: bool = False


@dataclasses.dataclass
class _Tracked:
    """A file waiting to become stable: what it looked like, and since when."""

    size: int
    mtime_ns: int
    since: float


class WatchEngine:
    """Turns hints and rescans of the watched folders into ready files.

    Args:
        clock: monotonic seconds (tests inject a fake one).
        settle: how long size and mtime must stay the same.
        rescan_every: seconds between full rescans.
        incomplete_after: a .zip that stays stable but incomplete this long
            is reported as damaged instead of waited for.
        max_bytes: larger files are rejected with `TOO_LARGE`.
    """

    def __init__(self, clock: Clock, *, settle: float = SETTLE_SECONDS,
                 rescan_every: float = RESCAN_SECONDS,
                 incomplete_after: float = INCOMPLETE_AFTER,
                 max_bytes: int = MAX_FILE_BYTES) -> None:
        self._clock = clock
        self.settle = settle
        self.rescan_every = rescan_every
        self.incomplete_after = incomplete_after
        self.max_bytes = max_bytes
        self._cond = threading.Condition()
        self._folders: dict[str, int] = {}
        self._decided: dict[str, tuple[int, int]] = {}
        self._pending: set[str] = set()
        self._tracked: dict[str, _Tracked] = {}
        self._last_rescan: float | None = None
        self._epoch = 0  # bumped by clear(): a poll running across a lock keeps nothing
        self.hints = 0
        self.unavailable: set[int] = set()

    # -- state from the vault -------------------------------------------------

    def set_folders(self, folders: dict[int, str]) -> None:
        """Watch exactly these folders ({id: path}); new ones are scanned next poll."""
        with self._cond:
            added = set(folders.values()) - set(self._folders)
            self._folders = {path: fid for fid, path in folders.items()}
            self._tracked = {p: t for p, t in self._tracked.items() if self._owner(p) is not None}
            if added:
                self._last_rescan = None

    def folders(self) -> dict[int, str]:
        """The watched folders, {id: path}."""
        with self._cond:
            return {fid: path for path, fid in self._folders.items()}

    def set_decided(self, decided: dict[str, tuple[int, int]]) -> None:
        """Files already decided, {path: (size, mtime_ns)}: skipped while unchanged."""
        with self._cond:
            self._decided = dict(decided)

    def decide(self, path: str, size: int, mtime_ns: int) -> None:
        """Remember that `path` with this size and mtime needs no further look."""
        with self._cond:
            self._decided[path] = (size, mtime_ns)
            self._tracked.pop(path, None)

    def forget(self, path: str) -> None:
        """Look at `path` again (its import was cancelled or it changed)."""
        with self._cond:
            self._decided.pop(path, None)
            self._pending.add(path)

    def clear(self) -> None:
        """Forget every path and folder (on lock)."""
        with self._cond:
            self._folders, self._decided = {}, {}
            self._pending, self._tracked = set(), {}
            self._last_rescan = None
            self.unavailable = set()
            self._epoch += 1

    # -- hints ---------------------------------------------------------------------

    def hint(self, path: str) -> None:
        """Something happened at `path` (any thread); it is looked at next poll."""
        with self._cond:
            if self._owner(path) is None:
                return
            self._pending.add(path)
            self.hints += 1
            self._cond.notify_all()

    def wait_for_hints(self, count: int, timeout: float) -> bool:
        """Block until `hints` reaches `count` (for tests and tools)."""
        with self._cond:
            return self._cond.wait_for(lambda: self.hints >= count, timeout)

    def wait_for_hint(self, path: str, timeout: float) -> bool:
        """Block until a hint about `path` waits for the next poll (for tests)."""
        with self._cond:
            return self._cond.wait_for(lambda: path in self._pending, timeout)

    def rescan_now(self) -> None:
        """Make the next poll list every folder again."""
        with self._cond:
            self._last_rescan = None

    def tracking(self) -> int:
        """How many files are waiting to become stable."""
        with self._cond:
            return len(self._tracked)

    def has_work(self) -> bool:
        """True when a poll could find something now."""
        with self._cond:
            return bool(self._pending or self._tracked) or self._rescan_due(self._clock())

    def _rescan_due(self, now: float) -> bool:
        return bool(self._folders) and (
            self._last_rescan is None or now - self._last_rescan >= self.rescan_every)

    def _owner(self, path: str) -> int | None:
        return self._folders.get(os.path.dirname(path))

    # -- looking -------------------------------------------------------------------

    def poll(self) -> Poll:
        """Look at every path that may have changed; return what is ready.

        Does file I/O: call it off the GUI thread. Ready files count as
        decided at once, so a burst of events never queues one twice; call
        `forget` if their import did not happen.
        """
        now = self._clock()
        result = Poll()
        with self._cond:
            epoch = self._epoch
        listed = self._rescan(now, result)
        with self._cond:
            paths = self._pending | set(self._tracked) | listed
            self._pending = set()
        looks = {p: look(p) for p in paths}
        with self._cond:
            if epoch != self._epoch:
                return Poll()
            stable = [c for p, lk in looks.items()
                      if (c := self._judge(p, lk, now, result)) is not None]
        for cand in stable:
            self._check_complete(cand, now, result)
        with self._cond:
            if epoch != self._epoch:
                return Poll()
            for item in [*result.ready, *result.rejected]:
                self._decided[item.path] = (item.size, item.mtime_ns)
                self._tracked.pop(item.path, None)
        return result

    def _rescan(self, now: float, result: Poll) -> set[str]:
        with self._cond:
            if not self._rescan_due(now):
                return set()
            self._last_rescan = now
            folders = dict(self._folders)
        listed: set[str] = set()
        unavailable = set()
        for path, fid in folders.items():
            names = list_names(path)
            if names is None:
                unavailable.add(fid)
                continue
            listed.update(os.path.join(path, n) for n in names if name_problem(n) is None)
        with self._cond:
            self.unavailable = unavailable
        result.rescanned = True
        log.debug("rescan: %d folders, %d files", len(folders), len(listed))
        return listed

    def _judge(self, path: str, lk: Look | None, now: float, result: Poll) -> Candidate | None:
        """Track `path`; return it once it has been stable for `settle` seconds."""
        fid = self._owner(path)
        if fid is None or lk is None or lk.kind != REGULAR or lk.size == 0 \
                or name_problem(os.path.basename(path)) is not None \
                or self._decided.get(path) == lk.stamp:
            self._tracked.pop(path, None)
            return None
        seen = self._tracked.get(path)
        if seen is None or (seen.size, seen.mtime_ns) != lk.stamp:
            self._tracked[path] = _Tracked(lk.size, lk.mtime_ns, now)
            return None
        if now - seen.since < self.settle:
            return None
        if lk.size > self.max_bytes:
            result.rejected.append(Rejected(path, fid, lk.size, lk.mtime_ns, TOO_LARGE))
            return None
        return Candidate(path, fid, lk.size, lk.mtime_ns)

    def _check_complete(self, cand: Candidate, now: float, result: Poll) -> None:
        if not cand.path.lower().endswith(".zip") or zip_complete(cand.path):
            result.ready.append(cand)
            return
        with self._cond:
            seen = self._tracked.get(cand.path)
            waited = now - seen.since if seen is not None else 0.0
        if waited >= self.incomplete_after:
            result.rejected.append(Rejected(cand.path, cand.folder_id, cand.size,
                                            cand.mtime_ns, INCOMPLETE))


def list_names(folder: str) -> list[str] | None:
    """Names of the entries directly inside `folder`; None if it cannot be read."""
    try:
        with os.scandir(folder) as entries:
            return [e.name for e in entries]
    except OSError:
        return None


def manual_files(paths: Iterable[str], *, max_bytes: int = MAX_FILE_BYTES,
                 folder_ids: dict[str, int] | None = None) -> Poll:
    """Files the moderator picked (or the files directly inside picked folders).

    No waiting for stability: the moderator chose them. Everything else is
    checked as for watched folders, and each refusal carries its reason.
    """
    result = Poll()
    owners = folder_ids or {}
    for path in paths:
        lk = look(path)
        if lk is not None and lk.kind == DIRECTORY:
            names = sorted(list_names(path) or [])
            for name in names:
                if name_problem(name) is None:
                    _pick(os.path.join(path, name), look(os.path.join(path, name)), max_bytes,
                          owners, result, quiet=True)
        else:
            _pick(path, lk, max_bytes, owners, result, quiet=False)
    return result


def _pick(path: str, lk: Look | None, max_bytes: int, owners: dict[str, int], result: Poll,
          *, quiet: bool) -> None:
    fid = owners.get(os.path.dirname(path))
    reason = _manual_problem(path, lk, max_bytes)
    if reason is None and lk is not None:
        result.ready.append(Candidate(path, fid, lk.size, lk.mtime_ns))
    elif reason is not None and not (quiet and reason in (LINK, SPECIAL, DIRECTORY)):
        size, mtime = (lk.size, lk.mtime_ns) if lk is not None else (0, 0)
        result.rejected.append(Rejected(path, fid, size, mtime, reason))


def _manual_problem(path: str, lk: Look | None, max_bytes: int) -> str | None:
    if lk is None:
        return MISSING
    if lk.kind != REGULAR:
        return lk.kind if lk.kind in (LINK, DIRECTORY) else SPECIAL
    problem = name_problem(os.path.basename(path))
    if problem is not None:
        return problem
    if lk.size > max_bytes:
        return TOO_LARGE
    if path.lower().endswith(".zip") and not zip_complete(path):
        return INCOMPLETE
    return None


class _Hints(FileSystemEventHandler):
    """Forwards file events to `on_hint(path)`; never reads the file."""

    def __init__(self, on_hint: Callable[[str], None]) -> None:
        super().__init__()
        self._on_hint = on_hint

    def on_any_event(self, event: FileSystemEvent) -> None:  # noqa: D102 - watchdog override
        if event.is_directory or event.event_type in ("opened", "closed_no_write", "deleted"):
            return
        self._on_hint(os.fsdecode(event.dest_path or event.src_path))


class FolderObserver:
    """Runs watchdog on the watched folders (not recursive).

    Events only call `on_hint(path)` on watchdog's thread. A folder that
    inotify cannot watch (out of watches: ENOSPC, EMFILE) is polled by a
    `PollingObserver` instead; the engine's rescans catch anything else.
    """

    def __init__(self, on_hint: Callable[[str], None], *,
                 observer_factory: Callable[[], BaseObserver] = Observer) -> None:
        self._handler = _Hints(on_hint)
        self._factory = observer_factory
        self._native: BaseObserver | None = None
        self._polling: BaseObserver | None = None
        self._watches: dict[str, ObservedWatch] = {}

    def watch(self, folders: Iterable[str]) -> set[str]:
        """Watch exactly `folders`; returns those that cannot be watched at all."""
        wanted = set(folders)
        for path in set(self._watches) - wanted:
            self._unschedule(path)
        failed = set()
        for path in wanted - set(self._watches):
            if not self._schedule(path):
                failed.add(path)
        return failed

    def _schedule(self, path: str) -> bool:
        try:
            self._watches[path] = self._running_native().schedule(self._handler, path)
            return True
        except OSError as exc:
            code = exc.errno
        if code not in (errno.ENOSPC, errno.EMFILE):
            return False  # missing or unreadable folder: rescans will report it
        try:
            self._watches[path] = self._running_polling().schedule(self._handler, path)
        except OSError:
            return False
        log.warning("folder watch fell back to polling (errno=%s)", code)
        return True

    def _unschedule(self, path: str) -> None:
        watch = self._watches.pop(path)
        for observer in (self._native, self._polling):
            if observer is not None:
                try:
                    observer.unschedule(watch)
                except KeyError:
                    continue

    def _running_native(self) -> BaseObserver:
        if self._native is None:
            self._native = self._factory()
            self._native.start()
        return self._native

    def _running_polling(self) -> BaseObserver:
        if self._polling is None:
            self._polling = PollingObserver(timeout=2)
            self._polling.start()
        return self._polling

    def healthy(self) -> bool:
        """False when an observer thread died (it is then restarted by `restart`)."""
        return all(o is None or o.is_alive() for o in (self._native, self._polling))

    def restart(self) -> set[str]:
        """Stop everything and watch the same folders again."""
        folders = set(self._watches)
        self.stop()
        return self.watch(folders)

    def stop(self) -> None:
        """Stop watching and wait for the observer threads to end."""
        observers = [o for o in (self._native, self._polling) if o is not None]
        self._native = self._polling = None
        self._watches = {}
        for observer in observers:
            observer.stop()
        for observer in observers:
            if observer.is_alive():
                observer.join()

    @property
    def watching(self) -> int:
        """How many folders are being watched."""
        return len(self._watches)
