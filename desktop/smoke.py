"""`moddesk --demo --smoke`: drive the real window through open, lock, unlock, quit.

Used by CI and by a packaged bundle to prove the app starts and works with
no one at the keyboard. Each step waits for the app's own signals; if a
step does not arrive within the time limit, the run fails naming it.
Optionally saves a screenshot of each state.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

log = logging.getLogger("moddesk.smoke")
TIME_LIMIT_MS = 60000


class SmokeDriver(QObject):
    """Steps an `AppShell` through unlock -> lock -> unlock -> quit.

    Attributes:
        step: the name of the step being waited for (reported on failure).
        failed: True when the time limit ran out.
    """

    def __init__(self, shell, passphrase: str, shots: Path | None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(shell)
        self.shell, self.passphrase, self.shots = shell, passphrase, shots
        self.step, self.failed, self._unlocks = "first unlock", False, 0
        shell.session.unlocked.connect(self._on_session_unlocked)
        shell.session.locked.connect(self._on_session_locked)
        QTimer.singleShot(TIME_LIMIT_MS, self._on_time_limit)

    def _on_session_unlocked(self) -> None:
        self._unlocks += 1
        QTimer.singleShot(300, self._after_unlock)

    def _after_unlock(self) -> None:
        self._shot(self.shell.window, f"main-{self._unlocks}")
        if self._unlocks == 1:
            self.step = "lock"
            QTest.keyClick(self.shell.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        else:
            self.step = "done"
            self.shell.quit()

    def _on_session_locked(self) -> None:
        if self.step == "lock":
            self.step = "unlock dialog"
            QTimer.singleShot(300, self._type_passphrase)

    def _type_passphrase(self) -> None:
        self._shot(self.shell.window, "locked")
        self.shell.show_unlock_dialog()
        dialog = self.shell.dialog
        if dialog is None:
            QTimer.singleShot(100, self._type_passphrase)
            return
        self.step = "second unlock"
        self._shot(dialog, "unlock-dialog")
        dialog.passphrase.setText(self.passphrase)
        dialog.unlock_button.click()

    def _shot(self, widget: QWidget, name: str) -> None:
        if self.shots is not None:
            self.shots.mkdir(parents=True, exist_ok=True)
            widget.grab().save(str(self.shots / f"smoke-{name}.png"))

    def _on_time_limit(self) -> None:
        if self.step != "done":
            self.failed = True
            print(f"moddesk: smoke test stuck at step '{self.step}'", file=sys.stderr)
            self.shell.quit()
