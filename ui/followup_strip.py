"""The strip at the top of the inbox: "2 incident follow-ups are due today".

Incidents carry a follow-up date; on that day (and after, until it is
closed or the date moves) the inbox says so, because the inbox is where a
moderator starts the day. The strip reads the count on the background
reader after unlock and whenever incidents change, hides itself when
nothing is due, and asks for the Incidents page filtered to those
incidents when clicked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from moddesk.storage import Changes
from moddesk.storage.case_queries import followups_due
from moddesk.ui.incident_text import ntr, tr
from moddesk.ui.session_api import SessionApi


class FollowupStrip(QFrame):
    """A one-line notice with a "Show them" button; hidden when nothing is due.

    Signals:
        show_requested(): the moderator wants to see the incidents that are due.
        counted(int): the count was read (also when it is 0).
    """

    show_requested = Signal()
    counted = Signal(int)

    def __init__(self, session: SessionApi, clock: Callable[[], dt.datetime],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followup_strip")
        self.setStyleSheet("QFrame#followup_strip { border-left: 4px solid #b86e00; "
                           "background: rgba(184, 110, 0, 0.12); }")
        self._session, self._clock = session, clock
        self._epoch = 0
        self.count = 0
        self.text = QLabel(self)
        self.button = QPushButton(tr("Show them"), self)
        self.button.setObjectName("followup_show")
        self.button.clicked.connect(self.show_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 8, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()
        session.unlocked.connect(self.refresh)  # type: ignore[attr-defined]
        session.locked.connect(self.clear)  # type: ignore[attr-defined]
        session.changed.connect(self._on_session_changed)  # type: ignore[attr-defined]

    def refresh(self) -> None:
        """Count the follow-ups due today (or overdue) on the background reader."""
        if not self._session.is_unlocked:
            return
        self._epoch += 1
        epoch, today = self._epoch, self._clock().date().isoformat()

        def job(db: Any) -> int:
            return len(followups_due(db, today=today))

        self._session.read(job, lambda n: self._on_counted(epoch, n))

    def _on_counted(self, epoch: int, count: int) -> None:
        if epoch != self._epoch:
            return
        self.count = count
        self.text.setText(ntr("%n incident follow-up is due today.",
                              "%n incident follow-ups are due today.", count))
        self.setVisible(count > 0)
        self.counted.emit(count)

    def clear(self) -> None:
        """Forget the count (on lock)."""
        self._epoch += 1
        self.count = 0
        self.text.clear()
        self.hide()

    def _on_session_changed(self, changes: Changes) -> None:
        if changes.incidents:
            self.refresh()
