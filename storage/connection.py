"""The one connection factory for vault data.

Every connection to a vault goes through `connect()`: SQLCipher 4 via
`sqlcipher3`, keyed with a raw key through `set_key(bytearray)` (no immutable
copy of the key), then the pinned settings, then wrapped in
`sqlite_utils.Database(conn, execute_plugins=False)`. Never stdlib `sqlite3`
or `Database("path")`: both write plaintext without a word.
"""

from __future__ import annotations

import binascii
from pathlib import Path

import sqlcipher3
import sqlite_utils

from moddesk.storage.errors import StorageFull, VaultDamaged

# Each pragma is set and then read back; `check_pinned` asserts the values.
PINNED = (
    ("temp_store", "MEMORY", 2),
    ("secure_delete", "ON", 1),
    ("journal_mode", "WAL", "wal"),
    ("synchronous", "FULL", 2),
    ("foreign_keys", "ON", 1),
)
SQLITE_MAGIC = b"SQLite format 3\x00"
# What `PRAGMA cipher_compatibility = 4` sets, as `PRAGMA cipher_settings` lists it.
CIPHER_V4_SETTINGS = (
    "PRAGMA kdf_iter = 256000;",
    "PRAGMA cipher_page_size = 4096;",
    "PRAGMA cipher_use_hmac = 1;",
    "PRAGMA cipher_plaintext_header_size = 0;",
    "PRAGMA cipher_hmac_algorithm = HMAC_SHA512;",
    "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512;",
)


def keyspec(key: bytes | bytearray) -> bytearray:
    """SQLCipher's raw-key form x'<hex>' in a zeroable buffer."""
    spec = bytearray(b"x'")
    spec += binascii.hexlify(key)
    spec += b"'"
    return spec


def open_raw(path: Path, key: bytes | bytearray) -> sqlcipher3.Connection:
    """Open and key a connection, and prove the key reads page 1.

    Raises `VaultDamaged` when page 1 does not decrypt: the caller has already
    proved the key right with the sidecar's key check.
    """
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    spec = keyspec(key)
    try:
        conn.set_key(spec)
    finally:
        spec[:] = bytes(len(spec))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA cipher_compatibility = 4")
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise VaultDamaged(
            "The vault's database file is damaged: its first page does not decrypt "
            "with the right key. Restore a backup."
        ) from exc
    return conn


def apply_pinned(conn: sqlcipher3.Connection) -> None:
    """Set the pinned pragmas, then verify them."""
    for name, value, _ in PINNED:
        conn.execute(f"PRAGMA {name} = {value}")
    check_pinned(conn)


def pinned_values(conn: sqlcipher3.Connection) -> dict[str, object]:
    """The current values of the pinned settings and the cipher settings."""
    values: dict[str, object] = {n: conn.execute(f"PRAGMA {n}").fetchone()[0] for n, _, _ in PINNED}
    # cipher_compatibility has no getter; the settings it pins are read instead.
    values["cipher_settings"] = tuple(r[0] for r in conn.execute("PRAGMA cipher_settings"))
    return values


def check_pinned(conn: sqlcipher3.Connection) -> None:
    """Raise `RuntimeError` (a bug, not a user error) if a pin did not hold."""
    values = pinned_values(conn)
    expected: dict[str, object] = {n: want for n, _, want in PINNED}
    expected["cipher_settings"] = CIPHER_V4_SETTINGS
    if values != expected:
        raise RuntimeError(f"vault connection settings drifted: {values} != {expected}")


def connect(path: Path, key: bytes | bytearray) -> sqlite_utils.Database:
    """Open the vault database at `path` with `key` as a sqlite-utils Database."""
    conn = open_raw(path, key)
    try:
        apply_pinned(conn)
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise translate(exc) from exc
    return sqlite_utils.Database(conn, execute_plugins=False)


def translate(exc: sqlcipher3.Error) -> Exception:
    """Map an engine error to a known error where one fits; else return it."""
    text = str(exc).lower()
    if "full" in text:
        return StorageFull("The disk is full. Free some space, then try again; nothing was lost.")
    if "not a database" in text or "malformed" in text or "hmac" in text:
        return VaultDamaged(f"The vault is damaged ({exc}). Restore a backup.")
    return exc


def is_plaintext_sqlite(path: Path) -> bool:
    """True when the file at `path` starts with the plaintext SQLite header."""
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == SQLITE_MAGIC
    except OSError:
        return False
