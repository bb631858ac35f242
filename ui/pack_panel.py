"""The "Rules" tab: the packs in the vault, one pack's rules in plain words, and pack actions.

Left, the packs (name, version, when and by whom changed, how many groups
use them) with Edit, Versions, Import and Export; right, the chosen pack's
rules as a moderator reads them. Edits, imports and restores are stored as
new versions on the writer; when a version changes, the groups using the
pack need checking again (`rescan_needed`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from moddesk.storage import Changes, KnownError
from moddesk.triage import Pack, PackError, pack_import
from moddesk.triage.pack_import import PackInfo
from moddesk.ui import message_bridge
from moddesk.ui.guidelines_text import fill, tr
from moddesk.ui.pack_editor_dialog import PackEditorDialog
from moddesk.ui.pack_jobs import Job, PackSaved, ensure_builtin_job, read_versions, restore_job, \
    save_job
from moddesk.ui.pack_list_model import NAME, PackListModel
from moddesk.ui.pack_versions_dialog import PackVersionsDialog, Version
from moddesk.ui.rule_view import RuleView
from moddesk.ui.session_api import SessionApi

log = logging.getLogger("moddesk.ui.guidelines")
FILE_FILTER = "*.toml"


class PackPanel(QWidget):
    """The packs and their rules, with edit, versions, import and export.

    Signals:
        rescan_needed(object): a list of chat ids to check again.
        loaded(): the pack list was read.
        saved(object): a pack job finished; its `PackSaved`.
    """

    rescan_needed = Signal(object)
    loaded = Signal()
    saved = Signal(object)

    def __init__(self, session: SessionApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pack_panel")
        self._session = session
        self._generation = 0  # reads: a newer read wins
        self._epoch = 0  # locks: answers from before a lock are dropped
        self._ensured = False
        self.model = PackListModel(self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.rules = RuleView(self)
        self.buttons: dict[str, QPushButton] = {}
        self._build()
        self._connect()

    # -- construction ------------------------------------------------------------------

    def _build(self) -> None:
        table = self.table
        table.setObjectName("pack_table")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setShowGrid(False)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        # Room for three packs before the table scrolls, also in a small window.
        table.setMinimumHeight(header.sizeHint().height() + 3 * table.verticalHeader()
                               .defaultSectionSize() + 2 * table.frameWidth())
        top = QWidget(self)
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 6)
        label = QLabel(tr("Pac&ks in this vault"), top)
        label.setObjectName("section_heading")
        label.setBuddy(table)
        column.addWidget(label)
        column.addWidget(table, 1)
        column.addLayout(self._build_buttons())
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(self.rules)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([200, 500])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(split)

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for name, text, tip in (
                ("edit", tr("&Edit…"), tr("Change this pack's rules and words")),
                ("versions", tr("Versio&ns…"), tr("See earlier versions and restore one")),
                ("import", tr("&Import…"), tr("Add a pack from a .toml file")),
                ("export", tr("E&xport…"), tr("Save this pack to a .toml file to share or "
                                              "edit elsewhere"))):
            button = QPushButton(text, self)
            button.setObjectName(f"pack_{name}")
            button.setToolTip(tip)
            row.addWidget(button)
            self.buttons[name] = button
        hint = QLabel(tr("Each group is checked against the packs ticked for it on the "
                         "“Per group” tab. Every change is kept as a new version."), self)
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        row.addSpacing(12)
        row.addWidget(hint, 1)
        return row

    def _connect(self) -> None:
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.buttons["edit"].clicked.connect(self.edit_current)
        self.buttons["versions"].clicked.connect(self.versions_current)
        self.buttons["import"].clicked.connect(self.ask_import)
        self.buttons["export"].clicked.connect(self.ask_export)
        self._enable_pack_buttons(False)

    # -- page protocol --------------------------------------------------------------------

    def clear(self) -> None:
        """Forget the packs shown (on lock)."""
        self._generation += 1
        self._epoch += 1
        self._ensured = False
        self.model.clear()
        self.rules.show_info(None)
        self._enable_pack_buttons(False)

    def reload(self) -> None:
        """Read the packs again (on unlock and after changes)."""
        if not self._session.is_unlocked:
            return
        self._generation += 1
        generation = self._generation
        language = QLocale().name()  # packs are named in the interface language
        self._session.read(lambda db: pack_import.overview(db, language=language),
                           lambda infos: self._on_read(generation, infos))

    def on_changes(self, changes: Changes) -> None:
        """Read again when packs, or the groups that use them, changed."""
        if changes.packs or changes.chats:
            self.reload()

    def _on_read(self, generation: int, infos: list[PackInfo]) -> None:
        if generation != self._generation:
            return
        if not infos and not self._ensured:
            self._ensured = True  # a new vault: store the shipped packs, then read again
            self._session.submit(ensure_builtin_job)
        key = self.current_key()
        self.model.set_infos(infos)
        row = self.model.row_of(key) if key else None
        self.table.selectRow(row if row is not None else 0)
        if not infos:
            self.rules.show_info(None)
            self._enable_pack_buttons(False)
        self.loaded.emit()

    # -- selection ------------------------------------------------------------------------

    def current_key(self) -> str | None:
        """The key of the chosen pack."""
        info = self.current_info()
        return None if info is None else info.key

    def current_info(self) -> PackInfo | None:
        """The chosen pack."""
        return self.model.info(self.table.currentIndex().row())

    def choose(self, key: str) -> None:
        """Make pack `key` the chosen one."""
        row = self.model.row_of(key)
        if row is not None:
            self.table.selectRow(row)

    def _on_table_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        info = self.model.info(current.row())
        self.rules.show_info(info)
        self._enable_pack_buttons(info is not None)

    def _enable_pack_buttons(self, enabled: bool) -> None:
        for name in ("edit", "versions", "export"):
            self.buttons[name].setEnabled(enabled)

    def moderator(self) -> str | None:
        """Who the versions record: the moderator name setting, if set."""
        return str(self._session.setting("moderator_name") or "") or None

    # -- edit -------------------------------------------------------------------------------

    def edit_current(self) -> PackEditorDialog | None:
        """Open the chosen pack's text in the editor."""
        info = self.current_info()
        if info is None:
            return None
        version, text = pack_import.export_text(self._session.gui_db(), info.key)
        dialog = PackEditorDialog(info.key, info.name, version, text, self)
        dialog.save_requested.connect(lambda t: self._save_edit(dialog, info.key, t))
        self._open(dialog)
        return dialog

    def _save_edit(self, dialog: PackEditorDialog, key: str, text: str) -> None:
        def done(result: PackSaved) -> None:
            if result.problem is not None:
                dialog.show_problem(result.problem)
                return
            dialog.saved()
            self._finish(result)

        self._submit(save_job(text, key=key, moderator=self.moderator(), source=key), done,
                     dialog.save_failed)

    # -- versions ---------------------------------------------------------------------------

    def versions_current(self) -> None:
        """Read the chosen pack's versions and show them."""
        info = self.current_info()
        if info is None:
            return
        epoch = self._epoch
        self._session.read(lambda db: read_versions(db, info.key),
                           lambda vs: self._show_versions(epoch, info, vs))

    def _show_versions(self, epoch: int, info: PackInfo, versions: list[Version]) -> None:
        if epoch != self._epoch:
            return
        dialog = PackVersionsDialog(info.name, versions, self)
        dialog.restore_requested.connect(lambda v: self._restore(dialog, info.key, v))
        self._open(dialog)

    def _restore(self, dialog: PackVersionsDialog, key: str, version: int) -> None:
        def done(result: PackSaved) -> None:
            dialog.accept()
            self._finish(result)

        self._submit(restore_job(key, version, moderator=self.moderator()), done)

    # -- import and export ------------------------------------------------------------------

    def ask_import(self) -> None:
        """Pick a .toml file and import it."""
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Import a guideline pack"), str(Path.home()),
            fill(tr("Guideline packs (%1)"), FILE_FILTER),
            options=QFileDialog.Option.DontUseNativeDialog)
        if name:
            self.import_from(Path(name))

    def import_from(self, path: Path) -> None:
        """Check a pack file; a known pack becomes a new version once the moderator agrees."""
        try:
            pack = pack_import.read_file(path)
        except PackError as exc:
            self._tell_problem(path, exc)
            return
        row = self.model.row_of(pack.id)
        if row is None:
            self._store_import(pack, path)
            return
        info = self.model.infos()[row]
        box = self._box(QMessageBox.Icon.Question, tr("Replace with a new version?"),
                        fill(tr("“%1” is already in the vault (version %2). Save this file as "
                                "its version %3? Earlier versions stay and can be restored; the "
                                "groups that use it are checked again."),
                             info.name, info.version, info.version + 1))
        box.setObjectName("import_confirm")
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Save).setText(tr("Save as new version"))
        box.accepted.connect(lambda: self._store_import(pack, path))
        box.open()

    def _store_import(self, pack: Pack, path: Path) -> None:
        def done(result: PackSaved) -> None:
            if result.problem is not None:
                self._tell_problem(path, result.problem)
            elif result.saved is not None and not result.saved.changed:
                message_bridge.info(fill(tr("“%1” is the same as the version in the vault; "
                                            "nothing changed."), pack.name))
            else:
                message_bridge.info(fill(tr("“%1” imported."), pack.name))
                self._finish(result)
                self.choose(pack.id)

        self._submit(save_job(pack.text or "", key=None, moderator=self.moderator(),
                              source=path.name), done)

    def _tell_problem(self, path: Path, exc: PackError) -> None:
        text = _file_text(path)
        line = pack_import.error_line(text, exc) if text is not None else None
        where = fill(tr("Line %1: %2"), line, exc) if line is not None else str(exc)
        box = self._box(QMessageBox.Icon.Warning, tr("This pack cannot be imported"),
                        fill(tr("%1. Nothing was changed. Fix the file and import it again."),
                             where))
        box.setObjectName("import_problem")
        box.open()

    def ask_export(self) -> None:
        """Pick where to save the chosen pack, and save it there."""
        info = self.current_info()
        if info is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Export a guideline pack"), str(Path.home() / f"{info.key}.toml"),
            fill(tr("Guideline packs (%1)"), FILE_FILTER),
            options=QFileDialog.Option.DontUseNativeDialog)
        if name:
            self.export_to(info.key, Path(name))

    def export_to(self, key: str, path: Path) -> bool:
        """Write pack `key`'s latest text to `path`, exactly as stored."""
        version, text = pack_import.export_text(self._session.gui_db(), key)
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as exc:
            message_bridge.error(fill(tr("The pack could not be written to %1 (%2). Choose "
                                         "another place."), path, exc.strerror or type(exc).__name__))
            return False
        message_bridge.info(fill(tr("Version %1 of the pack saved to %2."), version, path.name))
        return True

    # -- helpers ----------------------------------------------------------------------------

    def _submit(self, job: Job, on_done: Callable[[PackSaved], None],
                on_error: Callable[[], None] | None = None) -> None:
        def failed(exc: KnownError) -> None:
            message_bridge.report_known_error(exc)
            if on_error is not None:
                on_error()

        epoch = self._epoch
        self._session.submit(job, lambda r: self._done(epoch, r, on_done), failed)

    def _done(self, epoch: int, result: PackSaved,
              on_done: Callable[[PackSaved], None]) -> None:
        if epoch != self._epoch:
            return  # locked since: its dialog is gone, and so is what it showed
        on_done(result)
        self.saved.emit(result)

    def _finish(self, result: PackSaved) -> None:
        if result.saved is not None and result.saved.changed:
            log.info("pack saved as a new version (chats to check=%d)", len(result.chats))
            self.rescan_needed.emit(list(result.chats))

    def _box(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return box

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()


def _file_text(path: Path) -> str | None:
    """A pack file's text, for finding an error's line (None if it cannot be read)."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
