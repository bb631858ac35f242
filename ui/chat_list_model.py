"""The chat list model: listed chat ids in the chosen order, plus their summaries.

Summaries count every message of a chat (and of the chats merged into it),
so they are read on the session's background reader; a reload keeps the
old rows until the new ones arrive, and a reload overtaken by a newer one
(or by a lock) is dropped.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from moddesk.storage.chat_queries import ChatSummary, chat_summaries
from moddesk.ui.session_api import SessionApi

log = logging.getLogger("moddesk.ui.chat_list")
SummaryRole = Qt.ItemDataRole.UserRole + 1
ChatIdRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class ChatListModel(QAbstractListModel):
    """Listed chats, sorted by name or by last activity.

    Signals:
        loaded(int): a reload finished; this many chats are listed.
    """

    loaded = Signal(int)

    def __init__(self, session: SessionApi, parent: Any = None) -> None:
        super().__init__(parent)
        self._session = session
        self.order = "name"
        self._ids: list[int] = []
        self._rows: dict[int, ChatSummary] = {}
        self._generation = 0
        self.is_loaded = False

    def reload(self) -> None:
        """Read the summaries again in the background (keeps showing the old ones)."""
        self._generation += 1
        generation, order = self._generation, self.order
        self._session.read(lambda db: chat_summaries(db, order=order),
                           lambda rows: self._on_read(generation, rows))

    def set_order(self, order: str) -> None:
        """Sort by "name" or "activity" (re-reads the list)."""
        if order != self.order:
            self.order = order
            self.reload()

    def clear(self) -> None:
        """Forget every chat (on lock); a pending reload is dropped."""
        self.beginResetModel()
        self._generation += 1
        self._ids, self._rows, self.is_loaded = [], {}, False
        self.endResetModel()

    def _on_read(self, generation: int, rows: list[ChatSummary]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._ids = [s.id for s in rows]
        self._rows = {s.id: s for s in rows}
        self.is_loaded = True
        self.endResetModel()
        log.debug("chat list loaded (chats=%d)", len(rows))
        self.loaded.emit(len(rows))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        summary = self._rows[self._ids[index.row()]]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return summary.name
        if role == SummaryRole:
            return summary
        if role == ChatIdRole:
            return summary.id
        return None

    def summary(self, chat_id: int) -> ChatSummary | None:
        """The listed summary of `chat_id`, if it is listed."""
        return self._rows.get(chat_id)

    def row_of(self, chat_id: int) -> int | None:
        """The row of a listed chat."""
        return self._ids.index(chat_id) if chat_id in self._rows else None

    def chat_ids(self) -> list[int]:
        """Listed chat ids in the shown order."""
        return list(self._ids)
