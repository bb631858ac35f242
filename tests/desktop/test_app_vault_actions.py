"""Vault menu actions: backup, change passphrase, settings; About."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

import moddesk
from moddesk.app import AppShell
from moddesk.storage import WrongPassphrase, open_vault, passphrase_bytes
from moddesk.ui import message_bridge
from moddesk.ui.change_passphrase_dialog import ChangePassphraseDialog
from moddesk.ui.settings_dialog import SettingsDialog
from tests.conftest import PASSPHRASE
from tests.ui.helpers import (  # noqa: F401 - fixtures
    WAIT_MS,
    fake_clock,
    shell,
    unlock,
    unlocked_shell,
    visible_dialogs,
)

NEW_PASSPHRASE = "kettle-Blue-17-river"
SLOW_MS = 60_000


def open_dialog(action, kind):  # type: ignore[no-untyped-def]
    action.trigger()
    return next(d for d in visible_dialogs() if isinstance(d, kind))


def test_backup_reports_size_and_verified(qtbot: QtBot, unlocked_shell: AppShell,
                                          tmp_path: Path) -> None:
    dest = tmp_path / "b.mdbackup"
    unlocked_shell.window._ask_backup_path = lambda: dest  # type: ignore[method-assign]
    with qtbot.waitSignal(message_bridge.bridge().message, timeout=WAIT_MS) as blocker:
        unlocked_shell.window.backup_action.trigger()
    level, text = blocker.args
    assert level == "info"
    assert "verified" in text and "b.mdbackup" in text and "KiB" in text
    assert dest.stat().st_size > 0
    assert unlocked_shell.window.statusBar().currentMessage() == text


def test_change_passphrase_rekeys_and_warns_about_old_backups(
        qtbot: QtBot, unlocked_shell: AppShell, vault_dir: Path) -> None:
    shell = unlocked_shell
    dialog = open_dialog(shell.window.passphrase_action, ChangePassphraseDialog)
    assert "still open with the old passphrase" in dialog.findChild(
        type(dialog.error), "warning").text()
    dialog.old.setText(PASSPHRASE)
    dialog.form.first.setText(NEW_PASSPHRASE)
    dialog.form.second.setText(NEW_PASSPHRASE + "!")
    assert not dialog.change_button.isEnabled()
    dialog.form.second.setText(NEW_PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.change_button.click()
        assert dialog.old.text() == "" and dialog.form.first.text() == ""
    # The writer still works after the re-key (it got a fresh connection).
    with qtbot.waitSignal(shell.session.changed, timeout=WAIT_MS):
        shell.session.save_settings({"moderator_name": "after rekey"})
    shell.session.lock("manual")
    with pytest.raises(WrongPassphrase):
        open_vault(vault_dir, passphrase_bytes(PASSPHRASE))
    shell.window.lock_screen.button.click()
    unlock(qtbot, shell, NEW_PASSPHRASE)
    assert shell.session.setting("moderator_name") == "after rekey"


def test_change_passphrase_with_wrong_old_one_changes_nothing(
        qtbot: QtBot, unlocked_shell: AppShell) -> None:
    dialog = open_dialog(unlocked_shell.window.passphrase_action, ChangePassphraseDialog)
    dialog.old.setText("not it")
    dialog.form.first.setText(NEW_PASSPHRASE)
    dialog.form.second.setText(NEW_PASSPHRASE)
    dialog.change_button.click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT_MS)
    assert "current passphrase is not right" in dialog.error.text()
    assert dialog.isVisible()
    dialog.reject()
    unlocked_shell.session.lock("manual")
    open_vault(unlocked_shell.session.vault_dir, passphrase_bytes(PASSPHRASE)).close()


def test_settings_are_stored_in_the_vault(qtbot: QtBot, unlocked_shell: AppShell,
                                          app_env: Path) -> None:
    shell = unlocked_shell
    dialog = open_dialog(shell.window.settings_action, SettingsDialog)
    assert dialog.idle_minutes.value() == 5 and dialog.screen_lock.isChecked()
    dialog.idle_minutes.setValue(9)
    dialog.screen_lock.setChecked(False)
    dialog.moderator_name.setText("New Name")
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):
        dialog.buttons.accepted.emit()
    assert shell.session.setting("idle_lock_minutes") == 9
    assert shell.session.setting("lock_on_screen_lock") is False
    assert shell.window.moderator_label.text() == "Moderator: New Name"
    assert shell.idle.timeout == 9 * 60
    # Nothing about the work lands in plaintext config files.
    for path in app_env.rglob("*"):
        if path.is_file():
            assert b"New Name" not in path.read_bytes(), path


def test_about_shows_the_version(qtbot: QtBot, unlocked_shell: AppShell) -> None:
    QApplication.setApplicationVersion(moddesk.__version__)
    assert moddesk.__version__ in unlocked_shell.window.about_text()


def test_errors_from_the_bridge_show_a_message_box(qtbot: QtBot,
                                                   unlocked_shell: AppShell) -> None:
    message_bridge.error("Something did not work.")
    boxes = [d for d in visible_dialogs() if isinstance(d, QMessageBox)]
    assert [b.text() for b in boxes] == ["Something did not work."]
    boxes[0].accept()
    message_bridge.info("Saved.")
    assert unlocked_shell.window.statusBar().currentMessage() == "Saved."


def test_writes_when_locked_are_refused_plainly(qtbot: QtBot, unlocked_shell: AppShell) -> None:
    unlocked_shell.session.lock("manual")
    with qtbot.waitSignal(message_bridge.bridge().message) as blocker:
        assert unlocked_shell.session.submit(lambda db: None) is None
    assert blocker.args[0] == "warning"


def test_a_read_running_across_a_passphrase_change_is_asked_again(
        qtbot: QtBot, unlocked_shell: AppShell) -> None:
    """A slow search or count must not crash the app when the vault is re-keyed under it."""
    session = unlocked_shell.session
    rekeyed, calls, results = threading.Event(), [], []

    def slow_count(db):  # type: ignore[no-untyped-def]
        calls.append(1)
        rekeyed.wait(SLOW_MS / 1000)
        return db.execute("SELECT count(*) FROM settings").fetchone()[0]

    session.read(slow_count, results.append)
    session.change_passphrase(bytearray(PASSPHRASE.encode()), bytearray(NEW_PASSPHRASE.encode()),
                              on_done=lambda _result: rekeyed.set())
    # Generous: a loaded machine stretches the re-key, and the read must straddle it.
    qtbot.waitUntil(rekeyed.is_set, timeout=SLOW_MS)
    qtbot.waitUntil(lambda: bool(results), timeout=SLOW_MS)
    assert results[0] > 0 and len(calls) == 2
