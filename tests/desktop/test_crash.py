"""Unexpected errors reach the crash dialog, without locals or message text."""

from __future__ import annotations

import logging
import secrets
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from moddesk import crash, logs
from moddesk.storage import WrongPassphrase
from moddesk.ui.workers import run_in_background

pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def hook(monkeypatch: pytest.MonkeyPatch, app_env: Path):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    quits: list[int] = []
    handler = crash.install(on_quit=lambda: quits.append(1))
    handler.quits = quits  # type: ignore[attr-defined]
    log_path = logs.install()
    yield handler
    if handler.dialog is not None:
        handler.dialog.close()
    logs.uninstall()
    handler.log_path = log_path  # type: ignore[attr-defined]


def leaky_slot(marker: str) -> None:
    chat_line = f"{marker} said something private"  # a local that must never be shown
    raise ValueError(chat_line)


def test_exception_in_a_slot_reaches_the_crash_dialog(qtbot: QtBot, hook) -> None:  # type: ignore[no-untyped-def]
    marker = secrets.token_hex(8)
    button = QPushButton("boom")
    qtbot.addWidget(button)
    button.clicked.connect(lambda: leaky_slot(marker))
    button.click()
    qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible())
    text = hook.dialog.text()
    assert "ValueError" in text
    assert "leaky_slot" in text and "test_crash.py" in text
    assert marker not in text
    log_text = (logs.log_dir() / logs.LOG_NAME).read_text()
    assert "ValueError" in log_text and marker not in log_text


def test_quit_button_locks_and_quits(qtbot: QtBot, hook) -> None:  # type: ignore[no-untyped-def]
    hook(RuntimeError, RuntimeError("x"), None)
    assert hook.dialog.isVisible()
    hook.dialog.quit_button.click()
    assert hook.quits == [1]
    assert not hook.dialog.isVisible()


def test_continue_closes_and_copy_copies(qtbot: QtBot, hook) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QGuiApplication

    marker = secrets.token_hex(8)
    hook(KeyError, KeyError(marker), None)
    hook.dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == hook.dialog.text()
    assert marker not in hook.dialog.text()
    hook.dialog.continue_button.click()
    assert not hook.dialog.isVisible() and hook.quits == []


def test_background_bug_reaches_the_crash_dialog(qtbot: QtBot, hook) -> None:  # type: ignore[no-untyped-def]
    marker = secrets.token_hex(8)

    def work() -> None:
        raise ZeroDivisionError(marker)

    run_in_background(work)
    qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible())
    assert "ZeroDivisionError" in hook.dialog.text()
    assert marker not in hook.dialog.text()


def test_known_errors_are_messages_not_crashes(qtbot: QtBot, hook) -> None:  # type: ignore[no-untyped-def]
    from moddesk.ui import message_bridge

    def work() -> None:
        raise WrongPassphrase("english detail")

    with qtbot.waitSignal(message_bridge.bridge().message) as blocker:
        run_in_background(work, on_error=message_bridge.report_known_error)
    assert blocker.args[0] == "error"
    assert "does not open this vault" in blocker.args[1]
    assert hook.dialog is None


def test_logged_exceptions_have_no_message(app_env: Path) -> None:
    path = logs.install()
    try:
        marker = secrets.token_hex(8)
        try:
            leaky_slot(marker)
        except ValueError:
            logging.getLogger("moddesk.test").exception("failed (id=%d)", 7)
    finally:
        logs.uninstall()
    text = path.read_text()
    assert "failed (id=7)" in text and "builtins.ValueError" in text
    assert marker not in text
    assert str(path).startswith(str(app_env))
