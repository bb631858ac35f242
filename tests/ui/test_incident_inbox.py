"""From the inbox to an incident, by keyboard, in the real app (issue 5, section 5: Proof).

E on an inbox item opens "New incident" filled in from the item; Enter
creates it, escalating the item into it. Ctrl+4 goes to the incident, N and
Ctrl+Enter write a note, T opens the reply templates for it, and copying a
filled reply puts it on the clipboard and into the incident's timeline.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from moddesk.app import AppShell
from moddesk.storage import inbox_store
from moddesk.ui.new_incident_dialog import NewIncidentDialog
from moddesk.ui.template_dialog import TemplateDialog
from tests.helpers.inbox_data import Seeded
from tests.ui.incident_fixtures import (  # noqa: F401 - fixtures
    WAIT_MS,
    dialog_of,
    fake_clock,
    make_seeded_vault,
    press,
    shell,
    start_unlocked,
)

Key, Mod = Qt.Key, Qt.KeyboardModifier


@pytest.fixture
def desk(qtbot: QtBot, shell: AppShell, vault_dir: Path, fast_params) -> tuple[AppShell, Seeded]:  # type: ignore[no-untyped-def]
    seeded = make_seeded_vault(vault_dir, fast_params)
    start_unlocked(qtbot, shell)
    return shell, seeded


def test_inbox_item_to_incident_with_note_and_template_copied_by_keyboard(
        qtbot: QtBot, desk: tuple[AppShell, Seeded]) -> None:
    app, seeded = desk
    window, inbox, page = app.window, app.window.page("inbox"), app.window.page("incidents")
    db = app.session.gui_db()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is inbox.queue, timeout=WAIT_MS)
    item = inbox.current_id()
    assert item == seeded.items["grooming"]

    press(qtbot, Key.Key_E)
    dialog = dialog_of(qtbot, NewIncidentDialog)
    assert dialog.title.text() == "grooming_private_contact — Parents Lyon"
    assert dialog.values()["category"] == ("support", "grooming_private_contact")
    assert dialog.values()["severity"] == "urgent"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.title, timeout=WAIT_MS)
    with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS), \
            qtbot.waitSignal(inbox.refreshed, timeout=WAIT_MS):
        press(qtbot, Key.Key_Return)
    [incident_id] = [r[0] for r in db.execute("SELECT id FROM incidents")]
    row = inbox_store.item(db, item)
    assert (row["state"], row["incident_id"]) == ("escalated", incident_id)
    assert item not in inbox.model.ids()  # escalated items leave the open queue
    assert inbox.current_id() == seeded.items["olga_urgent"]  # and triage moved on

    qtbot.waitUntil(lambda: QApplication.focusWidget() is inbox.queue, timeout=WAIT_MS)
    press(qtbot, Key.Key_4, Mod.ControlModifier)
    assert window.current_page_key() == "incidents"
    qtbot.waitUntil(lambda: page.view.detail is not None
                    and page.view.detail.incident.id == incident_id, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.list, timeout=WAIT_MS)

    press(qtbot, Key.Key_N)
    assert QApplication.focusWidget() is page.view.notes.editor
    qtbot.keyClicks(page.view.notes.editor, "Wrote to the Lyon admin; Marc removed.")
    with qtbot.waitSignal(page.view.loaded, timeout=WAIT_MS):
        press(qtbot, Key.Key_Return, Mod.ControlModifier)
    qtbot.waitUntil(lambda: len(page.view.detail.notes) == 1, timeout=WAIT_MS)
    assert page.view.notes.editor.toPlainText() == ""
    assert page.view.detail.notes[0].current.text == "Wrote to the Lyon admin; Marc removed."

    page.view.notes.list.setFocus()  # leave the editor, as Tab would
    press(qtbot, Key.Key_T)
    template = dialog_of(qtbot, TemplateDialog)
    qtbot.waitUntil(lambda: template.isAncestorOf(QApplication.focusWidget()), timeout=WAIT_MS)
    assert template.context.incident_id == incident_id
    for name in template.missing():
        for _ in range(20):  # Tab to the blank, as a moderator would
            if QApplication.focusWidget() is template.fields[name]:
                break
            press(qtbot, Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), "Claire")
    assert template.missing() == [] and template.copy_button.isEnabled()
    expected = template.preview.toPlainText()
    press(qtbot, Key.Key_Return)  # Copy is the default button
    assert QApplication.clipboard().text() == expected != ""
    qtbot.waitUntil(lambda: page.view.timeline.sentences[-1].startswith("Reply “"),
                    timeout=WAIT_MS)  # recorded on the writer, then read again

    sentences = page.view.timeline.sentences
    assert sentences[0] == "Incident opened: “grooming_private_contact — Parents Lyon”."
    assert f"Inbox item {item} escalated to incident INC-{incident_id:04d}." in sentences
    assert any(s.startswith("Evidence added: a message from “Parents Lyon”") for s in sentences)
    assert "Note 1 written." in sentences
    assert sentences[-1].startswith("Reply “") and sentences[-1].endswith("copied, in English.")
    press(qtbot, Key.Key_Escape)


def test_bulk_selection_becomes_one_incident(qtbot: QtBot, desk: tuple[AppShell, Seeded]) -> None:
    app, seeded = desk
    inbox, page, db = app.window.page("inbox"), app.window.page("incidents"), app.session.gui_db()
    spam = [i for name, i in seeded.items.items() if name.startswith("spam_")]
    inbox.queue.select_rows([inbox.model.row_of(i) for i in spam], inbox.model.row_of(spam[0]))
    press(qtbot, Key.Key_E)
    dialog = dialog_of(qtbot, NewIncidentDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.title, timeout=WAIT_MS)
    assert dialog.title.text() == "spam_link — Parents Lyon"
    assert dialog.source_label.text().startswith("From 4 inbox items: each is escalated")
    with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        press(qtbot, Key.Key_Return)
    [incident_id] = [r[0] for r in db.execute("SELECT id FROM incidents")]
    states = {inbox_store.item(db, i)["incident_id"] for i in spam}
    assert states == {incident_id}
    evidence = db.execute("SELECT count(*) FROM incident_evidence WHERE incident_id = ?",
                          [incident_id]).fetchone()[0]
    assert evidence == 4
