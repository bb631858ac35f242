"""The Search page inside the main window: Ctrl+F, opening a hit, lock and unlock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from moddesk.session import Session
from moddesk.storage import create_vault, open_vault, passphrase_bytes
from moddesk.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.test_search_page import KITCHEN, MOTHERS, WAIT_MS, add


@pytest.fixture
def window(qtbot: QtBot, vault_dir: Path, fast_params) -> MainWindow:  # type: ignore[no-untyped-def]
    vault = create_vault(vault_dir, passphrase_bytes(PASSPHRASE), params=fast_params)
    add(vault.db, "Mothers Group", MOTHERS)
    add(vault.db, "Kitchen", KITCHEN[:3])  # listed first: opening a hit must switch chats
    session = Session(vault_dir, vault_params=fast_params)
    win = MainWindow(session)
    # Lock before pytest-qt deletes the window, as quitting the app does.
    qtbot.addWidget(win, before_close_func=lambda _w: session.lock("quit"))
    win.show()
    session.unlock_with(vault)
    return win


def search_page(win: MainWindow):  # type: ignore[no-untyped-def]
    return win.page("search")


def test_ctrl_f_opens_search_with_the_cursor_in_the_box(qtbot: QtBot, window: MainWindow) -> None:
    assert window.current_page_key() != "search"
    page = search_page(window)
    page.query.setText("old words")
    window.nav.setFocus()
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.Find))
    assert window.current_page_key() == "search"
    assert page.query.hasFocus() and page.query.selectedText() == "old words"


def test_ctrl_f_does_nothing_while_locked(qtbot: QtBot, window: MainWindow) -> None:
    window._session.lock("manual")
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.Find))
    assert window.root.currentWidget() is window.lock_screen


def test_opening_a_hit_shows_it_in_its_chat(qtbot: QtBot, window: MainWindow) -> None:
    chats = window.page("chats")
    page = search_page(window)
    window.show_page("search")
    with qtbot.waitSignal(page.searched, timeout=WAIT_MS):
        page.query.setText("rota")
    hit = page.model.hit(0)
    assert chats.current_chat_id() != hit.chat_id
    page.results.setFocus()
    page.results.setCurrentIndex(page.model.index(0))
    qtbot.keyClick(page.results, Qt.Key.Key_Return)
    assert window.current_page_key() == "chats"
    qtbot.waitUntil(lambda: chats.current_chat_id() == hit.chat_id, timeout=WAIT_MS)


def test_lock_drops_results_and_unlock_brings_back_the_chat_list(
        qtbot: QtBot, window: MainWindow, vault_dir: Path) -> None:
    page = search_page(window)
    qtbot.waitUntil(lambda: page.chat_filter.count() == 3, timeout=WAIT_MS)
    with qtbot.waitSignal(page.searched, timeout=WAIT_MS):
        page.query.setText("kuchen")
    session = window._session
    session.lock("manual")
    assert page.query.text() == "" and page.model.rowCount() == 0
    assert page.chat_filter.count() == 1
    session.unlock_with(open_vault(vault_dir, passphrase_bytes(PASSPHRASE)))
    qtbot.waitUntil(lambda: page.chat_filter.count() == 3, timeout=WAIT_MS)
    assert page.chat_filter.itemText(2) == "Mothers Group"
