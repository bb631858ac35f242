"""Turning messages into evidence from the chat view and search.

`install_message_actions` gives a view two actions, in its context menu
and on keys: "New incident from message…" (Ctrl+Shift+N) and "Add to
incident…" (Ctrl+Shift+A), both for the message(s) selected there, in time
order; with several selected the actions say how many ("New incident from
3 messages…"). Adding asks which incident in a small picker (open incidents
first, type to narrow); the messages are frozen as evidence with their
context. At most `MAX_MESSAGES` go into one action: each becomes a snapshot
with ten messages of context, and a selection of thousands is a slip of
Shift+End rather than evidence.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moddesk.storage.case_queries import IncidentRow, list_incidents
from moddesk.ui import message_bridge
from moddesk.ui.incident_text import STATUS_LABELS, fill, label, ntr, tr
from moddesk.ui.new_incident_dialog import moderator_name, open_dialog, open_for_messages, report_error
from moddesk.ui.session_api import SessionApi

log = logging.getLogger("moddesk.ui.incidents")
INCIDENT_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_MESSAGES = 500
MessageIds = Callable[[], list[int]]


def install_message_actions(view: QAbstractItemView, session: SessionApi,
                            message_ids: MessageIds, *, count: Callable[[], int] | None = None,
                            changed: SignalInstance | None = None) -> dict[str, QAction]:
    """Add "New incident from message…" and "Add to incident…" to `view`'s context menu and keys.

    `count` says how many messages `message_ids` would return (default: call it);
    the action texts are renewed when `changed` fires (default: the view's
    selection model changed).
    """
    new = QAction(view)
    new.setObjectName("new_incident_from_messages")
    new.setShortcut(QKeySequence("Ctrl+Shift+N"))
    new.triggered.connect(lambda: _new(session, message_ids(), view))
    add = QAction(view)
    add.setObjectName("add_to_incident")
    add.setShortcut(QKeySequence("Ctrl+Shift+A"))
    add.triggered.connect(lambda: open_picker(session, message_ids(), view))
    for action in (new, add):
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        view.addAction(action)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    counted = count or (lambda: len(message_ids()))

    def name_actions(*_args: object) -> None:
        new.setText(new_text(counted()))
        add.setText(add_text(counted()))

    (changed if changed is not None else view.selectionModel().selectionChanged).connect(
        name_actions)
    name_actions()
    return {"new": new, "add": add}


def new_text(count: int) -> str:
    """The "New incident" action's text for `count` selected messages."""
    if count <= 1:
        return tr("New incident from message…")
    return ntr("New incident from %n message…", "New incident from %n messages…", count)


def add_text(count: int) -> str:
    """The "Add to incident" action's text for `count` selected messages."""
    if count <= 1:
        return tr("Add to incident…")
    return ntr("Add %n message to incident…", "Add %n messages to incident…", count)


def too_many(ids: Sequence[int]) -> bool:
    """Say so and return True when `ids` is more than one action takes."""
    if len(ids) <= MAX_MESSAGES:
        return False
    message_bridge.warning(fill(tr(
        "%n messages are selected; one incident takes at most %1 at a time. Select fewer "
        "(each is kept with ten messages of context).", len(ids)), MAX_MESSAGES))
    return True


def selected_rows(view: QAbstractItemView) -> list[int]:
    """Rows selected in `view` (the current row when nothing is selected), in order."""
    rows = sorted(i.row() for i in view.selectionModel().selectedIndexes())
    if not rows and view.currentIndex().isValid():
        rows = [view.currentIndex().row()]
    return list(dict.fromkeys(rows))


def _new(session: SessionApi, ids: list[int], parent: QWidget) -> None:
    if not ids:
        message_bridge.info(tr("Select a message first."))
        return
    if not too_many(ids):
        open_for_messages(session, ids, parent)


class IncidentPicker(QDialog):
    """Choose an existing incident: type to narrow, Enter to choose.

    Signals:
        chosen(object): the incident id (a Python int) picked.
    """

    chosen = Signal(object)

    def __init__(self, incidents: list[IncidentRow], count: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incident_picker")
        self.setWindowTitle(tr("Add to incident"))
        self._incidents = incidents
        self.filter = QLineEdit(self)
        self.filter.setObjectName("incident_filter")
        self.filter.setPlaceholderText(tr("Type a number or words of the title"))
        self.list = QListWidget(self)
        self.list.setObjectName("incident_choices")
        intro = QLabel(ntr("Keep %n message as evidence in which incident?",
                           "Keep %n messages as evidence in which incident?", count), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Add as evidence"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(520, 380)
        self.filter.textChanged.connect(self._fill)
        self.filter.installEventFilter(self)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self._fill("")

    def _fill(self, text: str) -> None:
        wanted = text.casefold().split()
        self.list.clear()
        for row in self._incidents:
            shown = fill(tr("%1 · %2 · %3"), row.number, row.title, label(STATUS_LABELS, row.status))
            if all(w in shown.casefold() for w in wanted):
                item = QListWidgetItem(shown)
                item.setData(INCIDENT_ROLE, row.id)
                self.list.addItem(item)
        self.list.setCurrentRow(0)

    def eventFilter(self, watched: object, event: Any) -> bool:  # noqa: N802 - Qt override
        # Up/Down in the filter box move through the list, so the keys never leave the box.
        if watched is self.filter and event.type() == event.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            row = min(max(self.list.currentRow() + step, 0), self.list.count() - 1)
            self.list.setCurrentRow(row)
            return True
        return False

    def accept(self) -> None:
        """Choose the highlighted incident (nothing highlighted: nothing happens)."""
        item = self.list.currentItem()
        if item is not None:
            self.chosen.emit(int(item.data(INCIDENT_ROLE)))
            super().accept()


def open_picker(session: SessionApi, message_ids: Sequence[int],
                parent: QWidget) -> IncidentPicker | None:
    """Ask which incident, then link the messages to it as evidence."""
    ids = list(message_ids)
    if not ids or not session.is_unlocked:
        if not ids:
            message_bridge.info(tr("Select a message first."))
        return None
    if too_many(ids):
        return None
    incidents = list_incidents(session.gui_db())
    if not incidents:
        message_bridge.info(tr("There is no incident yet. Use “New incident from message…”."))
        return None
    picker = IncidentPicker(incidents, len(ids), parent)
    picker.chosen.connect(lambda incident_id: link(session, incident_id, ids))
    open_dialog(picker, lambda: parent.window().activateWindow())
    picker.filter.setFocus()
    return picker


def link(session: SessionApi, incident_id: int, message_ids: list[int]) -> None:
    """Keep `message_ids` as evidence of the incident (on the writer)."""
    from moddesk.cases import incidents

    key, moderator = session.case_key(), moderator_name(session)

    def job(db: Any) -> Any:
        _evidence_ids, changes = incidents.link_messages(
            db, mac_key=key, moderator=moderator, incident_id=incident_id,
            message_ids=message_ids)
        return changes

    def done(_result: object) -> None:
        log.info("messages linked as evidence (incident=%d, messages=%d)", incident_id,
                 len(message_ids))
        message_bridge.info(fill(ntr("%n message kept as evidence in %1.",
                                     "%n messages kept as evidence in %1.", len(message_ids)),
                                 f"INC-{incident_id:04d}"))

    session.submit(job, done, report_error)
