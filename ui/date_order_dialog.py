"""Choosing how an uncertain export's dates are read: day, month or year first.

When every date of an export fits both "day first" and "month first" (no
field above 12), the importer had to guess. This dialog explains that and
shows, for each reading, what the chat's own first dates would become, so
the moderator can pick the one that matches what they know ("the group
started in April"). The dates are shown with the month as a word, never as
numbers, so the choice itself is not ambiguous.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from moddesk.storage.chat_queries import DateSample
from moddesk.ui.chat_format import long_date

ORDERS = ("dmy", "mdy", "ymd")
_DATE_RX = re.compile(r"\d{1,4}\s*[./\-]\s*\d{1,2}\s*[./\-]\s*\d{1,4}")


def written_fields(ts: str, order: str) -> tuple[int, int, int]:
    """The three date numbers as the export wrote them, given how they were read."""
    year, month, day = int(ts[0:4]), int(ts[5:7]), int(ts[8:10])
    return {"dmy": (day, month, year), "mdy": (month, day, year), "ymd": (year, month, day)}[order]


def read_as(fields: tuple[int, int, int], order: str) -> QDate | None:
    """The date `fields` mean when read in `order`, or None when impossible."""
    a, b, c = fields
    year, month, day = {"dmy": (c, b, a), "mdy": (c, a, b), "ymd": (a, b, c)}[order]
    if year < 100:
        year += 2000
    date = QDate(year, month, day)
    return date if date.isValid() and month <= 12 else None


def as_written(sample: DateSample) -> str:
    """The sample's date as the export wrote it (rebuilt when it was not kept)."""
    found = _DATE_RX.search(sample.stamp or "")
    if found:
        return found.group(0)  # the stamp is the whole header; show its date
    return "/".join(f"{n:02d}" for n in written_fields(sample.ts, sample.order))


class DateOrderDialog(QDialog):
    """Explains the uncertain date order and offers the three readings.

    Args:
        samples: the chat's first dates from its uncertain exports.
        current: the order the export was read in ("dmy", "mdy", "ymd").

    Signals:
        order_chosen(str): re-read the dates in this order ("dmy", "mdy", "ymd").
    """

    order_chosen = Signal(str)

    def __init__(self, samples: list[DateSample], current: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("date_order_dialog")
        self.setWindowTitle(self.tr("Date order"))
        self._samples, self._current = samples, current
        self.group = QButtonGroup(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Re-read dates"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        intro = QLabel(self.tr(
            "This export's dates could be read day-first or month-first: every date in it "
            "fits both ways, so ModDesk had to guess. Choose the reading that matches what "
            "you know about this chat, for example when it started. Re-reading changes only "
            "the dates; no message is added or lost."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        for order in ORDERS:
            layout.addWidget(self._choice(order))
            layout.addWidget(self._examples(order))
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def _choice(self, order: str) -> QRadioButton:
        titles = {"dmy": self.tr("Day first (d/m/y)"), "mdy": self.tr("Month first (m/d/y)"),
                  "ymd": self.tr("Year first (y/m/d)")}
        text = titles[order]
        if order == self._current:
            text += "  " + self.tr("— current reading")
        button = QRadioButton(text, self)
        button.setObjectName(f"order_{order}")
        button.setProperty("order", order)
        button.setChecked(order == self._current)
        self.group.addButton(button)
        return button

    def _examples(self, order: str) -> QLabel:
        lines = [self._example(sample, order) for sample in self._samples]
        label = QLabel("<br>".join(lines) or self.tr("No dates to show"), self)
        label.setObjectName("detail")
        label.setIndent(26)
        return label

    def _example(self, sample: DateSample, order: str) -> str:
        date = read_as(written_fields(sample.ts, sample.order), order)
        shown = long_date(date, QLocale()) if date is not None else self.tr("not a real date")
        return f"{as_written(sample)} → {shown}".replace("&", "&amp;").replace("<", "&lt;")

    def accept(self) -> None:
        super().accept()
        self.order_chosen.emit(self.chosen_order())

    def chosen_order(self) -> str:
        """The reading the moderator picked."""
        button = self.group.checkedButton()
        return str(button.property("order")) if button is not None else self._current
