"""Unlock the vault: passphrase, honest errors, a growing wait after failures.

The key derivation runs on a worker thread. A wrong passphrase says so and
the Unlock button stays disabled for a while that doubles after each
failure (0, 1, 2, 4, 8 … seconds, capped at 30). This slows down someone
guessing at the keyboard; it cannot slow down an attacker who copied the
vault files, and the dialog does not pretend otherwise. A damaged vault is
never replaced silently: the dialog offers to restore a backup instead.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moddesk.storage import Vault, passphrase_bytes
from moddesk.ui import message_bridge
from moddesk.ui.create_vault_dialog import BusyRow, consume, password_field
from moddesk.ui.workers import hand_over_vault, known_error, run_in_background

OpenFn = Callable[[bytearray], Vault]
RestoreFn = Callable[[Path, bytearray], Vault]
Clock = Callable[[], float]
MAX_DELAY = 30
TICK_MS = 200


def retry_delay(failures: int) -> int:
    """Seconds to wait after `failures` wrong passphrases: 0, 1, 2, 4, 8 … 30."""
    if failures <= 0:
        return 0
    return min(2 ** (failures - 1), MAX_DELAY)


class UnlockDialog(QDialog):
    """Asks for the passphrase and opens the vault; `vault` holds it after `accepted`.

    Args:
        open_fn: opens the vault with a passphrase buffer (runs on a worker).
        restore_fn: restores a backup file into the vault folder (worker);
            without it no restore is offered.
        demo: show the demo passphrase hint.
        clock: seconds, monotonic; tests pass a fake one.

    Signals:
        accepted(), rejected(): from QDialog.
    """

    def __init__(self, open_fn: OpenFn, *, restore_fn: RestoreFn | None = None,
                 demo: bool = False, clock: Clock = time.monotonic,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlock_dialog")
        self.setWindowTitle(self.tr("Unlock ModDesk"))
        self.vault: Vault | None = None
        self.failures = 0
        self.not_before = 0.0
        self._open_fn, self._restore_fn, self._clock = open_fn, restore_fn, clock
        self._busy = False
        self.choose_backup: Callable[[], Path | None] = self._ask_backup_file
        self._make_widgets(demo)
        self._build()
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick_timeout)
        self.passphrase.textChanged.connect(self._on_passphrase_text_changed)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self._refresh_button()

    def _make_widgets(self, demo: bool) -> None:
        self.passphrase = password_field(self, "passphrase")
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.hint = QLabel(self.tr("Demo vault: the passphrase is demo"), self)
        self.hint.setObjectName("hint")
        self.hint.setVisible(demo)
        self.message = QLabel(self)
        self.message.setObjectName("error")
        self.detail = QLabel(self)
        self.detail.setObjectName("detail")
        self.restore_note = QLabel(self.tr(
            "Type the passphrase the backup was made with above, then choose a backup. "
            "The damaged vault is kept beside it, untouched."), self)
        self.restore_button = QPushButton(self.tr("&Restore a backup…"), self)
        self.restore_button.setObjectName("restore_button")
        self.busy_row = BusyRow(self.tr("Opening the vault…"), self)
        self.buttons = QDialogButtonBox(self)
        self.unlock_button = self.buttons.addButton(
            self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("ModDesk is locked"), self)
        heading.setObjectName("heading")
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        for label in (self.message, self.detail, self.restore_note):
            label.setWordWrap(True)
            label.hide()
        self.restore_button.hide()
        for item in (heading, self.hint):
            layout.addWidget(item)
        layout.addLayout(form)
        for item in (self.message, self.detail, self.restore_note, self.restore_button,
                     self.busy_row, self.buttons):
            layout.addWidget(item)
        self.setMinimumWidth(440)

    # -- countdown -------------------------------------------------------------

    def remaining(self) -> int:
        """Whole seconds until the next try is allowed (0 when allowed now)."""
        return max(math.ceil(self.not_before - self._clock()), 0)

    def _refresh_button(self) -> None:
        left = self.remaining()
        waiting = left > 0
        self.unlock_button.setText(
            self.tr("&Unlock (%n s)", "", left) if waiting else self.tr("&Unlock"))
        self.unlock_button.setEnabled(
            not waiting and not self._busy and bool(self.passphrase.text()))
        if not waiting:
            self._tick.stop()

    def _on_tick_timeout(self) -> None:
        self._refresh_button()

    def _on_passphrase_text_changed(self, _text: str) -> None:
        self._refresh_button()

    # -- unlocking -------------------------------------------------------------

    def _on_buttons_accepted(self) -> None:
        if self._busy or self.remaining() > 0 or not self.passphrase.text():
            return
        secret = passphrase_bytes(self.passphrase.text())
        self.passphrase.clear()
        opener = self._open_fn
        self._start(lambda: consume(opener, secret))

    def _start(self, work: Callable[[], object]) -> None:
        self._set_busy(True)
        self._show_error("", "")
        run_in_background(work, self._on_worker_done, self._on_worker_failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_row.setVisible(busy)
        self.passphrase.setEnabled(not busy)
        self.restore_button.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        self._refresh_button()

    def _on_worker_done(self, vault: Vault) -> None:
        self._set_busy(False)
        hand_over_vault(self, vault)

    def _on_worker_failed(self, exc: object) -> None:
        self._set_busy(False)
        error = known_error(exc)
        if error is None:
            return
        if error.code == "wrong-passphrase":
            self._note_failure()
        self._show_error(message_bridge.known_error_text(error),
                         message_bridge.known_error_detail(error))
        self._offer_restore(error.code == "damaged" and self._restore_fn is not None)
        self.passphrase.setFocus()
        self.adjustSize()

    def _note_failure(self) -> None:
        self.failures += 1
        self.not_before = self._clock() + retry_delay(self.failures)
        self._tick.start()
        self._refresh_button()

    def _show_error(self, text: str, detail: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail) and detail != text)

    def _offer_restore(self, offer: bool) -> None:
        self.restore_note.setVisible(offer)
        self.restore_button.setVisible(offer)

    # -- restoring a backup ----------------------------------------------------

    def _ask_backup_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a ModDesk backup"), "",
            self.tr("ModDesk backups (*.mdbackup);;All files (*)"),
            options=QFileDialog.Option.DontUseNativeDialog)
        return Path(name) if name else None

    def _on_restore_button_clicked(self) -> None:
        if self._restore_fn is None or self._busy:
            return
        if not self.passphrase.text():
            self._show_error(self.tr("Type the backup's passphrase first."), "")
            return
        src = self.choose_backup()
        if src is None:
            return
        secret = passphrase_bytes(self.passphrase.text())
        self.passphrase.clear()
        restore = self._restore_fn
        self._offer_restore(False)
        self._start(lambda: consume(lambda pw: restore(src, pw), secret))

    def reject(self) -> None:  # noqa: D102 - QDialog override
        if not self._busy:
            self._tick.stop()
            super().reject()
