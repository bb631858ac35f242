"""Create, unlock, lock and re-key a vault folder.

A vault folder holds `vault.db` (SQLCipher 4, plus its `-wal`/`-shm` while
open) and `vault.keyinfo` (the sidecar: KDF parameters and key check). The
folder is 0700 and every file 0600.

Unlock order matters: every check that can fail without touching the
database runs first (files present, plaintext header, sidecar bounds, key
check, folder lock), so a wrong passphrase or a foreign file never changes a
byte on disk.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import logging
import os
import stat
import unicodedata
from collections.abc import Callable
from pathlib import Path

import sqlcipher3
import sqlite_utils

from moddesk.storage import kdf, migrations, sidecar
from moddesk.storage.connection import (
    apply_pinned,
    connect,
    is_plaintext_sqlite,
    open_raw,
    translate,
)
from moddesk.storage.errors import (
    NotAVault,
    RekeyInterrupted,
    VaultDamaged,
    VaultExists,
    VaultMissing,
    WrongPassphrase,
)
from moddesk.storage.folder_lock import FolderLock

log = logging.getLogger("moddesk.storage")

DB_NAME = "vault.db"
SIDECAR_NAME = "vault.keyinfo"


@dataclasses.dataclass(frozen=True)
class VaultPaths:
    """Where a vault's files live."""

    folder: Path

    @property
    def db(self) -> Path:
        return self.folder / DB_NAME

    @property
    def sidecar(self) -> Path:
        return self.folder / SIDECAR_NAME

    def files(self) -> list[Path]:
        """Every file that belongs to the vault and exists now."""
        names = (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", SIDECAR_NAME)
        return [self.folder / n for n in names if (self.folder / n).exists()]


def _subkey(key: bytearray, purpose: bytes) -> bytes:
    return hmac.new(bytes(key), b"moddesk/subkey/" + purpose, hashlib.sha256).digest()


def passphrase_bytes(text: str) -> bytearray:
    """The passphrase as NFC-normalised UTF-8, in a buffer the caller zeroes.

    NFC so that the same passphrase typed on macOS (which may send decomposed
    accents) and Windows gives the same key.
    """
    return bytearray(unicodedata.normalize("NFC", text).encode("utf-8"))


def vault_exists(folder: Path) -> bool:
    """True when `folder` holds anything that looks like a vault."""
    paths = VaultPaths(folder)
    return paths.db.exists() or paths.sidecar.exists()


class Vault:
    """An unlocked vault: the key, the folder lock and the GUI-thread connection.

    Use `connect()` for more connections (the writer thread opens its own).
    `close()` closes every connection handed out, zeroes the key and releases
    the lock; a closed vault cannot be reopened, unlock again instead.
    """

    def __init__(self, paths: VaultPaths, key: bytearray, lock: FolderLock,
                 conn: sqlcipher3.Connection) -> None:
        self.paths = paths
        self._key = key
        self._lock = lock
        self._dbs: list[sqlite_utils.Database] = []
        self.db = self._adopt(conn)
        # Bumped when other connections are retired (re-key); the writer
        # reconnects when it sees a new generation.
        self.generation = 0

    @property
    def closed(self) -> bool:
        """True once `close()` has run."""
        return self._lock is None

    def connect(self) -> sqlite_utils.Database:
        """A new connection to this vault, closed with the vault."""
        self._require_open()
        db = connect(self.paths.db, self._key)
        self._dbs.append(db)
        return db

    def _connect_file(self, path: Path) -> sqlite_utils.Database:
        """A keyed connection to another file under this vault's key (backups)."""
        self._require_open()
        return connect(path, self._key)

    def mac_key(self, purpose: bytes) -> bytes:
        """A subkey for `purpose` (e.g. the case-log chain), never the vault key."""
        self._require_open()
        return _subkey(self._key, purpose)

    def close(self) -> None:
        """Close all connections, zero the key and release the folder lock."""
        if self.closed:
            return
        for db in self._dbs:
            try:
                db.conn.close()
            except sqlcipher3.Error:
                log.warning("closing a vault connection failed", exc_info=True)
        self._dbs.clear()
        self._key[:] = bytes(len(self._key))
        assert self._lock is not None
        self._lock.release()
        self._lock = None  # type: ignore[assignment]
        log.info("vault closed")

    def check_passphrase(self, passphrase: bytes | bytearray) -> bool:
        """True when `passphrase` is this vault's current one (costs one KDF run)."""
        self._require_open()
        slot = sidecar.read(self.paths.sidecar).current
        key = kdf.derive_key(passphrase, slot.params)
        try:
            return hmac.compare_digest(kdf.key_check(key), slot.check)
        finally:
            key[:] = bytes(len(key))

    def change_passphrase(self, new_passphrase: bytes | bytearray,
                          params: kdf.KdfParams | None = None, *,
                          before_rekey: Callable[[Callable[[bytes], bytes]], None] | None = None,
                          ) -> None:
        """Re-key the vault; a kill at any point leaves old or new working.

        `before_rekey(next_mac_key)` runs first, on this connection, with the
        function that `mac_key` becomes afterwards: data sealed under a subkey
        can be prepared for both keys before the switch.
        """
        self._require_open()
        params = params or kdf.calibrate()
        new_key = kdf.derive_key(new_passphrase, params)
        try:
            if before_rekey is not None:
                before_rekey(lambda purpose: _subkey(new_key, purpose))
            # Other connections keep the old key and could not read the new
            # pages; they are closed and reopened on demand.
            self._retire_secondary()
            _rekey(self, new_key, params)
        finally:
            new_key[:] = bytes(len(new_key))

    def _retire_secondary(self) -> None:
        for db in self._dbs[1:]:
            db.conn.close()
        del self._dbs[1:]
        self.generation += 1

    def _adopt(self, conn: sqlcipher3.Connection) -> sqlite_utils.Database:
        db = sqlite_utils.Database(conn, execute_plugins=False)
        self._dbs.append(db)
        return db

    def _require_open(self) -> None:
        if self.closed:
            raise RuntimeError("vault is locked")

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def create_vault(folder: Path, passphrase: bytes | bytearray, *,
                 params: kdf.KdfParams | None = None) -> Vault:
    """Make a new, empty vault in `folder` and return it unlocked."""
    paths = VaultPaths(folder)
    if vault_exists(folder):
        raise VaultExists(f"A vault already exists in {folder}. Unlock it, or choose another folder.")
    _make_private_folder(folder)
    params = params or kdf.calibrate()
    key = kdf.derive_key(passphrase, params)
    sc = sidecar.Sidecar(sidecar.KeySlot(params, kdf.key_check(key)))
    sidecar.write_atomic(paths.sidecar, sc.to_bytes())
    lock = FolderLock(folder, paths.sidecar)
    conn = sqlcipher3.connect(str(paths.db), isolation_level=None, check_same_thread=False)
    os.chmod(paths.db, 0o600)
    conn.close()
    return _finish_open(paths, key, lock, open_raw(paths.db, key))


def open_vault(folder: Path, passphrase: bytes | bytearray) -> Vault:
    """Unlock the vault in `folder`; every failure leaves its files untouched."""
    paths = VaultPaths(folder)
    _check_files(paths)
    sc = sidecar.read(paths.sidecar)
    key, slot = _unlock_key(sc, passphrase)
    try:
        lock = FolderLock(folder, paths.sidecar)
    except BaseException:
        key[:] = bytes(len(key))
        raise
    try:
        conn = _open_checked(paths, key, sc, slot)
    except BaseException:
        key[:] = bytes(len(key))
        lock.release()
        raise
    return _finish_open(paths, key, lock, conn)


def _check_files(paths: VaultPaths) -> None:
    has_db, has_side = paths.db.exists(), paths.sidecar.exists()
    if not has_db and not has_side:
        raise VaultMissing(f"There is no vault in {paths.folder}.")
    if has_db and is_plaintext_sqlite(paths.db):
        raise NotAVault(
            f"{paths.db} is an ordinary, unencrypted SQLite file, not a ModDesk vault. "
            "It was left as it is. Move it away, or choose another vault folder."
        )
    if not has_side:
        raise VaultDamaged(
            f"The vault's key file {SIDECAR_NAME} is missing from {paths.folder}. "
            "Put it back from a backup, or restore the whole vault from a backup."
        )
    if not has_db:
        raise VaultDamaged(
            f"The vault's database file {DB_NAME} is missing from {paths.folder}. "
            "Restore the vault from a backup."
        )


def _unlock_key(sc: sidecar.Sidecar, passphrase: bytes | bytearray) -> tuple[bytearray, str]:
    """Derive and check the key against the current slot, then the pending one."""
    slots = [("current", sc.current)] + ([("pending", sc.pending)] if sc.pending else [])
    for name, slot in slots:
        key = kdf.derive_key(passphrase, slot.params)
        if kdf.key_check(key) == slot.check:
            return key, name
        key[:] = bytes(len(key))
    raise WrongPassphrase("That passphrase does not open this vault. Check it and try again.")


def _open_checked(paths: VaultPaths, key: bytearray, sc: sidecar.Sidecar,
                  slot: str) -> sqlcipher3.Connection:
    try:
        conn = open_raw(paths.db, key)
    except VaultDamaged:
        if sc.pending is None:
            raise
        raise RekeyInterrupted(_rekey_hint(slot)) from None
    # cipher_integrity_check reads the main file only, not the WAL: after a
    # crash the two may hold pages under different keys (mid re-key), so fold
    # committed WAL frames in first. This is SQLite's own recovery, no repair.
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _check_integrity(conn)
    if sc.pending is not None:
        _settle_rekey(paths, sc, slot)
    return conn


def _rekey_hint(slot: str) -> str:
    other = "new" if slot == "current" else "old"
    return (
        "A passphrase change was interrupted before it finished. "
        f"This vault now opens with the {other} passphrase; use that one."
    )


def _settle_rekey(paths: VaultPaths, sc: sidecar.Sidecar, slot: str) -> None:
    """The data opened with `slot`'s key, so that slot becomes the only one."""
    keep = sc.current if slot == "current" else sc.pending
    assert keep is not None
    sidecar.write_atomic(paths.sidecar, sidecar.Sidecar(keep).to_bytes())
    log.info("interrupted passphrase change settled (slot=%s)", slot)


def _check_integrity(conn: sqlcipher3.Connection) -> None:
    try:
        bad = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise VaultDamaged(f"The vault is damaged ({exc}). Restore a backup.") from exc
    if bad:
        conn.close()
        log.warning("cipher_integrity_check found %d bad pages", len(bad))
        raise VaultDamaged(
            f"The vault is damaged: {len(bad)} page(s) fail their integrity check. "
            "Nothing was changed. Restore a backup."
        )


def _finish_open(paths: VaultPaths, key: bytearray, lock: FolderLock,
                 conn: sqlcipher3.Connection) -> Vault:
    try:
        apply_pinned(conn)
        vault = Vault(paths, key, lock, conn)
        applied = migrations.apply(vault.db)
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        key[:] = bytes(len(key))
        lock.release()
        raise translate(exc) from exc
    for f in paths.files():
        _private_file(f)
    log.info("vault unlocked; %d migrations applied", len(applied))
    return vault


def _rekey(vault: Vault, new_key: bytearray, params: kdf.KdfParams) -> None:
    paths = vault.paths
    sc = sidecar.read(paths.sidecar)
    pending = sidecar.KeySlot(params, kdf.key_check(new_key))
    sidecar.write_atomic(paths.sidecar, sidecar.Sidecar(sc.current, pending).to_bytes())
    spec = bytearray(b"x'") + new_key.hex().encode("ascii") + b"'"
    try:
        vault.db.conn.reset_key(spec)  # sqlite3_rekey: one transaction: all pages take the new key, or none
    finally:
        spec[:] = bytes(len(spec))
    # Bring the main file under the new key at once (see _open_checked).
    vault.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    sidecar.write_atomic(paths.sidecar, sidecar.Sidecar(pending).to_bytes())
    vault._key[:] = new_key
    log.info("vault passphrase changed")


def _make_private_folder(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)


def _private_file(path: Path) -> None:
    if stat.S_IMODE(path.stat().st_mode) != 0o600:
        os.chmod(path, 0o600)
