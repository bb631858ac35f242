"""What widgets may ask of the app's session controller.

The controller lives in the app shell (`moddesk.session`), which `moddesk.ui`
must not import; widgets get it passed in and rely only on this protocol.
Besides these members the controller has the Qt signals `unlocked()`,
`locking()` (a lock began and waits for the running writer job), `locked()`
and `changed(object)`.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

import sqlite_utils

Callback = Callable[[Any], None]


class SessionApi(Protocol):
    """The session controller as the UI sees it."""

    demo: bool
    lock_reason: str

    @property
    def is_unlocked(self) -> bool:
        """True while a vault is open."""

    def lock(self, reason: str) -> None:
        """Close the vault; the UI reacts to the `locked` signal."""

    def setting(self, key: str) -> Any:
        """A vault setting (read on the GUI thread's connection)."""

    def gui_db(self) -> sqlite_utils.Database:
        """The GUI thread's connection, for small indexed reads (one page of rows)."""

    def case_key(self) -> bytes:
        """The incident chain's key, to pass to `moddesk.cases` writer jobs (never store it)."""

    def read(self, job: Callable[[sqlite_utils.Database], Any], on_done: Callback,
             on_error: Callback | None = None) -> concurrent.futures.Future[Any] | None:
        """Run a read-only `job(db)` on the background reader; results on the GUI thread."""

    def submit(self, job: Callable[[sqlite_utils.Database], Any],
               on_done: Callback | None = None,
               on_error: Callback | None = None) -> concurrent.futures.Future[Any] | None:
        """Run `job(db)` on the writer; callbacks arrive on the GUI thread."""

    def save_settings(self, values: dict[str, Any], on_done: Callback | None = None,
                      on_error: Callback | None = None) -> None:
        """Store several settings in one writer job."""

    def backup(self, dest: Path, on_done: Callback | None = None,
               on_error: Callback | None = None) -> None:
        """Write a verified backup to `dest` on the writer thread."""

    def change_passphrase(self, old: bytearray, new: bytearray,
                          on_done: Callback | None = None,
                          on_error: Callback | None = None) -> None:
        """Check `old`, re-key with `new` (both zeroed afterwards), on the writer."""
