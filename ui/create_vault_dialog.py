"""First run: choose a passphrase and create the encrypted vault.

`CreateVaultPage` is the last page of the first-run wizard. The passphrase
is typed twice, rated as it is typed, and converted to a zeroable
`bytearray` the moment the moderator presses Create; the fields are cleared
at once and the key derivation (about a second) runs on a worker thread
while a busy indicator shows. `PassphraseForm`, `BusyRow` and
`password_field` are shared with the unlock and change-passphrase dialogs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
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

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        rows = QFormLayout()
        self.labels: dict[QWidget, QLabel] = {}
        for field in (self.first, self.second, self.meter):
            label = self.labels[field] = QLabel(self)
            label.setBuddy(field)
            rows.addRow(label, field)
        rows.addRow(QLabel(self), self.strength_label)
        outer.addLayout(rows)
        outer.addWidget(self.feedback)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        labels = ((self.first, self.tr("&Passphrase:")), (self.second, self.tr("&Repeat it:")),
                  (self.meter, self.tr("Strength:")))
        for field, text in labels:
            self.labels[field].setText(text)
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second.setAccessibleName(self.tr("Repeat the new passphrase"))
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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




class CreateVaultPage(QWizardPage):
    """The wizard's last page: the passphrase; Finish creates the vault.

    The wizard is accepted only once the vault exists; it then holds it in
    `wizard().vault` (see `workers.hand_over_vault`).
    """

    def __init__(self, create_fn: CreateFn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("create_vault_page")
        self._create_fn = create_fn
        self.busy = False
        self.form = PassphraseForm(self)
        self.intro = QLabel(self)
        self.warning = QLabel(self)
        self.warning.setObjectName("warning")
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.busy_row = BusyRow("", self)
        self._build()
        self.form.validity_changed.connect(self._on_form_validity_changed)
        self.retranslate()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        for label in (self.intro, self.warning, self.error):
            label.setWordWrap(True)
        self.error.hide()
        for widget in (self.intro, self.form, self.warning, self.error, self.busy_row):
            layout.addWidget(widget)
        layout.addStretch(1)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setTitle(self.tr("Choose a passphrase for your vault"))
        self.intro.setText(self.tr(
            "ModDesk keeps everything you import and write in an encrypted vault on "
            "this computer. The passphrase is the only way to open it."))
        self.warning.setText(self.tr(
            "If you lose this passphrase, the vault cannot be recovered — not by you, "
            "not by anyone else. Write it down and keep it somewhere safe."))
        self.busy_row.label.setText(self.tr("Creating the vault. This takes a few seconds…"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create vault"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def create_button(self) -> QWidget:
        """The wizard's Finish button ("Create vault")."""
        return self.wizard().button(QWizard.WizardButton.FinishButton)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.form.is_valid() and not self.busy

    def _on_form_validity_changed(self, _valid: bool) -> None:
        self.completeChanged.emit()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        """True once the vault exists; otherwise start creating it (False for now)."""
        if getattr(self.wizard(), "vault", None) is not None:
            return True
        if self.form.is_valid() and not self.busy:
            secret = self.form.take_passphrase()
            self._set_busy(True)
            create = self._create_fn
            run_in_background(lambda: consume(create, secret), self._on_worker_done,
                              self._on_worker_failed)
        return False

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_row.setVisible(busy)
        self.form.setEnabled(not busy)
        self.completeChanged.emit()

    def _on_worker_done(self, vault: Vault) -> None:
        self._set_busy(False)
        hand_over_vault(self.wizard(), vault)

    def _on_worker_failed(self, exc: object) -> None:
        self._set_busy(False)
        error = known_error(exc)
        if error is None:
            return
        self.error.setText(message_bridge.known_error_text(error))
        self.error.setToolTip(message_bridge.known_error_detail(error))
        self.error.show()
