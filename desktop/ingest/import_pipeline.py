"""A helper thread that stores one batch while the importer parses the next.

Storing is mostly SQLite work done without the GIL: multi-row inserts and
full-text indexing (one `INSERT … SELECT` per batch, about half of an
import). Parsing is pure Python. On a helper thread the two overlap: two
cores, two jobs. Both threads use the same connection (the vault opens
them `check_same_thread=False`), never at the same time: the importer calls
`wait()` before any statement of its own, and at most one job is queued.
"""

from __future__ import annotations

import concurrent.futures
import logging
from collections.abc import Callable

import sqlite_utils

log = logging.getLogger("moddesk.ingest.importer")

Job = Callable[[sqlite_utils.Database], None]


class Helper:
    """Runs one job at a time on its own thread; errors surface in `wait()`."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db
        self._pool: concurrent.futures.ThreadPoolExecutor | None = None
        self._pending: concurrent.futures.Future[None] | None = None

    def submit(self, job: Job) -> None:
        """Start `job(db)` once the previous job is done."""
        self.wait()
        if self._pool is None:
            self._pool = concurrent.futures.ThreadPoolExecutor(
                max_workers=1, thread_name_prefix="moddesk-import-helper")
        self._pending = self._pool.submit(job, self._db)

    def wait(self) -> None:
        """Block until the queued job is done; re-raise what it raised."""
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.result()

    def abort(self) -> None:
        """Stop the running job (if any) and wait for it; its error is dropped.

        Only called while another exception is already on its way out (the
        cause the caller must see), so the job's own failure is just logged.
        """
        if self._pending is not None and not self._pending.done():
            self._db.conn.interrupt()
        try:
            self.wait()
        except Exception as exc:  # noqa: BLE001 - see above
            log.info("helper job stopped (%s)", type(exc).__name__)

    def close(self) -> None:
        """Wait for the job and end the thread."""
        try:
            self.wait()
        finally:
            if self._pool is not None:
                self._pool.shutdown(wait=True)
                self._pool = None

    def __enter__(self) -> Helper:
        return self

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is None:
            self.close()
            return
        self.abort()
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None
