"""Settings stored inside the vault: lock behaviour and the moderator's name.

Anything that says something about the work lives in the encrypted vault,
never in QSettings. The values are read when the dialog opens and saved in
one writer job when the moderator presses Save.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from moddesk.storage import KnownError
from moddesk.ui import message_bridge
from moddesk.ui.session_api import SessionApi

MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 120


class SettingsDialog(QDialog):
    """Edits the vault settings through the session's writer.

    Signals:
        accepted(), rejected(): from QDialog; accepted after the save finished.
    """

    def __init__(self, session: SessionApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self._session = session
        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.screen_lock = QCheckBox(self.tr("Lock when the screen locks"), self)
        self.moderator_name = QLineEdit(self)
        self.moderator_name.setPlaceholderText(self.tr("Shown only inside ModDesk"))
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self._build()
        self._load()
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("Lock after no activity for:"), self.idle_minutes)
        form.addRow("", self.screen_lock)
        form.addRow(self.tr("Your name (moderator):"), self.moderator_name)
        note = QLabel(self.tr("These settings are stored inside the encrypted vault."), self)
        note.setObjectName("muted")
        note.setWordWrap(True)
        layout.addLayout(form)
        for widget in (note, self.error, self.buttons):
            layout.addWidget(widget)

    def _load(self) -> None:
        self.idle_minutes.setValue(int(self._session.setting("idle_lock_minutes")))
        self.screen_lock.setChecked(bool(self._session.setting("lock_on_screen_lock")))
        self.moderator_name.setText(str(self._session.setting("moderator_name") or ""))

    def values(self) -> dict[str, Any]:
        """What the dialog would save."""
        return {
            "idle_lock_minutes": self.idle_minutes.value(),
            "lock_on_screen_lock": self.screen_lock.isChecked(),
            "moderator_name": self.moderator_name.text().strip(),
        }

    def _on_buttons_accepted(self) -> None:
        self.buttons.setEnabled(False)
        self._session.save_settings(self.values(), self._on_save_done, self._on_save_failed)

    def _on_save_done(self, _changes: object) -> None:
        self.buttons.setEnabled(True)
        if self.isVisible():
            self.accept()

    def _on_save_failed(self, exc: object) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, KnownError):
            self.error.setText(message_bridge.known_error_text(exc))
            self.error.show()
