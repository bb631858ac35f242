"""The Incidents page: the list with its filters and search, and the selected incident.

Layout: the heading with "New incident…" (Ctrl+Shift+N) and the follow-up
toggle; the search box (titles and notes, as you type) and the status,
severity and category filters; the list on the left, the incident on the
right (`IncidentView`). The list is read on the background reader; it
refreshes when the session reports `Changes(incidents=True)`. Every
incident's chain is checked after unlock (`ChainChecks`) and a failed one
is marked in the list and named on the incident.

Keys while the page has focus: N write a note, T reply with a template,
R record a referral, Ctrl+P print the summary, Ctrl+Shift+N new incident,
/ search.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from moddesk.cases.summary import STATUSES
from moddesk.storage import Changes
from moddesk.storage import inbox_queries
from moddesk.storage.case_queries import IncidentRow, categories_in_use, followups_due, list_incidents
from moddesk.ui.chain_checks import ChainChecks
from moddesk.ui.incident_fields import SEVERITIES, category_pair
from moddesk.ui.incident_list_model import ID_ROLE, TITLE_COLUMN, IncidentListModel
from moddesk.ui.incident_text import SEVERITY_LABELS, STATUS_LABELS, label, ntr, tr
from moddesk.ui.incident_view import IncidentView
from moddesk.ui.new_incident_dialog import events, open_blank
from moddesk.ui.session_api import SessionApi

if TYPE_CHECKING:
    from moddesk.ui.nav_pages import PageSpec

log = logging.getLogger("moddesk.ui.incidents")
SEARCH_DELAY_MS = 150
TITLE_MIN_CHARS = 18  # the list keeps room for this many characters of a title
SHORTCUTS = (("note", "N"), ("template", "T"), ("referral", "R"), ("print", "Ctrl+P"),
             ("new", "Ctrl+Shift+N"), ("search", "/"))


@dataclasses.dataclass(frozen=True)
class ListRead:
    """One read of the list: the rows, the follow-ups due and the categories in use."""

    rows: list[IncidentRow]
    due: set[int]
    categories: list[tuple[str, str, str]]  # pack, rule, title


def read_list(db: Any, *, filters: dict[str, Any], today: str, due_only: bool,
              language: str = "en") -> ListRead:
    """The incidents matching `filters` (on the background reader); categories in `language`."""
    rows = list_incidents(db, **filters)
    due = {r.id for r in followups_due(db, today=today)}
    if due_only:
        rows = [r for r in rows if r.id in due]
    pairs = categories_in_use(db)
    texts = inbox_queries.rule_texts(db, pairs, language=language)
    categories = [(p, r, texts[(p, r)].title if texts.get((p, r)) else r) for p, r in pairs]
    return ListRead(rows, due, categories)


class IncidentsPage(QWidget):
    """Incidents: list, filters, search, and the incident in full.

    Args:
        spec: the navigation entry this page fills (key "incidents").
        clock: the wall clock, injected so "today" is testable.

    Signals:
        refreshed(): the list was read again and shown.
    """

    refreshed = Signal()

    def __init__(self, spec: PageSpec, session: SessionApi, *,
                 clock: Callable[[], dt.datetime] = dt.datetime.now,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec, self._session, self._clock = spec, session, clock
        self.setObjectName(f"page_{spec.key}")
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._generation = 0
        self._pending_select: int | None = None
        self.checks = ChainChecks(session, self)
        self.model = IncidentListModel(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._build()
        self.actions_by_name = self._make_actions()
        self._connect()

    # -- construction -------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        layout.addLayout(self._build_header())
        layout.addLayout(self._build_filters())
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("incidents_splitter")
        self.splitter.addWidget(self._build_list())
        # Made after the list, so Tab reaches it after the list.
        self.view = IncidentView(self._session, self.checks, today=self.today, parent=self)
        self.splitter.addWidget(self.view)
        # Both halves grow with the window; the list never gets narrower than
        # its short columns plus a readable title (`_fit_list`).
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([480, 520])
        self.splitter.setChildrenCollapsible(False)
        layout.addWidget(self.splitter, 1)
        chain = [self.due_button, self.new_button, self.search, self.status_filter,
                 self.severity_filter, self.category_filter, self.list]
        for first, second in zip(chain, chain[1:]):  # Tab in reading order
            QWidget.setTabOrder(first, second)

    def _build_header(self) -> QHBoxLayout:
        # The title is marked for translation with the other page titles.
        heading = QLabel(QCoreApplication.translate("NavPages", self.spec.title), self)
        heading.setObjectName("heading")
        self.new_button = QPushButton(tr("New incident…  Ctrl+Shift+N"), self)
        self.new_button.setObjectName("new_incident")
        self.due_button = QPushButton(tr("Follow-ups due"), self)
        self.due_button.setObjectName("followups_due")
        self.due_button.setCheckable(True)
        self.due_button.setToolTip(tr("Only incidents whose follow-up date is today or past"))
        row = QHBoxLayout()
        row.addWidget(heading)
        row.addStretch(1)
        row.addWidget(self.due_button)
        row.addWidget(self.new_button)
        return row

    def _build_filters(self) -> QHBoxLayout:
        self.search = QLineEdit(self)
        self.search.setObjectName("incident_search")
        self.search.setPlaceholderText(tr("Search titles and notes  /"))
        self.search.setAccessibleName(self.search.placeholderText())
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem(tr("Not closed"), "open")
        for status in STATUSES:
            self.status_filter.addItem(label(STATUS_LABELS, status), status)
        self.status_filter.addItem(tr("All statuses"), None)
        self.severity_filter = QComboBox(self)
        self.severity_filter.setObjectName("severity_filter")
        self.severity_filter.addItem(tr("Any severity"), None)
        for severity in SEVERITIES:
            self.severity_filter.addItem(label(SEVERITY_LABELS, severity), severity)
        self.category_filter = QComboBox(self)
        self.category_filter.setObjectName("category_filter")
        self.category_filter.setMinimumContentsLength(14)
        self.category_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._fill_categories([])
        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(self.search, 2)
        for combo in (self.status_filter, self.severity_filter, self.category_filter):
            row.addWidget(combo)
        return row

    def _build_list(self) -> QWidget:
        self.list = QTableView(self)
        self.list.setObjectName("incident_list")
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAlternatingRowColors(True)
        self.list.setShowGrid(False)
        self.list.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.list.setWordWrap(False)
        self.list.verticalHeader().hide()
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setAccessibleName(tr("Incidents"))
        self.empty = QLabel(self)
        self.empty.setObjectName("empty_state")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.list)
        self.list_stack.addWidget(self.empty)
        return self.list_stack

    def _make_actions(self) -> dict[str, QAction]:
        texts = {"note": tr("Write a note"), "template": tr("Reply with template…"),
                 "referral": tr("Record referral…"), "print": tr("Print summary…"),
                 "new": tr("New incident…"), "search": tr("Search incidents")}
        actions = {}
        for name, key in SHORTCUTS:
            action = QAction(texts[name], self)
            action.setObjectName(f"incidents_{name}")
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            actions[name] = action
        return actions

    def _connect(self) -> None:
        slots = {"note": self.view.write_note, "template": self.view.reply_with_template,
                 "referral": self.view.ask_referral, "print": self.view.print_summary,
                 "new": self.new_incident, "search": self.focus_search}
        for name, slot in slots.items():
            self.actions_by_name[name].triggered.connect(slot)
        self.new_button.clicked.connect(self.new_incident)
        self.due_button.toggled.connect(lambda _on: self._on_filter_changed())
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self._timer.timeout.connect(self.refresh)
        for combo in (self.status_filter, self.severity_filter, self.category_filter):
            combo.currentIndexChanged.connect(lambda _i: self._on_filter_changed())
        self.list.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.checks.checked.connect(lambda: self.model.set_broken(self.checks.broken()))
        self._session.changed.connect(self._on_session_changed)  # type: ignore[attr-defined]
        events().created.connect(self._on_incident_created)

    # -- lock and unlock ----------------------------------------------------------------------

    def clear(self) -> None:
        """Forget everything shown: rows, the incident, notes and drafts, search (on lock)."""
        self._generation += 1
        self._pending_select = None
        self._timer.stop()
        self.model.clear()
        self.view.clear_all()
        self.checks.clear()
        self._reset_filters()
        self._fill_categories([])
        self._show_empty(False)

    def reload(self) -> None:
        """Read the list again (on unlock); the chain check runs by itself."""
        self.refresh()

    # -- reading ------------------------------------------------------------------------------

    def today(self) -> dt.date:
        """Today by the injected clock."""
        return self._clock().date()

    def refresh(self) -> None:
        """Read the list with the current filters and search on the background reader."""
        if not self._session.is_unlocked:
            return
        self._timer.stop()
        self._generation += 1
        generation, filters = self._generation, self._filters()
        today, due_only = self.today().isoformat(), self.due_button.isChecked()
        language = QLocale().name()
        self._session.read(lambda db: read_list(db, filters=filters, today=today,
                                                due_only=due_only, language=language),
                           lambda found: self._on_read(generation, found))

    def _filters(self) -> dict[str, Any]:
        text = self.search.text().strip()
        return {"status": self.status_filter.currentData(),
                "severity": self.severity_filter.currentData(),
                "category": category_pair(self.category_filter.currentData()),
                "text": text or None, "as_you_type": True}

    def _on_read(self, generation: int, found: ListRead) -> None:
        if generation != self._generation:
            return
        current = self.current_id()
        self.model.set_rows(found.rows, due=found.due)
        self.model.set_broken(self.checks.broken())
        self._fill_categories(found.categories)
        self._fit_list()
        target = self._pending_select if self.model.row_of(self._pending_select or -1) is not None \
            else current
        if target == self._pending_select:
            self._pending_select = None
        self.select_id(target if self.model.row_of(target or -1) is not None
                       else (self.model.ids() or [None])[0])
        self._show_empty(not found.rows)
        log.debug("incidents listed (rows=%d, due=%d)", len(found.rows), len(found.due))
        self.refreshed.emit()

    def _fit_list(self) -> None:
        """Keep the list wide enough for its short columns and a readable title."""
        header, columns = self.list.horizontalHeader(), range(self.model.columnCount())
        short = sum(max(self.list.sizeHintForColumn(c), header.sectionSizeHint(c))
                    for c in columns if c != TITLE_COLUMN)
        title = self.list.fontMetrics().averageCharWidth() * TITLE_MIN_CHARS
        scroll = self.list.verticalScrollBar().sizeHint().width()
        self.list.setMinimumWidth(short + title + scroll + 2 * self.list.frameWidth())

    def _show_empty(self, empty: bool) -> None:
        filtered = bool(self.search.text().strip()) or self.due_button.isChecked() or any(
            c.currentIndex() > 0 for c in (self.status_filter, self.severity_filter,
                                           self.category_filter))
        self.empty.setText(tr("No incidents match these filters.") if filtered else tr(
            "No incidents yet. Press E on an item in the Inbox, right-click a message in a "
            "chat, or press Ctrl+Shift+N here."))
        self.list_stack.setCurrentIndex(1 if empty else 0)

    def _fill_categories(self, categories: list[tuple[str, str, str]]) -> None:
        chosen = self.category_filter.currentData()
        self.category_filter.blockSignals(True)
        self.category_filter.clear()
        self.category_filter.addItem(tr("Any category"), None)
        for pack, rule, title in categories:
            self.category_filter.addItem(title, f"{pack}:{rule}")
        self.category_filter.setCurrentIndex(max(self.category_filter.findData(chosen), 0))
        self.category_filter.blockSignals(False)

    # -- selection ------------------------------------------------------------------------------

    def current_id(self) -> int | None:
        """The incident shown on the right."""
        index = self.list.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else None

    def select_id(self, incident_id: int | None) -> None:
        """Make `incident_id` the current row (None: nothing) and show it."""
        row = self.model.row_of(incident_id) if incident_id is not None else None
        if row is None:
            self.list.clearSelection()
            self.list.setCurrentIndex(QModelIndex())
            self.view.show_incident(None)
            return
        if row == self.list.currentIndex().row() and self.view.incident_id == incident_id:
            self.view.reload()  # the same incident, maybe changed
            return
        self.list.selectRow(row)

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.view.show_incident(int(current.data(ID_ROLE)) if current.isValid() else None)

    def _on_incident_created(self, incident_id: int) -> None:
        # Shown (and selected) on the next read, which the creation's Changes triggers.
        self._pending_select = incident_id
        self.refresh()

    # -- actions --------------------------------------------------------------------------------

    def new_incident(self) -> None:
        """Ctrl+Shift+N: an incident from nothing."""
        open_blank(self._session, self)

    def focus_search(self) -> None:
        """/: the search box, its text selected."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def open_incident(self, incident_id: int) -> None:
        """Show one incident (from an escalated inbox item), clearing filters that hide it."""
        if self.model.row_of(incident_id) is not None:
            self.select_id(incident_id)
        else:
            self._reset_filters()
            self.status_filter.blockSignals(True)
            self.status_filter.setCurrentIndex(self.status_filter.count() - 1)  # all statuses
            self.status_filter.blockSignals(False)
            self._pending_select = incident_id
            self.refresh()
        self.list.setFocus()

    def show_followups(self) -> None:
        """Show only the incidents whose follow-up is due (from the inbox's strip)."""
        self._reset_filters(due=True)
        self.refresh()
        self.list.setFocus()

    def _reset_filters(self, *, due: bool = False) -> None:
        widgets = (self.status_filter, self.severity_filter, self.category_filter, self.search,
                   self.due_button)
        for widget in widgets:
            widget.blockSignals(True)
        for combo in widgets[:3]:
            combo.setCurrentIndex(0)
        self.search.clear()
        self.due_button.setChecked(due)
        for widget in widgets:
            widget.blockSignals(False)

    def _on_filter_changed(self) -> None:
        self.refresh()

    def _on_session_changed(self, changes: Changes) -> None:
        if changes.incidents or changes.packs:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Arriving on the page puts the keys on the list (arrows move, N writes a note)."""
        super().showEvent(event)
        QTimer.singleShot(0, self._take_focus)

    def _take_focus(self) -> None:
        # Qt hands the focus of the page left behind to our first field (the search
        # box), where N, T and R would type letters: the list takes the keys instead.
        if self.isVisible():
            (self.list if self.model.rowCount() else self).setFocus()

    def status_text(self) -> str:
        """How many incidents are listed (for tests and screen readers)."""
        return ntr("%n incident", "%n incidents", self.model.rowCount())
