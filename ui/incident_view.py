"""One incident in full: its fields, notes, evidence, people and timeline, and what to do next.

The incident is read on the background reader together with a fresh check
of its chain (`verify_chain`), so a log changed outside ModDesk is named
at the top of the incident in plain words, before anything else, and never
hidden. Every change goes through `moddesk.cases.incidents` on the writer;
the view reloads when the session reports `Changes(incidents=True)`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from moddesk.cases.categories import RuleChoice, rule_choices
from moddesk.cases.detail import IncidentDetail, incident_detail
from moddesk.cases.summary import ChainCheck
from moddesk.cases.templates_library import all_templates
from moddesk.cases.templates_shipped import shipped
from moddesk.storage import template_store
from moddesk.ui.chain_checks import ChainChecks
from moddesk.ui.evidence_view import EvidenceView
from moddesk.ui.flow_layout import FlowLayout
from moddesk.ui.incident_fields import IncidentFields
from moddesk.ui.incident_text import describer, fill, ntr, tr, when_text
from moddesk.ui.incident_timeline import IncidentTimeline
from moddesk.ui.new_incident_dialog import moderator_name, open_dialog, report_error
from moddesk.ui.note_editor import NotesPanel
from moddesk.ui.people_editor import PeopleEditor
from moddesk.ui.referral_dialog import ReferralDialog
from moddesk.ui.session_api import SessionApi

log = logging.getLogger("moddesk.ui.incidents")
NOTES, EVIDENCE, TIMELINE, PEOPLE = range(4)
TABS_MIN_WIDTH = 360


@dataclasses.dataclass(frozen=True)
class Loaded:
    """What one read of an incident brings: the detail, its check and the names to show."""

    detail: IncidentDetail
    check: ChainCheck
    rules: list[RuleChoice]
    template_titles: dict[str, str]
    services: list[str]


def load(db: Any, *, incident_id: int, mac_key: bytes, language: str) -> Loaded:
    """Read one incident and check its chain (on the background reader)."""
    from moddesk.cases.incidents import verify_chain

    found = all_templates(db)
    titles = {t.key: t.title for t in found}  # the interface language, else English, else any
    titles.update({t.key: t.title for t in found if t.language == "en"})
    titles.update({t.key: t.title for t in found if t.language == language})
    return Loaded(incident_detail(db, incident_id),
                  verify_chain(db, mac_key=mac_key, incident_id=incident_id),
                  rule_choices(db, language=language), titles,
                  [r.name for r in template_store.resources(db)])


class IncidentView(QWidget):
    """The detail half of the Incidents page.

    Signals:
        loaded(object): the incident with this id (a Python int) was read and shown.
    """

    loaded = Signal(object)

    def __init__(self, session: SessionApi, checks: ChainChecks, *,
                 today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incident_view")
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # where the keys go back after a dialog
        self._session, self._checks, self._today = session, checks, today
        self.incident_id: int | None = None
        self.detail: IncidentDetail | None = None
        self._generation = 0
        self._services: list[str] = []
        self._describer = describer()
        self._build()
        self._connect()
        self.show_incident(None)

    # -- construction -------------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = QLabel(self)
        self.banner.setObjectName("error")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.number = QLabel(self)
        self.number.setObjectName("section_heading")
        self.number.setWordWrap(True)
        self.meta = QLabel(self)
        self.meta.setObjectName("muted")
        self.meta.setWordWrap(True)
        self.template_button = QPushButton(tr("Reply with template…  T"), self)
        self.referral_button = QPushButton(tr("Record referral…  R"), self)
        self.print_button = QPushButton(tr("Print summary…  Ctrl+P"), self)
        for button in (self.template_button, self.referral_button, self.print_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.fields = IncidentFields(self._today(), self)
        self.tabs = QTabWidget(self)  # before its pages, so Tab meets the tab bar first
        self.notes = NotesPanel(self)
        self.evidence = EvidenceView(self)
        self.timeline = IncidentTimeline(self)
        self.people = PeopleEditor(self)
        self.tabs.setObjectName("incident_tabs")
        # The widest tab page (People: name, role and two buttons in a row) would
        # otherwise set the pane's minimum and push the list to a sliver.
        self.tabs.setMinimumWidth(TABS_MIN_WIDTH)
        for widget in (self.notes, self.evidence, self.timeline, self.people):
            self.tabs.addTab(widget, "")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._content())
        self.placeholder = QLabel(tr("Choose an incident on the left, or press Ctrl+Shift+N "
                                     "to open a new one."), self)
        self.placeholder.setObjectName("empty_state")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack.addWidget(self.placeholder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _content(self) -> QWidget:
        content = QWidget(self)
        # The buttons wrap onto a second row when the pane is narrow (German labels
        # in one row would otherwise take the list's width away).
        buttons = FlowLayout()
        for button in (self.template_button, self.referral_button, self.print_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.number)
        layout.addWidget(self.meta)
        layout.addLayout(buttons)
        layout.addWidget(self.fields)
        layout.addWidget(self.tabs, 1)
        return content

    def _connect(self) -> None:
        self.fields.field_changed.connect(self._on_field_changed)
        self.notes.save_requested.connect(self._on_note_save_requested)
        self.people.add_requested.connect(
            lambda name, role: self._write("add_person", name=name, role=role))
        self.people.remove_requested.connect(
            lambda name, role: self._write("remove_person", name=name, role=role))
        self.template_button.clicked.connect(self.reply_with_template)
        self.referral_button.clicked.connect(self.ask_referral)
        self.print_button.clicked.connect(self.print_summary)
        self._checks.checked.connect(self._show_check)

    # -- showing ------------------------------------------------------------------------------

    def show_incident(self, incident_id: int | None) -> None:
        """Read and show `incident_id` (None: the placeholder)."""
        self.incident_id = incident_id
        if incident_id is None:
            self._generation += 1
            self.detail = None
            self.stack.setCurrentIndex(1)
            return
        self.reload()

    def reload(self) -> None:
        """Read the shown incident again (after a change)."""
        if self.incident_id is None or not self._session.is_unlocked:
            return
        self._generation += 1
        generation, incident_id = self._generation, self.incident_id
        key, language = self._session.case_key(), QLocale().name().split("_")[0]
        self._session.read(
            lambda db: load(db, incident_id=incident_id, mac_key=key, language=language),
            lambda found: self._on_loaded(generation, found),
            lambda exc: self._on_load_failed(generation, exc))

    def _on_loaded(self, generation: int, found: Loaded) -> None:
        if generation != self._generation:
            return
        self.detail, self._services = found.detail, found.services
        languages = shipped().languages
        self._describer = describer(lambda k: found.template_titles.get(k, k),
                                    lambda c: languages.get(c, c))
        self._render(found)
        self.stack.setCurrentIndex(0)
        self._checks.update(found.detail.incident.id, found.check)
        self.loaded.emit(found.detail.incident.id)

    def _on_load_failed(self, generation: int, exc: object) -> None:
        if generation == self._generation:
            report_error(exc)
            self.show_incident(None)

    def _render(self, found: Loaded) -> None:
        detail, row = found.detail, found.detail.incident
        self.number.setText(fill(tr("%1 · %2"), row.number, row.title))
        self.meta.setText(fill(tr("Opened %1 by %2 · last change %3"), when_text(row.created_at),
                               row.created_by, when_text(row.updated_at)))
        self.fields.show_incident(row, found.rules)
        self.notes.show_notes(row.id, detail.notes)
        self.evidence.show_evidence(detail.evidence)
        self.timeline.show_entries(detail.timeline, self._describer)
        self.people.show_people(detail.people, detail.author_choices)
        self._name_tabs(detail)
        self._show_check()

    def _name_tabs(self, detail: IncidentDetail) -> None:
        texts = {NOTES: fill(tr("Notes (%1)"), len(detail.notes)),
                 EVIDENCE: fill(tr("Evidence (%1)"), len(detail.evidence)),
                 TIMELINE: fill(tr("Timeline (%1)"), len(detail.timeline)),
                 PEOPLE: fill(tr("People (%1)"), len(detail.people))}
        for index, text in texts.items():
            self.tabs.setTabText(index, text)

    def _show_check(self) -> None:
        check = self._checks.result(self.incident_id) if self.incident_id is not None else None
        if check is None or check.ok:
            self.banner.hide()
            return
        self.banner.setText(problem_text(check))
        self.banner.show()

    def clear_all(self) -> None:
        """Forget the incident, its notes and any draft (on lock)."""
        self._generation += 1
        self.incident_id, self.detail, self._services = None, None, []
        for part in (self.fields, self.notes, self.evidence, self.timeline, self.people):
            part.clear_all()
        for label in (self.number, self.meta, self.banner):
            label.clear()
        self.stack.setCurrentIndex(1)

    # -- writing -------------------------------------------------------------------------------

    def _write(self, function: str, on_done: Callable[[Any], None] | None = None,
               **kwargs: Any) -> None:
        """Run `incidents.<function>(db, mac_key=…, moderator=…, incident_id=…, **kwargs)` on the writer."""
        if self.incident_id is None or not self._session.is_unlocked:
            return
        from moddesk.cases import incidents

        call = getattr(incidents, function)
        key, moderator, incident_id = (self._session.case_key(), moderator_name(self._session),
                                       self.incident_id)

        def job(db: Any) -> Any:
            result = call(db, mac_key=key, moderator=moderator, incident_id=incident_id, **kwargs)
            return result[1] if isinstance(result, tuple) else result  # (id, changes)

        self._session.submit(job, on_done, report_error)

    def _on_field_changed(self, field: str, value: object) -> None:
        if field == "status":
            self._write("set_status", status=value)
        else:
            self._write("set_fields", **{field: value})

    def _on_note_save_requested(self, note_id: int | None, text: str) -> None:
        if note_id is None:
            self._write("add_note", lambda _r: self.notes.saved(), text=text)
            return
        key, moderator = self._session.case_key(), moderator_name(self._session)

        def job(db: Any) -> Any:
            from moddesk.cases.incidents import edit_note

            return edit_note(db, mac_key=key, moderator=moderator, note_id=note_id, text=text)[1]

        self._session.submit(job, lambda _r: self.notes.saved(), report_error)

    # -- actions ---------------------------------------------------------------------------------

    def write_note(self) -> None:
        """N: go to the notes and put the cursor in the editor."""
        if self.incident_id is not None:
            self.tabs.setCurrentIndex(NOTES)
            self.notes.start_note()

    def reply_with_template(self) -> None:
        """T: the template dialog for this incident; a copy is recorded in its timeline."""
        if self.incident_id is None or not self._session.is_unlocked:
            return
        from moddesk.ui.template_dialog import open_for_incident

        dialog = open_for_incident(self._session, self.incident_id, today=self._today(),
                                   parent=self)
        if dialog is not None:
            dialog.finished.connect(lambda _r: self.setFocus())

    def ask_referral(self) -> None:
        """R: record who the incident was referred to."""
        if self.detail is None:
            return
        dialog = ReferralDialog(self._services,
                                already_referred=self.detail.incident.status == "referred",
                                parent=self)
        dialog.chosen.connect(self._on_referral_chosen)
        open_dialog(dialog, lambda: (self.window().activateWindow(), self.setFocus()))
        dialog.to.setFocus()

    def _on_referral_chosen(self, to: str, how: str, mark: bool) -> None:
        self._write("record_referral", to=to, how=how)
        if mark:
            self._write("set_status", status="referred")

    def print_summary(self) -> None:
        """Ctrl+P: the printable summary (profiles, preview, export)."""
        if self.incident_id is not None and self._session.is_unlocked:
            from moddesk.ui.report_dialog import open_report

            open_report(self._session, self.incident_id, self)


def problem_text(check: ChainCheck) -> str:
    """The plain warning shown on an incident whose log failed its check."""
    problems = " ".join(check.problems) or tr("The log does not match its seal.")
    return fill(tr("This log was changed outside ModDesk: %1 Nothing was repaired; what is "
                   "shown below is the log as it is now. Keep this vault as it is and "
                   "compare it with a backup or a printed summary."), problems) + "\n" + \
        ntr("(%n entry checked.)", "(%n entries checked.)", check.entries)
