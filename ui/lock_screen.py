"""What the main window shows while locked: nothing from the vault.

It says the vault is locked and why, and offers one button to unlock. It
never shows a group name, a moderator name or anything else from the vault.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

CONTEXT = "LockScreen"
REASONS = {
    "manual": QT_TRANSLATE_NOOP("LockScreen", "You locked ModDesk."),
    "idle": QT_TRANSLATE_NOOP("LockScreen", "ModDesk locked itself after a while without use."),
    "screen": QT_TRANSLATE_NOOP("LockScreen", "ModDesk locked because the screen was locked."),
    "startup": QT_TRANSLATE_NOOP("LockScreen", "Unlock the vault to start."),
}


class LockScreen(QWidget):
    """The locked state of the main window.

    Signals:
        unlock_requested(): the moderator pressed Unlock.
    """

    unlock_requested = Signal()

    def __init__(self, icon: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lock_screen")
        self.icon = QLabel(self)
        self.icon.setPixmap(icon.pixmap(96, 96))
        self.icon.setAccessibleName(self.tr("ModDesk logo"))
        self.heading = QLabel(self.tr("ModDesk is locked"), self)
        self.heading.setObjectName("heading")
        self.reason = QLabel(self)
        self.reason.setObjectName("lock_reason")
        self.body = QLabel(self.tr(
            "The vault is closed and its key has been cleared from memory. "
            "Nothing from it is shown until you unlock again."), self)
        self.body.setWordWrap(True)
        self.body.setFixedWidth(440)
        # A wrapped label in a centred slot gets no height-for-width: size it here.
        self.body.setMinimumHeight(self.body.heightForWidth(440))
        self.button = QPushButton(self.tr("&Unlock…"), self)
        self.button.setObjectName("unlock_button")
        self.button.setAccessibleDescription(self.tr("Asks for the passphrase"))
        self.button.setDefault(True)
        self.button.clicked.connect(self._on_button_clicked)
        self._build()
        self.set_reason("startup")

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (self.icon, self.heading, self.reason, self.body, self.button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
            if isinstance(widget, QLabel):
                widget.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def set_reason(self, reason: str) -> None:
        """Say why the vault is locked ("manual", "idle", "screen", "startup")."""
        text = REASONS.get(reason, REASONS["manual"])
        self.reason.setText(QCoreApplication.translate(CONTEXT, text))

    def _on_button_clicked(self) -> None:
        self.unlock_requested.emit()
