"""The chat view: a virtual list that lays out only the messages on screen.

QListView and QTreeView ask every row for its size (or build an item per
row) before they paint, which for a million messages of varying height means
reading them all. This view keeps a position instead (the top row and how
far it is scrolled into it), asks the delegate for the heights of the rows it
paints and of the last screenful (to know where the end is), and so touches
a few dozen rows whatever the chat's length. The scroll bar counts rows; the
wheel scrolls by pixels.

Keys: Up/Down, Page Up/Down, Home/End (End loads every id first), Space
shows or hides the current message's media. A click on a media box does the
same.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QRegion, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyleOptionViewItem, QWidget

from moddesk.ui.chat_view_model import ChatViewModel
from moddesk.ui.message_delegate import MessageDelegate

FETCH_MARGIN = 400  # rows left below the screen when the next chunk of ids is fetched
Position = tuple[int, int]


class ChatView(QAbstractItemView):
    """Shows a `ChatViewModel` through a `MessageDelegate`.

    Signals:
        reveal_requested(int): the moderator clicked a media box or pressed
            Space on this row.
        position_changed(): the rows on screen changed (scroll, resize, data).
    """

    reveal_requested = Signal(int)
    position_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chat_view")
        self._top, self._offset = 0, 0
        self._heights: dict[int, int] = {}
        self._max: Position | None = None
        self._syncing = False
        self.message_delegate = MessageDelegate(self)
        self.setItemDelegate(self.message_delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.viewport().setMouseTracking(True)

    def chat_model(self) -> ChatViewModel:
        """The model, typed."""
        model = self.model()
        assert isinstance(model, ChatViewModel)
        return model

    # -- geometry ----------------------------------------------------------------------

    def row_height(self, row: int) -> int:
        """The height of `row` at the current width (measured once, then cached)."""
        height = self._heights.get(row)
        if height is None:
            index = self.model().index(row, 0)
            height = self.itemDelegate().sizeHint(self._option(), index).height()
            self._heights[row] = height
        return height

    def _option(self) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = QRect(0, 0, self.viewport().width(), 0)
        return option

    def visible_rows(self) -> Iterator[tuple[int, QRect]]:
        """(row, rect) of every row on screen, top to bottom."""
        if self.model() is None:
            return
        count, width, height = self.model().rowCount(), self.viewport().width(), self.viewport().height()
        row, y = self._top, -self._offset
        while row < count and y < height:
            h = self.row_height(row)
            yield row, QRect(0, y, width, h)
            row, y = row + 1, y + h

    def first_visible_row(self) -> int:
        """The top row on screen (-1 when empty)."""
        return self._top if self.model() is not None and self.model().rowCount() else -1

    def _max_position(self) -> Position:
        # The position that puts the last row's bottom on the viewport's bottom.
        if self._max is None and self._more_to_load():
            # The end is not loaded yet: measuring the loaded tail would read
            # rows nobody looks at; the next chunk arrives before it shows.
            self._max = (max(self.model().rowCount() - 1, 0), 0)
        if self._max is None:
            row, total, height = self.model().rowCount() - 1, 0, self.viewport().height()
            self._max = (0, 0)
            while row >= 0:
                total += self.row_height(row)
                if total >= height:
                    self._max = (row, total - height)
                    break
                row -= 1
        return self._max

    def _more_to_load(self) -> bool:
        model = self.model()
        return model.canFetchMore(QModelIndex()) or not getattr(model, "fully_loaded", True)

    def _set_position(self, top: int, offset: int) -> None:
        top, offset = min((max(top, 0), max(offset, 0)), self._max_position())
        changed = (top, offset) != (self._top, self._offset)
        self._top, self._offset = top, offset
        self._sync_scroll_bar()
        self.viewport().update()
        self._fetch_if_near_end()
        if changed:
            self.position_changed.emit()

    def scroll_pixels(self, dy: int) -> None:
        """Scroll down by `dy` pixels (up when negative)."""
        top, offset = self._top, self._offset + dy
        while offset < 0 and top > 0:
            top -= 1
            offset += self.row_height(top)
        last = self.model().rowCount() - 1 if self.model() is not None else -1
        while top < last and offset >= self.row_height(top):
            offset -= self.row_height(top)
            top += 1
        self._set_position(top, offset)

    def _position_above(self, row: int, space: int) -> Position:
        """The position that shows `space` pixels of earlier rows above `row`."""
        top = row
        while space > 0 and top > 0:
            top -= 1
            space -= self.row_height(top)
        return top, max(-space, 0)

    def _sync_scroll_bar(self) -> None:
        bar, (last_top, last_offset) = self.verticalScrollBar(), self._max_position()
        at_end = (self._top, self._offset) == (last_top, last_offset) and last_offset > 0
        was, self._syncing = self._syncing, True
        try:
            bar.setRange(0, last_top + (1 if last_offset else 0))
            bar.setPageStep(max(sum(1 for _ in self.visible_rows()) - 1, 1))
            bar.setValue(self._top + (1 if at_end else 0))
        finally:
            self._syncing = was

    def _fetch_if_near_end(self) -> None:
        model = self.model()
        if model is None or not model.canFetchMore(QModelIndex()):
            return
        rows = list(self.visible_rows())
        last = rows[-1][0] if rows else self._top
        if last + FETCH_MARGIN >= model.rowCount():
            model.fetchMore(QModelIndex())

    def _invalidate(self, rows: range | None = None) -> None:
        if rows is None:
            self._heights.clear()
        else:
            for row in rows:
                self._heights.pop(row, None)
        self._max = None

    # -- QAbstractItemView -------------------------------------------------------------

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt override
        if self._syncing:
            return
        value, bar = self.verticalScrollBar().value(), self.verticalScrollBar()
        if value >= bar.maximum():
            self._set_position(*self._max_position())
        else:
            self._set_position(value, 0)

    def verticalScrollbarValueChanged(self, value: int) -> None:  # noqa: N802
        # The base class fetches more at the bar's maximum; this view fetches
        # by rows left below the screen instead (`_fetch_if_near_end`).
        pass

    def updateGeometries(self) -> None:  # noqa: N802
        if self.model() is not None:
            self._max = None
            self._set_position(self._top, self._offset)
        super().updateGeometries()

    def reset(self) -> None:
        self._top, self._offset = 0, 0
        self._invalidate()
        self.message_delegate.clear_cache()
        super().reset()
        self.updateGeometries()

    def rowsInserted(self, parent: QModelIndex, start: int, end: int) -> None:  # noqa: N802
        super().rowsInserted(parent, start, end)
        self._max = None
        self._sync_scroll_bar()
        self.viewport().update()

    def dataChanged(self, top_left: QModelIndex, bottom_right: QModelIndex,  # noqa: N802
                    roles: list[int] = []) -> None:  # noqa: B006 - Qt's default
        self._invalidate(range(top_left.row(), bottom_right.row() + 1))
        super().dataChanged(top_left, bottom_right, roles)
        self._set_position(self._top, self._offset)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        if event.size().width() != event.oldSize().width():
            self._invalidate()
        self._max = None
        super().resizeEvent(event)
        if self.model() is not None:
            self._set_position(self._top, self._offset)

    def visualRect(self, index: QModelIndex) -> QRect:  # noqa: N802
        if not index.isValid():
            return QRect()
        for row, rect in self.visible_rows():
            if row == index.row():
                return rect
        return QRect()

    def indexAt(self, point: QPoint) -> QModelIndex:  # noqa: N802
        for row, rect in self.visible_rows():
            if rect.contains(point):
                return self.model().index(row, 0)
        return QModelIndex()

    def scrollTo(self, index: QModelIndex,  # noqa: N802
                 hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        if not index.isValid():
            return
        row, height = index.row(), self.viewport().height()
        hints = QAbstractItemView.ScrollHint
        if hint == hints.PositionAtTop or (hint == hints.EnsureVisible and row <= self._top):
            self._set_position(row, 0)
        elif hint == hints.PositionAtCenter:
            self._set_position(*self._position_above(row, (height - self.row_height(row)) // 2))
        elif hint == hints.PositionAtBottom or not self._fully_visible(row):
            self._set_position(*self._position_above(row, height - self.row_height(row)))

    def _fully_visible(self, row: int) -> bool:
        rect = self.visualRect(self.model().index(row, 0))
        return rect.isValid() and rect.top() >= 0 and rect.bottom() < self.viewport().height()

    def moveCursor(self, action: QAbstractItemView.CursorAction,  # noqa: N802
                   modifiers: Qt.KeyboardModifier) -> QModelIndex:
        model, current = self.model(), self.currentIndex()
        row = current.row() if current.isValid() else self._top
        page = max(sum(1 for _ in self.visible_rows()) - 1, 1)
        moves = QAbstractItemView.CursorAction
        steps = {moves.MoveUp: -1, moves.MovePrevious: -1, moves.MoveDown: 1, moves.MoveNext: 1,
                 moves.MovePageUp: -page, moves.MovePageDown: page}
        if action == moves.MoveHome:
            row = 0
        elif action in steps and current.isValid():
            row += steps[action]
        if row >= model.rowCount() and model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        return model.index(max(min(row, model.rowCount() - 1), 0), 0)

    def horizontalOffset(self) -> int:  # noqa: N802
        return 0

    def verticalOffset(self) -> int:  # noqa: N802
        return 0

    def isIndexHidden(self, index: QModelIndex) -> bool:  # noqa: N802
        return False

    def setSelection(self, rect: QRect, command: QItemSelectionModel.SelectionFlag) -> None:  # noqa: N802
        index = self.indexAt(rect.normalized().center())
        if index.isValid():
            self.selectionModel().select(index, command)

    def visualRegionForSelection(self, selection: QItemSelection) -> QRegion:  # noqa: N802
        region = QRegion()
        for index in selection.indexes():
            region += self.visualRect(index)
        return region

    # -- painting and input -------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if self.model() is None:
            return
        painter = QPainter(self.viewport())
        current, selection = self.currentIndex(), self.selectionModel()
        for row, rect in self.visible_rows():
            index = self.model().index(row, 0)
            option = self._option()
            option.rect = rect
            if selection is not None and selection.isSelected(index):
                option.state |= QStyle.StateFlag.State_Selected
            if index == current and self.hasFocus():
                option.state |= QStyle.StateFlag.State_HasFocus
            self.itemDelegate().paint(painter, option, index)
        painter.end()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        pixels = event.pixelDelta().y()
        if not pixels:
            pixels = event.angleDelta().y() * 3 * self.fontMetrics().lineSpacing() // 120
        if pixels and self.model() is not None:
            self.scroll_pixels(-pixels)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key == Qt.Key.Key_Space and self.currentIndex().isValid():
            self.reveal_requested.emit(self.currentIndex().row())
        elif key == Qt.Key.Key_End and self.model() is not None:
            self.go_to_end()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        row = self._media_row_at(event.position().toPoint())
        if row is not None and event.button() == Qt.MouseButton.LeftButton:
            self.reveal_requested.emit(row)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseMoveEvent(event)
        over = self._media_row_at(event.position().toPoint()) is not None
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if over
                                  else Qt.CursorShape.ArrowCursor)

    def _media_row_at(self, point: QPoint) -> int | None:
        index = self.indexAt(point)
        if not index.isValid():
            return None
        option = self._option()
        option.rect = self.visualRect(index)
        box = self.message_delegate.media_rect(option, index)
        msg = self.chat_model().message(index.row())
        stored = msg is not None and msg.media_mime is not None
        return index.row() if stored and box is not None and box.contains(point) else None

    # -- navigation ---------------------------------------------------------------------

    def show_row(self, row: int, *, select: bool = True) -> None:
        """Put `row` in the middle of the screen, with its neighbours around it."""
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return
        index = model.index(row, 0)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        if select:
            self.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def go_to_end(self) -> None:
        """Load every id, then show and select the newest message."""
        self.chat_model().load_through(None, self._on_end_loaded)

    def _on_end_loaded(self) -> None:
        count = self.model().rowCount()
        if count:
            self.selectionModel().setCurrentIndex(
                self.model().index(count - 1, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self._set_position(*self._max_position())
