"""The lazy model behind the chat view: message ids in time order, rows on demand.

Anki's browser model, for a chat that may hold a million messages: the model
holds the chat's message ids in an `array('q')` (8 bytes each), loaded a
chunk at a time through `canFetchMore`/`fetchMore` (keyset by id on the GUI
thread's connection, one index range walk per chunk). Row data is fetched a
page at a time when `data()` first asks for it and kept in a small LRU
cache; only the rows on screen are ever read. Loading every id up to a
message (jump to a date, show a message, go to the end) runs on the
session's background reader.

Media stay hidden until the moderator reveals one item; a revealed image is
decoded and scaled off the GUI thread and kept only as a thumbnail in memory.
`clear()` (on lock) drops ids, rows, reveals and thumbnails.
"""

from __future__ import annotations

import bisect
import logging
from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage

from moddesk.storage.chat_queries import MessageView, media_blob, message_ids, message_rows
from moddesk.storage.message_store import SEQ_BITS
from moddesk.ui.session_api import SessionApi

log = logging.getLogger("moddesk.ui.chat_view")
CHUNK = 5000
PAGE = 64
MAX_PAGES = 48
GROUP_GAP_SECONDS = 10 * 60
THUMBNAIL = QSize(360, 270)

MessageRole = Qt.ItemDataRole.UserRole + 1
DayStartRole = Qt.ItemDataRole.UserRole + 2
GroupStartRole = Qt.ItemDataRole.UserRole + 3
RevealedRole = Qt.ItemDataRole.UserRole + 4
ThumbnailRole = Qt.ItemDataRole.UserRole + 5

Index = QModelIndex | QPersistentModelIndex


def day_of(message_id: int) -> int:
    """Days since 1970 of the wall-clock date a message id encodes."""
    return (message_id >> SEQ_BITS) // 86400


def thumbnail(data: bytes) -> QImage:
    """A scaled-down copy of an image (null when it does not decode); any thread."""
    image = QImage.fromData(data)
    if image.isNull():
        return image
    if image.width() > THUMBNAIL.width() or image.height() > THUMBNAIL.height():
        image = image.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return image


class ChatViewModel(QAbstractListModel):
    """One chat's messages (with the chats merged into it), oldest first.

    Signals:
        ids_loaded(int): this many ids are loaded now (after any fetch).
    """

    ids_loaded = Signal(int)

    def __init__(self, session: SessionApi, parent: Any = None) -> None:
        super().__init__(parent)
        self._session = session
        self.chat_id: int | None = None
        self.members: list[int] = []
        self._ids = array("q")
        self._exhausted = True
        self._loading = False
        self._pages: OrderedDict[int, dict[int, MessageView]] = OrderedDict()
        self._revealed: set[int] = set()
        self._thumbs: dict[int, QImage] = {}
        self._generation = 0

    # -- opening and clearing ------------------------------------------------------

    def open_chat(self, chat_id: int | None, members: Sequence[int]) -> None:
        """Show `chat_id` (reading `members`), starting with its first chunk of ids."""
        self.beginResetModel()
        self._forget()
        self.chat_id, self.members = chat_id, list(members)
        self._exhausted = not self.members
        if self.members:
            self._append(self._read_chunk())
        self.endResetModel()
        log.debug("chat %s opened (members=%d, ids=%d)", chat_id, len(self.members),
                  len(self._ids))

    def clear(self) -> None:
        """Forget the chat, every cached row, reveal and thumbnail (on lock)."""
        self.beginResetModel()
        self._forget()
        self.chat_id, self.members = None, []
        self.endResetModel()

    def _forget(self) -> None:
        self._generation += 1
        self._ids = array("q")
        self._pages.clear()
        self._revealed.clear()
        self._thumbs.clear()
        self._exhausted, self._loading = True, False

    # -- ids -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._ids)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802
        if self.canFetchMore(parent):
            self._insert(self._read_chunk())

    def _read_chunk(self) -> array:
        chunk = message_ids(self._session.gui_db(), self.members, after=self._last(),
                            limit=CHUNK)
        self._exhausted = len(chunk) < CHUNK
        return chunk

    def _last(self) -> int:
        return self._ids[-1] if self._ids else -1

    def _append(self, ids: array) -> None:
        self._ids.extend(ids)

    def _insert(self, ids: array) -> None:
        if ids:
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(ids) - 1)
            self._append(ids)
            self.endInsertRows()
        self.ids_loaded.emit(len(self._ids))

    @property
    def fully_loaded(self) -> bool:
        """True when every id of the chat is loaded."""
        return self._exhausted and not self._loading

    def message_id(self, row: int) -> int:
        """The id of the message in `row`."""
        return self._ids[row]

    def ids(self) -> array:
        """Every loaded id, oldest first (the model's own array: read it, never change it)."""
        return self._ids

    def row_of(self, message_id: int) -> int | None:
        """The row of a loaded message id, else None."""
        row = bisect.bisect_left(self._ids, message_id)
        return row if row < len(self._ids) and self._ids[row] == message_id else None

    def row_at_or_after(self, message_id: int) -> int | None:
        """The row of the first loaded message at or after `message_id` (else the last)."""
        if not self._ids:
            return None
        return min(bisect.bisect_left(self._ids, message_id), len(self._ids) - 1)

    def load_through(self, message_id: int | None, on_ready: Callable[[], None]) -> None:
        """Load ids up to `message_id` (None: all), then call `on_ready` here.

        Already loaded: `on_ready` runs at once. Otherwise the ids are read on
        the background reader; a chat switch or lock meanwhile drops them.
        """
        if self.chat_id is None or self._exhausted or (
                message_id is not None and self._ids and self._ids[-1] >= message_id):
            on_ready()
            return
        generation, after, members = self._generation, self._last(), list(self.members)
        self._loading = True
        future = self._session.read(
            lambda db: message_ids(db, members, after=after, upto=message_id),
            lambda ids: self._on_ids_read(generation, ids, message_id is None, on_ready))
        if future is None:
            self._loading = False

    def _on_ids_read(self, generation: int, ids: array, everything: bool,
                     on_ready: Callable[[], None]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        start = bisect.bisect_right(ids, self._last())
        self._insert(ids[start:])
        self._exhausted = self._exhausted or everything
        on_ready()

    # -- rows ------------------------------------------------------------------------

    def message(self, row: int) -> MessageView | None:
        """The message in `row`, from the page cache or one page read."""
        if not 0 <= row < len(self._ids):
            return None
        number, message_id = row // PAGE, self._ids[row]
        page = self._pages.get(number)
        if page is None or message_id not in page:
            page = self._read_page(number)
        else:
            self._pages.move_to_end(number)
        return page.get(message_id)

    def _read_page(self, number: int) -> dict[int, MessageView]:
        ids = self._ids[number * PAGE:(number + 1) * PAGE]
        page = self._pages[number] = message_rows(self._session.gui_db(), ids)
        self._pages.move_to_end(number)
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        row = index.row()
        if role == MessageRole:
            return self.message(row)
        if role == DayStartRole:
            return self.day_start(row)
        if role == GroupStartRole:
            return self.group_start(row)
        if role in (RevealedRole, ThumbnailRole):
            return self._media_state(self._ids[row], role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._plain_text(row)
        return None

    def day_start(self, row: int) -> bool:
        """True when `row` is its day's first message in this chat."""
        return row == 0 or day_of(self._ids[row - 1]) != day_of(self._ids[row])

    def group_start(self, row: int) -> bool:
        """True when `row` starts a run of one author's messages (show the name)."""
        if self.day_start(row):
            return True
        gap = (self._ids[row] >> SEQ_BITS) - (self._ids[row - 1] >> SEQ_BITS)
        if gap > GROUP_GAP_SECONDS:
            return True
        this, before = self.message(row), self.message(row - 1)
        if this is None or before is None:
            return True
        return before.kind == "system" or before.author != this.author

    def _media_state(self, message_id: int, role: int) -> Any:
        if role == RevealedRole:
            return message_id in self._revealed
        return self._thumbs.get(message_id)

    def _plain_text(self, row: int) -> str:
        msg = self.message(row)
        if msg is None:
            return ""
        return f"{msg.author}: {msg.text or ''}" if msg.author else (msg.text or "")

    # -- media -----------------------------------------------------------------------

    def is_revealed(self, row: int) -> bool:
        """True when the moderator chose to see this row's media."""
        return 0 <= row < len(self._ids) and self._ids[row] in self._revealed

    def toggle_reveal(self, row: int) -> bool:
        """Show or hide the stored media of `row`; False when it has none."""
        msg = self.message(row)
        if msg is None or msg.media_mime is None:
            return False
        if msg.id in self._revealed:
            self._revealed.discard(msg.id)
            self._thumbs.pop(msg.id, None)
        else:
            self._revealed.add(msg.id)
            if msg.media_mime.startswith("image/"):
                self._load_thumbnail(msg.id)
        self._row_changed(msg.id)
        log.debug("media of message %d %s", msg.id,
                  "shown" if msg.id in self._revealed else "hidden")
        return True

    def _load_thumbnail(self, message_id: int) -> None:
        generation = self._generation

        def job(db: Any) -> QImage:
            blob = media_blob(db, message_id)
            return QImage() if blob is None else thumbnail(blob.data)

        self._session.read(job, lambda image: self._on_thumbnail(generation, message_id, image))

    def _on_thumbnail(self, generation: int, message_id: int, image: QImage) -> None:
        if generation != self._generation or message_id not in self._revealed:
            return
        self._thumbs[message_id] = image
        self._row_changed(message_id)

    def has_thumbnail(self, row: int) -> bool:
        """True once a revealed image's thumbnail is ready (it may be null)."""
        return 0 <= row < len(self._ids) and self._ids[row] in self._thumbs

    def _row_changed(self, message_id: int) -> None:
        row = self.row_of(message_id)
        if row is not None:
            index = self.index(row)
            self.dataChanged.emit(index, index, [RevealedRole, ThumbnailRole])
