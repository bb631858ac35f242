"""The incident list as a Qt table model: ids in list order plus a cache of their rows.

The page reads the matching rows on the background reader and hands them
over in one go (`set_rows`); the model keeps the ids in order and the rows
by id, so a refresh that only changes one incident keeps the selection by
id. Two marks come from outside the rows: which incidents have a follow-up
due today (or overdue), and which failed the chain check.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

from moddesk.storage.case_queries import IncidentRow
from moddesk.ui.theme import readable_on
from moddesk.ui.incident_text import (
    SEVERITY_COLORS,
    SEVERITY_LABELS,
    STATUS_LABELS,
    day_text,
    fill,
    label,
    tr,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("number", "title", "severity", "status", "follow_up")  # category: in the tooltip
TITLE_COLUMN = COLUMNS.index("title")
DUE_MARK = "⚑"
Index = QModelIndex | QPersistentModelIndex
WARN_COLOR = "#c0392b"


class IncidentListModel(QAbstractTableModel):
    """Incidents as rows: number, title, severity, status, follow-up."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._rows: dict[int, IncidentRow] = {}
        self._due: set[int] = set()
        self._broken: set[int] = set()

    # -- filling ----------------------------------------------------------------------------

    def set_rows(self, rows: list[IncidentRow], *, due: set[int] | None = None) -> None:
        """Show `rows` in this order; `due` are the incidents whose follow-up is due."""
        self.beginResetModel()
        self._ids = [r.id for r in rows]
        self._rows = {r.id: r for r in rows}
        self._due = set(due or ())
        self.endResetModel()

    def set_broken(self, ids: set[int]) -> None:
        """Mark incidents whose log failed the chain check."""
        self._broken = set(ids)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, 0))

    def clear(self) -> None:
        """Drop every row and mark (on lock)."""
        self.set_rows([])
        self._broken = set()

    # -- reading ----------------------------------------------------------------------------

    def ids(self) -> list[int]:
        """The incident ids in list order."""
        return list(self._ids)

    def row_of(self, incident_id: int) -> int | None:
        """The row showing `incident_id`, if shown."""
        try:
            return self._ids.index(incident_id)
        except ValueError:
            return None

    def incident(self, row: int) -> IncidentRow | None:
        """The cached row at `row`."""
        return self._rows.get(self._ids[row]) if 0 <= row < len(self._ids) else None

    def is_due(self, incident_id: int) -> bool:
        """Whether the incident's follow-up is due today or overdue."""
        return incident_id in self._due

    # -- Qt model API -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        # The follow-up heading has its own, short translation: the column is narrow.
        follow_up = QCoreApplication.translate("Incidents", "Follow-up",
                                               "incident list column heading: keep it short")
        titles = (tr("Number"), tr("Title"), tr("Severity"), tr("Status"), follow_up)
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.incident(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == ID_ROLE:
            return row.id
        if role == SEVERITY_ROLE:
            return row.severity
        if role == Qt.ItemDataRole.AccessibleTextRole and column == "follow_up":
            return self._due_text(row) if row.id in self._due else day_text(row.follow_up)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.FontRole and self._emphasised(row, column):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, row: IncidentRow, column: str) -> str:
        if column == "number":
            return f"⚠ {row.number}" if row.id in self._broken else row.number
        if column == "title":
            return row.title
        if column == "severity":
            return label(SEVERITY_LABELS, row.severity)
        if column == "status":
            return label(STATUS_LABELS, row.status)
        # Due: a flag, bold and red; the words are in the tooltip and for screen readers.
        day = day_text(row.follow_up)
        return f"{DUE_MARK} {day}" if row.id in self._due else day

    @staticmethod
    def _due_text(row: IncidentRow) -> str:
        return tr("Due: %1").replace("%1", day_text(row.follow_up))

    def _tooltip(self, row: IncidentRow, column: str) -> str | None:
        if column == "number" and row.id in self._broken:
            return tr("This incident's log was changed outside ModDesk. Open it to see what.")
        if column == "follow_up" and row.id in self._due:
            return self._due_text(row) + "\n" + tr(
                "The follow-up date has come: check on this incident today.")
        if column == "title":
            return fill(tr("%1\nCategory: %2"), row.title, row.category or tr("none"))
        return None

    def _foreground(self, row: IncidentRow, column: str) -> QBrush | None:
        if column == "number" and row.id in self._broken:
            return QBrush(list_text(WARN_COLOR))
        if column == "severity":
            return QBrush(list_text(SEVERITY_COLORS.get(row.severity, "#6b7280")))
        if column == "follow_up" and row.id in self._due:
            return QBrush(list_text(SEVERITY_COLORS["high"]))
        return None

    def _emphasised(self, row: IncidentRow, column: str) -> bool:
        return (column == "follow_up" and row.id in self._due) or (
            column == "number" and row.id in self._broken) or (
            column == "severity" and row.severity == "urgent")


def list_text(colour: str) -> QColor:
    """`colour` made readable on the list's rows, plain and alternate, in this theme."""
    palette = QGuiApplication.palette()
    on_base = readable_on(colour, palette.color(QPalette.ColorRole.Base))
    return readable_on(on_base, palette.color(QPalette.ColorRole.AlternateBase))
