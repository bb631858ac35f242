"""Locking: Ctrl+L, idle timeout, OS screen lock; what a lock must clear (P12, P13)."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from moddesk.app import AppShell
from moddesk.ui.settings_dialog import SettingsDialog
from moddesk.ui.unlock_dialog import UnlockDialog
from tests.ui.helpers import (  # noqa: F401 - fixtures
    MARKER_NAME,
    WAIT_MS,
    FakeClock,
    fake_clock,
    shell,
    unlock,
    unlocked_shell,
    visible_dialogs,
)


def shown_texts() -> list[str]:
    """Every text any widget in the application holds."""
    texts = []
    for widget in QApplication.allWidgets():
        for kind in (QLabel, QAbstractButton, QLineEdit):
            if isinstance(widget, kind):
                texts.append(widget.text())
        texts.append(widget.windowTitle())
        texts.append(widget.toolTip())
    return texts


def open_settings_dialog(shell: AppShell) -> SettingsDialog:
    shell.window.settings_action.trigger()
    dialog = next(d for d in visible_dialogs() if isinstance(d, SettingsDialog))
    assert dialog.moderator_name.text() == MARKER_NAME
    return dialog


def assert_fully_locked(shell: AppShell, vault) -> None:  # type: ignore[no-untyped-def]
    window = shell.window
    assert vault.closed
    assert bytes(vault._key) == bytes(len(vault._key)) and len(vault._key) == 32
    assert shell.session.vault is None
    assert window.windowTitle() == "ModDesk"
    assert not any(MARKER_NAME in t for t in shown_texts())
    assert all(not page.isVisible() for page in window.pages)
    assert not window.content.isVisible()
    assert window.lock_screen.isVisible()
    assert not window.backup_action.isEnabled()
    assert not window.settings_action.isEnabled()
    assert not window.passphrase_action.isEnabled()
    assert not [d for d in visible_dialogs() if not isinstance(d, UnlockDialog)]


def prepare(shell: AppShell, qtbot: QtBot):  # type: ignore[no-untyped-def]
    """On the Incidents page, marker visible, settings dialog open."""
    window = shell.window
    window.show_page("incidents")
    assert window.moderator_label.text() == f"Moderator: {MARKER_NAME}"
    assert any(MARKER_NAME in t for t in shown_texts())
    open_settings_dialog(shell)
    return shell.session.vault


def reunlock_returns_to_page(qtbot: QtBot, shell: AppShell) -> None:
    shell.window.lock_screen.button.click()
    unlock(qtbot, shell)
    assert shell.window.current_page_key() == "incidents"
    assert shell.window.pages[3].isVisible()
    assert shell.window.moderator_label.text() == f"Moderator: {MARKER_NAME}"


def test_ctrl_l_locks_everything(qtbot: QtBot, unlocked_shell: AppShell) -> None:
    shell = unlocked_shell
    vault = prepare(shell, qtbot)
    for dialog in visible_dialogs():
        dialog.done(0)  # a key click needs the main window focused
    window = shell.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    with qtbot.waitSignal(shell.session.locked, timeout=WAIT_MS):
        QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert shell.session.lock_reason == "manual"
    assert_fully_locked(shell, vault)
    reunlock_returns_to_page(qtbot, shell)


def test_lock_action_closes_open_dialogs(qtbot: QtBot, unlocked_shell: AppShell) -> None:
    shell = unlocked_shell
    vault = prepare(shell, qtbot)
    box = QMessageBox(QMessageBox.Icon.Information, "x", "a message box", parent=shell.window)
    box.open()
    shell.window.lock_action.trigger()
    assert not shiboken6.isValid(box)  # closed, scrubbed and deleted
    assert_fully_locked(shell, vault)


def test_idle_timeout_locks_and_only_real_input_resets_it(
        qtbot: QtBot, unlocked_shell: AppShell, fake_clock: FakeClock) -> None:
    shell = unlocked_shell
    vault = prepare(shell, qtbot)
    idle = shell.idle
    assert idle.active and idle.timeout == 5 * 60  # on by default, 5 minutes

    fake_clock.advance(4 * 60)
    # Timers firing and synthetic (non-spontaneous) events are not activity.
    with qtbot.waitSignal(_single_shot(), timeout=WAIT_MS):
        pass
    QApplication.sendEvent(shell.window, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A,
                                                   Qt.KeyboardModifier.NoModifier, "a"))
    assert idle.idle_for() == 4 * 60

    # Real input (QTest sends spontaneous events) resets the count.
    QTest.keyClick(shell.window.nav, Qt.Key.Key_Down)
    assert idle.idle_for() == 0
    shell.window.show_page("incidents")

    fake_clock.advance(5 * 60 - 1)
    idle.check()
    assert shell.session.is_unlocked
    fake_clock.advance(1)
    with qtbot.waitSignal(shell.session.locked, timeout=WAIT_MS):
        pass  # the idle monitor's own poll timer notices
    assert shell.session.lock_reason == "idle"
    assert not idle.active
    assert_fully_locked(shell, vault)
    reunlock_returns_to_page(qtbot, shell)


def _single_shot():  # type: ignore[no-untyped-def]
    timer = QTimer()
    timer.setSingleShot(True)
    timer.start(10)
    _keep.append(timer)
    return timer.timeout


_keep: list[QTimer] = []


def test_idle_timeout_follows_the_setting(qtbot: QtBot, unlocked_shell: AppShell,
                                          fake_clock: FakeClock) -> None:
    shell = unlocked_shell
    dialog = open_settings_dialog(shell)
    dialog.idle_minutes.setValue(2)
    with qtbot.waitSignal(shell.session.changed, timeout=WAIT_MS):
        dialog.buttons.accepted.emit()
    assert shell.idle.timeout == 120
    assert shell.session.setting("idle_lock_minutes") == 2
    fake_clock.advance(120)
    with qtbot.waitSignal(shell.session.locked, timeout=WAIT_MS):
        pass


def test_screen_lock_signal_locks(qtbot: QtBot, unlocked_shell: AppShell) -> None:
    shell = unlocked_shell
    vault = prepare(shell, qtbot)
    shell.screen._on_bus_active_changed(False)  # screen saver went away: nothing happens
    assert shell.session.is_unlocked
    with qtbot.waitSignal(shell.session.locked, timeout=WAIT_MS):
        shell.screen._on_bus_active_changed(True)
    assert shell.session.lock_reason == "screen"
    assert "screen was locked" in shell.window.lock_screen.reason.text()
    assert_fully_locked(shell, vault)
    reunlock_returns_to_page(qtbot, shell)


def test_screen_lock_respects_the_setting(qtbot: QtBot, unlocked_shell: AppShell) -> None:
    shell = unlocked_shell
    with qtbot.waitSignal(shell.session.changed, timeout=WAIT_MS):
        shell.session.save_settings({"lock_on_screen_lock": False})
    shell.screen.screen_locked.emit()
    assert shell.session.is_unlocked


def test_demo_mode_title_and_hint(qtbot: QtBot, app_env: Path, tmp_path: Path,
                                  fake_clock: FakeClock) -> None:
    demo_shell = AppShell(tmp_path / "demo", demo=True, clock=fake_clock)
    qtbot.addWidget(demo_shell.window)
    try:
        with qtbot.waitSignal(demo_shell.session.unlocked, timeout=WAIT_MS):
            demo_shell.start()  # no passphrase asked the first time
        assert demo_shell.window.windowTitle() == "ModDesk — DEMO"
        vault = demo_shell.session.vault
        demo_shell.session.lock("manual")
        assert vault is not None and vault.closed
        assert demo_shell.window.windowTitle() == "ModDesk — DEMO"
        demo_shell.window.lock_screen.button.click()
        dialog = demo_shell.dialog
        assert isinstance(dialog, UnlockDialog)
        assert dialog.hint.isVisible()
        assert dialog.hint.text() == "Demo vault: the passphrase is demo"
        unlock(qtbot, demo_shell, "demo")
    finally:
        demo_shell.shutdown()
    assert demo_shell.session.vault is None


@pytest.mark.parametrize("reason", ["manual", "idle", "screen"])
def test_lock_twice_is_harmless(qtbot: QtBot, unlocked_shell: AppShell, reason: str) -> None:
    shell = unlocked_shell
    shell.session.lock(reason)
    with qtbot.assertNotEmitted(shell.session.locked):
        shell.session.lock("manual")
    assert shell.session.lock_reason == reason
