"""One file into the vault, on the writer thread: read, hash, decide, import.

The SHA-256 of the bytes decides "imported exactly once": a renamed or
copied file with the same content is a duplicate, a changed file is new
content. A file that failed is recorded with its reason and not tried again
until it changes (its size or mtime differ).

With `move_original`, the bytes are stored in the vault's `originals` and
the file is deleted, but only after that transaction committed and only if
the path still holds the very file that was read. Nothing here writes the
file's bytes anywhere else (no temp copies).

Qt-free. Logs carry ids and counts only.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
import threading
from collections.abc import Callable

import sqlite_utils

from moddesk.ingest import importer
from moddesk.ingest.errors import ParseError
from moddesk.ingest.importer import ImportResult
from moddesk.ingest.watch import MAX_FILE_BYTES, TOO_LARGE, UNREADABLE, Look, look, \
    look_from, open_regular
from moddesk.storage import Changes
from moddesk.storage import watch_store as ws

log = logging.getLogger("moddesk.ingest.watch")

Progress = Callable[[int, int], None]

IMPORTED = ws.IMPORTED
DUPLICATE = ws.DUPLICATE
FAILED = ws.FAILED
CHANGED = "changed"
CANCELLED = "cancelled"
PARSE = "parse"


@dataclasses.dataclass(frozen=True)
class FileJob:
    """A file to import, as it was when it was judged complete."""

    path: str
    folder_id: int | None
    size: int
    mtime_ns: int
    move_original: bool = False


@dataclasses.dataclass(frozen=True)
class FileOutcome:
    """What happened to one file (shown in the import summary)."""

    path: str
    status: str
    size: int = 0
    mtime_ns: int = 0
    results: tuple[ImportResult, ...] = ()
    reason: str | None = None
    message: str | None = None
    moved: bool = False

    @property
    def name(self) -> str:
        """The file name without its folder."""
        return os.path.basename(self.path)

    @property
    def messages_new(self) -> int:
        """Messages this file added to the vault."""
        return sum(r.messages_new for r in self.results)

    @property
    def messages_total(self) -> int:
        """Messages the file holds."""
        return sum(r.messages_total for r in self.results)

    @property
    def date_order_uncertain(self) -> bool:
        """True when a day/month order had to be guessed."""
        return any(not r.date_order_certain for r in self.results)

    @property
    def failed_lines(self) -> int:
        """Lines that could not be read as messages."""
        return sum(r.failed_lines for r in self.results)


class FileChanged(Exception):
    """The file changed between being judged complete and being read."""


class TooLarge(Exception):
    """The file grew past the size limit."""


def read_snapshot(job: FileJob, max_bytes: int) -> tuple[bytes, Look]:
    """The file's bytes, if it is still the file that was judged complete."""
    fd = open_regular(job.path)
    with os.fdopen(fd, "rb") as handle:
        before = look_from(os.fstat(handle.fileno()))
        if before.stamp != (job.size, job.mtime_ns):
            raise FileChanged
        if before.size > max_bytes:
            raise TooLarge
        data = handle.read(max_bytes + 1)
        after = look_from(os.fstat(handle.fileno()))
    if after.stamp != before.stamp or len(data) != before.size:
        raise FileChanged
    return data, before


def import_file(db: sqlite_utils.Database, job: FileJob, *, max_bytes: int = MAX_FILE_BYTES,
                progress: Progress | None = None,
                cancel: threading.Event | None = None) -> FileOutcome:
    """Import the file behind `job` (call on the writer thread)."""
    try:
        data, ident = read_snapshot(job, max_bytes)
    except FileChanged:
        return FileOutcome(job.path, CHANGED, job.size, job.mtime_ns)
    except TooLarge:
        return _fail(db, job, None, TOO_LARGE, None)
    except OSError as exc:
        log.info("file unreadable (errno=%s)", exc.errno)
        return _fail(db, job, None, UNREADABLE, None)
    sha = hashlib.sha256(data).hexdigest()
    prior = _prior(db, sha)
    if isinstance(prior, ws.SeenFile) and prior.status == FAILED:
        return _fail(db, job, sha, prior.reason or PARSE, prior.message)
    if prior is not None:
        export_id = prior if isinstance(prior, int) else prior.export_id
        return _duplicate(db, job, sha, export_id, data, ident, cancel)
    return _import_new(db, job, sha, data, ident, progress, cancel)


def _prior(db: sqlite_utils.Database, sha: str) -> ws.SeenFile | int | None:
    """How these bytes were decided before: a seen file, an export id, or None."""
    seen = ws.seen_by_hash(db, sha)
    if seen is not None and (seen.status == FAILED or seen.export_id is not None):
        return seen
    return ws.export_for_hash(db, sha)


def _import_new(db: sqlite_utils.Database, job: FileJob, sha: str, data: bytes, ident: Look,
                progress: Progress | None, cancel: threading.Event | None) -> FileOutcome:
    try:
        results = tuple(importer.import_bytes(db, data, name=os.path.basename(job.path),
                                              progress=progress, cancel=cancel))
    except importer.ImportCancelled:
        return FileOutcome(job.path, CANCELLED, job.size, job.mtime_ns)
    except ParseError as exc:
        return _fail(db, job, sha, PARSE, exc.message)
    if not results:
        return _fail(db, job, sha, PARSE, None)
    status = DUPLICATE if all(r.already_imported for r in results) else IMPORTED
    export_id = results[0].export_id
    moved = _record(db, job, sha, status, export_id, data)
    moved = moved and _delete_original(job, ident, cancel)
    log.info("file job: export %d, %s, %d chats, moved=%s", export_id, status, len(results), moved)
    return FileOutcome(job.path, status, job.size, job.mtime_ns, results, moved=moved)


def _duplicate(db: sqlite_utils.Database, job: FileJob, sha: str, export_id: int | None,
               data: bytes, ident: Look, cancel: threading.Event | None) -> FileOutcome:
    # The same path seen again with the same bytes (touched, re-saved) keeps
    # its "imported" record; any other path holding them is a duplicate.
    same = ws.seen_by_path(db, job.path)
    status = IMPORTED if same is not None and same.sha256 == sha and same.status == IMPORTED \
        else DUPLICATE
    moved = _record(db, job, sha, status, export_id, data)
    moved = moved and _delete_original(job, ident, cancel)
    log.info("file job: duplicate of export %s, moved=%s", export_id, moved)
    return FileOutcome(job.path, DUPLICATE, job.size, job.mtime_ns, moved=moved)


def _record(db: sqlite_utils.Database, job: FileJob, sha: str, status: str,
            export_id: int | None, data: bytes) -> bool:
    """Record the decision (and the original); True when the file may be deleted."""
    keep = job.move_original and export_id is not None
    with db.atomic():
        ws.record_seen(db, ws.SeenFile(job.path, job.folder_id, job.size, job.mtime_ns, sha,
                                       status, export_id, None, None))
        if keep:
            assert export_id is not None
            ws.store_original(db, export_id, os.path.basename(job.path), data)
    return keep


def _delete_original(job: FileJob, ident: Look, cancel: threading.Event | None) -> bool:
    """Delete the file if it is still the one read (the vault now holds its bytes)."""
    if cancel is not None and cancel.is_set():
        return False  # locking: the next unlock finds it as a duplicate and moves it then
    now = look(job.path)
    if now is None or (now.dev, now.ino, now.stamp) != (ident.dev, ident.ino, ident.stamp):
        return False
    try:
        os.unlink(job.path)
    except OSError as exc:
        log.warning("original not deleted (errno=%s)", exc.errno)
        return False
    return True


def _fail(db: sqlite_utils.Database, job: FileJob, sha: str | None, reason: str,
          message: str | None) -> FileOutcome:
    with db.atomic():
        ws.record_seen(db, ws.SeenFile(job.path, job.folder_id, job.size, job.mtime_ns, sha,
                                       FAILED, None, reason, message))
    log.info("file job failed (reason=%s)", reason)
    return FileOutcome(job.path, FAILED, job.size, job.mtime_ns, reason=reason, message=message)


def outcome_changes(outcome: FileOutcome) -> Changes:
    """What an outcome changed in the vault, for views to refresh."""
    changes = Changes(folders=outcome.status not in (CHANGED, CANCELLED))
    if outcome.results:
        changes = changes | importer.changes_for(outcome.results)
    return changes


def record_rejected(db: sqlite_utils.Database, path: str, folder_id: int | None, size: int,
                    mtime_ns: int, reason: str) -> None:
    """Remember a file the watcher refused (too large, never complete) until it changes."""
    with db.atomic():
        ws.record_seen(db, ws.SeenFile(path, folder_id, size, mtime_ns, None, FAILED, None,
                                       reason, None))
