"""Fixtures for the Guidelines GUI tests: a real session on a vault with two chats, page shown.

Everything is real (SQLCipher vault, the importer, triage, the session's
writer and reader threads, offscreen Qt); only the clock is fixed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from moddesk.ingest.api import parse_bytes
from moddesk.ingest.importer import import_export
from moddesk.session import Session
from moddesk.storage import inbox_store, set_setting
from moddesk.triage import builtin_pack
from moddesk.triage import pack_import as pi
from moddesk.triage.vault_scan import ensure_builtin_packs
from moddesk.ui.guidelines_page import GuidelinesPage
from moddesk.ui.nav_pages import PAGE_SPECS

WAIT_MS = 15_000
NOW = dt.datetime(2024, 3, 15, 9, 0)
SPEC = next(s for s in PAGE_SPECS if s.key == "guidelines")
NACHBARN = ("14/03/2024, 09:00 - Amina: Guten Morgen zusammen\n"
            "14/03/2024, 09:05 - Joy: Wer kommt zum Flohmarkt? Es gibt Kuchen\n"
            "14/03/2024, 09:06 - Amina: Ich komme gern!\n")
ELTERN = ("14/03/2024, 10:00 - Claire: Bonjour à tous\n"
          "14/03/2024, 10:05 - Ben: Der Flohmarkt ist am Samstag\n")
MARKER = 'id = "respectful-conduct"'


def with_word(text: str, word: str) -> str:
    """A support pack text with `word` added to its respectful-conduct terms."""
    head, tail = text.split(MARKER, 1)
    return head + MARKER + tail.replace("en = [", f'en = ["{word}", ', 1)


def support_text() -> str:
    """The shipped support pack's text (version 1 in a new vault)."""
    text = builtin_pack("support-community").text
    assert text is not None
    return text


@dataclasses.dataclass
class GuidelinesRig:
    """The page under test, its session, the chat ids by name."""

    page: GuidelinesPage
    session: Session
    chats: dict[str, int]
    qtbot: QtBot

    def db(self):  # type: ignore[no-untyped-def]
        """The GUI thread's connection, for checking what was stored."""
        return self.session.gui_db()

    def flagged(self) -> set[tuple[str | None, str]]:
        """(author, rule id) of every open inbox item."""
        db = self.db()
        return {(inbox_store.item(db, i)["author"], str(inbox_store.item(db, i)["rule_id"]))
                for i in inbox_store.queue_ids(db, today=NOW.date().isoformat())}

    def box(self, name: str) -> QMessageBox:
        """The visible message box with this object name."""
        self.qtbot.waitUntil(lambda: find_visible(QMessageBox, name) is not None, timeout=WAIT_MS)
        box = find_visible(QMessageBox, name)
        assert isinstance(box, QMessageBox)
        return box


def find_visible(kind: type, name: str | None = None) -> QWidget | None:
    """A visible top-level widget of `kind` (and object name)."""
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()
                 and (name is None or w.objectName() == name)), None)


@pytest.fixture
def rig(qtbot: QtBot, vault, fast_params, app_env) -> Iterator[GuidelinesRig]:  # type: ignore[no-untyped-def]
    """An unlocked session on a vault with two scanned chats, the Guidelines page shown."""
    chats = {name: import_export(vault.db, parse_bytes(text.encode(),
                                                       name=f"WhatsApp Chat with {name}.txt")).chat_id
             for name, text in (("Nachbarn", NACHBARN), ("Eltern", ELTERN))}
    ensure_builtin_packs(vault.db)
    pi.rescan(vault.db, sorted(chats.values()), now=NOW)
    set_setting(vault.db, "moderator_name", "Nadia")
    session = Session(vault.paths.folder, vault_params=fast_params)
    page = GuidelinesPage(SPEC, session, clock=lambda: NOW)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitExposed(page)
    with qtbot.waitSignals([page.packs.loaded, page.chats.loaded], timeout=WAIT_MS):
        session.unlock_with(vault)
        page.reload()
    yield GuidelinesRig(page, session, chats, qtbot)
    session.lock("quit")
