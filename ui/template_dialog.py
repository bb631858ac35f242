"""The "Reply with template" dialog: pick a reply, fill its blanks, copy it for WhatsApp.

Opened from an inbox item (key T) or an incident. The placeholders are
filled from what the moderator is looking at (`templates_context`), the
moderator-name setting, today's date in the template's language, and a
service from the resource directory; the rest get a field. Copy stays
disabled, with a line saying which blanks are left, until every
placeholder has a value: a reply must never reach a member with "{member}"
in it. The copy goes through the sensitive clipboard (hidden from clipboard
histories, cleared after 60 s and on lock). Used for an incident, the copy
is recorded in the incident's timeline.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable
from typing import Any

import sqlite_utils
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moddesk.cases import templates
from moddesk.cases.templates import PLACEHOLDERS, TemplateError
from moddesk.cases.templates_context import Context, incident_context, inbox_context
from moddesk.cases.templates_library import all_templates
from moddesk.cases.templates_shipped import Template, shipped
from moddesk.storage import template_store
from moddesk.storage.changes import Changes
from moddesk.ui import sensitive_clipboard
from moddesk.ui.session_api import SessionApi

log = logging.getLogger("moddesk.ui.templates")
CONTEXT = "Templates"
PLACEHOLDER_LABELS = {
    "member": QT_TRANSLATE_NOOP("Templates", "Member"),
    "group": QT_TRANSLATE_NOOP("Templates", "Group"),
    "rule": QT_TRANSLATE_NOOP("Templates", "Rule"),
    "moderator": QT_TRANSLATE_NOOP("Templates", "Your name"),
    "date": QT_TRANSLATE_NOOP("Templates", "Date"),
    "resource": QT_TRANSLATE_NOOP("Templates", "Service"),
}


def tr(text: str, n: int = -1) -> str:
    """Translate a string of the template screens."""
    return QCoreApplication.translate(CONTEXT, text, None, n)


def placeholder_label(name: str) -> str:
    """A placeholder's name as the moderator reads it ("member" -> "Member")."""
    return tr(PLACEHOLDER_LABELS.get(name, name))


def describe_error(error: TemplateError) -> str:
    """A TemplateError as one translated line: where, what, what to write instead."""
    known = ", ".join(f"{{{p}}}" for p in PLACEHOLDERS)
    problems = {
        "unknown": tr("{%1} is not a placeholder. Use one of %2.").replace("%1", error.name),
        "empty": tr("{} has no name. Use one of %2."),
        "unclosed": tr("This { is never closed. Add } after the name, or write {{ for a brace."),
        "unopened": tr("This } has no {. Write }} for a brace."),
    }
    where = tr("Line %1, column %2:").replace("%1", str(error.line)).replace("%2",
                                                                              str(error.column))
    return f"{where} {problems[error.kind].replace('%2', known)}"


NOTE_STYLES = {  # the app style sheet's QLabel#error/#warning/#hint, for labels that switch
    "error": "border-left: 4px solid #c0392b; background: rgba(192, 57, 43, 0.12);",
    "warning": "border-left: 4px solid #c98a1b; background: rgba(201, 138, 27, 0.12);",
    "hint": "border-left: 4px solid #2f6f73; background: rgba(47, 111, 115, 0.14);",
}


def restyle(label: QLabel, name: str) -> None:
    """Give a label the look of an error, a warning or a hint (it can switch while shown).

    An own style sheet, not a new object name: re-polishing a shown label
    by name leaves its text where the old padding put it.
    """
    if label.property("note") != name:
        label.setProperty("note", name)
        label.setStyleSheet(f"QLabel {{ {NOTE_STYLES[name]} padding: 6px 10px; }}")


def date_text(day: dt.date, language: str) -> str:
    """A date as written in that language, without the weekday ("21 November 2026")."""
    locale = QLocale(language)
    pattern = re.sub(r"^\W*dddd\W*|\W*dddd\W*$", "",
                     locale.dateFormat(QLocale.FormatType.LongFormat))
    return locale.toString(QDate(day), pattern)


def resource_text(resource: template_store.Resource) -> str:
    """How a service is written into a reply: "Name: phone, website"."""
    reach = ", ".join(p for p in (resource.phone, resource.website) if p)
    return f"{resource.name}: {reach}" if reach else resource.name


def record_template_use_job(*, mac_key: bytes, incident_id: int, template_key: str,
                            language: str, moderator: str
                            ) -> Callable[[sqlite_utils.Database], Changes]:
    """A writer job noting in the incident's timeline that this template was copied."""
    def job(db: sqlite_utils.Database) -> Changes:
        from moddesk.cases import incidents  # the incident log; imported where it is used

        return incidents.record_template_use(db, mac_key=mac_key, incident_id=incident_id,
                                             template_key=template_key, language=language,
                                             moderator=moderator, now=None)
    return job


def incident_mac_key(session: Any) -> bytes:
    """The incident chain key: `Session.case_key()` when the session has it, else the vault's."""
    if hasattr(session, "case_key"):
        return session.case_key()  # type: ignore[no-any-return]
    from moddesk.cases.chain import CHAIN_PURPOSE

    return session.vault.mac_key(CHAIN_PURPOSE)  # type: ignore[no-any-return]


class TemplateDialog(QDialog):
    """Choose a template and language, fill the blanks, preview, copy.

    Args:
        session: the session (reads on its GUI connection; the timeline
            entry for an incident goes through its writer).
        context: what the item or incident fills in (`templates_context`).
        today: the date {date} is filled with (the caller's clock).

    Signals:
        copied(str, str): the filled text of this template key and language
            was put on the clipboard.
    """

    copied = Signal(str, str)

    def __init__(self, session: SessionApi, context: Context, *, today: dt.date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("template_dialog")
        self.setWindowTitle(tr("Reply with a template"))
        self._session, self.context, self._today = session, context, today
        self._moderator = str(session.setting("moderator_name") or "")
        db = session.gui_db()
        self._templates = {(t.key, t.language): t for t in all_templates(db)}
        self._resources = template_store.resources(db)
        self._typed: dict[str, str] = {}  # what the moderator typed wins over what we guessed
        self._build()
        self._fill_templates()
        self._connect()
        self._on_template_changed()

    # -- construction -------------------------------------------------------------------------

    def _build(self) -> None:
        self.template_combo = QComboBox(self)
        self.template_combo.setObjectName("template_combo")
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("language_combo")
        self.fields: dict[str, QLineEdit] = {}
        self.form = QFormLayout()
        picks = QFormLayout()
        picks.addRow(tr("&Template:"), self.template_combo)
        picks.addRow(tr("&Language:"), self.language_combo)
        for name in PLACEHOLDERS:
            label, field = self._field_label(name), self._make_field(name)
            label.setBuddy(field)  # addRow(QLabel, QWidget) does not: the name a screen reader says
            self.form.addRow(label, field)
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("preview")
        self.preview.setReadOnly(True)
        self.preview.setMinimumHeight(150)
        self.missing_label = QLabel(self)
        self.missing_label.setWordWrap(True)
        self._layout(picks)

    def _field_label(self, name: str) -> QLabel:
        label = QLabel(placeholder_label(name) + ":", self)
        label.setObjectName(f"label_{name}")
        return label

    def _make_field(self, name: str) -> QWidget:
        if name != "resource":
            field = QLineEdit(self)
            widget: QWidget = field
        else:
            self.resource_combo = QComboBox(self)
            self.resource_combo.setEditable(True)
            self.resource_combo.setObjectName("resource_combo")
            self.resource_combo.addItem("")
            for resource in self._resources:
                self.resource_combo.addItem(resource_text(resource))
            field = self.resource_combo.lineEdit()
            field.setPlaceholderText(tr("Pick a checked service or type one"))
            widget = self.resource_combo
        field.setObjectName(f"field_{name}")
        self.fields[name] = field
        return widget

    def _layout(self, picks: QFormLayout) -> None:
        self.copy_button = QPushButton(tr("&Copy"), self)
        self.copy_button.setObjectName("copy_button")
        self.copy_button.setDefault(True)
        close = QPushButton(tr("Close"), self)
        close.setObjectName("close_button")
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.missing_label, 1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(close)
        preview_label = QLabel(tr("What will be copied:"), self)
        preview_label.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.addLayout(picks)
        layout.addSpacing(6)
        layout.addLayout(self.form)
        layout.addWidget(preview_label)
        layout.addWidget(self.preview, 1)
        layout.addLayout(buttons)
        self.resize(620, 560)

    def _fill_templates(self) -> None:
        keys = list(dict.fromkeys(k for k, _ in self._templates))
        suggested = [k for k in self.context.suggested if k in keys]
        for key in suggested:
            self.template_combo.addItem(tr("Suggested: %1").replace("%1", self._title(key)), key)
        if suggested:
            self.template_combo.insertSeparator(len(suggested))
        for key in keys:
            if key not in suggested:
                self.template_combo.addItem(self._title(key), key)

    def _connect(self) -> None:
        self.template_combo.currentIndexChanged.connect(self._on_template_changed)
        self.language_combo.currentIndexChanged.connect(self._on_language_changed)
        for name, field in self.fields.items():
            field.textEdited.connect(lambda text, n=name: self._on_typed(n, text))
        self.resource_combo.activated.connect(
            lambda _i: self._on_typed("resource", self.resource_combo.currentText()))
        self.copy_button.clicked.connect(self.copy)

    # -- state ----------------------------------------------------------------------------------

    def _title(self, key: str) -> str:
        language = self.current_language() or self._preferred_language()
        found = self._templates.get((key, language)) or self._templates.get((key, "en")) \
            or next(t for (k, _), t in self._templates.items() if k == key)
        return found.title

    def _preferred_language(self) -> str:
        ui = QLocale().name().split("_")[0]
        return ui if any(lang == ui for _, lang in self._templates) else "en"

    def current_key(self) -> str:
        """The chosen template's key."""
        return str(self.template_combo.currentData() or "")

    def current_language(self) -> str:
        """The chosen language's code."""
        return str(self.language_combo.currentData() or "")

    def current_template(self) -> Template | None:
        """The chosen template in the chosen language."""
        return self._templates.get((self.current_key(), self.current_language()))

    def values(self) -> dict[str, str]:
        """Every placeholder's value as it would be filled now."""
        return {name: field.text() for name, field in self.fields.items()}

    def missing(self) -> list[str]:
        """Placeholders of the chosen template that still have no value."""
        template = self.current_template()
        return templates.missing(template.body, self.values()) if template else []

    def select(self, key: str, language: str | None = None) -> None:
        """Choose a template (and language) as if picked in the combos."""
        self.template_combo.setCurrentIndex(self.template_combo.findData(key))
        if language is not None:
            self.language_combo.setCurrentIndex(self.language_combo.findData(language))

    # -- reactions ------------------------------------------------------------------------------

    def _on_template_changed(self, _index: int = 0) -> None:
        wanted = self.current_language() or self._preferred_language()
        names = shipped().languages
        self.language_combo.blockSignals(True)
        self.language_combo.clear()
        for (key, language) in self._templates:
            if key == self.current_key():
                self.language_combo.addItem(names.get(language, language), language)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(wanted), 0))
        self.language_combo.blockSignals(False)
        self._on_language_changed()

    def _on_language_changed(self, _index: int = 0) -> None:
        template = self.current_template()
        used = templates.placeholders(template.body) if template else []
        guessed = self._guessed(template)
        for row, name in enumerate(PLACEHOLDERS):
            self.form.setRowVisible(row, name in used)
            field = self.fields[name]
            field.setText(self._typed.get(name, guessed.get(name, "")))
        self._update_titles()
        self._refresh()

    def _update_titles(self) -> None:
        for i in range(self.template_combo.count()):
            key = self.template_combo.itemData(i)
            if key:
                text = self._title(key)
                if key in self.context.suggested:
                    text = tr("Suggested: %1").replace("%1", text)
                self.template_combo.setItemText(i, text)

    def _guessed(self, template: Template | None) -> dict[str, str]:
        audience = template.audience if template else "member"
        language = template.language if template else "en"
        date = date_text(self._today, language)
        return {**self.context.values_for(audience, language), "moderator": self._moderator,
                "date": date}

    def _on_typed(self, name: str, text: str) -> None:
        self._typed[name] = text
        self._refresh()

    def _refresh(self) -> None:
        template = self.current_template()
        if template is None:
            self.preview.setPlainText("")
            self.copy_button.setEnabled(False)
            return
        self.preview.setPlainText(templates.fill(template.body, self.values(), keep_missing=True))
        missing = self.missing()
        self.copy_button.setEnabled(not missing)
        restyle(self.missing_label, "warning" if missing else "hint")
        self.missing_label.setText(self._missing_text(missing))

    def _missing_text(self, missing: list[str]) -> str:
        if not missing:
            return tr("Ready to copy.")
        names = ", ".join(placeholder_label(n) for n in missing)
        return tr("Fill in %1 to copy this reply.").replace("%1", names)

    # -- copying ---------------------------------------------------------------------------------

    def copy(self) -> None:
        """Copy the filled text (only when nothing is missing) and record it on the incident."""
        template = self.current_template()
        if template is None or self.missing():
            return
        text = templates.fill(template.body, self.values())
        sensitive_clipboard.for_session(self._session).copy(text)  # type: ignore[arg-type]
        self.missing_label.setText(tr("Copied. ModDesk clears the clipboard in 60 seconds "
                                      "and when the vault locks."))
        log.info("template copied (key=%s, language=%s)", template.key, template.language)
        if self.context.incident_id is not None:
            self._record_use(template)
        self.copied.emit(template.key, template.language)

    def _record_use(self, template: Template) -> None:
        self._session.submit(record_template_use_job(
            mac_key=incident_mac_key(self._session), incident_id=self.context.incident_id or 0,
            template_key=template.key, language=template.language,
            moderator=self._moderator or tr("Moderator")))


def open_for_inbox_page(page: Any) -> TemplateDialog | None:
    """Open the dialog for the inbox page's current item (the inbox's "reply" action)."""
    session = page._session  # noqa: SLF001 - the page's slot table is not ours to extend
    item_id = page.current_id()
    if item_id is None or not session.is_unlocked:
        return None
    context = inbox_context(session.gui_db(), item_id)
    if context is None:
        return None
    dialog = TemplateDialog(session, context, today=page.today(), parent=page)
    return _show(dialog, lambda: (page.window().activateWindow(), page.queue.setFocus()))


def open_for_incident(session: SessionApi, incident_id: int, *, today: dt.date,
                      parent: QWidget) -> TemplateDialog | None:
    """Open the dialog for an incident; a copy is recorded in its timeline."""
    context = incident_context(session.gui_db(), incident_id)
    if context is None:
        return None
    dialog = TemplateDialog(session, context, today=today, parent=parent)
    return _show(dialog, lambda: parent.window().activateWindow())


def _show(dialog: TemplateDialog, give_back: Callable[[], object]) -> TemplateDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # Not every platform re-activates the window under a closed dialog (offscreen, tiling WMs).
    dialog.finished.connect(lambda _result: give_back())
    dialog.open()
    dialog.activateWindow()  # so the keys go to the dialog, also where the WM does not do it
    first_blank = next((dialog.fields[n] for n in dialog.missing()), dialog.template_combo)
    first_blank.setFocus()
    return dialog
