"""The GUI entry point: build the application, wire the pieces, run it.

`AppShell` wires the session controller, the main window, the idle monitor
and the screen-lock watcher, and shows the first-run wizard (no vault yet),
the unlock dialog (later runs and after every lock) or opens the demo vault.
`run_gui()` wraps it with QApplication, logging, the crash hook and the
language (translators, QLocale, layout direction). Every secret-handling
step runs off the GUI thread.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QSettings, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog

import moddesk
from moddesk import crash, logs
from moddesk.session import ParamsSource, Session
from moddesk.storage import Vault
from moddesk.ui import message_bridge
from moddesk.ui.first_run_wizard import FirstRunAnswers, FirstRunWizard, save_answers
from moddesk.ui.idle_monitor import IdleMonitor
from moddesk.ui.import_controller import ImportController
from moddesk.ui.main_window import MainWindow
from moddesk.ui.language_dialog import LanguageDialog
from moddesk.ui.screen_lock_watcher import ScreenLockWatcher
from moddesk.ui.theme import app_icon, style_sheet
from moddesk.ui.translator import LanguageSwitcher, pseudo_rtl, resolve_language, store_language
from moddesk.ui.unlock_dialog import UnlockDialog
from moddesk.ui.workers import run_in_background

log = logging.getLogger("moddesk.app")
APP_NAME = "ModDesk"
# Names packaging/linux/<APP_ID>.desktop, so Wayland desktops show our icon for the window.
APP_ID = "org.moddesk.ModDesk"
Clock = Callable[[], float]


class AppShell(QObject):
    """Owns the session and the main window and moves between their states.

    Args:
        vault_dir: the vault folder (for the demo: the throwaway folder).
        demo: open a fresh demo vault without asking for a passphrase.
        vault_params: KDF parameters for new keys (tests); None calibrates.
        clock: monotonic seconds for the idle monitor and the unlock
            back-off (tests pass a fake).
        languages: the installed translators; a language change (first
            run, Vault → Language) rebuilds the main window in it.

    Signals:
        finished(): the moderator quit; the vault is closed (`run_gui`
            leaves the event loop on it).
    """

    finished = Signal()

    def __init__(self, vault_dir: Path, *, demo: bool = False,
                 vault_params: ParamsSource = None, clock: Clock = time.monotonic,
                 languages: LanguageSwitcher | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shut_down = False
        self.session = Session(vault_dir, demo=demo, vault_params=vault_params, parent=self)
        self.languages = languages or LanguageSwitcher(self)
        self.imports = ImportController(self.session, clock=clock, parent=self)
        self._make_window()
        self.idle = IdleMonitor(clock, parent=self)
        self.screen = ScreenLockWatcher(self)
        self.dialog: QDialog | None = None
        self.demo_passphrase: str | None = None
        self.lock_on_screen_lock = True
        self._clock = clock
        self._starting = True
        self._connect()

    def _connect(self) -> None:
        self.session.unlocked.connect(self._on_session_unlocked)
        self.session.locked.connect(self._on_session_locked)
        self.session.changed.connect(self._on_session_changed)
        self.idle.idle.connect(self._on_idle_idle)
        self.screen.screen_locked.connect(self._on_screen_screen_locked)

    def _make_window(self) -> None:
        self.window = MainWindow(self.session)
        self.window.attach_imports(self.imports)
        self.window.unlock_requested.connect(self._on_window_unlock_requested)
        self.window.quit_requested.connect(self._on_window_quit_requested)
        self.window.language_requested.connect(self._on_window_language_requested)
        self.window_language = self.languages.language

    # -- language -------------------------------------------------------------------

    def _on_window_language_requested(self) -> None:
        dialog = LanguageDialog(self.languages.language, self.window)
        dialog.chosen.connect(self._on_language_dialog_chosen)
        dialog.open()

    def _on_language_dialog_chosen(self, code: str) -> None:
        """Remember the choice ("" = follow the system); the window follows when locked."""
        store_language(self.session.vault_dir, code or None)
        self.languages.apply(resolve_language(self.session.vault_dir),
                             mirrored=self.languages.mirrored)
        if self.session.is_unlocked:
            message_bridge.info(self.tr("The whole window changes language the next time "
                                        "ModDesk locks or starts."))
        else:
            QTimer.singleShot(0, self.follow_language)  # after the dialog has returned

    def follow_language(self) -> None:
        """Rebuild the (locked) main window when the language changed since it was built.

        Most widgets set their texts once; building the window again is the
        one way every text, date and number follows the new language. Only
        while locked: an unlocked window may still await reads from the vault.
        """
        if (self.languages.language == self.window_language or self.session.is_unlocked
                or self._shut_down):
            return
        old = self.window
        old.quit_requested.disconnect(self._on_window_quit_requested)
        self._make_window()
        self.window.restoreGeometry(old.saveGeometry())
        self.window.show()
        old.hide()
        # Now, not later: until it is gone the old window would follow the session too.
        shiboken6.delete(old)

    # -- starting ---------------------------------------------------------------

    def start(self) -> None:
        """Show the window and ask for what is needed to open the vault."""
        self.screen.start()
        self.window.show()
        if self.session.demo:
            self._open_demo()
        elif self.session.has_vault():
            self.show_unlock_dialog()
        else:
            self.show_create_dialog()

    def _open_demo(self) -> None:
        from moddesk.demo import create_demo_vault

        folder = self.session.vault_dir
        run_in_background(lambda: create_demo_vault(folder), self._on_demo_created)

    def _on_demo_created(self, result: tuple[Vault, str]) -> None:
        vault, self.demo_passphrase = result
        self._starting = False
        self.session.unlock_with(vault)

    def show_create_dialog(self) -> None:
        """First run: the wizard, which ends by creating the vault."""
        dialog = FirstRunWizard(self.session.create_new, self.languages, self.window)
        self._show_dialog(dialog)

    def show_unlock_dialog(self) -> None:
        """Ask for the passphrase (at start and after every lock)."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            return
        dialog = UnlockDialog(self.session.open_existing,
                              restore_fn=self.session.restore_backup,
                              demo=self.session.demo, clock=self._clock, parent=self.window)
        self._show_dialog(dialog)

    def _show_dialog(self, dialog: FirstRunWizard | UnlockDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(self._on_dialog_accepted)
        dialog.rejected.connect(self._on_dialog_rejected)
        dialog.open()

    def _on_dialog_accepted(self) -> None:
        dialog, self.dialog = self.dialog, None
        vault = getattr(dialog, "vault", None)
        answers = dialog.answers() if isinstance(dialog, FirstRunWizard) else None
        if dialog is not None:
            dialog.deleteLater()
        if vault is None:
            return
        self._starting = False
        if answers is None:
            self.session.unlock_with(vault)
        else:
            # From the event loop: the wizard (a child of the window) has returned.
            QTimer.singleShot(0, lambda: self._finish_first_run(vault, answers))

    def _finish_first_run(self, vault: Vault, answers: FirstRunAnswers) -> None:
        store_language(self.session.vault_dir, answers.language)
        self.follow_language()
        self.session.unlock_with(vault)
        save_answers(answers, self.session)
        if answers.folder:
            self.imports.add_folder(answers.folder)

    def _on_dialog_rejected(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if self._starting:
            self.quit()

    # -- locking ------------------------------------------------------------------

    def _on_session_unlocked(self) -> None:
        self._apply_lock_settings()
        self.idle.start()

    def _apply_lock_settings(self) -> None:
        minutes = int(self.session.setting("idle_lock_minutes") or 5)
        self.idle.set_timeout(max(minutes, 1) * 60)
        self.lock_on_screen_lock = bool(self.session.setting("lock_on_screen_lock"))

    def _on_session_changed(self, changes: object) -> None:
        settings = getattr(changes, "settings", frozenset())
        if settings & {"idle_lock_minutes", "lock_on_screen_lock"}:
            self._apply_lock_settings()

    def _on_session_locked(self) -> None:
        self.idle.stop()
        # From the event loop: the lock may have come from the window's own action.
        QTimer.singleShot(0, self.follow_language)

    def _on_idle_idle(self) -> None:
        self.session.lock("idle")

    def _on_screen_screen_locked(self) -> None:
        if self.session.is_unlocked and self.lock_on_screen_lock:
            self.session.lock("screen")

    def _on_window_unlock_requested(self) -> None:
        self.show_unlock_dialog()

    # -- quitting -------------------------------------------------------------------

    def _on_window_quit_requested(self) -> None:
        self.quit()

    def quit(self) -> None:
        """Lock (closing the vault), then announce `finished`."""
        self.shutdown()
        self.finished.emit()

    def shutdown(self) -> None:
        """Close the vault and stop watching; safe to call twice."""
        # The lock below would rebuild a window in a changed language; not on the way out.
        self._shut_down = True
        self.session.lock("quit")
        self.imports.shutdown()
        self.idle.stop()
        QThreadPool.globalInstance().waitForDone()


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, named so QSettings and platformdirs agree."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv)
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(moddesk.__version__)
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(APP_ID)
    app.setStyleSheet(style_sheet())
    return app


def run_gui(vault_dir: Path, *, demo: bool = False, argv: list[str] | None = None,
            vault_params: ParamsSource = None, smoke_shots: Path | None = None,
            smoke: bool = False) -> int:
    """Run ModDesk's window until the moderator quits; returns the exit code.

    The vault is closed (and its key zeroed) before this returns, so the
    caller may delete a demo folder right after.
    """
    app = make_application(argv)
    logs.install()
    languages = LanguageSwitcher(app)
    languages.apply(resolve_language(vault_dir), mirrored=pseudo_rtl())
    shell = AppShell(vault_dir, demo=demo, vault_params=vault_params, languages=languages)
    shell.finished.connect(app.quit)
    hook = crash.install(on_quit=shell.quit)
    restore_geometry(shell.window)
    log.info("starting (demo=%s, smoke=%s)", demo, smoke)
    driver = _smoke_driver(shell, smoke_shots) if smoke else None
    try:
        shell.start()
        code = app.exec()
        if driver is not None and driver.failed:
            code = 1
    finally:
        shell.shutdown()
        QSettings().setValue("window/geometry", shell.window.saveGeometry())
        hook.uninstall()
        shell.window.deleteLater()
        logs.uninstall()
    return code


def _smoke_driver(shell: AppShell, shots: Path | None):  # type: ignore[no-untyped-def]
    from moddesk.demo import DEMO_PASSPHRASE
    from moddesk.smoke import SmokeDriver

    return SmokeDriver(shell, DEMO_PASSPHRASE, shots)


def restore_geometry(window: MainWindow) -> None:
    """Put the window where it was last time (QSettings holds only geometry)."""
    geometry = QSettings().value("window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
