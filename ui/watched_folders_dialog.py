"""The "Watched folders" dialog: which folders ModDesk imports from, and moving originals.

The folder list lives in the vault (a folder's path can say what the work
is), so the dialog only exists while unlocked. It always says that the
files in those folders are plaintext, and offers, off by default, to move
imported files into the vault, with an honest warning about what deleting
a file does not achieve.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moddesk.storage.watch_store import WatchedFolder
from moddesk.ui.import_controller import ImportController
from moddesk.ui.session_api import SessionApi


def plaintext_text() -> str:
    """The standing notice about watched folders."""
    return QCoreApplication.translate(
        "WatchedFolders", "Chat exports in watched folders are not encrypted. "
                          "Anyone with this computer can read them.")


def plaintext_notice(parent: QWidget | None = None) -> QLabel:
    """A calm label carrying the plaintext notice (for dialogs and page headers)."""
    label = QLabel(plaintext_text(), parent)
    label.setObjectName("hint")
    label.setWordWrap(True)
    label.setAccessibleName(QCoreApplication.translate("WatchedFolders", "Plaintext notice"))
    return label


class WatchedFoldersDialog(QDialog):
    """Adds and removes watched folders and sets `move_originals`.

    Signals:
        finished(int): from QDialog.
    """

    def __init__(self, imports: ImportController, session: SessionApi,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("watched_folders_dialog")
        self.setWindowTitle(self.tr("Watched folders"))
        self._imports = imports
        self._session = session
        self.folder_list = QTreeWidget(self)
        self.add_button = QPushButton(self.tr("&Add folder…"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.rescan_button = QPushButton(self.tr("&Look again now"), self)
        self.move_originals = QCheckBox(
            self.tr("&Move imported files into the vault (delete them from the folder)"), self)
        self._build()
        self._connect()
        self._on_imports_folders_changed(imports.folders)
        self.move_originals.setChecked(bool(session.setting("move_originals")))
        self.move_originals.toggled.connect(self._on_move_originals_toggled)
        self.resize(640, 520)

    def _build(self) -> None:
        intro = QLabel(self.tr(
            "While the vault is unlocked, ModDesk imports new chat exports (.txt, .zip or "
            ".json files) saved directly in these folders, each one exactly once."), self)
        intro.setWordWrap(True)
        self.folder_list.setObjectName("folder_list")
        self.folder_list.setAccessibleName(self.windowTitle())
        self.folder_list.setRootIsDecorated(False)
        self.folder_list.setHeaderLabels([self.tr("Folder"), self.tr("Exports imported"),
                                          self.tr("State")])
        header = self.folder_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.rescan_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        warning = QLabel(self._move_warning(), self)
        warning.setObjectName("warning")
        warning.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, plaintext_notice(self)):
            layout.addWidget(widget)
        layout.addWidget(self.folder_list, 1)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        for widget in (self.move_originals, warning, close):
            layout.addWidget(widget)

    def _move_warning(self) -> str:
        return self.tr(
            "Moving stores each file's bytes inside the encrypted vault and then deletes the "
            "file, only after the import was saved. Deleting does not reliably erase it: SSDs, "
            "backups and sync services (Dropbox, OneDrive, iCloud, Google Drive) can keep copies "
            "and older versions, and WhatsApp keeps the chat on the phone. Remove those copies "
            "there as well.")

    def _connect(self) -> None:
        self._imports.folders_changed.connect(self._on_imports_folders_changed)
        self.folder_list.itemSelectionChanged.connect(self._on_folder_list_selection_changed)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.rescan_button.clicked.connect(self._imports.rescan)

    # -- the list ------------------------------------------------------------------

    def _on_imports_folders_changed(self, folders: list[WatchedFolder]) -> None:
        self.folder_list.clear()
        missing = self._imports.engine.unavailable
        for folder in folders:
            state = self.tr("Not found") if folder.id in missing else self.tr("Watching")
            item = QTreeWidgetItem([folder.path, str(folder.exports), state])
            item.setData(0, Qt.ItemDataRole.UserRole, folder.id)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, folder.path)
            self.folder_list.addTopLevelItem(item)
        if not folders:
            self.folder_list.addTopLevelItem(QTreeWidgetItem([self.tr("No folders yet.")]))
            self.folder_list.topLevelItem(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self._on_folder_list_selection_changed()

    def rows(self) -> list[tuple[str, str, str]]:
        """(folder, exports, state) as shown (for tests)."""
        tree = self.folder_list
        items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
        return [(i.text(0), i.text(1), i.text(2)) for i in items
                if i.data(0, Qt.ItemDataRole.UserRole) is not None]

    def _selected_id(self) -> int | None:
        items = self.folder_list.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def _on_folder_list_selection_changed(self) -> None:
        self.remove_button.setEnabled(self._selected_id() is not None)

    # -- buttons -------------------------------------------------------------------

    def _on_add_button_clicked(self) -> None:
        # Qt's own dialog: native ones may add the folder to the OS "recent" list.
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder to watch"), str(Path.home()),
            QFileDialog.Option.ShowDirsOnly | QFileDialog.Option.DontUseNativeDialog)
        if path:
            self._imports.add_folder(path)

    def _on_remove_button_clicked(self) -> None:
        folder_id = self._selected_id()
        if folder_id is not None:
            self._imports.remove_folder(int(folder_id))

    def _on_move_originals_toggled(self, checked: bool) -> None:
        self._session.save_settings({"move_originals": checked})
