"""Every saved version of a pack: pick one to read its text, restore it as the newest.

Restoring never rewrites history: the old text is stored again as a new
version, so "which rules were in force when this was flagged" keeps its
answer. The page does the storing (`restore_requested`).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from moddesk.ui.code_editor import CodeEditor
from moddesk.ui.guidelines_text import fill, tr, when_text, who_text


@dataclasses.dataclass(frozen=True)
class Version:
    """One stored version of a pack."""

    version: int
    created_at: str | None
    created_by: str | None
    text: str


class PackVersionsDialog(QDialog):
    """A pack's versions, newest first, with the selected one's text and "Restore".

    Signals:
        restore_requested(int): store this version's text as the newest version.
    """

    restore_requested = Signal(int)

    def __init__(self, name: str, versions: list[Version], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pack_versions")
        self.setWindowTitle(fill(tr("Versions of “%1”"), name))
        self._versions = sorted(versions, key=lambda v: -v.version)
        self.list = QListWidget(self)
        self.list.setObjectName("version_list")
        self.viewer = CodeEditor(self, read_only=True)
        self.buttons = QDialogButtonBox(self)
        self._build()
        self._fill()
        self.resize(980, 620)

    def _build(self) -> None:
        buttons = self.buttons
        self.restore = buttons.addButton(tr("&Restore this version"),
                                         QDialogButtonBox.ButtonRole.ActionRole)
        self.restore.setToolTip(tr("Save this text again as the newest version; nothing is "
                                   "deleted"))
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.restore.clicked.connect(self._on_restore_clicked)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        label = QLabel(tr("&Versions, newest first"), left)
        label.setBuddy(self.list)
        column.addWidget(label)
        column.addWidget(self.list, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.viewer)
        split.setSizes([260, 720])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        row = QHBoxLayout()
        row.addWidget(buttons)
        layout.addLayout(row)

    def _fill(self) -> None:
        for i, v in enumerate(self._versions):
            title = fill(tr("Version %1"), v.version)
            if i == 0:
                title = fill(tr("%1 (in use)"), title)
            item = QListWidgetItem(f"{title}\n{when_text(v.created_at)} · {who_text(v.created_by)}")
            item.setData(Qt.ItemDataRole.UserRole, v.version)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.setFocus()

    def versions(self) -> list[int]:
        """The version numbers listed, newest first."""
        return [v.version for v in self._versions]

    def show_version(self, version: int) -> None:
        """Select `version` in the list (its text shows on the right)."""
        self.list.setCurrentRow(self.versions().index(version))

    def shown_version(self) -> int | None:
        """The version whose text is shown."""
        row = self.list.currentRow()
        return self._versions[row].version if 0 <= row < len(self._versions) else None

    def _on_list_current_row_changed(self, row: int) -> None:
        if 0 <= row < len(self._versions):
            self.viewer.setPlainText(self._versions[row].text)
        self.restore.setEnabled(row > 0)

    def _on_restore_clicked(self) -> None:
        version = self.shown_version()
        if version is not None:
            self.restore.setEnabled(False)
            self.restore_requested.emit(version)
