"""The keyboard help overlay of the inbox (opened with "?").

It lies over the inbox page, dims it, and lists every shortcut in a card.
The entries come from the page's own actions, so the overlay cannot drift
from what the keys really do. Esc, "?", or a click closes it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from moddesk.ui.inbox_model import tr


class TriageHelp(QWidget):
    """A dimming overlay with a card of (keys, what they do) rows.

    Signals:
        closed(): the overlay was dismissed.
    """

    closed = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("triage_help")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.card = QFrame(self)
        self.card.setObjectName("help_card")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(7)
        title = QLabel(tr("Keyboard shortcuts"), self.card)
        title.setObjectName("section_heading")
        foot = QLabel(tr("Press Esc or ? to close."), self.card)
        foot.setObjectName("muted")
        layout = QVBoxLayout(self.card)
        layout.setContentsMargins(28, 22, 28, 20)
        layout.addWidget(title)
        layout.addSpacing(8)
        layout.addLayout(self.grid)
        layout.addSpacing(10)
        layout.addWidget(foot)
        outer = QVBoxLayout(self)
        outer.addWidget(self.card, 0, Qt.AlignmentFlag.AlignCenter)
        parent.installEventFilter(self)
        self.hide()

    def show_entries(self, entries: list[tuple[str, str]]) -> None:
        """Fill the card with (keys, description) rows and show it over the parent."""
        self._fill(entries)
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()
        self.setFocus()

    def entries(self) -> list[tuple[str, str]]:
        """The (keys, description) rows shown."""
        rows = []
        for r in range(self.grid.rowCount()):
            keys, what = self.grid.itemAtPosition(r, 0), self.grid.itemAtPosition(r, 1)
            if keys and what:
                rows.append((keys.widget().text(), what.widget().text()))  # type: ignore[attr-defined]
        return rows

    def dismiss(self) -> None:
        """Hide the overlay and say so."""
        if self.isVisible():
            self.hide()
            self.closed.emit()

    def _fill(self, entries: list[tuple[str, str]]) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for row, (keys, what) in enumerate(entries):
            key_label = QLabel(keys, self.card)
            key_label.setObjectName("keycap")
            key_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.addWidget(key_label, row, 0)
            self.grid.addWidget(QLabel(what, self.card), row, 1)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 110))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Question, Qt.Key.Key_F1):
            self.dismiss()
        else:
            event.accept()  # the page's keys wait until the overlay is closed

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self.dismiss()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False
