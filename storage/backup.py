"""Encrypted backups of a vault, verified, and restores into a fresh folder.

A backup is one file: an uncompressed zip holding the sidecar and an
SQLCipher copy of the database made with the backup API under the same raw
key (with a new page salt). Nothing in it is plaintext but the KDF
parameters. It is written under a temporary name, verified by reopening the
copy and comparing a content digest, then renamed into place; a kill mid-way
never leaves a half-written file under the chosen name.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import secrets
import shutil
import zipfile
from pathlib import Path

import sqlcipher3
import sqlite_utils

from moddesk.storage import sidecar
from moddesk.storage.errors import KnownError, StorageFull, VaultDamaged, VaultExists
from moddesk.storage.vault import DB_NAME, SIDECAR_NAME, Vault, open_vault, vault_exists

BACKUP_COMMENT = b"ModDesk vault backup v1"
_MAX_SIDECAR = 16384


@dataclasses.dataclass(frozen=True)
class BackupResult:
    """Where a backup went and the digest both sides agreed on."""

    path: Path
    digest: str
    size: int


def content_digest(db: sqlite_utils.Database) -> str:
    """SHA-256 over every table's rows in a fixed order (one read transaction)."""
    h = hashlib.sha256()
    conn = db.conn
    conn.execute("BEGIN")
    try:
        for name, sql in _digest_tables(conn):
            h.update(b"\x00table\x00" + name.encode())
            for row in conn.execute(f'SELECT * FROM "{name}" ORDER BY {_order(conn, name)}'):
                h.update(json.dumps(row, default=_bytes_hex, ensure_ascii=False).encode())
    finally:
        conn.execute("COMMIT")
    return h.hexdigest()


def _digest_tables(conn: sqlcipher3.Connection) -> list[tuple[str, str]]:
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    # Virtual tables are views over their shadow tables, which are digested.
    return [(n, s) for n, s in rows if not (s or "").upper().startswith("CREATE VIRTUAL")]


def _order(conn: sqlcipher3.Connection, name: str) -> str:
    cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
    without_rowid = "WITHOUT ROWID" in (conn.execute(
        "SELECT sql FROM sqlite_schema WHERE name = ?", [name]).fetchone()[0] or "").upper()
    return ", ".join(f'"{c}"' for c in cols) if without_rowid else "rowid"


def _bytes_hex(value: object) -> str:
    if isinstance(value, bytes):
        return value.hex()
    raise TypeError(type(value).__name__)


def backup_vault(vault: Vault, dest: Path, *,
                 source: sqlite_utils.Database | None = None) -> BackupResult:
    """Write a verified, encrypted backup of `vault` to `dest`.

    `source` is the connection to copy from; pass the calling thread's own
    (the writer's) so no connection is shared across threads.
    """
    dest = dest.resolve()
    token = secrets.token_hex(4)
    tmp_db = dest.with_name(f".{dest.name}.{token}.db")
    tmp_zip = dest.with_name(f".{dest.name}.{token}.part")
    try:
        digest = _copy_and_verify(vault, source or vault.db, tmp_db)
        _write_container(vault.paths.sidecar, tmp_db, tmp_zip)
        os.replace(tmp_zip, dest)
        sidecar.fsync_dir(dest.parent)
    except OSError as exc:
        raise _os_error(exc, dest) from exc
    finally:
        for leftover in (tmp_db, tmp_zip, Path(str(tmp_db) + "-wal"), Path(str(tmp_db) + "-shm")):
            leftover.unlink(missing_ok=True)
    return BackupResult(dest, digest, dest.stat().st_size)


def _copy_and_verify(vault: Vault, source: sqlite_utils.Database, tmp_db: Path) -> str:
    source_digest = content_digest(source)
    target = connect_new(tmp_db, vault)
    try:
        source.conn.backup(target.conn)
        target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        _verify_copy(target)
        copy_digest = content_digest(target)
    finally:
        target.conn.close()
    if copy_digest != source_digest:
        raise VaultDamaged("The backup did not match the vault when read back. Nothing was written.")
    return copy_digest


def connect_new(path: Path, vault: Vault) -> sqlite_utils.Database:
    """A keyed connection to a new file, under the vault's key."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    return vault._connect_file(path)


def _verify_copy(db: sqlite_utils.Database) -> None:
    bad = db.execute("PRAGMA cipher_integrity_check").fetchall()
    ok = db.execute("PRAGMA integrity_check").fetchone()[0]
    if bad or ok != "ok":
        raise VaultDamaged("The backup copy failed its integrity check. Nothing was written.")


def _write_container(sidecar_path: Path, db_path: Path, out: Path) -> None:
    current = sidecar.read(sidecar_path).current
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_STORED) as zf:
            zf.comment = BACKUP_COMMENT
            zf.writestr(SIDECAR_NAME, sidecar.Sidecar(current).to_bytes())
            zf.write(db_path, DB_NAME)
        fh.flush()
        os.fsync(fh.fileno())


def restore_vault(src: Path, folder: Path, passphrase: bytes | bytearray) -> tuple[Vault, str]:
    """Restore the backup `src` into the new vault folder `folder`.

    The folder must not hold a vault. The files are written to a hidden
    sibling folder, opened and checked there, and only then renamed into place.
    """
    if vault_exists(folder):
        raise VaultExists(f"A vault already exists in {folder}. Restore into an empty folder.")
    staging = folder.with_name(f".{folder.name}.restoring-{secrets.token_hex(4)}")
    staging.mkdir(mode=0o700, parents=True)
    try:
        _extract(src, staging)
        probe = open_vault(staging, passphrase)
        digest = content_digest(probe.db)
        probe.close()
        _move_into_place(staging, folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return open_vault(folder, passphrase), digest


def _extract(src: Path, staging: Path) -> None:
    try:
        with zipfile.ZipFile(src) as zf:
            if zf.comment != BACKUP_COMMENT:
                raise _not_backup(src)
            _copy_member(zf, SIDECAR_NAME, staging / SIDECAR_NAME, limit=_MAX_SIDECAR)
            _copy_member(zf, DB_NAME, staging / DB_NAME, limit=None)
    except (zipfile.BadZipFile, KeyError) as exc:
        raise _not_backup(src) from exc
    except OSError as exc:
        raise _os_error(exc, staging) from exc


def _copy_member(zf: zipfile.ZipFile, name: str, target: Path, *, limit: int | None) -> None:
    # The output name is ours, never taken from the archive.
    info = zf.getinfo(name)
    if limit is not None and info.file_size > limit:
        raise VaultDamaged(f"The backup's {name} is far too large; the backup is damaged.")
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out, zf.open(info) as member:
        shutil.copyfileobj(member, out, 1 << 20)
        out.flush()
        os.fsync(out.fileno())


def _move_into_place(staging: Path, folder: Path) -> None:
    if folder.exists():
        folder.rmdir()  # empty by the check above; refuses if anything appeared
    os.replace(staging, folder)
    sidecar.fsync_dir(folder.parent)


def _not_backup(src: Path) -> VaultDamaged:
    return VaultDamaged(
        f"{src} is not a ModDesk backup, or it is damaged. Choose a file made with "
        "'Back up vault' (moddesk backup)."
    )


def _os_error(exc: OSError, where: Path) -> KnownError:
    if exc.errno in (28, 122):  # ENOSPC, EDQUOT
        return StorageFull(f"The disk is full at {where.parent}. Nothing was written; free some space.")
    return KnownError(f"Could not write to {where.parent}: {exc.strerror}. Nothing was changed.")
