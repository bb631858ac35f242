"""Later runs: unlocking, wrong passphrases, damaged and foreign vaults."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from moddesk.app import AppShell
from moddesk.storage import backup_vault, create_vault, open_vault, passphrase_bytes
from moddesk.ui.unlock_dialog import UnlockDialog, retry_delay
from tests.conftest import PASSPHRASE
from tests.ui.helpers import (  # noqa: F401 - fixtures
    WAIT_MS,
    FakeClock,
    fake_clock,
    file_hashes,
    make_vault,
    shell,
    unlock,
)


def test_retry_delay_doubles_and_is_capped() -> None:
    assert [retry_delay(n) for n in range(8)] == [0, 1, 2, 4, 8, 16, 30, 30]
    assert retry_delay(100) == 30


def start_unlock(shell: AppShell) -> UnlockDialog:
    shell.start()
    dialog = shell.dialog
    assert isinstance(dialog, UnlockDialog) and dialog.isVisible()
    return dialog


def try_passphrase(qtbot: QtBot, dialog: UnlockDialog, text: str) -> None:
    dialog.passphrase.setText(text)
    assert dialog.unlock_button.isEnabled()
    dialog.unlock_button.click()
    assert dialog.passphrase.text() == ""
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=WAIT_MS)


def test_unlock_opens_the_main_window(qtbot: QtBot, shell: AppShell, vault_dir: Path,
                                      fast_params) -> None:  # type: ignore[no-untyped-def]
    make_vault(vault_dir, fast_params)
    start_unlock(shell)
    unlock(qtbot, shell)
    assert shell.window.content.isVisible()
    assert not shell.window.lock_screen.isVisible()


def test_wrong_passphrase_says_so_and_waits_longer_each_time(
        qtbot: QtBot, shell: AppShell, vault_dir: Path, fast_params,  # type: ignore[no-untyped-def]
        fake_clock: FakeClock) -> None:
    make_vault(vault_dir, fast_params)
    before = file_hashes(vault_dir)
    dialog = start_unlock(shell)
    waits = []
    for attempt in range(1, 5):
        try_passphrase(qtbot, dialog, "not the passphrase")
        assert "does not open this vault" in dialog.message.text()
        waits.append(dialog.remaining())
        if waits[-1]:
            assert not dialog.unlock_button.isEnabled()
            dialog.passphrase.setText("typed while waiting")
            assert not dialog.unlock_button.isEnabled()
            assert f"({waits[-1]} s)" in dialog.unlock_button.text()
        fake_clock.advance(waits[-1])
        qtbot.waitUntil(dialog.unlock_button.isEnabled, timeout=WAIT_MS)
        assert dialog.failures == attempt
    assert waits == [1, 2, 4, 8]
    assert file_hashes(vault_dir) == before
    unlock(qtbot, shell)


def damage(vault_dir: Path) -> None:
    db = vault_dir / "vault.db"
    data = bytearray(db.read_bytes())
    for offset in range(4096 + 100, 4096 + 140):  # inside page 2
        data[offset] ^= 0xFF
    db.write_bytes(bytes(data))


def test_damaged_vault_says_so_offers_restore_and_changes_nothing(
        qtbot: QtBot, shell: AppShell, vault_dir: Path, fast_params) -> None:  # type: ignore[no-untyped-def]
    make_vault(vault_dir, fast_params, {"moderator_name": "someone"})
    damage(vault_dir)
    before = file_hashes(vault_dir)
    dialog = start_unlock(shell)
    try_passphrase(qtbot, dialog, PASSPHRASE)
    assert "damaged" in dialog.message.text()
    assert dialog.restore_button.isVisible()
    assert dialog.detail.isVisible() and dialog.detail.text()
    assert dialog.failures == 0 and dialog.remaining() == 0
    assert file_hashes(vault_dir) == before
    assert not shell.session.is_unlocked


def test_restore_replaces_a_damaged_vault_and_keeps_it_aside(
        qtbot: QtBot, shell: AppShell, vault_dir: Path, tmp_path: Path,
        fast_params) -> None:  # type: ignore[no-untyped-def]
    make_vault(vault_dir, fast_params, {"moderator_name": "restored"})
    vault = open_vault(vault_dir, passphrase_bytes(PASSPHRASE))
    backup = backup_vault(vault, tmp_path / "good.mdbackup").path
    vault.close()
    damage(vault_dir)
    damaged = file_hashes(vault_dir)
    dialog = start_unlock(shell)
    try_passphrase(qtbot, dialog, PASSPHRASE)
    dialog.choose_backup = lambda: backup
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(shell.session.unlocked, timeout=WAIT_MS):
        dialog.restore_button.click()
    assert shell.session.setting("moderator_name") == "restored"
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("vault.damaged-")]
    assert len(aside) == 1 and file_hashes(aside[0]) == damaged


def test_vault_in_use_has_its_own_message(qtbot: QtBot, shell: AppShell, vault_dir: Path,
                                          fast_params) -> None:  # type: ignore[no-untyped-def]
    make_vault(vault_dir, fast_params)
    other = open_vault(vault_dir, passphrase_bytes(PASSPHRASE))
    try:
        dialog = start_unlock(shell)
        try_passphrase(qtbot, dialog, PASSPHRASE)
        assert "already open in another ModDesk window" in dialog.message.text()
        assert not dialog.restore_button.isVisible()
    finally:
        other.close()


def test_not_a_vault_has_its_own_message(qtbot: QtBot, shell: AppShell, vault_dir: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    vault_dir.mkdir()
    # The conftest's no_stdlib_sqlite fixture is not active here: this is a
    # deliberately plaintext file.
    conn = sqlite3.connect(vault_dir / "vault.db")
    conn.execute("CREATE TABLE t(x)")
    conn.close()
    before = file_hashes(vault_dir)
    dialog = start_unlock(shell)
    try_passphrase(qtbot, dialog, PASSPHRASE)
    assert "not a ModDesk vault" in dialog.message.text()
    assert file_hashes(vault_dir) == before


def test_demo_hint_only_in_demo_mode(qtbot: QtBot) -> None:
    plain = UnlockDialog(lambda pw: None)  # type: ignore[arg-type, return-value]
    demo = UnlockDialog(lambda pw: None, demo=True)  # type: ignore[arg-type, return-value]
    for d in (plain, demo):
        qtbot.addWidget(d)
        d.show()
    assert not plain.hint.isVisible()
    assert demo.hint.isVisible() and "the passphrase is demo" in demo.hint.text()


def test_unused_create_vault_import_guard(vault_dir: Path, fast_params) -> None:  # type: ignore[no-untyped-def]
    # create_vault refuses an existing vault: the UI never starts over silently.
    make_vault(vault_dir, fast_params)
    from moddesk.storage import VaultExists

    with pytest.raises(VaultExists):
        create_vault(vault_dir, passphrase_bytes(PASSPHRASE), params=fast_params)
