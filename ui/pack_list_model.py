"""The packs in the vault as a table: name, version, when and by whom changed, groups using it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QObject, Qt

from moddesk.triage.pack_import import PackInfo
from moddesk.ui.guidelines_text import ntr, tr, when_text, who_text

NAME, VERSION, CHANGED, BY, GROUPS = range(5)
HEADERS = (QT_TRANSLATE_NOOP("Guidelines", "Pack"), QT_TRANSLATE_NOOP("Guidelines", "Version"),
           QT_TRANSLATE_NOOP("Guidelines", "Changed"), QT_TRANSLATE_NOOP("Guidelines", "By"),
           QT_TRANSLATE_NOOP("Guidelines", "Used by"))
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class PackListModel(QAbstractTableModel):
    """One row per stored pack (its latest version), in key order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._infos: list[PackInfo] = []

    def set_infos(self, infos: list[PackInfo]) -> None:
        """Show these packs."""
        self.beginResetModel()
        self._infos = list(infos)
        self.endResetModel()

    def clear(self) -> None:
        """Show nothing (on lock)."""
        self.set_infos([])

    def infos(self) -> list[PackInfo]:
        """The packs shown, in row order."""
        return list(self._infos)

    def info(self, row: int) -> PackInfo | None:
        """The pack on `row`, or None."""
        return self._infos[row] if 0 <= row < len(self._infos) else None

    def row_of(self, key: str) -> int | None:
        """The row showing pack `key`."""
        return next((i for i, p in enumerate(self._infos) if p.key == key), None)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._infos)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        info = self.info(index.row()) if index.isValid() else None
        if info is None:
            return None
        if role == KEY_ROLE:
            return info.key
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(info, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == NAME:
            return info.problem or info.key
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == VERSION:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, info: PackInfo, column: int) -> str:
        if column == NAME:
            return info.name if info.pack else f"⚠ {info.name}"
        if column == VERSION:
            return str(info.version)
        if column == CHANGED:
            return when_text(info.changed_at)
        if column == BY:
            return who_text(info.changed_by)
        return ntr("%n group", "%n groups", info.chats)
