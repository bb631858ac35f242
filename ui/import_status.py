"""Imports in the main window: the Vault-menu actions, the status bar and the notice.

`ImportUi` adds "Import files…" (Ctrl+I), "Import folder…" and "Watched
folders…" to the Vault menu, an `ImportStatus` to the status bar (progress
with counts, Cancel, and the last summary) and, while any folder is watched,
a calm notice above the status bar that watched folders hold plaintext.

The status bar never shows file or chat names: it is the part of the window
most often seen over a shoulder or in a screenshot. Names appear in the
summary dialog's table (and the status text's tooltip) only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from moddesk.ingest.watch_import import FileOutcome
from moddesk.storage.watch_store import WatchedFolder
from moddesk.ui.import_controller import ImportController, ImportProgress
from moddesk.ui.import_summary_dialog import ImportSummaryDialog, headline, number
from moddesk.ui.session_api import SessionApi
from moddesk.ui.watched_folders_dialog import WatchedFoldersDialog, plaintext_notice

EXPORT_FILTER = QCoreApplication.translate(
    "ImportUi", "Chat exports (*.txt *.zip *.json);;All files (*)")


def progress_text(progress: ImportProgress) -> str:
    """ "Importing 2 of 5: 120,000 messages…" (no names: see the module docstring)."""
    head = QCoreApplication.translate("ImportUi", "Importing %1 of %2") \
        .replace("%1", number(progress.index)).replace("%2", number(progress.count))
    if progress.total <= 0:
        return head + "…"
    return QCoreApplication.translate("ImportUi", "%1: %2 of %3 messages…") \
        .replace("%1", head).replace("%2", number(progress.done)) \
        .replace("%3", number(progress.total))


class ImportStatus(QWidget):
    """The import part of the status bar.

    Signals:
        summary_requested(): the moderator wants to see the last summary.
    """

    summary_requested = Signal()

    def __init__(self, imports: ImportController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_status")
        self.label = QLabel(self)
        self.label.setObjectName("import_status_text")
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(140)
        self.bar.setMaximumHeight(12)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.summary_button = QPushButton(self.tr("Summary…"), self)
        self.summary_button.setFlat(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        for widget in (self.label, self.bar, self.cancel_button, self.summary_button):
            layout.addWidget(widget)
        self.cancel_button.clicked.connect(imports.cancel)
        self.summary_button.clicked.connect(self.summary_requested)
        imports.progress_changed.connect(self._on_imports_progress_changed)
        imports.batch_finished.connect(self._on_imports_batch_finished)
        imports.summary_cleared.connect(self._on_imports_summary_cleared)
        self._on_imports_summary_cleared()

    def _on_imports_progress_changed(self, progress: ImportProgress | None) -> None:
        if progress is None:
            self.bar.hide()
            self.cancel_button.hide()
            return
        self.label.setText(progress_text(progress))
        self.label.setToolTip(progress.name)
        self.bar.setRange(0, max(progress.total, 0))
        self.bar.setValue(min(progress.done, max(progress.total, 0)))
        self.summary_button.hide()
        for widget in (self, self.label, self.bar, self.cancel_button):
            widget.show()

    def _on_imports_batch_finished(self, outcomes: list[FileOutcome], _manual: bool) -> None:
        self.label.setText(self.tr("Import finished. %1").replace("%1", headline(outcomes)))
        self.label.setToolTip("")
        self.bar.hide()
        self.cancel_button.hide()
        self.summary_button.show()
        self.show()

    def _on_imports_summary_cleared(self) -> None:
        self.label.clear()
        self.label.setToolTip("")
        self.hide()


class ImportUi(QObject):
    """Wires an `ImportController` into the main window (menu, status bar, notice).

    Args:
        window: the main window.
        imports: the controller.
        session: the session (for the watched-folders dialog).
        menu: the Vault menu; the actions go before `before`.
    """

    def __init__(self, window: QMainWindow, imports: ImportController, session: SessionApi,
                 menu: QMenu, before: QAction | None) -> None:
        super().__init__(window)
        self._window = window
        self._imports = imports
        self._session = session
        self.import_files_action = self._action(menu, before, self.tr("&Import files…"),
                                                "Ctrl+I", self._on_import_files_triggered)
        self.import_folder_action = self._action(menu, before, self.tr("Import f&older…"),
                                                 "Ctrl+Shift+I", self._on_import_folder_triggered)
        self.folders_action = self._action(menu, before, self.tr("&Watched folders…"), None,
                                           self._on_folders_triggered)
        if before is not None:
            menu.insertSeparator(before)
        else:
            menu.addSeparator()
        self.actions = (self.import_files_action, self.import_folder_action, self.folders_action)
        self.status = ImportStatus(imports, window)
        window.statusBar().addPermanentWidget(self.status)
        self.notice_bar = self._notice_bar()
        self._connect()
        self._on_session_locked()

    def _action(self, menu: QMenu, before: QAction | None, text: str, shortcut: str | None,
                slot) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        if before is not None:
            menu.insertAction(before, action)
        else:
            menu.addAction(action)
        self._window.addAction(action)  # shortcuts work with the menu bar hidden
        return action

    def _notice_bar(self) -> QToolBar:
        bar = QToolBar(self.tr("Watched folders notice"), self._window)
        bar.setObjectName("plaintext_notice_bar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.toggleViewAction().setVisible(False)  # not something to switch off by accident
        self.notice = plaintext_notice(bar)
        self.notice.setWordWrap(False)
        self.notice.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(self.notice)
        self._window.addToolBar(Qt.ToolBarArea.BottomToolBarArea, bar)
        return bar

    def _connect(self) -> None:
        s = self._session
        s.unlocked.connect(self._on_session_unlocked)  # type: ignore[attr-defined]
        s.locked.connect(self._on_session_locked)  # type: ignore[attr-defined]
        self._imports.folders_changed.connect(self._on_imports_folders_changed)
        self._imports.batch_finished.connect(self._on_imports_batch_finished)
        self._imports.progress_changed.connect(self._on_imports_progress_changed)
        self.status.summary_requested.connect(self.show_summary)

    def _on_imports_progress_changed(self, progress: ImportProgress | None) -> None:
        # The window's own "busy" bar would show a second, vaguer bar next to ours.
        busy = getattr(self._window, "busy", None)
        if progress is not None and busy is not None:
            busy.hide()

    def _on_session_unlocked(self) -> None:
        for action in self.actions:
            action.setEnabled(True)

    def _on_session_locked(self) -> None:
        for action in self.actions:
            action.setEnabled(False)
        self.notice_bar.hide()

    def _on_imports_folders_changed(self, folders: list[WatchedFolder]) -> None:
        self.notice_bar.setVisible(bool(folders) and self._session.is_unlocked)

    # -- actions -------------------------------------------------------------------

    def _on_import_files_triggered(self) -> None:
        # Qt's own dialog: native ones may add the files to the OS "recent" list.
        names, _ = QFileDialog.getOpenFileNames(
            self._window, self.tr("Import chat exports"), "", EXPORT_FILTER,
            options=QFileDialog.Option.DontUseNativeDialog)
        if names and self._session.is_unlocked:
            self._imports.import_paths(names)

    def _on_import_folder_triggered(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self._window, self.tr("Import the chat exports in a folder"), "",
            QFileDialog.Option.ShowDirsOnly | QFileDialog.Option.DontUseNativeDialog)
        if folder and self._session.is_unlocked:
            self._imports.import_paths([folder])

    def _on_folders_triggered(self) -> None:
        dialog = WatchedFoldersDialog(self._imports, self._session, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_imports_batch_finished(self, _outcomes: list[FileOutcome], manual: bool) -> None:
        if manual:
            self.show_summary()

    def show_summary(self) -> ImportSummaryDialog | None:
        """Open the summary of the last import batch (non-modal)."""
        outcomes = self._imports.last_summary
        if not outcomes or not self._session.is_unlocked:
            return None
        dialog = ImportSummaryDialog(outcomes, max_bytes=self._imports.engine.max_bytes,
                                     parent=self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
