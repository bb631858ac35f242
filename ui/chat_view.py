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

Selection (for "New incident from messages…"): a click selects one message,
Shift+click or Shift with a movement key selects the range from the anchor,
Ctrl+click toggles one message, Ctrl with a movement key moves the cursor
without selecting and Ctrl+Space toggles the message under it. The
selection is a `MessageSelection` of message-id intervals, so a range over
rows never read stays a pair of ids, and it survives scrolling, loading
more ids and a reload of the same chat. Ctrl+A selects nothing on purpose:
a chat of a million messages is never one incident's evidence; Shift+Home
and Shift+End reach the ends when a long stretch is really meant.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QRegion,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyleOptionViewItem, QWidget

from moddesk.ui.chat_selection import MessageSelection
from moddesk.ui.chat_view_model import ChatViewModel
from moddesk.ui.message_delegate import MessageDelegate

FETCH_MARGIN = 400  # rows left below the screen when the next chunk of ids is fetched
Position = tuple[int, int]
Modifier = Qt.KeyboardModifier
Move = QAbstractItemView.CursorAction
MOVES = {Qt.Key.Key_Up: Move.MoveUp, Qt.Key.Key_Down: Move.MoveDown,
         Qt.Key.Key_PageUp: Move.MovePageUp, Qt.Key.Key_PageDown: Move.MovePageDown,
         Qt.Key.Key_Home: Move.MoveHome}


class ChatView(QAbstractItemView):
    """Shows a `ChatViewModel` through a `MessageDelegate`.

    Signals:
        reveal_requested(int): the moderator clicked a media box or pressed
            Space on this row.
        position_changed(): the rows on screen changed (scroll, resize, data).
        selection_changed(): messages were selected or unselected.
    """

    reveal_requested = Signal(int)
    position_changed = Signal()
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chat_view")
        self._top, self._offset = 0, 0
        self._heights: dict[int, int] = {}
        self._max: Position | None = None
        self._syncing = False
        self.selection = MessageSelection()
        self._anchor: int | None = None  # the message id Shift ranges start from
        self._chat: int | None = None  # the chat the selection belongs to
        self.message_delegate = MessageDelegate(self)
        self.setItemDelegate(self.message_delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
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
        self._forget_selection_of_other_chat()
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

    def selectionCommand(self, index: QModelIndex,  # noqa: N802
                         event: QEvent | None = None) -> QItemSelectionModel.SelectionFlag:
        # The selection is kept by id in `self.selection`; Qt's selection model
        # only carries the current index (row ranges would not survive a reload).
        return QItemSelectionModel.SelectionFlag.NoUpdate

    def setSelection(self, rect: QRect, command: QItemSelectionModel.SelectionFlag) -> None:  # noqa: N802
        pass  # see selectionCommand

    def selectAll(self) -> None:  # noqa: N802
        pass  # on purpose: see the module docstring

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
        current, model = self.currentIndex(), self.chat_model()
        for row, rect in self.visible_rows():
            index = model.index(row, 0)
            option = self._option()
            option.rect = rect
            if self.selection.contains(model.message_id(row)):
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
        key, mods, current = event.key(), event.modifiers(), self.currentIndex()
        if event.matches(QKeySequence.StandardKey.SelectAll):
            pass  # swallowed, so it does not reach the page either (module docstring)
        elif key == Qt.Key.Key_Space and current.isValid() and mods & Modifier.ControlModifier:
            self.toggle_row(current.row())
        elif key == Qt.Key.Key_Space and current.isValid():
            self.reveal_requested.emit(current.row())
        elif key == Qt.Key.Key_End and self.model() is not None:
            self.go_to_end(extend=bool(mods & Modifier.ShiftModifier))
        elif key in MOVES and self.model() is not None and self.model().rowCount():
            self._move(MOVES[key], mods)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _move(self, action: QAbstractItemView.CursorAction, mods: Qt.KeyboardModifier) -> None:
        index = self.moveCursor(action, mods)
        if not index.isValid():
            return
        if mods & Modifier.ShiftModifier:
            self.extend_to(index.row())
        elif mods & Modifier.ControlModifier:
            self._set_current(index.row())  # the cursor moves; the selection stays
        else:
            self.select_only(index.row())
        self.scrollTo(index)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mousePressEvent(event)
        index = self.indexAt(event.position().toPoint())
        if not index.isValid() or self.model() is None:
            return
        row, mods = index.row(), event.modifiers()
        if event.button() == Qt.MouseButton.RightButton:
            # The context menu acts on the selection when the click was inside it.
            if not self.selection.contains(self.chat_model().message_id(row)):
                self.select_only(row)
        elif event.button() != Qt.MouseButton.LeftButton:
            return
        elif mods & Modifier.ShiftModifier:
            self.extend_to(row, keep=bool(mods & Modifier.ControlModifier))
        elif mods & Modifier.ControlModifier:
            self.toggle_row(row)
        else:
            self.select_only(row)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        row = self._media_row_at(event.position().toPoint())
        plain = not event.modifiers() & (Modifier.ShiftModifier | Modifier.ControlModifier)
        if row is not None and plain and event.button() == Qt.MouseButton.LeftButton:
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

    # -- selection ----------------------------------------------------------------------

    def select_only(self, row: int) -> None:
        """Select just `row`, make it current and the anchor of Shift ranges."""
        message_id = self.chat_model().message_id(row)
        self.selection.clear()
        self.selection.add(message_id, message_id)
        self._anchor = message_id
        self._set_current(row)
        self._selection_done()

    def toggle_row(self, row: int) -> None:
        """Ctrl+click / Ctrl+Space: add `row` to the selection or take it out."""
        message_id = self.chat_model().message_id(row)
        if not self.selection and self.currentIndex().isValid() and \
                self.currentIndex().row() != row:
            # A lone cursor row counts as selected (the actions use it): keep it.
            current = self.chat_model().message_id(self.currentIndex().row())
            self.selection.add(current, current)
        self.selection.toggle(message_id)
        self._anchor = message_id
        self._set_current(row)
        self._selection_done()

    def extend_to(self, row: int, *, keep: bool = False) -> None:
        """Shift: select from the anchor to `row` (`keep`: add to what is selected)."""
        message_id = self.chat_model().message_id(row)
        if self._anchor is None:
            current = self.currentIndex()
            self._anchor = (self.chat_model().message_id(current.row()) if current.isValid()
                            else message_id)
        if not keep:
            self.selection.clear()
        self.selection.add(self._anchor, message_id)
        self._set_current(row)
        self._selection_done()

    def clear_selection(self) -> None:
        """Select nothing (the cursor stays)."""
        self.selection.clear()
        self._anchor = None
        self._selection_done()

    def selected_ids(self) -> list[int]:
        """The selected message ids in time order; the cursor's message when none is."""
        ids = self.selection.ids(self.chat_model().ids())
        current = self.currentIndex()
        if not ids and current.isValid():
            ids = [self.chat_model().message_id(current.row())]
        return ids

    def selected_count(self) -> int:
        """How many messages `selected_ids` would return (without listing them)."""
        count = self.selection.count(self.chat_model().ids())
        return count or (1 if self.currentIndex().isValid() else 0)

    def _set_current(self, row: int) -> None:
        self.selectionModel().setCurrentIndex(self.model().index(row, 0),
                                              QItemSelectionModel.SelectionFlag.NoUpdate)

    def _selection_done(self) -> None:
        self._chat = self.chat_model().chat_id
        self.viewport().update()
        self.selection_changed.emit()

    def _forget_selection_of_other_chat(self) -> None:
        model = self.model()
        if model is None or getattr(model, "chat_id", None) != self._chat:
            had = bool(self.selection)
            self.selection.clear()
            self._anchor, self._chat = None, getattr(model, "chat_id", None)
            if had:
                self.selection_changed.emit()

    # -- navigation ---------------------------------------------------------------------

    def show_row(self, row: int, *, select: bool = True) -> None:
        """Put `row` in the middle of the screen, with its neighbours around it."""
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return
        index = model.index(row, 0)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        if select:
            self.select_only(row)
            self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)

    def go_to_end(self, *, extend: bool = False) -> None:
        """Load every id, then show and select the newest message (`extend`: Shift+End)."""
        self.chat_model().load_through(None, lambda: self._on_end_loaded(extend))

    def _on_end_loaded(self, extend: bool) -> None:
        count = self.model().rowCount()
        if count:
            if extend:
                self.extend_to(count - 1)
            else:
                self.select_only(count - 1)
            self._set_position(*self._max_position())
