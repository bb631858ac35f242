"""The groups overview: every group with what it needs, the neediest first.

A moderator may run thirty groups; this column answers "where do I look
first?" at a glance. Each row shows the group's name and its open counts
(urgent help, needs attention, needs reply); "All groups" on top sums them.
Choosing a row filters the queue to that group.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from moddesk.storage.inbox_queries import GroupNeeds
from moddesk.ui.inbox_model import BUCKET_COLORS, bucket_label, tr

CHAT_ROLE = Qt.ItemDataRole.UserRole + 1
COUNTS_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


def counts_line(urgent: int, attention: int, reply: int) -> list[tuple[int, str]]:
    """(count, bucket colour) for each bucket with open items, most urgent first."""
    counts = (("urgent", urgent), ("attention", attention), ("reply", reply))
    return [(n, BUCKET_COLORS[b]) for b, n in counts if n]


def legend_html() -> str:
    """Which pill colour counts what, in the moderator's words."""
    words = (("urgent", tr("urgent help")), ("attention", tr("attention")), ("reply", tr("reply")))
    # Non-breaking inside an entry, breakable between entries (narrow columns wrap).
    return "&nbsp; ".join(f'<span style="color:{BUCKET_COLORS[b]};">●</span>&nbsp;'
                          f'{w.replace(" ", "&nbsp;")}' for b, w in words)


class GroupsOverview(QWidget):
    """A list of groups sorted by need; choosing one filters the queue.

    Signals:
        group_chosen(object): a chat id, or None for "All groups".
    """

    group_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groups_overview")
        self.model = QStandardItemModel(self)
        self.view = QListView(self)
        self.view.setObjectName("groups_list")
        self.view.setModel(self.model)
        self.view.setItemDelegate(GroupDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        title = QLabel(tr("Groups"), self)
        title.setObjectName("section_heading")
        self.view.setAccessibleName(title.text())
        hint = QLabel(tr("Most urgent first"), self)
        hint.setObjectName("muted")
        self.legend = QLabel(legend_html(), self)
        self.legend.setObjectName("groups_legend")
        self.legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for widget in (title, hint, self.legend):
            layout.addWidget(widget)
        layout.addSpacing(6)
        layout.addWidget(self.view, 1)
        self.view.selectionModel().currentChanged.connect(self._on_selection_current_changed)

    def set_needs(self, needs: list[GroupNeeds], chosen: int | None) -> None:
        """Show `needs` (already sorted) with `chosen` selected, without emitting."""
        self.view.selectionModel().blockSignals(True)
        try:
            self.model.clear()
            self.model.appendRow(self._all_row(needs))
            for group in needs:
                self.model.appendRow(self._row(group.chat, group.chat_id, group))
            self._select(chosen)
        finally:
            self.view.selectionModel().blockSignals(False)

    def clear(self) -> None:
        """Forget every group (on lock), without announcing a choice."""
        self.view.selectionModel().blockSignals(True)
        try:
            self.model.clear()
        finally:
            self.view.selectionModel().blockSignals(False)

    def chat_names(self) -> list[str]:
        """The group names in display order (without "All groups")."""
        return [self.model.item(r).text() for r in range(1, self.model.rowCount())]

    def choose(self, chat_id: int | None) -> None:
        """Select a group as if clicked (emits `group_chosen`)."""
        self._select(chat_id)

    def _all_row(self, needs: list[GroupNeeds]) -> QStandardItem:
        total = GroupNeeds(0, "", sum(g.urgent for g in needs),
                           sum(g.attention for g in needs), sum(g.reply for g in needs))
        return self._row(tr("All groups"), None, total)

    def _row(self, name: str, chat_id: int | None, counts: GroupNeeds) -> QStandardItem:
        item = QStandardItem(name)
        item.setData(chat_id, CHAT_ROLE)
        item.setData((counts.urgent, counts.attention, counts.reply), COUNTS_ROLE)
        item.setToolTip("\n".join(f"{bucket_label(b)}: {n}" for b, n in (
            ("urgent", counts.urgent), ("attention", counts.attention), ("reply", counts.reply))))
        return item

    def _select(self, chat_id: int | None) -> None:
        for r in range(self.model.rowCount()):
            if self.model.item(r).data(CHAT_ROLE) == chat_id:
                self.view.setCurrentIndex(self.model.index(r, 0))
                return
        self.view.setCurrentIndex(self.model.index(0, 0))

    def _on_selection_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.group_chosen.emit(current.data(CHAT_ROLE))


class GroupDelegate(QStyledItemDelegate):
    """Two lines per group: the name, then coloured counts (or "Nothing open").

    Signals: none.
    """

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        name, option.text = option.text, ""
        widget = option.widget
        if widget is not None:
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        urgent, attention, reply = index.data(COUNTS_ROLE) or (0, 0, 0)
        box = option.rect.adjusted(12, 6, -10, -6)
        painter.save()
        painter.setFont(self._name_font(option, urgent > 0))
        top = QRect(box.x(), box.y(), box.width(), box.height() // 2)
        elided = painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, box.width())
        painter.setPen(option.palette.text().color())
        painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided)
        self._paint_counts(painter, option, box, counts_line(urgent, attention, reply))
        painter.restore()

    def _name_font(self, option: QStyleOptionViewItem, strong: bool) -> QFont:
        font = QFont(option.font)
        font.setWeight(QFont.Weight.DemiBold if strong else QFont.Weight.Normal)
        return font

    def _paint_counts(self, painter: QPainter, option: QStyleOptionViewItem, box: QRect,
                      pieces: list[tuple[int, str]]) -> None:
        """Tinted pills with the counts, in the same colours as the page's counters."""
        font = QFont(option.font)
        font.setPointSizeF(font.pointSizeF() * 0.9)
        painter.setFont(font)
        bottom = QRect(box.x(), box.y() + box.height() // 2, box.width(), box.height() // 2)
        if not pieces:
            painter.setPen(option.palette.placeholderText().color())
            painter.drawText(bottom, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             tr("Nothing open"))
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x, height = bottom.x(), painter.fontMetrics().height() + 2
        for count, color in pieces:
            text = str(count)
            width = max(painter.fontMetrics().horizontalAdvance(text) + 16, height + 8)
            pill = QRect(x, bottom.center().y() - height // 2 + 1, width, height)
            tint = QColor(color)
            tint.setAlphaF(0.18)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(tint)
            painter.drawRoundedRect(pill, height / 2, height / 2)
            painter.setPen(option.palette.text().color())
            painter.drawText(pill, int(Qt.AlignmentFlag.AlignCenter), text)
            x += width + 6

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return QSize(120, option.fontMetrics.height() * 2 + 18)
