"""The main window: navigation, status bar, the File and Help menus, lock screen.

While unlocked the central area shows the navigation list and the current
page; while locked a lock screen replaces it, the pages are cleared and the
vault actions are disabled. The window title is always generic ("ModDesk",
or "ModDesk — DEMO"), never a group or moderator name, because titles are
visible to the OS, task switchers and screenshots.

The window talks to the session only through `SessionApi` and its signals
(`unlocked`, `locked`, `changed`), and shows messages from the message bridge.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

from moddesk.storage import BackupResult, Changes
from moddesk.ui import message_bridge
from moddesk.ui.change_passphrase_dialog import ChangePassphraseDialog
from moddesk.ui.import_controller import ImportController
from moddesk.ui.import_status import ImportUi
from moddesk.ui.lock_screen import LockScreen
from moddesk.ui.nav_pages import NavPage, make_pages
from moddesk.ui.session_api import SessionApi
from moddesk.ui.settings_dialog import SettingsDialog
from moddesk.ui.theme import app_icon

LOCKED_PAGE, CONTENT_PAGE = 0, 1


def close_all_dialogs() -> None:
    """Close, scrub and delete every open dialog and popup menu.

    Dialogs are emptied before they are deleted, because deletion waits for
    the event loop and a hidden dialog still holds its texts until then.
    """
    popup = QApplication.activePopupWidget()
    while popup is not None:
        popup.close()
        popup = QApplication.activePopupWidget()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.done(QDialog.DialogCode.Rejected)  # done(): bypass "busy" reject guards
            scrub(widget)
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def scrub(widget: QWidget) -> None:
    """Empty every text field and label inside `widget`."""
    for field in widget.findChildren(QLineEdit):
        field.clear()
    for text in widget.findChildren(QPlainTextEdit):
        text.clear()
    for label in widget.findChildren(QLabel):
        label.clear()


def human_size(size: int) -> str:
    """1536 -> "1.5 KiB"."""
    value = float(size)
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"


class MainWindow(QMainWindow):
    """The one main window.

    Signals:
        unlock_requested(): the moderator wants to unlock (the app shell
            shows the unlock dialog).
        quit_requested(): File → Quit.
        language_requested(): Vault → Language (the app shell asks and
            rebuilds the window in the new language).
    """

    unlock_requested = Signal()
    quit_requested = Signal()
    language_requested = Signal()

    def __init__(self, session: SessionApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self._session = session
        self.setWindowTitle(self.generic_title())
        self.setWindowIcon(app_icon())
        self.nav = QListWidget(self)
        self.pages_stack = QStackedWidget(self)
        self.pages: list[NavPage] = make_pages(self.pages_stack, session)
        self.lock_screen = LockScreen(app_icon(), self)
        self.root = QStackedWidget(self)
        self._build_central()
        self._build_status_bar()
        self._build_menus()
        self._connect()
        self.show_locked()

    def generic_title(self) -> str:
        """The only window title ModDesk ever shows."""
        return self.tr("ModDesk — DEMO") if self._session.demo else self.tr("ModDesk")

    # -- construction -----------------------------------------------------------

    def _build_central(self) -> None:
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(180)
        for page in self.pages:
            self.nav.addItem(QListWidgetItem(page.findChild(QLabel, "heading").text()))
            self.pages_stack.addWidget(page)
        content = QWidget(self)
        content.setObjectName("content")
        layout = QHBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages_stack, 1)
        self.content = content
        self.root.addWidget(self.lock_screen)
        self.root.addWidget(content)
        self.setCentralWidget(self.root)
        self.nav.setCurrentRow(0)
        self.resize(1180, 760)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(100)
        self.busy.setMaximumHeight(10)
        self.busy.hide()
        # Labels speak their own text; a bare progress bar needs a name.
        self.busy.setAccessibleName(self.tr("Working…"))
        self.moderator_label = QLabel(self)
        self.moderator_label.setObjectName("moderator_label")
        self.state_label = QLabel(self)
        self.state_label.setObjectName("state_label")
        # A demo vault must never be mistaken for real work: say so on screen,
        # not only in the title (which some desktops hide).
        self.demo_badge = QLabel(self.tr("DEMO — synthetic data, deleted when you quit"), self)
        self.demo_badge.setObjectName("demo_badge")
        self.demo_badge.setVisible(self._session.demo)
        bar.addWidget(self.demo_badge)
        bar.addPermanentWidget(self.busy)
        bar.addPermanentWidget(self.moderator_label)
        bar.addPermanentWidget(self.state_label)

    def _build_menus(self) -> None:
        vault_menu = self.vault_menu = self.menuBar().addMenu(self.tr("&Vault"))
        self.lock_action = self._action(vault_menu, self.tr("&Lock"), "Ctrl+L",
                                        self._on_lock_action_triggered)
        vault_menu.addSeparator()
        self.backup_action = self._action(vault_menu, self.tr("&Back up vault…"), None,
                                          self._on_backup_action_triggered)
        self.passphrase_action = self._action(vault_menu, self.tr("&Change passphrase…"), None,
                                              self._on_passphrase_action_triggered)
        self.settings_action = self._action(vault_menu, self.tr("&Settings…"), None,
                                            self._on_settings_action_triggered)
        # Not a vault action: the language is chosen before unlocking too.
        self.language_action = self._action(vault_menu, self.tr("Lan&guage…"), None,
                                            self.language_requested)
        vault_menu.addSeparator()
        self.quit_action = self._action(vault_menu, self.tr("&Quit"),
                                        QKeySequence.StandardKey.Quit,
                                        self._on_quit_action_triggered)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.about_action = self._action(help_menu, self.tr("&About ModDesk"), None,
                                         self._on_about_action_triggered)
        self.vault_actions = (self.lock_action, self.backup_action, self.passphrase_action,
                              self.settings_action)

    def attach_imports(self, imports: ImportController) -> None:
        """Add the import actions, the import status and the plaintext notice."""
        self.imports_ui = ImportUi(self, imports, self._session, self.vault_menu,
                                   self.backup_action)

    def _action(self, menu, text, shortcut, slot) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def _connect(self) -> None:
        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        self.lock_screen.unlock_requested.connect(self.unlock_requested)
        session = self._session
        session.unlocked.connect(self._on_session_unlocked)  # type: ignore[attr-defined]
        session.locked.connect(self._on_session_locked)  # type: ignore[attr-defined]
        session.changed.connect(self._on_session_changed)  # type: ignore[attr-defined]
        busy = getattr(session, "busy_changed", None)
        if busy is not None:
            busy.connect(self._on_session_busy_changed)
        message_bridge.bridge().message.connect(self._on_bridge_message)
        self.page("inbox").open_message.connect(  # type: ignore[attr-defined]
            self._on_inbox_open_message)
        self.page("search").open_message.connect(  # type: ignore[attr-defined]
            self._on_inbox_open_message)
        self._add_find_shortcut()
        self._add_page_shortcuts()
        self.page("inbox").followups.show_requested.connect(  # type: ignore[attr-defined]
            self._on_followups_show_requested)
        self.page("inbox").detail.open_incident.connect(  # type: ignore[attr-defined]
            self._on_open_incident)

    # -- locked / unlocked --------------------------------------------------------

    def current_page_key(self) -> str:
        """The key of the page the moderator is on ("inbox", "chats", …)."""
        return self.pages[max(self.nav.currentRow(), 0)].spec.key

    def show_page(self, key: str) -> None:
        """Switch the navigation to the page with `key`."""
        keys = [p.spec.key for p in self.pages]
        self.nav.setCurrentRow(keys.index(key))

    def _add_find_shortcut(self) -> None:
        # Ctrl+F (Cmd+F on macOS) from anywhere in the window; no menu entry needed.
        self.find_action = QAction(self.tr("Search messages"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self._on_find_action_triggered)
        self.addAction(self.find_action)

    def _add_page_shortcuts(self) -> None:
        # Ctrl+1 … Ctrl+5 go to the pages in the order of the navigation list.
        self.page_actions = []
        for number, page in enumerate(self.pages, 1):
            action = QAction(self.tr("Go to page %1").replace("%1", str(number)), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, key=page.spec.key: self._go_to(key))
            self.addAction(action)
            self.page_actions.append(action)

    def _go_to(self, key: str) -> None:
        if self._session.is_unlocked:
            self.show_page(key)

    def _on_followups_show_requested(self) -> None:
        self.show_page("incidents")
        self.page("incidents").show_followups()  # type: ignore[attr-defined]

    def _on_open_incident(self, incident_id: int) -> None:
        self.show_page("incidents")
        self.page("incidents").open_incident(incident_id)  # type: ignore[attr-defined]

    def _on_find_action_triggered(self) -> None:
        if self._session.is_unlocked:
            self.show_page("search")
            self.page("search").focus_search()  # type: ignore[attr-defined]

    def page(self, key: str) -> NavPage:
        """The page with `key`."""
        return next(p for p in self.pages if p.spec.key == key)

    def _on_inbox_open_message(self, message_id: int) -> None:
        self.show_page("chats")
        self.page("chats").show_message(message_id)  # type: ignore[attr-defined]

    def show_locked(self) -> None:
        """Hide everything from the vault and show the lock screen."""
        close_all_dialogs()
        for page in self.pages:
            page.clear()
        self.moderator_label.clear()
        self.statusBar().clearMessage()
        self.lock_screen.set_reason(self._session.lock_reason)
        self.root.setCurrentIndex(LOCKED_PAGE)
        self.state_label.setText(self.tr("Locked"))
        for action in self.vault_actions:
            action.setEnabled(False)
        self.setWindowTitle(self.generic_title())
        self.lock_screen.button.setFocus()

    def show_unlocked(self) -> None:
        """Show the pages again, on the page the moderator was on."""
        for page in self.pages:
            page.reload()
        self._show_moderator()
        self.root.setCurrentIndex(CONTENT_PAGE)
        self.state_label.setText(self.tr("Unlocked"))
        for action in self.vault_actions:
            action.setEnabled(True)
        self.nav.setFocus()

    def _show_moderator(self) -> None:
        name = str(self._session.setting("moderator_name") or "")
        self.moderator_label.setText(self.tr("Moderator: %1").replace("%1", name) if name else "")

    def _on_session_unlocked(self) -> None:
        self.show_unlocked()

    def _on_session_locked(self) -> None:
        self.show_locked()

    def _on_session_changed(self, changes: Changes) -> None:
        if "moderator_name" in changes.settings and self._session.is_unlocked:
            self._show_moderator()

    def _on_session_busy_changed(self, busy: bool) -> None:
        self.busy.setVisible(busy)

    def _on_nav_current_row_changed(self, row: int) -> None:
        if row >= 0:
            self.pages_stack.setCurrentIndex(row)

    # -- messages -------------------------------------------------------------------

    def _on_bridge_message(self, level: str, text: str) -> None:
        if level == message_bridge.ERROR:
            box = QMessageBox(QMessageBox.Icon.Warning, self.generic_title(), text,
                              QMessageBox.StandardButton.Ok, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        else:
            self.statusBar().showMessage(text, 15000 if level == message_bridge.WARNING else 8000)

    # -- menu actions -----------------------------------------------------------------

    def _on_lock_action_triggered(self) -> None:
        self._session.lock("manual")

    def _on_backup_action_triggered(self) -> None:
        dest = self._ask_backup_path()
        if dest is None or not self._session.is_unlocked:
            return
        self.statusBar().showMessage(self.tr("Making a backup…"))
        self._session.backup(dest, self._on_backup_done)

    def _ask_backup_path(self) -> Path | None:
        # Qt's own dialog: native ones may add the file to the OS "recent" list.
        suggested = f"moddesk-backup-{datetime.date.today().isoformat()}.mdbackup"
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up vault"), str(Path.home() / suggested),
            self.tr("ModDesk backups (*.mdbackup)"),
            options=QFileDialog.Option.DontUseNativeDialog)
        return Path(name) if name else None

    def _on_backup_done(self, result: BackupResult) -> None:
        message_bridge.info(self.tr("Backup saved and verified: %1 (%2).")
                            .replace("%1", result.path.name)
                            .replace("%2", human_size(result.size)))

    def _on_passphrase_action_triggered(self) -> None:
        self._open_dialog(ChangePassphraseDialog(self._session, self))

    def _on_settings_action_triggered(self) -> None:
        self._open_dialog(SettingsDialog(self._session, self))

    def _open_dialog(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_quit_action_triggered(self) -> None:
        self.quit_requested.emit()

    def _on_about_action_triggered(self) -> None:
        QMessageBox.about(self, self.tr("About ModDesk"), self.about_text())

    def about_text(self) -> str:
        """The About box text, with the version the app shell set."""
        version = QApplication.applicationVersion()
        return self.tr(
            "<h3>ModDesk %1</h3><p>An offline, encrypted desk for volunteer moderators "
            "of WhatsApp groups.</p><p>Everything stays in an encrypted vault on this "
            "computer. ModDesk never connects to the internet.</p>"
            "<p>Licensed under the GNU GPL, version 3 or later.</p>").replace("%1", version)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.quit_requested.emit()
        event.accept()
