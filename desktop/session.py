"""The session controller: the one owner of the open vault and its writer.

Widgets never hold a `Vault`. They ask the session to run jobs (through the
single writer thread) and listen to its signals. Locking closes the writer,
closes the vault (which closes every connection and zeroes the key) and
tells everyone through `locked`.

The `open_*`, `create_*` and `restore_*` methods run on worker threads
(they derive keys, which takes about a second); everything else runs on the
GUI thread.
"""

from __future__ import annotations

import concurrent.futures
import dataclasses
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlite_utils
from PySide6.QtCore import QObject, Signal

from moddesk.cases import chain
from moddesk.storage import (
    BackupResult,
    Changes,
    KdfParams,
    KnownError,
    Vault,
    VaultWriter,
    WrongPassphrase,
    backup_vault,
    create_vault,
    get_setting,
    open_vault,
    restore_vault,
    set_setting,
    vault_exists,
)
from moddesk.storage import kdf
from moddesk.ui import message_bridge
from moddesk.ui.workers import Callback, deliver_future, raise_in_gui

log = logging.getLogger("moddesk.session")

ParamsSource = KdfParams | Callable[[], KdfParams] | None


def _route_error(exc: object, on_error: Callback | None) -> None:
    """A known error to `on_error` (or the message bridge); anything else is a bug."""
    if not isinstance(exc, KnownError):
        raise_in_gui(exc)
    elif on_error is not None:
        on_error(exc)
    else:
        message_bridge.report_known_error(exc)


def zero(buf: bytearray) -> None:
    """Overwrite a secret buffer in place."""
    buf[:] = bytes(len(buf))


class Session(QObject):
    """Owns the `Vault` and `VaultWriter` while unlocked.

    Args:
        vault_dir: the vault folder (for the demo, the folder the demo vault
            was created in is taken from the vault itself).
        demo: whether this is the throwaway demo vault.
        vault_params: KDF parameters for new keys (create, change
            passphrase); `None` calibrates on this machine. Tests pass the
            `fast_params` fixture; a fresh salt is used each time.

    Signals:
        unlocked(): a vault was opened and the writer started.
        locking(): a lock has begun and will wait for the running writer
            job; long jobs (imports) should cancel themselves now.
        locked(): the vault was closed and its key zeroed; `lock_reason`
            says why ("manual", "idle", "screen", "quit", ...).
        changed(object): a writer job returned a `moddesk.storage.Changes`.
        busy_changed(bool): writer jobs started (True) or all finished (False).
    """

    unlocked = Signal()
    locking = Signal()
    locked = Signal()
    changed = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, vault_dir: Path, *, demo: bool = False,
                 vault_params: ParamsSource = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault_dir = vault_dir
        self.demo = demo
        self.lock_reason = "startup"
        self._vault_params = vault_params
        self._vault: Vault | None = None
        self._writer: VaultWriter | None = None
        self._reader: VaultWriter | None = None
        self._jobs = 0

    # -- state ---------------------------------------------------------------

    @property
    def is_unlocked(self) -> bool:
        """True while a vault is open."""
        return self._vault is not None

    @property
    def vault(self) -> Vault | None:
        """The open vault, for the app shell and tests only."""
        return self._vault

    def has_vault(self) -> bool:
        """True when the vault folder holds a vault (or the remains of one)."""
        return vault_exists(self.vault_dir)

    # -- worker-thread entry points (no Qt in here) --------------------------

    def open_existing(self, passphrase: bytearray) -> Vault:
        """Unlock the vault folder (worker thread)."""
        return open_vault(self.vault_dir, passphrase)

    def create_new(self, passphrase: bytearray) -> Vault:
        """Create the vault (worker thread); calibrates the KDF unless injected."""
        return create_vault(self.vault_dir, passphrase, params=self._params())

    def restore_backup(self, src: Path, passphrase: bytearray) -> Vault:
        """Keep the damaged folder aside, restore `src` in its place (worker thread)."""
        folder = self.vault_dir
        aside = folder.with_name(f"{folder.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
        if folder.exists():
            os.replace(folder, aside)
        try:
            vault, _digest = restore_vault(src, folder, passphrase)
        except BaseException:
            if aside.exists() and not folder.exists():
                os.replace(aside, folder)
            raise
        log.info("vault restored from a backup; damaged copy kept aside")
        return vault

    # -- unlock and lock -----------------------------------------------------

    def unlock_with(self, vault: Vault) -> None:
        """Adopt an open vault, start its writer and announce it."""
        if self._vault is not None:
            raise RuntimeError("session already unlocked")
        self._vault = vault
        self.vault_dir = vault.paths.folder
        self._writer = VaultWriter(vault)
        self._reader = VaultWriter(vault, read_only=True)
        log.info("session unlocked")
        self.unlocked.emit()

    def lock(self, reason: str) -> None:
        """Close the writer and the vault (zeroing the key), then emit `locked`.

        Waits for a running writer job to finish; a lock never leaves a
        write half done.
        """
        if self._vault is None:
            return
        self.locking.emit()
        writer, reader, vault = self._writer, self._reader, self._vault
        self._writer = self._reader = self._vault = None
        self.lock_reason = reason
        try:
            if reader is not None:
                # Pending reads are pointless once locked: drop them, stop the
                # running one, and wait so no thread still uses a connection
                # the vault is about to close.
                reader.close(wait=False)
                reader.interrupt()
                reader.close(wait=True)
            if writer is not None:
                writer.close(wait=True)
        finally:
            vault.close()
        self._set_jobs(0)
        log.info("session locked (reason=%s)", reason)
        self.locked.emit()

    # -- reads and writes ----------------------------------------------------

    def setting(self, key: str) -> Any:
        """A vault setting, read on the GUI thread's connection."""
        if self._vault is None:
            raise RuntimeError("vault is locked")
        return get_setting(self._vault.db, key)

    def gui_db(self) -> sqlite_utils.Database:
        """The GUI thread's connection, for small indexed reads (one page of rows)."""
        if self._vault is None:
            raise RuntimeError("vault is locked")
        return self._vault.db

    def case_key(self) -> bytes:
        """The incident chain's key (`Vault.mac_key`), for writer jobs of `moddesk.cases`."""
        if self._vault is None:
            raise RuntimeError("vault is locked")
        return self._vault.mac_key(chain.CHAIN_PURPOSE)

    def read(self, job: Callable[[sqlite_utils.Database], Any], on_done: Callback,
             on_error: Callback | None = None) -> concurrent.futures.Future[Any] | None:
        """Run a read-only `job(db)` on the background reader thread.

        For reads that may take longer than a frame (search, counts over a
        large chat). The connection is `query_only`. Results come back on
        the GUI thread; nothing is delivered once the vault is locked.
        Returns None when locked.
        """
        if self._reader is None or self._vault is None:
            return None
        generation = self._vault.generation
        future = self._reader.submit(job)
        deliver_future(future, lambda r: self._on_read_done(r, on_done),
                       lambda e: self._on_read_failed(e, on_error, job, on_done, generation))
        return future

    def _on_read_done(self, result: Any, on_done: Callback) -> None:
        if self.is_unlocked:
            on_done(result)

    def _on_read_failed(self, exc: object, on_error: Callback | None,
                        job: Callable[[sqlite_utils.Database], Any], on_done: Callback,
                        generation: int) -> None:
        if not self.is_unlocked:
            return  # the lock closed the reader's connection mid-query
        if self._vault is not None and self._vault.generation != generation:
            # A passphrase change retired the reader's connection mid-query;
            # the reader reconnects under the new key, so ask again once.
            self.read(job, on_done, on_error)
            return
        _route_error(exc, on_error)

    def submit(self, job: Callable[[sqlite_utils.Database], Any],
               on_done: Callback | None = None,
               on_error: Callback | None = None) -> concurrent.futures.Future[Any] | None:
        """Run `job(db)` on the writer; results come back on the GUI thread.

        A returned `Changes` is also emitted as `changed`. A `KnownError`
        goes to `on_error`, or to the message bridge without one; anything
        else is a bug and goes to the crash dialog. Returns None when locked.
        """
        if self._writer is None:
            message_bridge.warning(self.tr("The vault is locked; nothing was saved."))
            return None
        future = self._writer.submit(job)
        self._set_jobs(self._jobs + 1)
        deliver_future(future, lambda r: self._on_job_done(r, on_done),
                       lambda e: self._on_job_failed(e, on_error))
        return future

    def _on_job_done(self, result: Any, on_done: Callback | None) -> None:
        self._set_jobs(self._jobs - 1)
        if isinstance(result, Changes) and result and self.is_unlocked:
            self.changed.emit(result)
        if on_done is not None:
            on_done(result)

    def _on_job_failed(self, exc: object, on_error: Callback | None) -> None:
        self._set_jobs(self._jobs - 1)
        _route_error(exc, on_error)

    def _set_jobs(self, count: int) -> None:
        was_busy, self._jobs = self._jobs > 0, max(count, 0)
        if was_busy != (self._jobs > 0):
            self.busy_changed.emit(self._jobs > 0)

    def save_settings(self, values: dict[str, Any], on_done: Callback | None = None,
                      on_error: Callback | None = None) -> None:
        """Store several settings in one writer job."""
        def job(db: sqlite_utils.Database) -> Changes:
            changes = Changes()
            for key, value in values.items():
                changes = changes | set_setting(db, key, value)
            return changes

        self.submit(job, on_done, on_error)

    def backup(self, dest: Path, on_done: Callback | None = None,
               on_error: Callback | None = None) -> None:
        """Write a verified, encrypted backup to `dest` on the writer thread."""
        vault = self._vault

        def job(db: sqlite_utils.Database) -> BackupResult:
            assert vault is not None
            result = backup_vault(vault, dest, source=db)
            log.info("backup written and verified (bytes=%d)", result.size)
            return result

        self.submit(job, on_done, on_error)

    def change_passphrase(self, old: bytearray, new: bytearray,
                          on_done: Callback | None = None,
                          on_error: Callback | None = None) -> None:
        """Check `old`, then re-key the vault with `new`; both are zeroed."""
        vault, params = self._vault, self._params()

        def job(db: sqlite_utils.Database) -> None:
            try:
                assert vault is not None
                if not vault.check_passphrase(old):
                    raise WrongPassphrase("The current passphrase is not right.")
                chain.change_passphrase(vault, new, params=params)
            finally:
                zero(old)
                zero(new)

        def done(result: object) -> None:
            # The writer reconnects under the new key by itself (vault.generation).
            if on_done is not None:
                on_done(result)

        if self.submit(job, done, on_error) is None:
            zero(old)
            zero(new)

    def _params(self) -> KdfParams | None:
        source = self._vault_params
        if source is None:
            return None
        if isinstance(source, KdfParams):
            return dataclasses.replace(source, salt=kdf.new_salt())
        return source()
