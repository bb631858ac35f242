"""The Chats page inside the main window: opening a hit, Ctrl+F, lock and unlock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from moddesk.ingest.importer import import_bytes
from moddesk.session import Session
from moddesk.storage import create_vault, open_vault, passphrase_bytes
from moddesk.ui.chat_view_model import RevealedRole
from moddesk.ui.main_window import MainWindow
from tests.conftest import PASSPHRASE
from tests.ui.chat_fixtures import WAIT_MS, ids_in_order, photo_zip, whatsapp
from tests.ui.test_chat_view import big_chat_lines, png


@pytest.fixture
def window(qtbot: QtBot, vault_dir: Path, fast_params) -> MainWindow:  # type: ignore[no-untyped-def]
    vault = create_vault(vault_dir, passphrase_bytes(PASSPHRASE), params=fast_params)
    import_bytes(vault.db, whatsapp(big_chat_lines(7000)), name="WhatsApp Chat with Big.txt")
    import_bytes(vault.db, photo_zip("Photos", png()), name="WhatsApp Chat - Photos.zip")
    session = Session(vault_dir, vault_params=fast_params)
    win = MainWindow(session)
    qtbot.addWidget(win, before_close_func=lambda _w: session.lock("quit"))
    win.resize(1200, 760)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(win.page("chats").list_model.loaded, timeout=WAIT_MS):
        session.unlock_with(vault)
    return win


def test_opening_a_search_hit_shows_the_message_in_its_chat(qtbot: QtBot,
                                                            window: MainWindow) -> None:
    chats = window.page("chats")
    big = next(s.id for s in map(chats.list_model.summary, chats.list_model.chat_ids())
               if s.name == "Big")
    wanted = ids_in_order(window._session.gui_db(), [big])[6500]  # beyond the first chunk
    window.show_page("search")
    with qtbot.waitSignal(chats.pane.message_shown, timeout=WAIT_MS):
        window.page("search").open_message.emit(wanted)
    assert window.current_page_key() == "chats"
    assert chats.pane.title.text() == "Big"
    assert chats.pane.model.message(chats.pane.view.currentIndex().row()).id == wanted


def test_ctrl_f_from_a_chat_goes_to_search(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("chats")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    window.page("chats").pane.view.setFocus()
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.Find))
    assert window.current_page_key() == "search"


def test_lock_hides_the_revealed_photo_and_unlock_reads_the_list_again(
        qtbot: QtBot, window: MainWindow, vault_dir: Path) -> None:
    chats = window.page("chats")
    window.show_page("chats")
    photos = next(s.id for s in map(chats.list_model.summary, chats.list_model.chat_ids())
                  if s.name == "Photos")
    chats._select(photos)  # noqa: SLF001 - as a click in the list would
    chats.pane.model.toggle_reveal(0)
    qtbot.waitUntil(lambda: chats.pane.model.has_thumbnail(0), timeout=WAIT_MS)
    window._session.lock("manual")
    assert chats.list_model.rowCount() == 0 and chats.pane.model.rowCount() == 0
    assert not chats.pane.model.has_thumbnail(0) and chats.pane.title.text() == ""
    with qtbot.waitSignal(chats.list_model.loaded, timeout=WAIT_MS):
        window._session.unlock_with(open_vault(vault_dir, passphrase_bytes(PASSPHRASE)))
    chats._select(photos)  # noqa: SLF001
    assert chats.pane.model.index(0).data(RevealedRole) is False  # hidden again
