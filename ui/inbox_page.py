"""The Inbox page: counters, the groups overview, the queue, the item, keyboard triage.

Layout: the heading with what all (or the chosen) groups need; the groups
overview on the left; filters, the queue and the selected item on the
right. Every triage action goes through `inbox_store` on the writer thread
(see `inbox_actions`); after resolve, dismiss, escalate or snooze the
selection moves on to the next item at once (Ozone's "Submit & Next"), and
the lists refresh when the session reports `Changes(inbox=True)` or
`Changes(messages=True)`. Undo works item by item, newest first, also after
a bulk action. The queue and counts are read on the background reader.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from moddesk.storage import Changes
from moddesk.storage import inbox_queries as queries
from moddesk.storage.inbox_queries import GroupNeeds, RuleText
from moddesk.ui import message_bridge
from moddesk.ui.followup_strip import FollowupStrip
from moddesk.ui.groups_overview import GroupsOverview
from moddesk.ui.inbox_actions import (
    DEFAULT_MODERATOR,
    Job,
    TriageOutcome,
    help_entries,
    make_actions,
    severity_job,
    snooze_job,
    triage_job,
    undo_job,
)
from moddesk.ui.inbox_dialogs import DateRangeDialog, DismissDialog, SnoozeDialog, range_text
from moddesk.ui.inbox_item_view import InboxItemView
from moddesk.ui.inbox_model import ITEM_ID_ROLE, InboxModel, bucket_label, ntr, tr
from moddesk.ui.inbox_queue import InboxQueue
from moddesk.ui.session_api import SessionApi
from moddesk.ui.triage_help import TriageHelp

Rules = dict[tuple[str, str], RuleText | None]

if TYPE_CHECKING:
    from moddesk.ui.nav_pages import PageSpec

log = logging.getLogger("moddesk.ui.inbox")
STATE_CHOICES = (("open", QT_TRANSLATE_NOOP("Inbox", "Open items")),
                 ("new", QT_TRANSLATE_NOOP("Inbox", "New")),
                 ("in_review", QT_TRANSLATE_NOOP("Inbox", "In review")),
                 ("escalated", QT_TRANSLATE_NOOP("Inbox", "Escalated")),
                 ("snoozed", QT_TRANSLATE_NOOP("Inbox", "Snoozed")),
                 ("resolved", QT_TRANSLATE_NOOP("Inbox", "Resolved")),
                 ("dismissed", QT_TRANSLATE_NOOP("Inbox", "Dismissed")),
                 ("all", QT_TRANSLATE_NOOP("Inbox", "All states")))
SEVERITY_CHOICES = ((None, QT_TRANSLATE_NOOP("Inbox", "Any severity")),
                    ("urgent", QT_TRANSLATE_NOOP("Inbox", "Urgent")),
                    ("high", QT_TRANSLATE_NOOP("Inbox", "High")),
                    ("normal", QT_TRANSLATE_NOOP("Inbox", "Normal")),
                    ("low", QT_TRANSLATE_NOOP("Inbox", "Low")))
CUSTOM_RANGE = "custom"
DATE_CHOICES = ((None, QT_TRANSLATE_NOOP("Inbox", "Any time")),
                (0, QT_TRANSLATE_NOOP("Inbox", "Today")),
                (6, QT_TRANSLATE_NOOP("Inbox", "Last 7 days")),
                (29, QT_TRANSLATE_NOOP("Inbox", "Last 30 days")),
                (CUSTOM_RANGE, QT_TRANSLATE_NOOP("Inbox", "Custom range…")))


class InboxPage(QWidget):
    """The moderator's queue and the keyboard triage around it.

    Args:
        spec: the navigation entry this page fills (key "inbox").
        clock: the wall clock, injected so "today" and ages are testable.

    Signals:
        open_message(object): open the chat at this message id, a Python int (the
            main window wires it to the Chats page).
        refreshed(): the queue, counters and overview were read again.
    """

    open_message = Signal(object)  # message ids need 64 bits; a Qt int has 32
    refreshed = Signal()

    def __init__(self, spec: PageSpec, session: SessionApi, *,
                 clock: Callable[[], dt.datetime] = dt.datetime.now,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec, self._session, self._clock = spec, session, clock
        self.setObjectName(f"page_{spec.key}")
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._chat_filter: int | None = None
        self._date_range: tuple[dt.date, dt.date] | None = None
        self._date_index = 0  # the date choice in force (custom only once a range was given)
        self._focus_on_read = False
        self._generation = 0
        self._pending_select: int | None = None
        self._undo: list[tuple[int, int]] = []
        self._rules: dict[tuple[str, str], RuleText | None] = {}
        self.model = InboxModel(self._session.gui_db, clock, self.rule_title, self)
        self._build()
        self.actions_by_name = make_actions(self)
        self._connect()

    # -- construction -------------------------------------------------------------------------

    def _build(self) -> None:
        self.overview = GroupsOverview(self)
        self.detail = InboxItemView(self._session, self.rule_text, self)
        self.help = TriageHelp(self)
        self._build_queue()
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self._build_filters())
        self.split = QSplitter(Qt.Orientation.Vertical, right)
        self.split.addWidget(self.queue_stack)
        self.split.addWidget(self._build_detail_pane())
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)
        self.split.setChildrenCollapsible(False)
        column.addWidget(self.split, 1)
        body = QSplitter(Qt.Orientation.Horizontal, self)
        body.addWidget(self.overview)
        body.addWidget(right)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 4)
        body.setSizes([230, 870])
        self.overview.setMinimumWidth(150)
        body.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        layout.addLayout(self._build_header())
        self.followups = FollowupStrip(self._session, self._clock, self)
        layout.addWidget(self.followups)
        layout.addWidget(body, 1)

    def _build_header(self) -> QHBoxLayout:
        heading = QLabel(QCoreApplication.translate("NavPages", self.spec.title), self)
        heading.setObjectName("heading")
        self.queue.setAccessibleName(heading.text())
        self.counters = {b: QLabel(self) for b in ("urgent", "attention", "reply")}
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(heading)
        row.addSpacing(12)
        for bucket, label in self.counters.items():
            label.setObjectName(f"counter_{bucket}")
            label.setToolTip(tr("Open items in this bucket, for the groups shown"))
            row.addWidget(label)
        row.addStretch(1)
        self.help_button = QToolButton(self)
        self.help_button.setText(tr("Shortcuts  ?"))
        self.help_button.setObjectName("help_button")
        row.addWidget(self.help_button)
        self._show_counts(GroupNeeds(0, "", 0, 0, 0))
        return row

    def _build_filters(self) -> QHBoxLayout:
        self.rule_filter = QComboBox(self)
        self.rule_filter.setMinimumContentsLength(14)
        self.rule_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.severity_filter = self._combo(SEVERITY_CHOICES)
        self.state_filter = self._combo(STATE_CHOICES)
        self.date_filter = self._combo(DATE_CHOICES)
        self.selection_label = QLabel(self)
        self.selection_label.setObjectName("muted")
        self._reset_rule_filter()
        row = QHBoxLayout()
        row.setSpacing(6)
        for combo in (self.state_filter, self.severity_filter, self.rule_filter, self.date_filter):
            combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            row.addWidget(combo)
        row.addStretch(1)
        row.addWidget(self.selection_label)
        return row

    def _combo(self, choices: tuple[tuple[Any, str], ...]) -> QComboBox:
        combo = QComboBox(self)
        for value, text in choices:
            combo.addItem(tr(text), value)
        return combo

    def _build_queue(self) -> None:
        self.queue = InboxQueue(self.model, self)
        self.empty_queue = QLabel(self)
        self.empty_queue.setObjectName("empty_state")
        self.empty_queue.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_queue.setWordWrap(True)
        self.queue_stack = QStackedWidget(self)
        self.queue_stack.addWidget(self.queue)
        self.queue_stack.addWidget(self.empty_queue)

    def _build_detail_pane(self) -> QWidget:
        pane = QWidget(self)
        pane.setObjectName("detail_pane")
        self.action_bar = QHBoxLayout()
        self.action_bar.setSpacing(6)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(self.action_bar)
        layout.addWidget(self.detail, 1)
        return pane

    def _fill_action_bar(self) -> None:
        # Plain buttons, not setDefaultAction(): that would show the action's
        # long help text on the button whenever the action changes.
        for name in ("resolve", "dismiss", "escalate", "snooze", "undo"):
            action = self.actions_by_name[name]
            button = QToolButton(self)
            button.setText(self._button_text(name))
            button.setToolTip(action.text())
            button.setObjectName(f"action_{name}")
            # Tab reaches it; a click leaves the keys with the queue.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(action.trigger)
            self.action_bar.addWidget(button)
        self.action_bar.addStretch(1)

    def _button_text(self, name: str) -> str:
        texts = {"resolve": tr("Resolve  R"), "dismiss": tr("Dismiss…  D"),
                 "escalate": tr("Incident…  E"), "snooze": tr("Snooze…  S"), "undo": tr("Undo  Z")}
        return texts[name]

    def _set_tab_order(self) -> None:
        """Tab in reading order: header, groups on the left, then filters, queue, actions, item."""
        buttons = [self.action_bar.itemAt(i).widget() for i in range(self.action_bar.count())]
        chain = [self.help_button, self.followups.button, self.overview.view,
                 self.state_filter, self.severity_filter, self.rule_filter, self.date_filter,
                 self.queue, *[b for b in buttons if b], self.detail.open_button,
                 self.detail.browser]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self._fill_action_bar()
        self._set_tab_order()
        slots = {"next": lambda: self.queue.step(1), "previous": lambda: self.queue.step(-1),
                 "open": self.detail.request_open, "resolve": lambda: self.triage("resolved"),
                 "dismiss": self.ask_dismiss,
                 "snooze": self.ask_snooze, "undo": self.undo, "reveal": self.toggle_media,
                 "help": self.toggle_help}
        for severity in ("urgent", "high", "normal", "low"):
            # `triggered` passes `checked`; it must not land in `s`.
            slots[f"severity_{severity}"] = lambda _checked=False, s=severity: self.set_severity(s)
        for name, slot in slots.items():
            self.actions_by_name[name].triggered.connect(slot)
        self.help_button.clicked.connect(self.toggle_help)
        self.help.closed.connect(self._on_help_closed)
        self.detail.open_message.connect(self.open_message)
        self.overview.group_chosen.connect(self._on_overview_group_chosen)
        self.queue.selectionModel().currentChanged.connect(self._on_queue_current_changed)
        self.queue.selectionModel().selectionChanged.connect(self._on_queue_selection_changed)
        for combo in (self.rule_filter, self.severity_filter, self.state_filter):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        self.date_filter.currentIndexChanged.connect(self._on_date_choice_changed)
        self.date_filter.activated.connect(self._on_date_choice_activated)
        self._session.changed.connect(self._on_session_changed)  # type: ignore[attr-defined]

    # -- lock and unlock ----------------------------------------------------------------------

    def clear(self) -> None:
        """Forget everything shown: rows, counts, detail, revealed media, undo (on lock)."""
        self._generation += 1  # results of reads still in flight are dropped
        self._pending_select, self._undo, self._rules = None, [], {}
        self._chat_filter, self._focus_on_read = None, False
        self.help.dismiss()
        self.model.clear()
        self.overview.clear()
        self.detail.clear()
        self._reset_rule_filter()
        self._show_counts(GroupNeeds(0, "", 0, 0, 0))
        self.selection_label.clear()

    def reload(self) -> None:
        """Read the queue and the counts again (on unlock); then the queue takes the keys."""
        self._focus_on_read = True
        self.refresh()

    # -- reading ------------------------------------------------------------------------------

    def today(self) -> dt.date:
        """Today by the injected clock."""
        return self._clock().date()

    def refresh(self) -> None:
        """Read the queue, the counts and the rules on the background reader."""
        if not self._session.is_unlocked:
            return
        self._generation += 1
        generation, today, filters = self._generation, self.today().isoformat(), self._filters()
        language = QLocale().name()  # rule texts in the interface language, where packs have it

        def job(db: Any) -> tuple[list[int], list[GroupNeeds], Rules]:
            # Rule texts come from pack TOML: parse it here, off the GUI thread.
            return (queries.queue(db, today=today, **filters),
                    queries.group_needs(db, today=today),
                    queries.rule_texts(db, queries.rule_ids(db), language=language))

        self._session.read(job, lambda result: self._on_read(generation, result))

    def _filters(self) -> dict[str, Any]:
        since, until = self._date_bounds()
        return {"state": self.state_filter.currentData(), "rule_id": self.rule_filter.currentData(),
                "severity": self.severity_filter.currentData(),
                "chat_ids": None if self._chat_filter is None else [self._chat_filter],
                "since": since, "until": until}

    def _date_bounds(self) -> tuple[dt.date | None, dt.date | None]:
        days = self.date_filter.currentData()
        if days == CUSTOM_RANGE:
            return self._date_range or (None, None)
        return (None if days is None else self.today() - dt.timedelta(days=days)), None

    def _on_read(self, generation: int, result: tuple[list[int], list[GroupNeeds], Rules]) -> None:
        if generation != self._generation:
            return  # a newer read is on its way
        ids, needs, rules = result
        self._rules = rules
        selected, current = self.queue.selected_ids(), self.current_id()
        row = self.queue.currentIndex().row()
        self.model.set_ids(ids)
        self._restore_selection(selected, current, row)
        self.overview.set_needs(needs, self._chat_filter)
        self._show_counts(self._counts_for(needs))
        self._fill_rule_filter(list(rules))
        self._show_empty_state(not ids)
        if self._focus_on_read and self.isVisible():
            self._take_focus(read=True)
        log.debug("inbox refreshed (items=%d, groups=%d)", len(ids), len(needs))
        self.refreshed.emit()

    def _counts_for(self, needs: list[GroupNeeds]) -> GroupNeeds:
        shown = [g for g in needs if self._chat_filter in (None, g.chat_id)]
        return GroupNeeds(0, "", sum(g.urgent for g in shown), sum(g.attention for g in shown),
                          sum(g.reply for g in shown))

    def _show_counts(self, counts: GroupNeeds) -> None:
        for bucket, n in (("urgent", counts.urgent), ("attention", counts.attention),
                          ("reply", counts.reply)):
            self.counters[bucket].setText(f"<b>{n}</b>&nbsp; {bucket_label(bucket)}")
            self.counters[bucket].setProperty("zero", n == 0)
            self.counters[bucket].style().polish(self.counters[bucket])

    def _show_empty_state(self, empty: bool) -> None:
        state = self.state_filter.currentData()
        self.empty_queue.setText(tr("Nothing waits here. The groups are calm for now.")
                                 if state == "open" and self._no_narrowing()
                                 else tr("No items match these filters."))
        focus = self.window().focusWidget()
        self.queue_stack.setCurrentIndex(1 if empty else 0)
        if empty and focus in (None, self.queue):
            self.setFocus()  # a hidden queue takes the keys with it; Z must still work
        elif not empty and focus is self:
            self.queue.setFocus()

    def _no_narrowing(self) -> bool:
        return (self._chat_filter is None and self.rule_filter.currentData() is None
                and self.severity_filter.currentData() is None
                and self.date_filter.currentData() is None)

    # -- rules --------------------------------------------------------------------------------

    def rule_text(self, pack_key: str, rule_id: str) -> RuleText | None:
        """The rule's title and description if its pack has them (as of the last refresh)."""
        return self._rules.get((pack_key, rule_id))

    def rule_title(self, pack_key: str, rule_id: str) -> str:
        """What the queue shows as the rule: its title, or its id until packs describe it."""
        rule = self.rule_text(pack_key, rule_id)
        return rule.title if rule else rule_id

    def _reset_rule_filter(self) -> None:
        self.rule_filter.blockSignals(True)
        self.rule_filter.clear()
        self.rule_filter.addItem(tr("All rules"), None)
        self.rule_filter.blockSignals(False)

    def _fill_rule_filter(self, rules: list[tuple[str, str]]) -> None:
        chosen = self.rule_filter.currentData()
        self._reset_rule_filter()
        self.rule_filter.blockSignals(True)
        for pack_key, rule_id in rules:
            if self.rule_filter.findData(rule_id) < 0:
                self.rule_filter.addItem(self.rule_title(pack_key, rule_id), rule_id)
        self.rule_filter.setCurrentIndex(max(self.rule_filter.findData(chosen), 0))
        self.rule_filter.blockSignals(False)

    # -- selection ------------------------------------------------------------------------------

    def current_id(self) -> int | None:
        """The item whose detail is shown."""
        return self.queue.current_id()

    def select_id(self, item_id: int | None) -> None:
        """Make `item_id` the current and only selected item."""
        self.queue.select_id(item_id)

    def _restore_selection(self, selected: list[int], current: int | None, row: int) -> None:
        pending = self._pending_select
        pending_row = None if pending is None else self.model.row_of(pending)
        if pending_row is not None:
            self._pending_select, selected = None, [pending]
        target = pending if pending_row is not None else current
        target_row = None if target is None else self.model.row_of(target)
        if target_row is None and self.model.rowCount():
            target_row = min(max(row, 0), self.model.rowCount() - 1)
        if target_row is None:
            self.detail.show_item(None)
            return
        keep = [r for r in (self.model.row_of(i) for i in selected) if r is not None]
        self.queue.select_rows(keep if target_row in keep else [target_row], target_row)

    def _on_queue_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.detail.show_item(current.data(ITEM_ID_ROLE) if current.isValid() else None)

    def _on_queue_selection_changed(self, *_args: object) -> None:
        count = len(self.queue.selectionModel().selectedRows())
        self.selection_label.setText(tr("%n selected", count) if count > 1 else "")

    # -- triage -----------------------------------------------------------------------------------

    def moderator(self) -> str:
        """Who the log records: the moderator name setting, or "Moderator"."""
        return str(self._session.setting("moderator_name") or "") or DEFAULT_MODERATOR

    def _targets(self) -> list[int]:
        ids = self.queue.selected_ids()
        current = self.current_id()
        return ids if ids else ([current] if current is not None else [])

    def triage(self, to_state: str, reason: str | None = None,
               ids: list[int] | None = None) -> None:
        """Resolve, dismiss or escalate the selected items, then move on."""
        ids = ids if ids is not None else self._targets()
        if ids:
            self._submit(triage_job(ids, to_state=to_state, moderator=self.moderator(),
                                    reason=reason), ids, advance=True)

    def set_severity(self, severity: str) -> None:
        """Change the selected items' severity (the selection stays on them)."""
        ids = self._targets()
        if ids:
            self._submit(severity_job(ids, severity=severity, moderator=self.moderator()), ids,
                         advance=False)

    def ask_dismiss(self) -> None:
        """Ask why, then dismiss the selected items."""
        ids = self._targets()
        if not ids:
            return
        dialog = DismissDialog(len(ids), self)
        dialog.accepted.connect(lambda: self.triage("dismissed", dialog.reason(), ids))
        self._open(dialog)

    def ask_snooze(self) -> None:
        """Ask until when, then snooze the selected items."""
        ids = self._targets()
        if not ids:
            return
        dialog = SnoozeDialog(self.today(), len(ids), self)
        dialog.accepted.connect(lambda: self._snooze(ids, dialog.until()))
        self._open(dialog)

    def _snooze(self, ids: list[int], until: dt.date | None) -> None:
        if until is not None:
            self._submit(snooze_job(ids, until=until.isoformat(), moderator=self.moderator()),
                         ids, advance=True)

    def _open(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_dialog_finished)  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    def _on_dialog_finished(self, _result: int) -> None:
        # Give the keys back to the queue; not every platform re-activates the
        # window under a closed dialog (offscreen, some tiling WMs).
        self.window().activateWindow()
        (self.queue if self.queue.isVisible() else self).setFocus()

    def _submit(self, job: Job, ids: list[int], *, advance: bool) -> None:
        if advance:
            self.select_id(self.queue.next_after(ids))
        self._session.submit(job, self._on_triage_done)

    def _on_triage_done(self, outcome: TriageOutcome) -> None:
        self._undo.extend(outcome.done)
        if outcome.done:
            message_bridge.info(ntr("%n item changed. Press Z to undo.",
                                    "%n items changed. Press Z to undo, one item at a time.",
                                    len(outcome.done)))
        if outcome.refused:
            message_bridge.info(ntr("%n item could not change: another change came first.",
                                    "%n items could not change: other changes came first.",
                                    len(outcome.refused)))
        log.info("triage done (items=%d, refused=%d)", len(outcome.done), len(outcome.refused))

    def undo(self) -> None:
        """Reverse the newest action on one item and select that item."""
        if not self._undo:
            message_bridge.info(tr("Nothing to undo."))
            return
        item_id, steps = self._undo.pop()
        # Select the item once a refresh shows it again. Set before submitting:
        # the refresh may land before the job's callback does.
        self._pending_select = item_id
        self._session.submit(undo_job(item_id, steps, moderator=self.moderator()),
                             lambda outcome: self._on_undo_done(item_id, outcome))

    def _on_undo_done(self, item_id: int, outcome: TriageOutcome) -> None:
        if outcome.done:
            message_bridge.info(tr("Undone. %n more to undo.", len(self._undo)))
            return
        if self._pending_select == item_id:
            self._pending_select = None
        message_bridge.info(tr("That item changed since; nothing was undone."))

    # -- media, help, open ------------------------------------------------------------------------

    def toggle_media(self) -> None:
        """Reveal or hide the selected item's media (never automatic)."""
        if self.detail.item_id is not None and not self.detail.toggle_media():
            message_bridge.info(tr("This item has no media to show."))

    def toggle_help(self) -> None:
        """Show or hide the shortcut overlay."""
        if self.help.isVisible():
            self.help.dismiss()
            return
        for name, action in self.actions_by_name.items():
            action.setEnabled(name == "help")  # no triage by accident while reading the help
        self.help.show_entries(help_entries())

    def _on_help_closed(self) -> None:
        for action in self.actions_by_name.values():
            action.setEnabled(True)
        self.queue.setFocus()

    # -- filters and changes ------------------------------------------------------------------

    def _on_overview_group_chosen(self, chat_id: int | None) -> None:
        self._chat_filter = chat_id
        self.queue.hide_group = chat_id is not None
        self.queue.fit_columns()
        self._on_filter_changed(0)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """After unlock the page shows with the content; the queue then takes the keys."""
        super().showEvent(event)
        if self._focus_on_read:
            # After the window's own focus handling for the page switch has run.
            QTimer.singleShot(0, self._take_focus)

    def _take_focus(self, read: bool = False) -> None:
        # After unlock J/K must work at once, without a Tab to reach the queue.
        # Shown before the queue was read: the focus waits for the rows.
        if self._focus_on_read and self.isVisible() and (read or self.model.rowCount()):
            self._focus_on_read = False
            (self.queue if self.model.rowCount() else self).setFocus()

    def _on_date_choice_changed(self, index: int) -> None:
        if self.date_filter.itemData(index) == CUSTOM_RANGE:
            self.ask_date_range()
            return
        self._date_index = index
        self._on_filter_changed(index)

    def _on_date_choice_activated(self, index: int) -> None:
        # Choosing "custom" again while it is in force changes the range.
        if self.date_filter.itemData(index) == CUSTOM_RANGE and index == self._date_index:
            self.ask_date_range()

    def ask_date_range(self) -> None:
        """Ask for the first and last day to show; cancelling keeps the filter as it was."""
        today = self.today()
        first, last = self._date_range or (today - dt.timedelta(days=6), today)
        dialog = DateRangeDialog(first, last, self)
        dialog.accepted.connect(lambda: self._set_date_range(*dialog.days()))
        dialog.rejected.connect(self._restore_date_choice)
        self._open(dialog)

    def _set_date_range(self, first: dt.date, last: dt.date) -> None:
        self._date_range = (first, last)
        index = self.date_filter.findData(CUSTOM_RANGE)
        self.date_filter.setItemText(index, range_text(first, last))
        self._date_index = index
        with QSignalBlocker(self.date_filter):
            self.date_filter.setCurrentIndex(index)
        self._on_filter_changed(index)

    def _restore_date_choice(self) -> None:
        with QSignalBlocker(self.date_filter):
            self.date_filter.setCurrentIndex(self._date_index)

    def _on_filter_changed(self, _index: int) -> None:
        # Another view of the queue starts at its top, not at the old row number.
        self.queue.selectionModel().clearCurrentIndex()
        self.queue.clearSelection()
        self.refresh()

    def _on_session_changed(self, changes: Changes) -> None:
        if changes.inbox or changes.messages:
            self.refresh()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # Arriving on the page puts the keys on the queue, ready for J/K and triage.
        (self.queue if self.queue_stack.currentIndex() == 0 else self).setFocus()
