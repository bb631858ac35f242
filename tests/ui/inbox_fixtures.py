"""Fixtures for the inbox GUI tests: a real session on a seeded vault, a shown page.

Everything is real (SQLCipher vault, the session's writer and reader
threads, offscreen Qt); only the clock is injected.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from moddesk.session import Session
from moddesk.storage import set_setting
from moddesk.ui.inbox_page import InboxPage
from moddesk.ui.nav_pages import PAGE_SPECS
from tests.helpers.inbox_data import Seeded, seed

WAIT_MS = 10_000
NOW = dt.datetime(2026, 11, 16, 9, 30)
INBOX_SPEC = next(s for s in PAGE_SPECS if s.key == "inbox")


@dataclasses.dataclass
class InboxRig:
    """The page under test, its session and the seeded ids."""

    page: InboxPage
    session: Session
    data: Seeded
    qtbot: QtBot

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        """Press a key where the keyboard focus is (always inside the page)."""
        self.qtbot.waitUntil(self.page.isActiveWindow, timeout=WAIT_MS)
        focus = QApplication.focusWidget()
        assert focus is not None and (focus is self.page or self.page.isAncestorOf(focus))
        self.qtbot.keyClick(focus, key, modifier)

    def key_and_refresh(self, key: Qt.Key,
                        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        """Press a key that writes, and wait until the page has read the result."""
        with self.qtbot.waitSignal(self.page.refreshed, timeout=WAIT_MS):
            self.key(key, modifier)

    def db(self):  # type: ignore[no-untyped-def]
        """The GUI thread's connection, for checking what was stored."""
        return self.session.gui_db()


@pytest.fixture
def rig(qtbot: QtBot, vault, fast_params, app_env) -> Iterator[InboxRig]:  # type: ignore[no-untyped-def]
    """An unlocked session on a vault with three chats and eleven items, page shown."""
    data = seed(vault.db)
    set_setting(vault.db, "moderator_name", "Nadia")
    session = Session(vault.paths.folder, vault_params=fast_params)
    page = InboxPage(INBOX_SPEC, session, clock=lambda: NOW)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=WAIT_MS)
    with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        session.unlock_with(vault)
        page.reload()
    yield InboxRig(page, session, data, qtbot)
    session.lock("quit")
