"""First run: choose a passphrase and create the encrypted vault.

The passphrase is typed twice, rated as it is typed, and converted to a
zeroable `bytearray` the moment the moderator presses Create; the fields are
cleared at once and the key derivation (about a second) runs on a worker
thread while a busy indicator shows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from moddesk.storage import Vault, passphrase_bytes
from moddesk.ui import message_bridge
from moddesk.ui.passphrase_strength import CONTEXT, Strength, estimate
from moddesk.ui.workers import hand_over_vault, known_error, run_in_background

CreateFn = Callable[[bytearray], Vault]


def consume(fn: Callable[[bytearray], object], secret: bytearray) -> object:
    """Call `fn(secret)` and zero `secret` afterwards, whatever happens."""
    try:
        return fn(secret)
    finally:
        secret[:] = bytes(len(secret))


def translate_strength(text: str) -> str:
    """Translate a label or hint from `passphrase_strength`."""
    return QCoreApplication.translate(CONTEXT, text)


def password_field(parent: QWidget, name: str) -> QLineEdit:
    """A QLineEdit for secrets: echo hidden, no undo history, no drag."""
    field = QLineEdit(parent)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setDragEnabled(False)
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    return field


class BusyRow(QWidget):
    """An indeterminate progress bar with a short label, hidden when idle."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(text, self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.hide()


class PassphraseForm(QWidget):
    """A new passphrase typed twice, with a strength meter and hints.

    Signals:
        validity_changed(bool): True when both fields match and are strong enough.
    """

    validity_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = password_field(self, "new_passphrase")
        self.second = password_field(self, "repeat_passphrase")
        self.meter = QProgressBar(self)
        self.meter.setObjectName("strength_meter")
        self.meter.setRange(0, 5)  # score + 1, so "very weak" still shows a sliver
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.strength_label = QLabel(self)
        self.strength_label.setObjectName("strength_label")
        self.feedback = QLabel(self)
        self.feedback.setObjectName("strength_feedback")
        self.feedback.setWordWrap(True)
        self._build()
        self.first.textChanged.connect(self._on_first_text_changed)
        self.second.textChanged.connect(self._on_second_text_changed)
        self._update()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Repeat it:"), self.second)
        form.addRow(self.tr("Strength:"), self.meter)
        form.addRow("", self.strength_label)
        outer.addLayout(form)
        outer.addWidget(self.feedback)

    def _on_first_text_changed(self, _text: str) -> None:
        self._update()

    def _on_second_text_changed(self, _text: str) -> None:
        self._update()

    def strength(self) -> Strength:
        """The current estimate for the first field."""
        return estimate(self.first.text())

    def is_valid(self) -> bool:
        """Both fields match and the passphrase is strong enough."""
        return self.strength().acceptable and self.first.text() == self.second.text()

    def _update(self) -> None:
        strength = self.strength()
        self.meter.setValue(strength.score + 1 if self.first.text() else 0)
        self.meter.setProperty("score", strength.score)
        self.meter.style().polish(self.meter)
        self.strength_label.setText(
            translate_strength(strength.label) if self.first.text() else "")
        feedback = self._feedback_text(strength)
        self.feedback.setText(feedback)
        self.feedback.setVisible(bool(feedback))
        self.validity_changed.emit(self.is_valid())

    def _feedback_text(self, strength: Strength) -> str:
        lines = [translate_strength(h) for h in strength.hints]
        if self.first.text() and not strength.acceptable:
            lines.insert(0, self.tr("Too easy to guess for a vault like this one."))
        if self.second.text() and self.second.text() != self.first.text():
            lines.append(self.tr("The two passphrases do not match."))
        return "\n".join(lines)

    def take_passphrase(self) -> bytearray:
        """The passphrase as a zeroable buffer; both fields are cleared."""
        secret = passphrase_bytes(self.first.text())
        self.clear()
        return secret

    def clear(self) -> None:
        """Empty both fields."""
        self.first.clear()
        self.second.clear()


class CreateVaultDialog(QDialog):
    """Creates the vault on first run; `vault` holds it after `accepted`.

    Signals:
        accepted(), rejected(): from QDialog.
    """

    def __init__(self, create_fn: CreateFn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("create_vault_dialog")
        self.setWindowTitle(self.tr("Create your ModDesk vault"))
        self.vault: Vault | None = None
        self._create_fn = create_fn
        self._busy = False
        self.form = PassphraseForm(self)
        self.error = QLabel(self)
        self.busy_row = BusyRow(self.tr("Creating the vault. This takes a few seconds…"), self)
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(
            self.tr("&Create vault"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self._build()
        self.form.validity_changed.connect(self._on_form_validity_changed)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self._on_form_validity_changed(self.form.is_valid())

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Choose a passphrase for your vault"), self)
        heading.setObjectName("heading")
        intro = QLabel(self.tr(
            "ModDesk keeps everything you import and write in an encrypted vault on "
            "this computer. The passphrase is the only way to open it."), self)
        warning = QLabel(self.tr(
            "If you lose this passphrase, the vault cannot be recovered — not by you, "
            "not by anyone else. Write it down and keep it somewhere safe."), self)
        warning.setObjectName("warning")
        self.error.setObjectName("error")
        for label in (intro, warning, self.error):
            label.setWordWrap(True)
        self.error.hide()
        for widget in (heading, intro, self.form, warning, self.error, self.busy_row,
                       self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(480)

    def _on_form_validity_changed(self, valid: bool) -> None:
        self.create_button.setEnabled(valid and not self._busy)
        self.adjustSize()  # the feedback grows and shrinks as the moderator types

    def _on_buttons_accepted(self) -> None:
        if not self.form.is_valid() or self._busy:
            return
        secret = self.form.take_passphrase()
        self._set_busy(True)
        create = self._create_fn
        run_in_background(lambda: consume(create, secret), self._on_worker_done,
                          self._on_worker_failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_row.setVisible(busy)
        self.form.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        self.create_button.setEnabled(not busy and self.form.is_valid())

    def _on_worker_done(self, vault: Vault) -> None:
        self._set_busy(False)
        hand_over_vault(self, vault)

    def _on_worker_failed(self, exc: object) -> None:
        self._set_busy(False)
        error = known_error(exc)
        if error is None:
            return
        self.error.setText(message_bridge.known_error_text(error))
        self.error.setToolTip(message_bridge.known_error_detail(error))
        self.error.show()
        self.adjustSize()

    def reject(self) -> None:  # noqa: D102 - QDialog override
        if not self._busy:
            super().reject()
