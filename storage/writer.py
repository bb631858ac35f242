"""The one writer: a single thread that owns every write to an open vault.

Picard's save pool and Anki's one-thread collection executor in plain
Python: callers submit a function of the writer's own connection and get a
`Future`; the UI adapts futures to Qt signals. The writer opens its own
connection in its own thread, so no connection is ever shared across threads.
"""

from __future__ import annotations

import concurrent.futures
import logging
import threading
from collections.abc import Callable
from typing import TypeVar

import sqlite_utils

from moddesk.storage.vault import Vault

log = logging.getLogger("moddesk.storage.writer")
T = TypeVar("T")


class VaultWriter:
    """Runs submitted jobs one at a time on a dedicated thread with its own connection.

    With `read_only=True` the connection is opened `query_only`: the same
    machinery then serves as the session's background reader (search,
    counts), and SQLite itself refuses any write from it.
    """

    def __init__(self, vault: Vault, *, read_only: bool = False) -> None:
        self._vault = vault
        self._read_only = read_only
        self._local = threading.local()
        self._current: sqlite_utils.Database | None = None
        self._stopping = False
        self._pool = concurrent.futures.ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="moddesk-reader" if read_only else "moddesk-writer"
        )

    def submit(self, job: Callable[[sqlite_utils.Database], T]) -> concurrent.futures.Future[T]:
        """Queue `job(db)`; its result or exception arrives on the future."""
        return self._pool.submit(self._run, job)

    def _run(self, job: Callable[[sqlite_utils.Database], T]) -> T:
        db = getattr(self._local, "db", None)
        if db is None or self._local.generation != self._vault.generation:
            db = self._local.db = self._vault.connect()
            if self._read_only:
                db.execute("PRAGMA query_only = 1")
                # sqlite3_interrupt misses a statement that has not started yet;
                # this handler also stops one that starts after interrupt().
                db.conn.set_progress_handler(self._should_stop, 10_000)
            self._local.generation = self._vault.generation
        self._current = db
        try:
            return job(db)
        finally:
            # Only a running statement can be interrupted; an idle connection may
            # since have been closed (a passphrase change reconnects everyone).
            self._current = None

    def interrupt(self) -> None:
        """Abort the read running now or about to run (it fails with OperationalError).

        Safe from any thread: sqlite3_interrupt is documented as such, and on
        a reader the progress handler also stops any later statement. Used
        before closing a reader whose results nobody wants any more.
        """
        self._stopping = True
        db = self._current
        if db is not None:
            db.conn.interrupt()

    def _should_stop(self) -> int:
        return int(self._stopping)

    def close(self, *, wait: bool = True) -> None:
        """Stop taking jobs; the vault closes the writer's connection."""
        self._pool.shutdown(wait=wait, cancel_futures=not wait)
        log.debug("writer stopped")
