"""The Search page: as-you-type full-text search over every imported chat.

Typing waits ~150 ms for a pause, then asks the session's background reader
(`moddesk.storage.search.search_page`), so the window never blocks; every
search carries a generation number and results of an older one are dropped.
Filters: one chat ("All chats" by default; chats merged into it count), an
author (completed from the people active in that chat lately) and an
optional date range. Results are newest first; "Load more" fetches the next
page. Down moves from the query into the results, Enter opens the message.

On lock everything from the vault is dropped: results, the query, the
author, the chat names in the filter.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QObject,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moddesk.storage import Changes
from moddesk.storage.search import SearchPage as ResultPage
from moddesk.storage.search import chat_choices, recent_authors, search_page
from moddesk.ui.incident_message_actions import install_message_actions, selected_rows
from moddesk.ui.search_model import DATE_FORMAT, SearchResultsModel, tr
from moddesk.ui.session_api import SessionApi
from moddesk.ui.snippet_delegate import SnippetDelegate

if TYPE_CHECKING:
    from moddesk.ui.nav_pages import PageSpec

log = logging.getLogger("moddesk.ui.search")
DEBOUNCE_MS = 150
PAGE_SIZE = 50
DEFAULT_RANGE_DAYS = 30


class SearchPage(QWidget):
    """Search box, filters and the newest-first result list.

    Args:
        spec: the navigation entry this page fills (key "search").
        session: the session controller (reads run on its background reader).

    Signals:
        open_message(object): open the chat at this message id, a Python int
            (ids need 64 bits; the main window wires it to the Chats page).
        searched(int): a search finished and this many results are shown.
    """

    open_message = Signal(object)
    searched = Signal(int)

    def __init__(self, spec: PageSpec, session: SessionApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec, self._session = spec, session
        self.setObjectName(f"page_{spec.key}")
        self._generation = 0  # of searches: a result of an older one is dropped
        self._epoch = 0  # of unlocks: filter choices read before a lock are dropped
        self._next_before: int | None = None
        self._future: Any = None
        self.model = SearchResultsModel(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._build()
        self._connect()
        self._show_state()

    # -- construction -------------------------------------------------------------------------

    def _build(self) -> None:
        # The title is marked for translation with the other page titles.
        heading = QLabel(QCoreApplication.translate("NavPages", self.spec.title), self)
        heading.setObjectName("heading")
        self.query = QLineEdit(self)
        self.query.setObjectName("search_query")
        self.query.setAccessibleName(heading.text())
        self.query.setPlaceholderText(
            tr('Search messages: words, "an exact phrase", or the start of a word*'))
        self.query.setClearButtonEnabled(True)
        self.status = QLabel(self)
        self.status.setObjectName("muted")
        self.results = self._build_results()
        self.empty = QLabel(self)
        self.empty.setObjectName("empty_state")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.more_button = QPushButton(tr("Load more"), self)
        self.more_button.setObjectName("load_more")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        layout.addWidget(heading)
        layout.addWidget(self.query)
        layout.addLayout(self._build_filters())
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignHCenter)

    def _build_filters(self) -> QHBoxLayout:
        self.chat_filter = QComboBox(self)
        self.chat_filter.setObjectName("chat_filter")
        self.chat_filter.setMinimumContentsLength(18)
        self.chat_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chat_filter.addItem(tr("All chats"), None)
        self.author_filter = QLineEdit(self)
        self.author_filter.setObjectName("author_filter")
        self.author_filter.setPlaceholderText(tr("Anyone"))
        self.author_filter.setClearButtonEnabled(True)
        self.authors = QStringListModel(self)
        completer = QCompleter(self.authors, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.author_filter.setCompleter(completer)
        self.date_toggle = QCheckBox(tr("Between"), self)
        self.date_from, self.date_to = self._date_edit("date_from"), self._date_edit("date_to")
        self.date_from.setAccessibleName(tr("Start date"))
        self.date_to.setAccessibleName(tr("End date"))
        self._reset_dates()
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(self._buddy(tr("Chat:"), self.chat_filter))
        row.addWidget(self.chat_filter)
        row.addSpacing(10)
        row.addWidget(self._buddy(tr("Author:"), self.author_filter))
        row.addWidget(self.author_filter, 1)
        row.addSpacing(10)
        row.addWidget(self.date_toggle)
        row.addWidget(self.date_from)
        row.addWidget(QLabel(tr("and"), self))
        row.addWidget(self.date_to)
        return row

    def _buddy(self, text: str, control: QWidget) -> QLabel:
        """A label a screen reader speaks as `control`'s name."""
        label = QLabel(text, self)
        label.setBuddy(control)
        return label

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setEnabled(False)
        return edit

    def _build_results(self) -> QListView:
        view = QListView(self)
        view.setObjectName("search_results")
        view.setModel(self.model)
        view.setItemDelegate(SnippetDelegate(view))
        view.setUniformItemSizes(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setAlternatingRowColors(True)
        view.installEventFilter(self)
        # Right-click or Ctrl+Shift+N / Ctrl+Shift+I on results: evidence for an incident.
        self.incident_actions = install_message_actions(
            view, self._session, lambda: [self.model.hit(r).id for r in selected_rows(view)])
        return view

    def _connect(self) -> None:
        self._timer.timeout.connect(self.search_now)
        self.query.textChanged.connect(self._on_query_text_changed)
        self.query.returnPressed.connect(self.search_now)
        self.query.installEventFilter(self)
        self.author_filter.textChanged.connect(self._on_filter_changed)
        self.chat_filter.currentIndexChanged.connect(self._on_chat_filter_current_index_changed)
        self.date_toggle.toggled.connect(self._on_date_toggle_toggled)
        self.date_from.dateChanged.connect(self._on_filter_changed)
        self.date_to.dateChanged.connect(self._on_filter_changed)
        self.results.activated.connect(self._on_results_activated)
        self.more_button.clicked.connect(self.load_more)
        self._session.changed.connect(self._on_session_changed)  # type: ignore[attr-defined]

    # -- lock and unlock ----------------------------------------------------------------------

    def clear(self) -> None:
        """Forget the query, the filters' vault data and every result (on lock)."""
        self._generation += 1  # results of reads still in flight are dropped
        self._epoch += 1
        self._cancel_pending()
        for widget in (self.query, self.author_filter):
            widget.blockSignals(True)
            widget.clear()
            widget.blockSignals(False)
        self.authors.setStringList([])
        self._fill_chats([])
        self._reset_dates()
        self.model.clear()
        self._next_before = None
        self._timer.stop()  # after the resets above, which would start it
        self._show_state()

    def reload(self) -> None:
        """Read the chat list for the filter again (on unlock)."""
        self._refresh_choices()

    def focus_search(self) -> None:
        """Put the cursor in the search box with its text selected (Ctrl+F)."""
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    # -- searching ---------------------------------------------------------------------------------

    def search_now(self) -> None:
        """Search for what is typed at once (the debounce calls this; so does Enter)."""
        self._timer.stop()
        self._run(before_id=None)

    def load_more(self) -> None:
        """Fetch the next page of results below those shown."""
        if self._next_before is not None:
            self._run(before_id=self._next_before)

    def _criteria(self) -> dict[str, Any]:
        since = until = None
        if self.date_toggle.isChecked():
            since, until = self.date_from.date().toPython(), self.date_to.date().toPython()
        chat = self.chat_filter.currentData()
        return {"query": self.query.text(), "author": self.author_filter.text().strip() or None,
                "chat_ids": None if chat is None else [chat], "since": since, "until": until}

    def _run(self, *, before_id: int | None) -> None:
        criteria = self._criteria()
        self._generation += 1
        self._cancel_pending()
        if not (criteria["query"].strip() or criteria["author"]) or not self._session.is_unlocked:
            self.model.clear()
            self._next_before = None
            self._show_state()
            return
        generation, append = self._generation, before_id is not None

        def job(db: Any) -> ResultPage:
            return search_page(db, limit=PAGE_SIZE, before_id=before_id, as_you_type=True, **criteria)

        self._future = self._session.read(job, lambda page: self._on_page(generation, append, page))

    def _cancel_pending(self) -> None:
        # A search still queued behind another is pointless now; one already
        # running finishes and its result is dropped by the generation check.
        if self._future is not None:
            self._future.cancel()
            self._future = None

    def _on_page(self, generation: int, append: bool, page: ResultPage) -> None:
        if generation != self._generation:
            return
        self._future = None
        if append:
            self.model.append_hits(page.hits)
        else:
            self.model.set_hits(page.hits)
            self.results.scrollToTop()
        self._next_before = page.next_before_id
        self._show_state()
        log.debug("search shown: %d rows, more=%s", self.model.rowCount(), page.next_before_id is not None)
        self.searched.emit(self.model.rowCount())

    # -- what is shown ---------------------------------------------------------------------------

    def _show_state(self) -> None:
        rows = self.model.rowCount()
        typed = self.query.text().strip() or self.author_filter.text().strip()
        self.results.setVisible(rows > 0)
        self.empty.setVisible(rows == 0)
        self.more_button.setVisible(rows > 0 and self._next_before is not None)
        if not typed:
            self.empty.setText(tr("Type to search all chats"))
            self.status.clear()
        elif rows == 0:
            self.empty.setText(self._no_match_text())
            self.status.clear()
        else:
            self.status.setText(self._count_text(rows))

    def _no_match_text(self) -> str:
        query = self.query.text().strip()
        filtered = self._filters_active()
        if not query:
            return tr("No messages by this author with these filters")
        text = tr("No messages match “%1” with these filters") if filtered else \
            tr("No messages match “%1”")
        return text.replace("%1", query)

    def _filters_active(self) -> bool:
        return (self.chat_filter.currentData() is not None or bool(self.author_filter.text().strip())
                or self.date_toggle.isChecked())

    def _count_text(self, rows: int) -> str:
        if self._next_before is not None:
            return tr("%1 messages shown, newest first. There are more.").replace("%1", str(rows))
        if rows == 1:
            return tr("1 message")
        return tr("%1 messages, newest first").replace("%1", str(rows))

    # -- filter choices ---------------------------------------------------------------------------

    def _refresh_choices(self) -> None:
        if not self._session.is_unlocked:
            return
        epoch = self._epoch
        self._session.read(chat_choices, lambda chats: self._on_chats(epoch, chats))
        self._refresh_authors()

    def _on_chats(self, epoch: int, chats: list[tuple[int, str]]) -> None:
        if epoch == self._epoch:
            self._fill_chats(chats)

    def _fill_chats(self, chats: list[tuple[int, str]]) -> None:
        chosen = self.chat_filter.currentData()
        self.chat_filter.blockSignals(True)
        while self.chat_filter.count() > 1:
            self.chat_filter.removeItem(1)
        for chat_id, name in chats:
            self.chat_filter.addItem(name, chat_id)
        index = self.chat_filter.findData(chosen)
        self.chat_filter.setCurrentIndex(max(index, 0))
        self.chat_filter.blockSignals(False)

    def _refresh_authors(self) -> None:
        chat = self.chat_filter.currentData()
        chats = None if chat is None else [chat]
        epoch = self._epoch
        self._session.read(lambda db: recent_authors(db, chat_ids=chats),
                           lambda names: self._on_authors(epoch, chat, names))

    def _on_authors(self, epoch: int, chat: int | None, names: list[str]) -> None:
        if epoch == self._epoch and chat == self.chat_filter.currentData():
            self.authors.setStringList(names)

    def _reset_dates(self) -> None:
        today = QDate.currentDate()
        for edit, day in ((self.date_from, today.addDays(-DEFAULT_RANGE_DAYS)), (self.date_to, today)):
            edit.blockSignals(True)
            edit.setDate(day)
            edit.blockSignals(False)
        self.date_toggle.setChecked(False)

    # -- slots --------------------------------------------------------------------------------------

    def _on_query_text_changed(self, _text: str) -> None:
        self._timer.start()

    def _on_filter_changed(self, *_args: object) -> None:
        self._timer.start()

    def _on_chat_filter_current_index_changed(self, _index: int) -> None:
        self._refresh_authors()
        self._timer.start()

    def _on_date_toggle_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self._timer.start()

    def _on_results_activated(self, index: Any) -> None:
        if index.isValid():
            self.open_message.emit(self.model.hit(index.row()).id)

    def _on_session_changed(self, changes: Changes) -> None:
        if (changes.messages or changes.chats) and self._session.is_unlocked:
            self._refresh_choices()
            if self.model.rowCount() or self.query.text().strip():
                self.search_now()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.query and event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self.results.setFocus(Qt.FocusReason.OtherFocusReason)
                self.results.setCurrentIndex(self.model.index(0))
                return True
            if watched is self.results and event.key() == Qt.Key.Key_Up \
                    and self.results.currentIndex().row() <= 0:
                self.query.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            if watched is self.results and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._on_results_activated(self.results.currentIndex())
                return True
        return super().eventFilter(watched, event)
