"""Passphrase change under kill, and verified backup and restore (P19, P20)."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from moddesk.storage import (
    KnownError,
    RekeyInterrupted,
    VaultDamaged,
    VaultExists,
    WrongPassphrase,
    backup_vault,
    content_digest,
    open_vault,
    passphrase_bytes,
    restore_vault,
    set_setting,
    verify_vault,
)
from moddesk.storage.kdf import KdfParams, new_salt
from tests.conftest import PASSPHRASE
from tests.helpers.vault_files import files_containing, make_markers, snapshot

CHILD = Path(__file__).with_name("vault_writer_child.py")
NEW = "a brand new passphrase"


def _unlock(folder: Path, text: str):  # type: ignore[no-untyped-def]
    return open_vault(folder, passphrase_bytes(text))


def test_change_passphrase_keeps_data_and_retires_the_old(vault, vault_dir: Path) -> None:
    set_setting(vault.db, "moderator_name", "Amaka")
    digest = content_digest(vault.db)
    vault.change_passphrase(passphrase_bytes(NEW), KdfParams(64, 1, 1, new_salt()))
    set_setting(vault.db, "after", 1)  # the open vault keeps working
    vault.close()
    with pytest.raises(WrongPassphrase):
        _unlock(vault_dir, PASSPHRASE)
    v = _unlock(vault_dir, NEW)
    v.db.execute("DELETE FROM settings WHERE key = 'after'")
    assert content_digest(v.db) == digest
    v.close()


@pytest.mark.slow
def test_kill_during_passphrase_change_opens_with_old_or_new(vault, vault_dir: Path) -> None:
    vault.close()
    rng = random.Random(7)
    outcomes = set()
    for _ in range(8):
        _kill_child_mid_rekey(vault_dir, rng.uniform(0.05, 0.4))
        v = _open_with_either(vault_dir)
        assert verify_vault(v).ok
        outcomes.add(v.paths.sidecar.read_text().count("check"))
        v.close()
        # Reset to the old passphrase for the next round.
        _reset_to_old(vault_dir)
    assert outcomes == {1}  # every open settled the sidecar back to one slot


def _kill_child_mid_rekey(folder: Path, after: float) -> None:
    child = subprocess.Popen([sys.executable, str(CHILD), str(folder), "rekey"],
                             stdout=subprocess.PIPE, text=True, cwd=Path(__file__).parents[2])
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "READY"
    time.sleep(after)
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()


def _open_with_either(folder: Path):  # type: ignore[no-untyped-def]
    errors = []
    for text in (PASSPHRASE, NEW):
        try:
            return _unlock(folder, text)
        except (WrongPassphrase, RekeyInterrupted) as exc:
            errors.append(exc)
    raise AssertionError(f"opens with neither passphrase: {errors}")


def _reset_to_old(folder: Path) -> None:
    for text in (PASSPHRASE, NEW):
        try:
            v = _unlock(folder, text)
        except (WrongPassphrase, RekeyInterrupted):
            continue
        if text == NEW:
            v.change_passphrase(passphrase_bytes(PASSPHRASE), KdfParams(64, 1, 1, new_salt()))
        v.close()
        return


def test_backup_is_encrypted_verified_and_restores_to_the_same_digest(
    vault, tmp_path: Path
) -> None:
    markers = make_markers()
    for i, m in enumerate(markers):
        set_setting(vault.db, f"m{i}", m)
    dest = tmp_path / "out" / "moddesk-backup.mdbk"
    dest.parent.mkdir()
    result = backup_vault(vault, dest)
    assert result.digest == content_digest(vault.db)
    assert sorted(p.name for p in dest.parent.iterdir()) == ["moddesk-backup.mdbk"]
    assert files_containing(dest.parent, markers) == []
    with zipfile.ZipFile(dest) as zf:
        assert zf.namelist() == ["vault.keyinfo", "vault.db"]
        assert zf.read("vault.db")[:16] != b"SQLite format 3\x00"
    restored, digest = restore_vault(dest, tmp_path / "restored", passphrase_bytes(PASSPHRASE))
    assert digest == result.digest == content_digest(restored.db)
    assert verify_vault(restored).ok
    restored.close()


def test_backup_survives_a_later_passphrase_change_with_the_old_passphrase(
    vault, tmp_path: Path
) -> None:
    dest = tmp_path / "b.mdbk"
    backup_vault(vault, dest)
    vault.change_passphrase(passphrase_bytes(NEW), KdfParams(64, 1, 1, new_salt()))
    with pytest.raises(WrongPassphrase):
        restore_vault(dest, tmp_path / "r1", passphrase_bytes(NEW))
    assert not (tmp_path / "r1").exists()
    restored, _ = restore_vault(dest, tmp_path / "r2", passphrase_bytes(PASSPHRASE))
    restored.close()


def test_restore_never_overwrites_a_vault(vault, vault_dir: Path, tmp_path: Path) -> None:
    dest = tmp_path / "b.mdbk"
    backup_vault(vault, dest)
    vault.close()
    before = snapshot(vault_dir)
    with pytest.raises(VaultExists):
        restore_vault(dest, vault_dir, passphrase_bytes(PASSPHRASE))
    assert snapshot(vault_dir) == before


def test_restore_of_a_file_that_is_not_a_backup_says_so(tmp_path: Path, fast_kdf: None) -> None:
    bogus = tmp_path / "holiday.zip"
    with zipfile.ZipFile(bogus, "w") as zf:
        zf.writestr("photo.jpg", b"\xff\xd8")
    with pytest.raises(VaultDamaged, match="not a ModDesk backup"):
        restore_vault(bogus, tmp_path / "r", passphrase_bytes(PASSPHRASE))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["holiday.zip"]


def test_failed_backup_leaves_nothing_behind(vault, tmp_path: Path) -> None:
    # The final rename fails (the chosen name is a folder) after the copy was
    # made and verified: the temporary files must be gone, the folder untouched.
    target = tmp_path / "taken.mdbk"
    target.mkdir()
    (target / "keep.txt").write_text("mine")
    with pytest.raises(KnownError, match="Nothing was changed"):
        backup_vault(vault, target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken.mdbk", "vault"]
    assert [p.name for p in target.iterdir()] == ["keep.txt"]
