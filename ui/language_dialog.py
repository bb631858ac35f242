"""Vault → Language: choose the language, or follow the system's.

The choice is kept outside the vault (see `translator`), so it works while
locked; the app shell switches at once by rebuilding the main window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moddesk.ui.translator import LANGUAGES, system_label

CODE_ROLE = Qt.ItemDataRole.UserRole


class LanguageDialog(QDialog):
    """A list of the shipped languages, plus "System language".

    Signals:
        chosen(str): a language code, or "" to follow the system.
    """

    chosen = Signal(str)

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("language_dialog")
        self.setWindowTitle(self.tr("Language"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Language"))
        for code, name in [("", system_label()), *LANGUAGES.items()]:
            QListWidgetItem(name, self.list).setData(CODE_ROLE, code)
        self.list.setCurrentRow(list(LANGUAGES).index(current) + 1 if current in LANGUAGES else 0)
        prompt = QLabel(self.tr("&Show ModDesk in:"), self)
        prompt.setBuddy(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        for widget in (prompt, self.list, buttons):
            layout.addWidget(widget)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)

    def _on_buttons_accepted(self) -> None:
        code = str(self.list.currentItem().data(CODE_ROLE))
        self.accept()
        self.chosen.emit(code)
