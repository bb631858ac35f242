"""Choosing the chat another chat is merged into.

People rename groups and phones name exports differently, so one group can
arrive as two chats. Merging shows both under the chosen chat: the merged
chat leaves the list, its later exports keep landing in it (and so show in
the target), and the merge can be undone from the target's menu.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

ChatIdRole = Qt.ItemDataRole.UserRole + 1


class MergeChatsDialog(QDialog):
    """Lists the chats `source` can be merged into, with a name filter.

    Args:
        source_name: the chat being merged (shown in the explanation).
        candidates: (chat id, name) of every chat it may be merged into.

    Signals:
        chat_chosen(int): merge into the chat with this id.
    """

    chat_chosen = Signal(int)

    def __init__(self, source_name: str, candidates: list[tuple[int, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("merge_chats_dialog")
        self.setWindowTitle(self.tr("Merge chats"))
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter chats by name"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.filter.placeholderText())
        self.chats = QListWidget(self)
        self.chats.setAccessibleName(self.windowTitle())
        for chat_id, name in candidates:
            item = QListWidgetItem(name, self.chats)
            item.setData(ChatIdRole, chat_id)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.merge_button.setText(self.tr("Merge"))
        self.merge_button.setEnabled(False)
        self._build(source_name)
        self._connect()

    def _build(self, source_name: str) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Show the messages of “%1” together with the chat you choose below. “%1” "
            "leaves the chat list; its later exports still arrive and show in the chosen "
            "chat. You can undo this from that chat's menu.").replace("%1", source_name), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.chats, 1)
        layout.addWidget(self.buttons)
        self.setMinimumSize(440, 380)

    def _connect(self) -> None:
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.chats.currentItemChanged.connect(self._on_chats_current_item_changed)
        self.chats.itemActivated.connect(self._on_chats_item_activated)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _on_filter_text_changed(self, text: str) -> None:
        needle = text.casefold().strip()
        for row in range(self.chats.count()):
            item = self.chats.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())
        current = self.chats.currentItem()
        self.merge_button.setEnabled(current is not None and not current.isHidden())

    def _on_chats_current_item_changed(self, current: QListWidgetItem | None,
                                       _previous: QListWidgetItem | None) -> None:
        self.merge_button.setEnabled(current is not None and not current.isHidden())

    def _on_chats_item_activated(self, _item: QListWidgetItem) -> None:
        if self.merge_button.isEnabled():
            self.accept()

    def accept(self) -> None:
        target = self.target_id()
        super().accept()
        if target is not None:
            self.chat_chosen.emit(target)

    def select_chat(self, chat_id: int) -> None:
        """Make `chat_id` the current choice."""
        for row in range(self.chats.count()):
            if self.chats.item(row).data(ChatIdRole) == chat_id:
                self.chats.setCurrentRow(row)

    def target_id(self) -> int | None:
        """The chosen chat, if any."""
        item = self.chats.currentItem()
        return None if item is None or item.isHidden() else int(item.data(ChatIdRole))
