"""The Inbox inside the real app: it is the first page, empties on lock, refills on unlock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from moddesk.app import AppShell
from moddesk.storage import create_vault, passphrase_bytes, set_setting
from tests.conftest import PASSPHRASE
from tests.helpers.inbox_data import seed
from tests.ui.helpers import WAIT_MS, fake_clock, shell, unlock  # noqa: F401 - fixtures


@pytest.fixture
def seeded_shell(qtbot: QtBot, shell: AppShell, vault_dir: Path, fast_params) -> AppShell:  # type: ignore[no-untyped-def]
    vault = create_vault(vault_dir, passphrase_bytes(PASSPHRASE), params=fast_params)
    try:
        seed(vault.db)
        set_setting(vault.db, "moderator_name", "Nadia")
    finally:
        vault.close()
    shell.start()
    inbox = shell.window.page("inbox")
    with qtbot.waitSignal(inbox.refreshed, timeout=WAIT_MS):
        unlock(qtbot, shell)
    return shell


def shown_texts() -> str:
    labels = [w.text() for w in QApplication.allWidgets() if isinstance(w, QLabel)]
    return "\n".join(labels)


def test_inbox_is_the_first_page_and_lists_the_queue(seeded_shell: AppShell) -> None:
    window = seeded_shell.window
    assert window.current_page_key() == "inbox"
    assert window.nav.item(0).text() == "Inbox"
    inbox = window.page("inbox")
    assert inbox.model.rowCount() == 11 and inbox.isVisible()


def test_lock_leaves_nothing_of_the_inbox_on_screen(qtbot: QtBot, seeded_shell: AppShell) -> None:
    window, inbox = seeded_shell.window, seeded_shell.window.page("inbox")
    assert "Parents Lyon" in inbox.detail.facts.text()
    window.lock_action.trigger()
    assert inbox.model.rowCount() == 0 and inbox.overview.model.rowCount() == 0
    assert inbox.detail.browser.toPlainText() == ""
    assert "Parents Lyon" not in shown_texts() and "Marc" not in shown_texts()
    with qtbot.waitSignal(inbox.refreshed, timeout=WAIT_MS):
        window.lock_screen.button.click()
        unlock(qtbot, seeded_shell)
    assert inbox.model.rowCount() == 11


def test_open_in_chat_shows_the_message_on_the_chats_page(qtbot: QtBot,
                                                          seeded_shell: AppShell) -> None:
    window, inbox = seeded_shell.window, seeded_shell.window.page("inbox")
    chats = window.page("chats")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    inbox.queue.setFocus()
    with qtbot.waitSignal(chats.pane.message_shown, timeout=WAIT_MS) as shown, \
            qtbot.waitSignal(inbox.open_message, timeout=WAIT_MS) as opened:
        qtbot.keyClick(inbox.queue, Qt.Key.Key_Return)
    assert window.current_page_key() == "chats"
    assert shown.args == opened.args
    row = chats.pane.view.currentIndex().row()
    assert chats.pane.model.message(row).id == opened.args[0]


def test_after_unlock_j_and_k_work_without_reaching_for_tab(qtbot: QtBot,
                                                            seeded_shell: AppShell) -> None:
    window, inbox = seeded_shell.window, seeded_shell.window.page("inbox")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    # The queue takes the keys once the page shows (a queued call after the switch).
    qtbot.waitUntil(lambda: QApplication.focusWidget() is inbox.queue, timeout=WAIT_MS)
    first = inbox.current_id()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_J)
    assert inbox.current_id() == inbox.model.ids()[1] != first
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_K)
    assert inbox.current_id() == first
