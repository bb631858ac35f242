"""Picking a day to jump to in a chat (Ctrl+G).

A calendar limited to the chat's first and last day; Enter or "Go" goes to
the first message on or after the chosen day.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCalendarWidget, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class JumpToDateDialog(QDialog):
    """A calendar between `first` and `last`, starting at `current`.

    Signals:
        date_chosen(QDate): the moderator picked this day and pressed Go.
    """

    date_chosen = Signal(QDate)

    def __init__(self, first: QDate, last: QDate, current: QDate,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jump_to_date_dialog")
        self.setWindowTitle(self.tr("Go to date"))
        self.calendar = QCalendarWidget(self)
        self.calendar.setAccessibleName(self.windowTitle())
        self.calendar.setGridVisible(False)
        self.calendar.setDateRange(first, last)
        self.calendar.setSelectedDate(current)
        self.calendar.activated.connect(self.accept)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Go"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Shows the first message on or after the day you pick."), self)
        hint.setObjectName("muted")
        layout.addWidget(hint)
        layout.addWidget(self.calendar)
        layout.addWidget(self.buttons)
        self.calendar.setFocus()

    def accept(self) -> None:
        super().accept()
        self.date_chosen.emit(self.date())

    def date(self) -> QDate:
        """The chosen day."""
        return self.calendar.selectedDate()
