"""Opening an incident: the small "New incident" dialog and where it is opened from.

From the inbox (E) the dialog comes filled in: the title from the rule and
the group, the category the item's rule, the severity the item's; Enter
creates the incident from every selected item (each is escalated to it,
its triage log copied, its flagged messages kept as evidence). From the
chat view or search it is filled from the chosen messages, which become
evidence; from the Incidents page (Ctrl+Shift+N) it starts empty.

Whoever shows incidents listens to `events().created` to select the new one.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from moddesk.cases.categories import RuleChoice, rule_choices
from moddesk.storage import Changes, KnownError
from moddesk.storage import inbox_queries
from moddesk.storage.chat_queries import chat_names
from moddesk.ui import message_bridge
from moddesk.ui.incident_fields import SEVERITIES, category_pair
from moddesk.ui.incident_text import SEVERITY_LABELS, fill, label, ntr, tr
from moddesk.ui.session_api import SessionApi

log = logging.getLogger("moddesk.ui.incidents")
Category = tuple[str, str] | None


class IncidentEvents(QObject):
    """App-wide news about incidents made here.

    Signals:
        created(object): an incident with this id (a Python int) was opened.
    """

    created = Signal(object)


_events: IncidentEvents | None = None


def events() -> IncidentEvents:
    """The application-wide incident events (created on first use)."""
    global _events
    if _events is None:
        _events = IncidentEvents()
    return _events


def moderator_name(session: SessionApi) -> str:
    """Who the timeline entries are signed by: the moderator-name setting, or "Moderator"."""
    return str(session.setting("moderator_name") or "") or tr("Moderator")


def report_error(exc: object) -> None:
    """A refused incident write as a plain message (the log's own sentence)."""
    detail = exc.message if isinstance(exc, KnownError) else str(exc)
    message_bridge.error(fill(tr("The incident was not changed: %1"), detail))


class NewIncidentDialog(QDialog):
    """Title, category and severity of a new incident; Enter creates it.

    Args:
        source: one line saying what the incident is made from.

    Signals:
        chosen(object): accepted with these `values()` (a dict).
    """

    chosen = Signal(object)

    def __init__(self, session: SessionApi, *, title: str, category: Category,
                 severity: str, source: str, rules: list[RuleChoice],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_incident_dialog")
        self.setWindowTitle(tr("New incident"))
        self._session = session
        self.title = QLineEdit(title, self)
        self.title.setObjectName("new_incident_title")
        self.title.selectAll()
        self.category = QComboBox(self)
        self.category.setObjectName("new_incident_category")
        self.category.addItem(tr("No category"), None)
        for rule in rules:
            self.category.addItem(rule.title, f"{rule.pack_key}:{rule.rule_id}")
        wanted = f"{category[0]}:{category[1]}" if category else None
        if wanted is not None and self.category.findData(wanted) < 0:
            self.category.addItem(category[1], wanted)  # type: ignore[index]
        self.category.setCurrentIndex(max(self.category.findData(wanted), 0))
        self.severity = QComboBox(self)
        self.severity.setObjectName("new_incident_severity")
        for key in SEVERITIES:
            self.severity.addItem(label(SEVERITY_LABELS, key), key)
        self.severity.setCurrentIndex(max(self.severity.findData(severity), 0))
        self._layout(source)
        self.title.textChanged.connect(self._enable)

    def _layout(self, source: str) -> None:
        intro = self.source_label = QLabel(source, self)
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("&Title:"), self.title)
        form.addRow(tr("&Category:"), self.category)
        form.addRow(tr("&Severity:"), self.severity)
        self.buttons = QDialogButtonBox(self)
        self.create_button = self.buttons.addButton(tr("Create incident"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("create_incident")
        self.create_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def _enable(self) -> None:
        self.create_button.setEnabled(bool(self.title.text().strip()))

    def accept(self) -> None:
        """Create only with a title."""
        if self.title.text().strip():
            self.chosen.emit(self.values())
            super().accept()

    def values(self) -> dict[str, Any]:
        """title, category ((pack, rule) or None) and severity as chosen."""
        return {"title": self.title.text().strip(),
                "category": category_pair(self.category.currentData()),
                "severity": str(self.severity.currentData())}


@dataclasses.dataclass(frozen=True)
class CreatedIncident(Changes):
    """What creating an incident changed, and the new incident's id."""

    incident_id: int = 0


def create_job(session: SessionApi, values: dict[str, Any], *, from_items: Sequence[int] = (),
               message_ids: Sequence[int] = ()) -> Callable[[Any], CreatedIncident]:
    """The writer job creating the incident (the session announces its changes)."""
    from moddesk.cases import incidents

    key, moderator = session.case_key(), moderator_name(session)
    items, messages = list(from_items), list(message_ids)

    def job(db: Any) -> CreatedIncident:
        incident_id, changes = incidents.create_incident(
            db, mac_key=key, moderator=moderator, from_items=items, message_ids=messages, **values)
        return CreatedIncident(incident_id=incident_id, **{
            f.name: getattr(changes, f.name) for f in dataclasses.fields(Changes)})
    return job


def submit_new(session: SessionApi, values: dict[str, Any], *,
               from_items: Sequence[int] = (), message_ids: Sequence[int] = ()) -> None:
    """Create the incident described by a dialog's `values`, then announce it."""
    job = create_job(session, values, from_items=from_items, message_ids=message_ids)
    session.submit(job, _created, report_error)


def _created(made: CreatedIncident) -> None:
    number = f"INC-{made.incident_id:04d}"
    log.info("incident created (id=%d)", made.incident_id)
    message_bridge.info(fill(tr("Incident %1 opened. It is on the Incidents page (Ctrl+4)."),
                             number))
    events().created.emit(made.incident_id)


def open_dialog(dialog: QDialog, give_back: Callable[[], object] | None = None) -> QDialog:
    """Show a dialog of this module window-modally, keys on its first field."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if give_back is not None:
        dialog.finished.connect(lambda _result: give_back())
    dialog.open()
    dialog.activateWindow()
    return dialog


# -- from the inbox ---------------------------------------------------------------------------


def open_for_inbox_page(page: Any) -> NewIncidentDialog | None:
    """E in the inbox: a new incident from the selected items (or the current one)."""
    session: SessionApi = page._session  # noqa: SLF001 - the page's slot table is not ours
    ids = page.queue.selected_ids() or ([page.current_id()] if page.current_id() else [])
    if not ids or not session.is_unlocked:
        return None
    rows = inbox_queries.item_rows(session.gui_db(), ids)
    first = rows.get(ids[0])
    if first is None:
        return None
    dialog = NewIncidentDialog(
        session, title=_inbox_title(page, [rows[i] for i in ids if i in rows]),
        category=(first.pack_key, first.rule_id), severity=_most_severe(rows.values()),
        source=ntr("From %n inbox item: it is escalated to the new incident, its flagged "
                   "messages are kept as evidence.",
                   "From %n inbox items: each is escalated to the new incident, their flagged "
                   "messages are kept as evidence.", len(ids)),
        rules=rule_choices(session.gui_db(), language=QLocale().name()), parent=page)

    def create(values: dict[str, Any]) -> None:
        page.select_id(page.queue.next_after(ids))  # on to the next item, like any triage
        submit_new(session, values, from_items=ids)

    dialog.chosen.connect(create)
    open_dialog(dialog, lambda: (page.window().activateWindow(), page.queue.setFocus()))
    dialog.title.setFocus()
    return dialog


def _inbox_title(page: Any, rows: list[inbox_queries.ItemRow]) -> str:
    rule = page.rule_title(rows[0].pack_key, rows[0].rule_id)
    chats = list(dict.fromkeys(r.chat for r in rows))
    group = chats[0] if len(chats) == 1 else ntr("%n group", "%n groups", len(chats))
    return fill(tr("%1 — %2"), rule, group)


def _most_severe(rows: Any) -> str:
    ranks = [SEVERITIES.index(r.severity) for r in rows if r.severity in SEVERITIES]
    return SEVERITIES[min(ranks)] if ranks else "normal"


# -- from messages (chat view, search) ------------------------------------------------------------


def open_for_messages(session: SessionApi, message_ids: Sequence[int],
                      parent: QWidget) -> NewIncidentDialog | None:
    """A new incident with these messages as evidence."""
    ids = list(message_ids)
    if not ids or not session.is_unlocked:
        return None
    db = session.gui_db()
    messages = inbox_queries.messages_by_id(db, ids)
    if not messages:
        return None
    dialog = NewIncidentDialog(
        session, title=_message_title(db, [messages[i] for i in ids if i in messages]),
        category=None, severity="normal",
        source=ntr("From %n message: it is kept as evidence with five messages either side.",
                   "From %n messages: each is kept as evidence with five messages either side.",
                   len(ids)),
        rules=rule_choices(db, language=QLocale().name()), parent=parent)
    dialog.chosen.connect(lambda values: submit_new(session, values, message_ids=ids))
    open_dialog(dialog, lambda: parent.window().activateWindow())
    dialog.title.setFocus()
    return dialog


def _message_title(db: Any, messages: list[inbox_queries.Message]) -> str:
    chats = chat_names(db, {m.chat_id for m in messages})
    chat = chats.get(messages[0].chat_id, "")
    authors = list(dict.fromkeys(m.author for m in messages if m.author))
    if len(messages) == 1 or len(authors) == 1:
        return fill(tr("Message from %1 in %2"), authors[0] if authors else tr("someone"), chat)
    return fill(tr("%1 messages in %2"), len(messages), chat)


def open_blank(session: SessionApi, parent: QWidget) -> NewIncidentDialog | None:
    """Ctrl+Shift+N on the Incidents page: an incident from nothing, titled by the moderator."""
    if not session.is_unlocked:
        return None
    dialog = NewIncidentDialog(session, title="", category=None, severity="normal",
                               source=tr("An incident with no evidence yet. You can link "
                                         "messages later from the chat view or search."),
                               rules=rule_choices(session.gui_db(), language=QLocale().name()),
                               parent=parent)
    dialog.chosen.connect(lambda values: submit_new(session, values))
    dialog._enable()  # noqa: SLF001 - an empty title cannot be created
    open_dialog(dialog, lambda: parent.window().activateWindow())
    dialog.title.setFocus()
    return dialog
