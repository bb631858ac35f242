"""The inbox queue as a Qt table model, plus the labels and badge colours it uses.

Anki's browser model: the model holds the queue's item ids in order and a
cache of rows fetched a page at a time, on demand, through
`moddesk.storage.inbox_queries`. `set_ids` (after a refresh) drops the cache,
because any row may have changed. Ages are computed from an injected clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import sqlite_utils
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from moddesk.storage.inbox_queries import ItemRow, item_rows

CONTEXT = "Inbox"
PAGE = 64
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 2
SEVERITY, GROUP, RULE, AUTHOR, AGE, HITS, STATE = range(7)
Index = QModelIndex | QPersistentModelIndex

# Accents that read on light and dark palettes (the same family as app.qss).
# Badge fills under white text: each at least 4.5:1 (WCAG AA), in light and dark themes alike.
SEVERITY_COLORS = {"urgent": "#b83227", "high": "#9a5b00", "normal": "#2f6f73", "low": "#6b7280"}
BUCKET_COLORS = {"urgent": "#b83227", "attention": "#b86e00", "reply": "#2f6f73"}

_SEVERITY = {"urgent": QT_TRANSLATE_NOOP("Inbox", "Urgent"),
             "high": QT_TRANSLATE_NOOP("Inbox", "High"),
             "normal": QT_TRANSLATE_NOOP("Inbox", "Normal"),
             "low": QT_TRANSLATE_NOOP("Inbox", "Low")}
_STATE = {"new": QT_TRANSLATE_NOOP("Inbox", "New"),
          "in_review": QT_TRANSLATE_NOOP("Inbox", "In review"),
          "resolved": QT_TRANSLATE_NOOP("Inbox", "Resolved"),
          "dismissed": QT_TRANSLATE_NOOP("Inbox", "Dismissed"),
          "escalated": QT_TRANSLATE_NOOP("Inbox", "Escalated")}
_BUCKET = {"urgent": QT_TRANSLATE_NOOP("Inbox", "Urgent help"),
           "attention": QT_TRANSLATE_NOOP("Inbox", "Needs attention"),
           "reply": QT_TRANSLATE_NOOP("Inbox", "Needs reply")}
_HEADERS = (QT_TRANSLATE_NOOP("Inbox", "Severity"), QT_TRANSLATE_NOOP("Inbox", "Group"),
            QT_TRANSLATE_NOOP("Inbox", "Rule"), QT_TRANSLATE_NOOP("Inbox", "Author"),
            QT_TRANSLATE_NOOP("Inbox", "Waiting"), QT_TRANSLATE_NOOP("Inbox", "Hits"),
            QT_TRANSLATE_NOOP("Inbox", "State"))


def tr(text: str, n: int = -1) -> str:
    """Translate a string of the inbox screens."""
    return QCoreApplication.translate(CONTEXT, text, None, n)


def ntr(one: str, many: str, n: int) -> str:
    """The English singular or plural source text with %n filled in.

    No English .qm ships, so Qt's numerus forms would show "item(s)"; both
    texts still reach translators with `n`, for languages with more forms.
    """
    return tr(one if n == 1 else many, n)


def severity_label(severity: str) -> str:
    """"urgent" -> "Urgent" (translated)."""
    return tr(_SEVERITY.get(severity, severity))


def state_label(state: str) -> str:
    """"in_review" -> "In review" (translated)."""
    return tr(_STATE.get(state, state))


def bucket_label(bucket: str) -> str:
    """"reply" -> "Needs reply" (translated)."""
    return tr(_BUCKET.get(bucket, bucket))


def age_text(since: str | None, now: dt.datetime) -> str:
    """How long an item has waited, shortly: "12 min", "5 h", "3 d"."""
    if not since:
        return ""
    minutes = max(0, int((now - dt.datetime.fromisoformat(since)).total_seconds() // 60))
    if minutes < 60:
        return tr("%n min", minutes)
    if minutes < 48 * 60:
        return tr("%n h", minutes // 60)
    return tr("%n d", minutes // (24 * 60))


def state_text(row: ItemRow, today: str) -> str:
    """The state as the queue shows it, with a snooze date while one applies."""
    if row.snoozed_until and row.snoozed_until > today:
        return tr("Snoozed to %1").replace("%1", row.snoozed_until)
    return state_label(row.state)


class InboxModel(QAbstractTableModel):
    """The queue: item ids in order, rows fetched lazily a page at a time.

    Args:
        db: returns the GUI thread's connection (small indexed reads only).
        now: the clock, injected so ages are testable.
        rule_title: (pack_key, rule_id) -> what to show as the rule.

    Signals: none of its own (the standard model signals only).
    """

    def __init__(self, db: Callable[[], sqlite_utils.Database], now: Callable[[], dt.datetime],
                 rule_title: Callable[[str, str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._now, self._rule_title = db, now, rule_title
        self._ids: list[int] = []
        self._rows: dict[int, ItemRow] = {}

    # -- ids ------------------------------------------------------------------------

    def set_ids(self, ids: list[int]) -> None:
        """Show these items, in this order (drops every cached row)."""
        self.beginResetModel()
        self._ids, self._rows = list(ids), {}
        self.endResetModel()

    def clear(self) -> None:
        """Show nothing and forget every cached row (on lock)."""
        self.set_ids([])

    def ids(self) -> list[int]:
        """The item ids in queue order."""
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        """The item id on `row`, if there is such a row."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, item_id: int) -> int | None:
        """The row showing `item_id`, if shown."""
        try:
            return self._ids.index(item_id)
        except ValueError:
            return None

    def item(self, row: int) -> ItemRow | None:
        """The cached (or freshly fetched) row data of `row`."""
        item_id = self.id_at(row)
        if item_id is None:
            return None
        if item_id not in self._rows:
            self._fetch_page(row)
        return self._rows.get(item_id)

    def cached_count(self) -> int:
        """How many rows are cached (tests check that fetching stays lazy)."""
        return len(self._rows)

    def _fetch_page(self, row: int) -> None:
        start = row - row % PAGE
        wanted = [i for i in self._ids[start:start + PAGE] if i not in self._rows]
        self._rows.update(item_rows(self._db(), wanted))

    # -- Qt model API ---------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(_HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (AGE, HITS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.item(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == ITEM_ID_ROLE:
            return row.id
        if role == SEVERITY_ROLE:
            return row.severity
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (AGE, HITS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: ItemRow, column: int) -> str:
        texts = {SEVERITY: lambda: severity_label(row.severity), GROUP: lambda: row.chat,
                 RULE: lambda: self._rule_title(row.pack_key, row.rule_id),
                 AUTHOR: lambda: row.author or "", AGE: lambda: age_text(row.first_ts, self._now()),
                 HITS: lambda: str(row.hits),
                 STATE: lambda: state_text(row, self._now().date().isoformat())}
        return texts[column]()

    def _tooltip(self, row: ItemRow, column: int) -> str | None:
        if column == AGE and row.first_ts:
            return tr("First message: %1").replace("%1", row.first_ts.replace("T", " "))
        if column == SEVERITY:
            return bucket_label(row.bucket)
        if column == STATE and row.handled_by:
            return tr("Last handled by %1").replace("%1", row.handled_by)
        return None


class SeverityDelegate(QStyledItemDelegate):
    """Paints the severity column as a small coloured pill with the label.

    Signals: none.
    """

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        text, option.text = option.text, ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        color = QColor(SEVERITY_COLORS.get(str(index.data(SEVERITY_ROLE)), "#6b7280"))
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(text) + 16
        height = metrics.height() + 4
        rect = QRectF(option.rect.x() + 8, option.rect.center().y() - height / 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width() + 24, max(size.height(), option.fontMetrics.height() + 14))
