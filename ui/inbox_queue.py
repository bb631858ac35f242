"""The queue table of the inbox: severity pills, fitting columns, selection by item id.

Keys that only move (J/K) and the "Submit & Next" target live here, so the
page deals in item ids and never in rows. The columns fit the width: the
hit count gives way on narrow windows (the detail still shows it), and the
group column hides while one group is chosen (it would repeat one name).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from moddesk.ui.inbox_model import (
    AGE,
    AUTHOR,
    GROUP,
    HITS,
    ITEM_ID_ROLE,
    RULE,
    SEVERITY,
    STATE,
    InboxModel,
    SeverityDelegate,
)

FIXED_WIDTHS = {SEVERITY: 88, AGE: 70, HITS: 46, STATE: 96}
NARROW = 640  # below this width the hit count is left to the detail


class InboxQueue(QTableView):
    """The list of items: one row each, several may be selected.

    Signals: the standard view and selection-model signals only.
    """

    def __init__(self, model: InboxModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inbox_queue")
        self.setModel(model)
        self.inbox_model = model
        self.hide_group = False
        self.setItemDelegateForColumn(SEVERITY, SeverityDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setTabKeyNavigation(False)  # Tab leaves the queue; arrows move in it
        self.setWordWrap(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(32)
        self._set_up_header()

    def _set_up_header(self) -> None:
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in FIXED_WIDTHS.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.setColumnWidth(column, width)
        header.setSectionResizeMode(RULE, QHeaderView.ResizeMode.Stretch)

    # -- columns ----------------------------------------------------------------------------

    def fit_columns(self) -> None:
        """Share the width out: fixed columns first, then group, author and rule."""
        width = self.viewport().width()
        self.setColumnHidden(HITS, width < NARROW)
        self.setColumnHidden(GROUP, self.hide_group)
        for column in FIXED_WIDTHS:
            self.setColumnWidth(column, self._fixed_width(column))
        fixed = sum(self.columnWidth(c) for c in FIXED_WIDTHS if not self.isColumnHidden(c))
        flexible = max(width - fixed, 240)
        self.setColumnWidth(GROUP, int(flexible * 0.32))
        self.setColumnWidth(AUTHOR, int(flexible * 0.26))

    def _fixed_width(self, column: int) -> int:
        # Wide enough for the heading in every language ("Treffer", "Coincidencias").
        title = str(self.model().headerData(column, Qt.Orientation.Horizontal) or "")
        return max(FIXED_WIDTHS[column],
                   self.horizontalHeader().fontMetrics().horizontalAdvance(title) + 24)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.fit_columns()

    # -- selection by id --------------------------------------------------------------------------

    def current_id(self) -> int | None:
        """The item whose detail is shown."""
        index = self.currentIndex()
        return index.data(ITEM_ID_ROLE) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        """Selected items, in queue order."""
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        ids = [self.inbox_model.id_at(r) for r in rows]
        return [i for i in ids if i is not None]

    def select_id(self, item_id: int | None) -> None:
        """Make `item_id` the current and only selected item (None or absent: nothing)."""
        row = None if item_id is None else self.inbox_model.row_of(item_id)
        if row is None:
            self.selectionModel().clearCurrentIndex()
            self.clearSelection()
            return
        self.select_rows([row], row)

    def select_rows(self, rows: list[int], current: int) -> None:
        """Select exactly `rows`, with `current` as the current row."""
        model, selection = self.inbox_model, QItemSelection()
        last = model.columnCount() - 1
        for row in rows:
            selection.select(model.index(row, 0), model.index(row, last))
        flags = QItemSelectionModel.SelectionFlag
        self.selectionModel().setCurrentIndex(model.index(current, 0), flags.NoUpdate)
        self.selectionModel().select(selection, flags.ClearAndSelect)
        self.scrollTo(model.index(current, 0))

    def step(self, delta: int) -> None:
        """Move to the next (+1) or previous (-1) item, alone."""
        count = self.inbox_model.rowCount()
        if count:
            row = self.currentIndex().row()
            row = 0 if row < 0 else min(max(row + delta, 0), count - 1)
            self.select_rows([row], row)

    def next_after(self, ids: list[int]) -> int | None:
        """Where "Submit & Next" goes: the first item after the acted-on ones, else before."""
        model = self.inbox_model
        rows = [r for r in (model.row_of(i) for i in ids) if r is not None]
        if not rows:
            return self.current_id()
        after = [i for i in model.ids()[max(rows) + 1:] if i not in ids]
        before = [i for i in reversed(model.ids()[:min(rows)]) if i not in ids]
        rest = after or before
        return rest[0] if rest else None
