"""The right half of the Chats page: one chat's header, actions and messages.

The header names the chat and sums it up (messages, dates, last import);
when the day/month order of one of its exports was a guess, a banner says
so and offers "Date order…". The actions (Go to date, Newest, Rename, Merge,
Undo merge, Date order) run their writes through `session.submit`; the page
refreshes the list and this pane when `session.changed` reports chats.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from moddesk.storage import Changes
from moddesk.storage.chat_queries import (
    ChatSummary,
    chat_members,
    chat_names,
    first_id_from,
    first_id_of_day,
    id_to_ts,
    last_id,
    merge_candidates,
    merge_chats,
    rename_chat,
    uncertain_samples,
    unmerge_chat,
)
from moddesk.ui import message_bridge
from moddesk.ui.chat_format import facts_line, imported_line, to_date
from moddesk.ui.chat_view import ChatView
from moddesk.ui.chat_view_model import ChatViewModel
from moddesk.ui.date_order_dialog import DateOrderDialog
from moddesk.ui.elided_label import ElidedLabel
from moddesk.ui.incident_message_actions import install_message_actions
from moddesk.ui.jump_to_date_dialog import JumpToDateDialog
from moddesk.ui.merge_chats_dialog import MergeChatsDialog
from moddesk.ui.session_api import SessionApi

log = logging.getLogger("moddesk.ui.chats")
CONTENT, PLACEHOLDER = 0, 1


class ChatPane(QWidget):
    """Shows one chat and offers what can be done with it.

    Signals:
        message_shown(object): this message id (a Python int) was scrolled
            to the middle of the view and selected.
    """

    message_shown = Signal(object)

    def __init__(self, session: SessionApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chat_pane")
        self._session = session
        self.summary: ChatSummary | None = None
        self.model = ChatViewModel(session, self)
        self.view = ChatView(self)
        self.view.setModel(self.model)
        self.title = ElidedLabel(self)
        self.facts = ElidedLabel(self)
        self.banner = QFrame(self)
        self.stack = QStackedWidget(self)
        self._build()
        self._build_actions()
        self._connect()
        self.open_chat(None)

    # -- construction --------------------------------------------------------------

    def _build(self) -> None:
        self.title.setObjectName("chat_title")
        self.facts.setObjectName("muted")
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._header())
        layout.addWidget(self._banner())
        layout.addWidget(self.view, 1)
        placeholder = QLabel(self.tr("Choose a chat on the left to read it."), self)
        placeholder.setObjectName("muted")
        placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(content)
        self.stack.addWidget(placeholder)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    def _header(self) -> QWidget:
        header = QFrame(self)
        header.setObjectName("chat_header")
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.title)
        names.addWidget(self.facts)
        self.jump_button = self._tool_button(header, self.tr("Go to date…"))
        self.newest_button = self._tool_button(header, self.tr("Newest"))
        self.more_button = self._tool_button(header, self.tr("Chat") + " ▾")
        row = QHBoxLayout(header)
        row.setContentsMargins(20, 12, 12, 12)
        row.addLayout(names, 1)
        for button in (self.jump_button, self.newest_button, self.more_button):
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        return header

    @staticmethod
    def _tool_button(parent: QWidget, text: str) -> QToolButton:
        button = QToolButton(parent)
        button.setText(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAutoRaise(True)
        return button

    def _banner(self) -> QFrame:
        self.banner.setObjectName("date_order_banner")
        text = QLabel(self.tr("The day/month order of this chat's dates is a guess: every "
                              "date in one of its exports fits both ways."), self.banner)
        text.setWordWrap(True)
        self.banner_button = QPushButton(self.tr("Date order…"), self.banner)
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(20, 8, 12, 8)
        row.addWidget(text, 1)
        row.addWidget(self.banner_button)
        return self.banner

    def _build_actions(self) -> None:
        self.jump_action = self._action(self.tr("Go to date…"), "Ctrl+G", self.ask_date)
        self.newest_action = self._action(self.tr("Newest message"), None, self.view.go_to_end)
        self.rename_action = self._action(self.tr("Rename…"), None, self.ask_rename)
        self.merge_action = self._action(self.tr("Merge into another chat…"), None, self.ask_merge)
        self.date_order_action = self._action(self.tr("Date order…"), None, self.ask_date_order)
        self.unmerge_menu = QMenu(self.tr("Undo merge"), self)
        menu = QMenu(self)
        for action in (self.rename_action, self.merge_action, self.date_order_action):
            menu.addAction(action)
        menu.addMenu(self.unmerge_menu)
        self.more_button.setMenu(menu)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.jump_button.setDefaultAction(self.jump_action)
        self.newest_button.setDefaultAction(self.newest_action)
        self.newest_button.setText(self.tr("Newest"))
        # Right-click or Ctrl+Shift+N / Ctrl+Shift+A on the selected messages: evidence.
        self.incident_actions = install_message_actions(
            self.view, self._session, self.view.selected_ids,
            count=self.view.selected_count, changed=self.view.selection_changed)

    def _action(self, text: str, shortcut: str | None, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        action.triggered.connect(slot)
        return action

    def _connect(self) -> None:
        self.view.reveal_requested.connect(self._on_view_reveal_requested)
        self.banner_button.clicked.connect(self.ask_date_order)

    # -- showing a chat ------------------------------------------------------------

    def open_chat(self, summary: ChatSummary | None) -> None:
        """Show `summary`'s chat from its first message (None: nothing)."""
        self.summary = summary
        if summary is None:
            self.model.clear()
            self.stack.setCurrentIndex(PLACEHOLDER)
            return
        self.model.open_chat(summary.id, chat_members(self._session.gui_db(), summary.id))
        self._show_header(summary)
        self.stack.setCurrentIndex(CONTENT)

    def _show_header(self, summary: ChatSummary) -> None:
        self.title.setText(summary.name)
        parts = [facts_line(summary), imported_line(summary)]
        if summary.identity != summary.name:
            parts.append(self.tr("exported as “%1”").replace("%1", summary.identity))
        self.facts.setText(" · ".join(p for p in parts if p))
        self.banner.setVisible(summary.date_uncertain)
        self.date_order_action.setEnabled(summary.date_uncertain)
        self._fill_unmerge_menu(summary)
        for action in (self.jump_action, self.newest_action):
            action.setEnabled(summary.messages > 0)

    def _fill_unmerge_menu(self, summary: ChatSummary) -> None:
        self.unmerge_menu.clear()
        names = chat_names(self._session.gui_db(), summary.merged)
        for chat_id in summary.merged:
            action = self.unmerge_menu.addAction(names.get(chat_id, str(chat_id)))
            action.triggered.connect(lambda _=False, c=chat_id: self.unmerge(c))
        self.unmerge_menu.setEnabled(bool(summary.merged))

    def refresh(self, summary: ChatSummary | None, *, messages_changed: bool) -> None:
        """Show new facts about the open chat; reload its messages if they changed."""
        old = self.summary
        if summary is None or old is None or summary.id != old.id:
            self.open_chat(summary)
            return
        members = chat_members(self._session.gui_db(), summary.id)
        # An import into another chat changes nothing here: keep rows and reveals.
        touched = messages_changed and self._content(old) != self._content(summary)
        if touched or members != self.model.members:
            self._reopen_keeping_place(summary)
        else:
            self.summary = summary
            self._show_header(summary)

    @staticmethod
    def _content(summary: ChatSummary) -> tuple[object, ...]:
        return (summary.messages, summary.first_ts, summary.last_ts, summary.removed,
                summary.last_import, summary.date_uncertain, summary.merged)

    def _reopen_keeping_place(self, summary: ChatSummary) -> None:
        top = self.view.first_visible_row()
        top_id = self.model.message_id(top) if top >= 0 else None
        current = self.view.currentIndex()
        selected = self.model.message_id(current.row()) if current.isValid() else None
        self.open_chat(summary)
        if top_id is not None:
            self.model.load_through(max(top_id, selected or 0),
                                    lambda: self._restore_place(top_id, selected))

    def _restore_place(self, top_id: int, selected: int | None) -> None:
        if selected is not None and (row := self.model.row_of(selected)) is not None:
            # The selection itself is kept by message id across the reload.
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.NoUpdate)
        row = self.model.row_at_or_after(top_id)
        if row is not None:
            self.view.scrollTo(self.model.index(row), QAbstractItemView.ScrollHint.PositionAtTop)

    def clear(self) -> None:
        """Forget the chat and everything read from it (on lock)."""
        self.open_chat(None)
        self.view.message_delegate.clear_cache()
        self.title.clear()
        self.facts.clear()
        self.unmerge_menu.clear()

    # -- going to a message or a date ------------------------------------------------

    def show_message(self, message_id: int) -> None:
        """Load ids as far as `message_id`, then centre and select it."""
        self.model.load_through(message_id, lambda: self._select_message(message_id))

    def _select_message(self, message_id: int) -> None:
        row = self.model.row_of(message_id)
        if row is None:
            return
        self.view.show_row(row)
        self.view.setFocus()
        log.debug("message %d shown (row=%d)", message_id, row)
        self.message_shown.emit(message_id)

    def jump_to_date(self, day: dt.date) -> None:
        """Go to the first message on or after `day` (the newest if none is)."""
        if self.summary is None:
            return
        db, members = self._session.gui_db(), self.model.members
        target = first_id_from(db, members, lowest=first_id_of_day(day))
        if target is None:
            target = last_id(db, members)
        if target is not None:
            self.show_message(target)

    def ask_date(self) -> None:
        """Ctrl+G: pick a day in a calendar, then jump to it."""
        summary = self.summary
        if summary is None or not summary.first_ts or not summary.last_ts:
            return
        dialog = JumpToDateDialog(to_date(summary.first_ts), to_date(summary.last_ts),
                                  self._current_date(), self)
        dialog.date_chosen.connect(self._on_jump_dialog_date_chosen)
        self._open(dialog)

    def _on_jump_dialog_date_chosen(self, day: QDate) -> None:
        self.jump_to_date(day.toPython())

    def _current_date(self) -> QDate:
        current = self.view.currentIndex()
        row = current.row() if current.isValid() else self.view.first_visible_row()
        return to_date(id_to_ts(self.model.message_id(row))) if row >= 0 else QDate.currentDate()

    def _on_view_reveal_requested(self, row: int) -> None:
        self.model.toggle_reveal(row)

    # -- changing the chat -------------------------------------------------------------

    def ask_rename(self) -> None:
        """Ask for the name ModDesk shows for this chat."""
        summary = self.summary
        if summary is None:
            return
        dialog = QInputDialog(self)
        dialog.setObjectName("rename_chat_dialog")
        dialog.setWindowTitle(self.tr("Rename chat"))
        dialog.setLabelText(self.tr(
            "Name shown in ModDesk. Exports named “%1” still arrive in this chat; "
            "leave empty to show that name again.").replace("%1", summary.identity))
        dialog.setTextValue(summary.name)
        chat_id = summary.id
        dialog.textValueSelected.connect(lambda name: self.rename(chat_id, name))
        self._open(dialog)

    def rename(self, chat_id: int, name: str) -> None:
        """Show `chat_id` as `name` (blank: the export's name)."""
        self._session.submit(lambda db: rename_chat(db, chat_id, display_name=name))

    def ask_merge(self) -> None:
        """Ask which chat this one should be merged into."""
        summary = self.summary
        if summary is None:
            return
        candidates = merge_candidates(self._session.gui_db(), summary.id)
        if not candidates:
            message_bridge.info(self.tr("There is no other chat to merge this one into."))
            return
        dialog = MergeChatsDialog(summary.name, candidates, self)
        # Only ids in the closure: a lambda holding the dialog keeps a cycle that
        # crashes PySide when WA_DeleteOnClose deletes the dialog.
        source = summary.id
        dialog.chat_chosen.connect(lambda target: self.merge(source, target))
        self._open(dialog)

    def merge(self, source: int, target: int) -> None:
        """Fold chat `source` into chat `target`."""
        self._session.submit(lambda db: merge_chats(db, source=source, target=target))

    def unmerge(self, chat_id: int) -> None:
        """Give a merged chat its own entry in the list again."""
        self._session.submit(lambda db: unmerge_chat(db, chat_id))

    def ask_date_order(self) -> None:
        """Explain the uncertain date order and offer the three readings."""
        summary = self.summary
        if summary is None or not summary.date_uncertain:
            return
        samples = uncertain_samples(self._session.gui_db(), summary.id)
        current = samples[0].order if samples else "dmy"
        dialog = DateOrderDialog(samples, current, self)
        chat_id = summary.id
        dialog.order_chosen.connect(lambda order: self.redate(chat_id, order))
        self._open(dialog)

    def redate(self, chat_id: int, order: str) -> None:
        """Re-read the dates of the chat's uncertain exports in `order`."""

        def job(db: Any) -> Changes | Exception:
            from moddesk.ingest.redate_stored import ImpossibleDates, redate_chat

            try:
                redate_chat(db, chat_id, order)
            except ImpossibleDates as exc:
                return exc  # a choice the dates rule out, not a bug: say so
            return Changes(chats=True, messages=True)

        self._session.submit(job, self._on_redate_done)

    def _on_redate_done(self, result: object) -> None:
        if isinstance(result, Exception):
            message_bridge.warning(str(result))
        else:
            message_bridge.info(self.tr("The dates of this chat were read again."))

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
