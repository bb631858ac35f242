"""The Guidelines page: the community's rules, per-group choices, and checks after changes.

Tabs: "Rules" (the packs and their rules in plain words, edit, versions,
import, export) and "Per group" (packs and admins of each group); other
parts of the app add more with `add_panel` ("Replies", "Resources", …).
Under the tabs, a bar shows the check that runs after a rule change
("Checking 3 of 12 groups…", Cancel) and then what it found.

Like every page: `clear()` on lock, `reload()` on unlock, and a refresh
when the session reports `Changes(packs=True)` or new chats. Panels added
with `add_panel` get the same calls if they have `clear`, `reload` or
`on_changes`. While the page is hidden, reloads and changes wait: it
reads everything once when it is next shown.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from moddesk.storage import Changes
from moddesk.ui.chat_guidelines_panel import ChatGuidelinesPanel
from moddesk.ui.guidelines_text import tr
from moddesk.ui.guidelines_text_panel import GuidelinesTextPanel
from moddesk.ui.pack_panel import PackPanel
from moddesk.ui.rescan_progress import RescanBar, RescanRunner
from moddesk.ui.resources_panel import ResourcesPanel
from moddesk.ui.session_api import SessionApi
from moddesk.ui.templates_panel import TemplatesPanel

if TYPE_CHECKING:
    from moddesk.ui.nav_pages import PageSpec

log = logging.getLogger("moddesk.ui.guidelines")
BAR_STYLE = """
QFrame#rescan_bar {
    border-left: 4px solid #2f6f73;
    background: rgba(47, 111, 115, 0.14);
}
"""


class GuidelinesPage(QWidget):
    """Guideline packs, per-group settings and rescans, as tabs.

    Args:
        spec: the navigation entry this page fills (key "guidelines").
        session: the session controller.
        clock: the wall clock for reply deadlines in rescans (tests fix it).

    Signals: none of its own; see `packs.loaded`, `chats.loaded` and `runner`.
    """

    def __init__(self, spec: PageSpec, session: SessionApi, *,
                 clock: Callable[[], dt.datetime] = dt.datetime.now,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec, self._session = spec, session
        self.setObjectName(f"page_{spec.key}")
        self.runner = RescanRunner(session, clock, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("guideline_tabs")
        self.packs = PackPanel(session, self)
        self.chats = ChatGuidelinesPanel(session, self)
        self.rescan_bar = RescanBar(self.runner, self)
        self.rescan_bar.setStyleSheet(BAR_STYLE)
        self._panels: list[QWidget] = []
        self._stale = False
        self._build()
        self.add_panel(self.packs, tr("&Rules"))
        self.add_panel(self.chats, tr("Per &group"))
        self.add_panel(TemplatesPanel(session, self), tr("Re&plies"))
        self.add_panel(ResourcesPanel(session, self), tr("Re&sources"))
        self.add_panel(GuidelinesTextPanel(session, self), tr("Group &description"))
        self.packs.rescan_needed.connect(self.runner.request)
        self.chats.rescan_needed.connect(self.runner.request)
        session.changed.connect(self._on_session_changed)  # type: ignore[attr-defined]

    def _build(self) -> None:
        heading = QLabel(QCoreApplication.translate("NavPages", self.spec.title), self)
        heading.setObjectName("heading")
        intro = QLabel(tr("Your groups' rules, in plain words. ModDesk uses them to point out "
                          "messages that may need you; it never deletes or sends anything."), self)
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.rescan_bar)
        layout.addWidget(self.tabs, 1)

    def add_panel(self, widget: QWidget, title: str) -> int:
        """Add a tab; the page passes lock, unlock and changes on to it. Returns its index."""
        self._panels.append(widget)
        return self.tabs.addTab(widget, title)

    def panels(self) -> list[QWidget]:
        """Every tab's widget, in order."""
        return list(self._panels)

    def clear(self) -> None:
        """Forget everything shown (on lock)."""
        self._stale = False
        self.rescan_bar.clear()
        for panel in self._panels:
            if hasattr(panel, "clear"):
                panel.clear()

    def reload(self) -> None:
        """Read everything again (on unlock); a hidden page waits until it is shown.

        Few visits come here, so an unlock does not queue these reads (packs
        parsed, every group's members counted) in front of the Inbox's.
        """
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        for panel in self._panels:
            if hasattr(panel, "reload"):
                panel.reload()

    def _on_session_changed(self, changes: Changes) -> None:
        if not self._session.is_unlocked:
            return
        if not self.isVisible():
            self._stale = self._stale or bool(changes)
            return
        for panel in self._panels:
            if hasattr(panel, "on_changes"):
                panel.on_changes(changes)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale and self._session.is_unlocked:
            self.reload()
