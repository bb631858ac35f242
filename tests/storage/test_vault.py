"""Creating, unlocking and refusing vaults, on real SQLCipher files."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
import sqlcipher3

from moddesk.storage import (
    NotAVault,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultMissing,
    WrongPassphrase,
    create_vault,
    get_setting,
    open_vault,
    passphrase_bytes,
    set_setting,
)
from moddesk.storage import migrations
from moddesk.storage.connection import CIPHER_V4_SETTINGS, pinned_values
from moddesk.storage.errors import BadKdfParameters
from moddesk.storage.vault import DB_NAME, SIDECAR_NAME
from tests.conftest import PASSPHRASE
from tests.helpers.vault_files import snapshot

PINNED = {
    "temp_store": 2,
    "secure_delete": 1,
    "journal_mode": "wal",
    "synchronous": 2,
    "foreign_keys": 1,
    "cipher_settings": CIPHER_V4_SETTINGS,
}


def _unlock(folder: Path, text: str = PASSPHRASE):  # type: ignore[no-untyped-def]
    return open_vault(folder, passphrase_bytes(text))


def test_new_vault_is_sqlcipher_with_pinned_settings(vault, vault_dir: Path) -> None:
    assert pinned_values(vault.db.conn) == PINNED
    assert (vault_dir / DB_NAME).read_bytes()[:16] != b"SQLite format 3\x00"
    for conn in (vault.connect().conn,):
        assert pinned_values(conn) == PINNED


def test_pinned_settings_hold_after_every_unlock(vault, vault_dir: Path) -> None:
    vault.close()
    for _ in range(2):
        v = _unlock(vault_dir)
        assert pinned_values(v.db.conn) == PINNED
        assert pinned_values(v.connect().conn) == PINNED
        v.close()


def test_folder_is_private_and_files_are_owner_only(vault, vault_dir: Path) -> None:
    set_setting(vault.db, "moderator_name", "x")
    assert stat.S_IMODE(vault_dir.stat().st_mode) == 0o700
    for f in vault_dir.iterdir():
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f.name


def test_data_survives_lock_and_unlock(vault, vault_dir: Path) -> None:
    set_setting(vault.db, "moderator_name", "Amaka")
    vault.close()
    reopened = _unlock(vault_dir)
    assert get_setting(reopened.db, "moderator_name") == "Amaka"
    reopened.close()


def test_close_zeroes_the_key_and_closes_connections(vault) -> None:
    extra = vault.connect()
    key = vault._key
    vault.close()
    assert vault.closed
    assert key == bytearray(len(key)) and len(key) == 32
    with pytest.raises(sqlcipher3.ProgrammingError):
        extra.execute("SELECT 1")
    with pytest.raises(RuntimeError, match="locked"):
        vault.connect()


def test_opening_twice_applies_no_migration(vault, vault_dir: Path) -> None:
    assert migrations.pending(vault.db) == []
    applied = [m.name for m in migrations.MIGRATIONS.applied(vault.db)]
    vault.close()
    again = _unlock(vault_dir)
    assert migrations.pending(again.db) == []
    assert [m.name for m in migrations.MIGRATIONS.applied(again.db)] == applied
    assert migrations.apply(again.db) == []
    again.close()


def test_create_refuses_an_existing_vault(vault, vault_dir: Path, fast_params) -> None:
    before = snapshot(vault_dir)
    with pytest.raises(VaultExists):
        create_vault(vault_dir, passphrase_bytes("other passphrase"), params=fast_params)
    assert snapshot(vault_dir) == before


def test_wrong_passphrase_is_told_apart_and_changes_nothing(vault, vault_dir: Path) -> None:
    vault.close()
    before = snapshot(vault_dir)
    with pytest.raises(WrongPassphrase) as err:
        _unlock(vault_dir, "not the passphrase")
    assert "passphrase does not open" in err.value.message
    assert snapshot(vault_dir) == before


def test_second_open_says_in_use_and_changes_nothing(vault, vault_dir: Path) -> None:
    set_setting(vault.db, "moderator_name", "x")
    before = snapshot(vault_dir)
    with pytest.raises(VaultInUse):
        _unlock(vault_dir)
    assert snapshot(vault_dir) == before


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("page", [1, 2])
def test_damaged_page_is_reported_as_damage_not_wrong_passphrase(
    vault, vault_dir: Path, page: int
) -> None:
    for i in range(200):
        set_setting(vault.db, f"k{i}", "v" * 200)  # several pages
    vault.close()
    _flip(vault_dir / DB_NAME, (page - 1) * 4096 + 100)
    before = snapshot(vault_dir)
    with pytest.raises(VaultDamaged) as err:
        _unlock(vault_dir)
    assert "Restore a backup" in err.value.message
    assert snapshot(vault_dir) == before


def test_plaintext_sqlite_at_the_vault_path_is_not_a_vault(
    vault_dir: Path, fast_kdf: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault_dir.mkdir()
    # Deliberately plaintext, made with the stdlib before the guard goes up.
    plain = sqlite3.connect(vault_dir / DB_NAME)
    plain.execute("CREATE TABLE t(x)")
    plain.commit()
    plain.close()
    before = snapshot(vault_dir)
    with pytest.raises(NotAVault) as err:
        _unlock(vault_dir)
    assert "unencrypted" in err.value.message
    assert snapshot(vault_dir) == before


def test_missing_sidecar_is_damage_with_a_plain_hint(vault, vault_dir: Path) -> None:
    vault.close()
    (vault_dir / SIDECAR_NAME).unlink()
    before = snapshot(vault_dir)
    with pytest.raises(VaultDamaged, match="key file"):
        _unlock(vault_dir)
    assert snapshot(vault_dir) == before


def test_garbled_sidecar_is_damage(vault, vault_dir: Path) -> None:
    vault.close()
    (vault_dir / SIDECAR_NAME).write_bytes(b"{not json")
    before = snapshot(vault_dir)
    with pytest.raises(VaultDamaged, match="key file is damaged"):
        _unlock(vault_dir)
    assert snapshot(vault_dir) == before


def test_forged_huge_kdf_cost_is_refused_before_deriving(vault, vault_dir: Path) -> None:
    vault.close()
    side = vault_dir / SIDECAR_NAME
    side.write_text(side.read_text().replace('"memory_kib": 64', '"memory_kib": 16777216'))
    before = snapshot(vault_dir)
    with pytest.raises(BadKdfParameters):
        _unlock(vault_dir)
    assert snapshot(vault_dir) == before


def test_empty_folder_is_missing_vault(tmp_path: Path, fast_kdf: None) -> None:
    with pytest.raises(VaultMissing):
        _unlock(tmp_path)


def test_no_stdlib_sqlite_is_used_by_the_vault(vault, vault_dir: Path) -> None:
    # The `vault` fixture already made sqlite3.connect raise; prove the guard is live.
    with pytest.raises(AssertionError, match="plaintext"):
        sqlite3.connect(":memory:")
    set_setting(vault.db, "moderator_name", "x")
    vault.close()
    _unlock(vault_dir).close()


def test_open_vault_never_creates_stray_files(vault, vault_dir: Path) -> None:
    vault.close()
    names = sorted(os.listdir(vault_dir))
    assert names == [DB_NAME, SIDECAR_NAME]
