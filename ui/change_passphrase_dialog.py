"""Change the vault passphrase: old once, new twice, rated as it is typed.

The re-key runs on the writer thread (key derivation plus re-encrypting
every page). The dialog warns that backups made earlier still open with the
old passphrase: a re-key cannot reach copies that already exist.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from moddesk.storage import passphrase_bytes
from moddesk.ui import message_bridge
from moddesk.ui.create_vault_dialog import BusyRow, PassphraseForm, password_field
from moddesk.ui.session_api import SessionApi
from moddesk.ui.workers import known_error


class ChangePassphraseDialog(QDialog):
    """Re-keys the vault through the session; accepted once the change is done.

    Signals:
        accepted(), rejected(): from QDialog.
    """

    def __init__(self, session: SessionApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("change_passphrase_dialog")
        self.setWindowTitle(self.tr("Change passphrase"))
        self._session = session
        self._busy = False
        self.old = password_field(self, "old_passphrase")
        self.form = PassphraseForm(self)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.busy_row = BusyRow(self.tr("Changing the passphrase…"), self)
        self.buttons = QDialogButtonBox(self)
        self.change_button = self.buttons.addButton(
            self.tr("C&hange passphrase"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._build()
        self.old.textChanged.connect(self._on_old_text_changed)
        self.form.validity_changed.connect(self._on_form_validity_changed)
        self.form.validity_changed.connect(self.adjustSize)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self._refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QFormLayout()
        top.addRow(self.tr("C&urrent passphrase:"), self.old)
        warning = QLabel(self.tr(
            "Backups you made before this change still open with the old passphrase. "
            "Make a new backup afterwards, and delete old ones you no longer need. "
            "If you lose the new passphrase, the vault cannot be recovered."), self)
        warning.setObjectName("warning")
        for label in (warning, self.error):
            label.setWordWrap(True)
        self.error.hide()
        layout.addLayout(top)
        for widget in (self.form, warning, self.error, self.busy_row, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(480)

    def _on_old_text_changed(self, _text: str) -> None:
        self._refresh()

    def _on_form_validity_changed(self, _valid: bool) -> None:
        self._refresh()

    def _refresh(self) -> None:
        ready = bool(self.old.text()) and self.form.is_valid()
        self.change_button.setEnabled(ready and not self._busy)

    def _on_buttons_accepted(self) -> None:
        if self._busy or not (self.old.text() and self.form.is_valid()):
            return
        old = passphrase_bytes(self.old.text())
        self.old.clear()
        new = self.form.take_passphrase()
        self._set_busy(True)
        self._session.change_passphrase(old, new, self._on_change_done, self._on_change_failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_row.setVisible(busy)
        for widget in (self.old, self.form, self.buttons):
            widget.setEnabled(not busy)
        self._refresh()

    def _on_change_done(self, _result: object) -> None:
        self._set_busy(False)
        message_bridge.info(self.tr(
            "Passphrase changed. Older backups still open with the old passphrase."))
        if self.isVisible():
            self.accept()

    def _on_change_failed(self, exc: object) -> None:
        self._set_busy(False)
        error = known_error(exc)
        if error is None:
            return
        self.error.setText(message_bridge.known_error_text(error)
                           if error.code != "wrong-passphrase"
                           else self.tr("The current passphrase is not right."))
        self.error.show()

    def reject(self) -> None:  # noqa: D102 - QDialog override
        if not self._busy:
            super().reject()
