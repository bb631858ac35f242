"""The five areas of the main window: built pages, and placeholders for the rest.

Each page says in one short paragraph what it will do once its feature
lands. No page shows made-up data. Every page has `clear()` (called on lock:
drop everything shown) and `reload()` (called on unlock); real pages will
fill these in with their models.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from moddesk.ui.chats_page import ChatsPage
from moddesk.ui.guidelines_page import GuidelinesPage
from moddesk.ui.inbox_page import InboxPage
from moddesk.ui.incidents_page import IncidentsPage
from moddesk.ui.search_page import SearchPage
from moddesk.ui.session_api import SessionApi

CONTEXT = "NavPages"


@dataclasses.dataclass(frozen=True)
class PageSpec:
    """One navigation entry: a stable key, its title and what it will do."""

    key: str
    title: str
    description: str


PAGE_SPECS = (
    PageSpec("inbox", QT_TRANSLATE_NOOP("NavPages", "Inbox"), QT_TRANSLATE_NOOP(
        "NavPages",
        "The Inbox will gather new messages from the WhatsApp chat exports you choose "
        "to watch, and point out the ones that may need a moderator's attention first.")),
    PageSpec("chats", QT_TRANSLATE_NOOP("NavPages", "Chats"), QT_TRANSLATE_NOOP(
        "NavPages",
        "Chats will list every imported group chat, so you can read a conversation in "
        "order, with its dates and number of messages.")),
    PageSpec("search", QT_TRANSLATE_NOOP("NavPages", "Search"), QT_TRANSLATE_NOOP(
        "NavPages",
        "Search will find words and names across all imported chats. The search index "
        "stays inside this encrypted vault, on this computer.")),
    PageSpec("incidents", QT_TRANSLATE_NOOP("NavPages", "Incidents"), QT_TRANSLATE_NOOP(
        "NavPages",
        "Incidents will hold your case notes: what happened, who was involved and what "
        "was done. Entries are kept tamper-evident and can be printed as a summary.")),
    PageSpec("guidelines", QT_TRANSLATE_NOOP("NavPages", "Guidelines"), QT_TRANSLATE_NOOP(
        "NavPages",
        "Guidelines will keep your group's rules and agreed responses close at hand, so "
        "decisions stay consistent between moderators.")),
)


def tr(text: str) -> str:
    """Translate a string marked in this module."""
    return QCoreApplication.translate(CONTEXT, text)


class NavPage(QWidget):
    """A placeholder page: a heading, what the area will do, and "not yet"."""

    def __init__(self, spec: PageSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"page_{spec.key}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        heading = QLabel(tr(spec.title), self)
        heading.setObjectName("heading")
        body = QLabel(tr(spec.description), self)
        body.setWordWrap(True)
        body.setObjectName("page_description")
        later = QLabel(self.tr("This part of ModDesk is not built yet."), self)
        later.setObjectName("muted")
        for label in (body, later):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addWidget(later)
        layout.addStretch(1)

    def clear(self) -> None:
        """Forget everything shown (on lock). Placeholders show nothing from the vault."""

    def reload(self) -> None:
        """Fetch what to show from the vault again (on unlock)."""


def make_pages(parent: QWidget | None = None, session: SessionApi | None = None) -> list[NavPage]:
    """One page per navigation entry, in order: the built ones, placeholders for the rest."""
    return [REAL_PAGES[spec.key](spec, session, parent) if session is not None
            and spec.key in REAL_PAGES else NavPage(spec, parent) for spec in PAGE_SPECS]


# Pages that are built: key -> factory(spec, session, parent). Each has `spec`,
# `clear()`, `reload()` and one QLabel named "heading", like NavPage.
REAL_PAGES: dict[str, Callable[[PageSpec, SessionApi, QWidget | None], Any]] = {
    "inbox": lambda spec, session, parent: InboxPage(spec, session, parent=parent),
    "chats": lambda spec, session, parent: ChatsPage(spec, session, parent=parent),
    "search": lambda spec, session, parent: SearchPage(spec, session, parent=parent),
    "incidents": lambda spec, session, parent: IncidentsPage(spec, session, parent=parent),
    "guidelines": lambda spec, session, parent: GuidelinesPage(spec, session, parent=parent),
}
