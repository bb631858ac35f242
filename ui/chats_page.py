"""The Chats page: every imported chat on the left, the open chat on the right.

The list shows each chat's name, message count, date range, day of the
newest message and badges (uncertain date order, messages removed since an
earlier export, chats merged in), sorted by name or by last activity. Up and
Down move through it and open the chat; Enter moves into the messages.

`show_message(message_id)` opens the chat that holds a message and centres
it (the Search and Inbox pages use it through the main window). The list is
read again when `session.changed` reports chats or messages; the open chat
keeps its place. `clear()` on lock forgets everything shown.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from moddesk.storage import Changes
from moddesk.storage.chat_queries import ChatSummary, chat_of_message, root_chat
from moddesk.ui import message_bridge
from moddesk.ui.chat_list_delegate import ChatListDelegate
from moddesk.ui.chat_list_model import ChatListModel, SummaryRole
from moddesk.ui.chat_pane import ChatPane
from moddesk.ui.session_api import SessionApi

if TYPE_CHECKING:
    from moddesk.ui.nav_pages import PageSpec

log = logging.getLogger("moddesk.ui.chats")
CHATS, EMPTY = 0, 1


class ChatsPage(QWidget):
    """The chat list and the open chat.

    Args:
        spec: the navigation entry this page fills (key "chats").
        session: the session controller.

    Signals:
        chat_opened(int): the chat with this id is shown on the right.
    """

    chat_opened = Signal(int)

    def __init__(self, spec: PageSpec, session: SessionApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec, self._session = spec, session
        self.setObjectName(f"page_{spec.key}")
        self.list_model = ChatListModel(session, self)
        self.chat_list = QListView(self)
        self.sort = QComboBox(self)
        self.pane = ChatPane(session, self)
        self.stack = QStackedWidget(self)
        self._pending_message: int | None = None
        self._messages_changed = False
        self._build()
        self._connect()

    # -- construction --------------------------------------------------------------

    def _build(self) -> None:
        self.stack.addWidget(self._chats_splitter())
        self.stack.addWidget(self._empty_state())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _chats_splitter(self) -> QSplitter:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("chats_splitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._list_panel())
        splitter.addWidget(self.pane)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([270, 630])
        return splitter

    def _list_panel(self) -> QWidget:
        panel = QWidget(self)
        panel.setObjectName("chat_list_panel")
        panel.setMinimumWidth(220)
        heading = QLabel(self.tr("Chats"), panel)
        heading.setObjectName("heading")
        self.chat_list.setAccessibleName(heading.text())
        self.pane.view.setAccessibleName(self.tr("Messages"))
        self.sort.addItem(self.tr("By name"), "name")
        self.sort.addItem(self.tr("By last activity"), "activity")
        self.sort.setObjectName("chat_sort")
        top = QHBoxLayout()
        top.setContentsMargins(16, 14, 10, 6)
        top.addWidget(heading, 1)
        top.addWidget(self.sort)
        self.chat_list.setObjectName("chat_list")
        self.chat_list.setModel(self.list_model)
        self.chat_list.setItemDelegate(ChatListDelegate(self.chat_list))
        self.chat_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.chat_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.chat_list.setMouseTracking(True)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.chat_list, 1)
        return panel

    def _empty_state(self) -> QWidget:
        page = QWidget(self)
        heading = QLabel(self.tr("Chats"), page)
        heading.setObjectName("empty_heading")  # the page's one "heading" is the list's
        self.empty_label = QLabel(self.tr(
            "No chats yet — add a watched folder or import an export (Ctrl+I)"), page)
        self.empty_label.setObjectName("empty_state")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 18, 16, 18)  # the heading where the list's stands
        layout.addWidget(heading)
        layout.addStretch(1)
        layout.addWidget(self.empty_label)
        layout.addStretch(2)
        return page

    def _connect(self) -> None:
        self.list_model.loaded.connect(self._on_list_model_loaded)
        self.chat_list.selectionModel().currentChanged.connect(self._on_chat_list_current_changed)
        self.chat_list.activated.connect(self._on_chat_list_activated)
        self.sort.currentIndexChanged.connect(self._on_sort_current_index_changed)
        self._session.changed.connect(self._on_session_changed)  # type: ignore[attr-defined]

    # -- lock and unlock -------------------------------------------------------------

    def clear(self) -> None:
        """Forget every chat, row, id and revealed image (on lock)."""
        self._pending_message = None
        self.list_model.clear()
        self.pane.clear()
        self.stack.setCurrentIndex(CHATS)

    def reload(self) -> None:
        """Read the chat list again (on unlock)."""
        self.list_model.reload()

    # -- the list ----------------------------------------------------------------------

    def current_chat_id(self) -> int | None:
        """The id of the chat shown on the right."""
        return self.pane.summary.id if self.pane.summary is not None else None

    def _on_list_model_loaded(self, count: int) -> None:
        self.stack.setCurrentIndex(EMPTY if count == 0 else CHATS)
        messages_changed, self._messages_changed = self._messages_changed, False
        wanted = self.current_chat_id()
        if wanted is not None and self.list_model.summary(wanted) is None:
            wanted = root_chat(self._session.gui_db(), wanted)  # merged away: follow it
        if wanted is None and self.list_model.rowCount():
            wanted = self.list_model.chat_ids()[0]
        self._select(wanted, messages_changed=messages_changed)
        if self._pending_message is not None:
            message_id, self._pending_message = self._pending_message, None
            self.show_message(message_id)

    def _select(self, chat_id: int | None, *, messages_changed: bool = False) -> None:
        # The pane first: the list's currentChanged then finds the chat already open.
        summary = self.list_model.summary(chat_id) if chat_id is not None else None
        self.pane.refresh(summary, messages_changed=messages_changed)
        row = self.list_model.row_of(chat_id) if chat_id is not None else None
        if row is not None:
            index = self.list_model.index(row)
            self.chat_list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.chat_list.scrollTo(index)
        if summary is not None:
            self.chat_opened.emit(summary.id)

    def _on_chat_list_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        summary: ChatSummary | None = current.data(SummaryRole) if current.isValid() else None
        if summary is not None and summary.id != self.current_chat_id():
            self.pane.open_chat(summary)
            self.chat_opened.emit(summary.id)

    def _on_chat_list_activated(self, _index: QModelIndex) -> None:
        self.pane.view.setFocus()

    def _on_sort_current_index_changed(self, _row: int) -> None:
        self.list_model.set_order(str(self.sort.currentData()))

    def _on_session_changed(self, changes: Changes) -> None:
        if (changes.chats or changes.messages) and self._session.is_unlocked:
            self._messages_changed = self._messages_changed or changes.messages
            self.list_model.reload()

    # -- opening a message -------------------------------------------------------------

    def show_message(self, message_id: int) -> None:
        """Open the chat that holds `message_id`, centre the message and select it."""
        if not self._session.is_unlocked:
            return
        if not self.list_model.is_loaded:
            self._pending_message = message_id  # shown once the list arrives
            return
        chat_id = chat_of_message(self._session.gui_db(), message_id)
        if chat_id is None or self.list_model.summary(chat_id) is None:
            message_bridge.info(self.tr("That message is no longer in the vault."))
            return
        if chat_id != self.current_chat_id():
            self._select(chat_id)
        self.pane.show_message(message_id)

    def jump_to_date_dialog(self) -> None:
        """Ctrl+G: ask for a day and go there in the open chat."""
        self.pane.ask_date()
