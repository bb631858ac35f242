"""Fixtures for the Incidents GUI tests: the real app on a seeded vault, or the page alone.

Everything is real (SQLCipher vault, the session's writer and reader
threads, the incident log with its chain, offscreen Qt); only the clock of
the page under test is injected. Incidents a test needs beforehand are
made through `moddesk.cases.incidents` on the vault's own connection.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from moddesk.app import AppShell
from moddesk.cases import incidents
from moddesk.cases.chain import CHAIN_PURPOSE
from moddesk.session import Session
from moddesk.storage import create_vault, passphrase_bytes, set_setting
from moddesk.ui.incidents_page import IncidentsPage
from moddesk.ui.nav_pages import PAGE_SPECS
from tests.conftest import PASSPHRASE
from tests.helpers.inbox_data import Seeded, seed
from tests.ui.helpers import WAIT_MS, fake_clock, shell, unlock  # noqa: F401 - fixtures

NOW = dt.datetime(2026, 11, 16, 9, 30)
INCIDENTS_SPEC = next(s for s in PAGE_SPECS if s.key == "incidents")


def write(db: Any, key: bytes, name: str, **kwargs: Any) -> Any:
    """Call `incidents.<name>` on a vault connection, signed by Nadia at NOW."""
    return getattr(incidents, name)(db, mac_key=key, moderator="Nadia", now=NOW, **kwargs)


def dialog_of(qtbot: QtBot, kind: type) -> Any:
    """Wait until a dialog of `kind` is shown, and return it."""
    def shown() -> list[QDialog]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    qtbot.waitUntil(lambda: bool(shown()), timeout=WAIT_MS)
    return shown()[0]


def press(qtbot: QtBot, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> QWidget:
    """Press a key on the widget with the keyboard focus; returns that widget."""
    focus = QApplication.focusWidget()
    assert focus is not None, "no widget has the keyboard focus"
    qtbot.keyClick(focus, key, modifier)
    return focus


@dataclasses.dataclass
class PageRig:
    """The Incidents page alone on an unlocked session."""

    page: IncidentsPage
    session: Session
    vault: Any
    key: bytes
    qtbot: QtBot

    def refresh(self, action: Callable[[], object]) -> None:
        """Do `action` and wait until the list was read again."""
        with self.qtbot.waitSignal(self.page.refreshed, timeout=WAIT_MS):
            action()

    def shown(self, incident_id: int) -> None:
        """Select `incident_id` and wait until it is read and shown."""
        with self.qtbot.waitSignal(self.page.view.loaded, timeout=WAIT_MS):
            self.page.select_id(incident_id)
        if self.page.view.detail is None or self.page.view.detail.incident.id != incident_id:
            self.qtbot.waitUntil(lambda: self.page.view.detail is not None and
                                 self.page.view.detail.incident.id == incident_id,
                                 timeout=WAIT_MS)


@pytest.fixture
def page_rig_factory(qtbot: QtBot, vault, fast_params, app_env):  # type: ignore[no-untyped-def]
    """Build the page on the seeded vault after `prepare(db, key)` ran on it (not unlocked yet)."""
    made: list[Session] = []

    def build(prepare: Callable[[Any, bytes, Seeded], None] | None = None) -> PageRig:
        seeded = seed(vault.db)
        set_setting(vault.db, "moderator_name", "Nadia")
        key = vault.mac_key(CHAIN_PURPOSE)
        if prepare is not None:
            prepare(vault.db, key, seeded)
        session = Session(vault.paths.folder, vault_params=fast_params)
        made.append(session)
        page = IncidentsPage(INCIDENTS_SPEC, session, clock=lambda: NOW)
        qtbot.addWidget(page)
        page.resize(1200, 760)
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow, timeout=WAIT_MS)
        with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
            session.unlock_with(vault)
            page.reload()
        return PageRig(page, session, vault, key, qtbot)

    yield build
    for session in made:
        session.lock("quit")


def make_seeded_vault(folder: Path, params: Any,
                      prepare: Callable[[Any, bytes, Seeded], None] | None = None) -> Seeded:
    """A closed vault with the three seeded chats, Nadia as moderator, and `prepare` applied."""
    vault = create_vault(folder, passphrase_bytes(PASSPHRASE), params=params)
    try:
        seeded = seed(vault.db)
        set_setting(vault.db, "moderator_name", "Nadia")
        if prepare is not None:
            prepare(vault.db, vault.mac_key(CHAIN_PURPOSE), seeded)
        return seeded
    finally:
        vault.close()


def start_unlocked(qtbot: QtBot, app: AppShell) -> None:
    """Start the shell, unlock it and wait until inbox and incidents have read their lists."""
    app.start()
    inbox, page = app.window.page("inbox"), app.window.page("incidents")
    with qtbot.waitSignal(inbox.refreshed, timeout=WAIT_MS), \
            qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        unlock(qtbot, app)
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow, timeout=WAIT_MS)
