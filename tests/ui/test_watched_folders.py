"""The import UI in the real app: folders dialog, Ctrl+I, status bar, notice, summary, lock."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from moddesk.app import AppShell
from moddesk.storage import watch_store as ws
from moddesk.ui.import_summary_dialog import ImportSummaryDialog
from moddesk.ui.watched_folders_dialog import WatchedFoldersDialog, plaintext_text
from tests.ingest.watch_helpers import chat_text
from tests.ui.helpers import (  # noqa: F401 - fixtures
    WAIT_MS,
    fake_clock,
    shell,
    unlock,
    unlocked_shell,
    visible_dialogs,
)

PLAINTEXT = ("Chat exports in watched folders are not encrypted. "
             "Anyone with this computer can read them.")


def open_folders_dialog(shell: AppShell) -> WatchedFoldersDialog:
    shell.window.imports_ui.folders_action.trigger()
    return next(d for d in visible_dialogs() if isinstance(d, WatchedFoldersDialog))


def stored_paths(shell: AppShell) -> list[str]:
    return [f.path for f in ws.list_folders(shell.session.gui_db())]


def test_the_vault_menu_offers_imports_and_locking_disables_them(unlocked_shell: AppShell) -> None:
    ui = unlocked_shell.window.imports_ui
    menu_texts = [a.text() for a in unlocked_shell.window.vault_menu.actions()]
    assert {"&Import files…", "Import f&older…", "&Watched folders…"} <= set(menu_texts)
    assert ui.import_files_action.shortcut() == QKeySequence("Ctrl+I")
    assert all(a.isEnabled() for a in ui.actions)
    unlocked_shell.session.lock("manual")
    assert not any(a.isEnabled() for a in ui.actions)


def test_folders_added_and_removed_in_the_dialog_are_kept_in_the_vault(
        qtbot: QtBot, unlocked_shell: AppShell, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    shell = unlocked_shell
    exports = tmp_path / "Exports"
    exports.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(exports))
    dialog = open_folders_dialog(shell)
    assert plaintext_text() == PLAINTEXT
    assert PLAINTEXT in [label.text() for label in dialog.findChildren(QLabel)]
    assert not shell.window.imports_ui.notice_bar.isVisible()
    with qtbot.waitSignal(shell.imports.folders_changed, timeout=WAIT_MS):
        dialog.add_button.click()
    assert dialog.rows() == [(str(exports.resolve()), "0", "Watching")]
    assert stored_paths(shell) == [str(exports.resolve())]
    assert shell.window.imports_ui.notice_bar.isVisible()
    assert shell.imports.observer.watching == 1

    shell.session.lock("manual")
    assert not shiboken6.isValid(dialog), "closed and deleted on lock"
    assert not shell.window.imports_ui.notice_bar.isVisible()
    shell.window.lock_screen.button.click()
    unlock(qtbot, shell)
    assert stored_paths(shell) == [str(exports.resolve())], "kept in the vault across a lock"
    assert shell.window.imports_ui.notice_bar.isVisible()

    dialog = open_folders_dialog(shell)
    dialog.folder_list.setCurrentItem(dialog.folder_list.topLevelItem(0))
    with qtbot.waitSignal(shell.imports.folders_changed, timeout=WAIT_MS):
        dialog.remove_button.click()
    assert dialog.rows() == [] and stored_paths(shell) == []
    assert shell.imports.observer.watching == 0
    assert not shell.window.imports_ui.notice_bar.isVisible()


def test_moving_originals_is_off_by_default_and_saved_with_its_warning(
        qtbot: QtBot, unlocked_shell: AppShell) -> None:
    dialog = open_folders_dialog(unlocked_shell)
    assert not dialog.move_originals.isChecked()
    warning = dialog.findChild(QLabel, "warning").text()
    for point in ("SSDs", "Dropbox", "OneDrive", "iCloud", "Google Drive", "WhatsApp keeps"):
        assert point in warning
    with qtbot.waitSignal(unlocked_shell.session.changed, timeout=WAIT_MS):
        dialog.move_originals.setChecked(True)
    assert unlocked_shell.session.setting("move_originals") is True


def test_ctrl_i_imports_picked_files_and_opens_the_summary(
        qtbot: QtBot, unlocked_shell: AppShell, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    shell = unlocked_shell
    good, bad = tmp_path / "WhatsApp Chat with Group.txt", tmp_path / "notes.txt"
    good.write_bytes(chat_text("hello", "bye"))
    bad.write_bytes(b"not a chat\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(good), str(bad)], ""))
    status = shell.window.imports_ui.status
    with qtbot.waitSignal(shell.imports.batch_finished, timeout=WAIT_MS):
        shell.window.imports_ui.import_files_action.trigger()
    summary = next(d for d in QApplication.topLevelWidgets()
                   if isinstance(d, ImportSummaryDialog) and d.isVisible())
    rows = {r[0]: r[1] for r in summary.row_texts()}
    assert rows == {"WhatsApp Chat with Group.txt": "Imported", "notes.txt": "Failed"}
    assert status.isVisible() and status.summary_button.isVisible()
    assert status.label.text() == ("Import finished. 2 files: 1 imported (2 new messages), "
                                   "1 failed.")
    assert "WhatsApp" not in status.label.text() and "notes" not in status.label.text()

    shell.session.lock("manual")
    assert not shiboken6.isValid(summary)
    assert not status.isVisible() and status.label.text() == ""
    assert shell.imports.last_summary == []
