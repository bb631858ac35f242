"""The small questions triage asks: why dismiss, snooze until when, which days to show.

Both open window-modal with `open()` and report through `accepted`, so the
inbox keeps running (and tests can drive them). Quick choices come first;
a free text or a picked date is always possible.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moddesk.ui.inbox_model import ntr, tr

QUICK_REASONS = (
    QT_TRANSLATE_NOOP("Inbox", "False alarm: harmless in this conversation"),
    QT_TRANSLATE_NOOP("Inbox", "Already handled in the group"),
    QT_TRANSLATE_NOOP("Inbox", "Allowed in this group"),
    QT_TRANSLATE_NOOP("Inbox", "Spam: removed in WhatsApp"),
    QT_TRANSLATE_NOOP("Inbox", "Shared on purpose (for example a helpline number)"),
)


class DismissDialog(QDialog):
    """Asks why items need nothing more: a quick reason or the moderator's own words.

    Signals: the standard `accepted()` / `rejected()`.
    """

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dismiss_dialog")
        self.setWindowTitle(ntr("Dismiss %n item", "Dismiss %n items", count))
        self.reasons = QListWidget(self)
        self.reasons.addItems([tr(r) for r in QUICK_REASONS])
        self.reasons.setCurrentRow(0)
        self.reasons.setMinimumWidth(380)
        self.reasons.setFixedHeight(self.reasons.sizeHintForRow(0) * len(QUICK_REASONS) + 8)
        self.reasons.itemDoubleClicked.connect(self.accept)
        self.own = QLineEdit(self)
        self.own.setPlaceholderText(tr("Or write your own reason"))
        buttons = QDialogButtonBox(self)
        self.dismiss_button = buttons.addButton(tr("Dismiss"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Why does this need nothing more?"), self))
        layout.addWidget(self.reasons)
        layout.addWidget(self.own)
        layout.addWidget(buttons)
        self.dismiss_button.setDefault(True)
        self.reasons.setFocus()

    def reason(self) -> str:
        """The moderator's own words if given, else the chosen quick reason."""
        own = self.own.text().strip()
        if own:
            return own
        item = self.reasons.currentItem()
        return item.text() if item is not None else ""


class SnoozeDialog(QDialog):
    """Asks until when to hide items: tomorrow, next week, or a picked day.

    Signals: the standard `accepted()` / `rejected()`; `until()` has the day.
    """

    def __init__(self, today: dt.date, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snooze_dialog")
        self.setWindowTitle(ntr("Snooze %n item", "Snooze %n items", count))
        self.today = today
        self._until: dt.date | None = None
        tomorrow = today + dt.timedelta(days=1)
        next_week = today + dt.timedelta(days=7 - today.weekday())
        self.tomorrow_button = self._choice(tr("Tomorrow, %1"), tomorrow)
        self.next_week_button = self._choice(tr("Next week, %1"), next_week)
        self.date_edit = QDateEdit(QDate(tomorrow.year, tomorrow.month, tomorrow.day), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")  # names follow the locale
        self.date_edit.setMinimumDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        pick = QPushButton(tr("Snooze to this day"), self)
        pick.clicked.connect(self._on_pick_clicked)
        cancel = QPushButton(tr("Cancel"), self)
        cancel.clicked.connect(self.reject)
        self._layout(pick, cancel)
        self.tomorrow_button.setDefault(True)

    def until(self) -> dt.date | None:
        """The chosen day (None until one was chosen)."""
        return self._until

    def _choice(self, label: str, day: dt.date) -> QPushButton:
        button = QPushButton(label.replace("%1", _day_text(day)), self)
        button.clicked.connect(lambda: self._choose(day))
        return button

    def _layout(self, pick: QPushButton, cancel: QPushButton) -> None:
        self.setMinimumWidth(360)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(8)
        layout.addWidget(QLabel(tr("Hide until the morning of:"), self))
        layout.addWidget(self.tomorrow_button)
        layout.addWidget(self.next_week_button)
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(self.date_edit, 1)
        row.addWidget(pick)
        layout.addLayout(row)
        layout.addSpacing(4)
        layout.addWidget(cancel, 0, Qt.AlignmentFlag.AlignRight)

    def _on_pick_clicked(self) -> None:
        self._choose(self.date_edit.date().toPython())

    def _choose(self, day: dt.date) -> None:
        self._until = day
        self.accept()


def _day_text(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")


class DateRangeDialog(QDialog):
    """Asks for a custom date range for the inbox filter: from one day to another.

    Signals: the standard `accepted()` / `rejected()`; `days()` has the range.
    """

    def __init__(self, first: dt.date, last: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("date_range_dialog")
        self.setWindowTitle(tr("Items from a date range"))
        self.from_edit = self._date_edit(first)
        self.to_edit = self._date_edit(last)
        # The range can never be backwards: each end bounds the other.
        self.from_edit.dateChanged.connect(self.to_edit.setMinimumDate)
        self.to_edit.dateChanged.connect(self.from_edit.setMaximumDate)
        self.to_edit.setMinimumDate(self.from_edit.date())
        self.from_edit.setMaximumDate(self.to_edit.date())
        buttons = QDialogButtonBox(self)
        self.show_button = buttons.addButton(tr("Show these days"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.setSpacing(6)
        for label, edit in ((tr("From"), self.from_edit), (tr("to"), self.to_edit)):
            row.addWidget(QLabel(label, self))
            row.addWidget(edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.addWidget(QLabel(tr("Show items whose messages were written on these days:"), self))
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.show_button.setDefault(True)
        self.from_edit.setFocus()

    def _date_edit(self, day: dt.date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("ddd d MMM yyyy")  # names follow the locale
        return edit

    def days(self) -> tuple[dt.date, dt.date]:
        """(first day, last day), both inclusive."""
        return self.from_edit.date().toPython(), self.to_edit.date().toPython()


def range_text(first: dt.date, last: dt.date) -> str:
    """"12 Mar – 20 Mar" in the user's locale, for the filter's label."""
    return tr("%1 – %2").replace("%1", _day_text(first)).replace("%2", _day_text(last))
