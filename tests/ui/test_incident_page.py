"""The Incidents page on its own: notes and their history, filters and search, the chain
warning after a raw-SQL change, a new incident from nothing, and what a lock leaves."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from moddesk.ui import message_bridge
from moddesk.ui.new_incident_dialog import NewIncidentDialog
from moddesk.ui.note_editor import NoteHistoryDialog
from tests.helpers.inbox_data import Seeded
from tests.ui.incident_fixtures import (  # noqa: F401 - fixtures
    WAIT_MS,
    PageRig,
    dialog_of,
    page_rig_factory,
    press,
    write,
)

Key, Mod = Qt.Key, Qt.KeyboardModifier


def three_incidents(db: Any, key: bytes, seeded: Seeded) -> None:
    """Grooming (urgent, open, with a note), phone number (high, closed), blank (normal)."""
    first, _ = write(db, key, "create_incident", title="Marc asked a child for photos",
                     from_items=[seeded.items["grooming"]])
    write(db, key, "add_note", incident_id=first, text="Talked to Claire about the Kinderarzt list")
    second, _ = write(db, key, "create_incident", title="Phone number posted",
                      category=("support", "personal_info"), severity="high")
    write(db, key, "set_status", incident_id=second, status="closed")
    write(db, key, "create_incident", title="Spam wave on Saturday")


def titles(rig: PageRig) -> list[str]:
    return [rig.page.model.incident(r).title for r in range(rig.page.model.rowCount())]


def test_editing_a_note_writes_a_version_and_keeps_the_history_visible(
        qtbot: QtBot, page_rig_factory) -> None:  # type: ignore[no-untyped-def]
    rig = page_rig_factory(three_incidents)
    first = rig.page.model.ids()[0]
    rig.shown(first)
    notes = rig.page.view.notes
    assert notes.current_note() is not None
    notes.list.setFocus()
    press(qtbot, Key.Key_F2)  # edit the selected note
    assert QApplication.focusWidget() is notes.editor
    assert notes.editor.toPlainText() == "Talked to Claire about the Kinderarzt list"
    assert "saving writes version 2" in notes.mode.text()
    qtbot.keyClicks(notes.editor, " and the Lyon group.")
    with qtbot.waitSignal(rig.page.view.loaded, timeout=WAIT_MS):
        press(qtbot, Key.Key_Return, Mod.ControlModifier)
    qtbot.waitUntil(lambda: len(rig.page.view.detail.notes[0].versions) == 2, timeout=WAIT_MS)
    assert notes.list.item(0).text().endswith("edited — 2 versions")
    assert notes.list.item(0).text().startswith(
        "Talked to Claire about the Kinderarzt list and the Lyon group.")
    notes.show_history()
    history = dialog_of(qtbot, NoteHistoryDialog)
    shown = history.browser.toPlainText()
    assert shown.index("and the Lyon group.") < shown.index("Version 1")  # newest first
    assert "Talked to Claire about the Kinderarzt list\n" in shown + "\n"
    assert "Note 1 edited: version 2 written, earlier versions kept." in \
        rig.page.view.timeline.sentences
    history.reject()


def test_filters_and_search_over_titles_and_notes(qtbot: QtBot, page_rig_factory) -> None:  # type: ignore[no-untyped-def]
    rig = page_rig_factory(three_incidents)
    page = rig.page
    assert titles(rig) == ["Marc asked a child for photos", "Spam wave on Saturday"]  # not closed
    rig.refresh(lambda: page.status_filter.setCurrentIndex(page.status_filter.findData("closed")))
    assert titles(rig) == ["Phone number posted"]
    rig.refresh(lambda: page.status_filter.setCurrentIndex(page.status_filter.findData(None)))
    assert len(titles(rig)) == 3
    rig.refresh(lambda: page.severity_filter.setCurrentIndex(
        page.severity_filter.findData("urgent")))
    assert titles(rig) == ["Marc asked a child for photos"]
    rig.refresh(lambda: page.severity_filter.setCurrentIndex(0))
    index = page.category_filter.findData("support:personal_info")
    assert index > 0
    rig.refresh(lambda: page.category_filter.setCurrentIndex(index))
    assert titles(rig) == ["Phone number posted"]
    rig.refresh(lambda: page.category_filter.setCurrentIndex(0))
    page.search.setFocus()
    rig.refresh(lambda: qtbot.keyClicks(page.search, "kinder"))  # a note's word, as you type
    assert titles(rig) == ["Marc asked a child for photos"]
    page.search.clear()
    rig.refresh(lambda: qtbot.keyClicks(page.search, "spam"))  # a title's word
    assert titles(rig) == ["Spam wave on Saturday"]
    rig.refresh(lambda: qtbot.keyClicks(page.search, "x"))
    assert titles(rig) == [] and page.list_stack.currentWidget() is page.empty
    assert page.empty.text() == "No incidents match these filters."


def test_a_log_changed_with_raw_sql_is_named_on_the_incident_after_unlock(
        qtbot: QtBot, page_rig_factory) -> None:  # type: ignore[no-untyped-def]
    def tamper(db: Any, key: bytes, seeded: Seeded) -> None:
        three_incidents(db, key, seeded)
        db.execute("UPDATE incident_entries SET detail = replace(detail, 'Marc', 'Mark') "
                   "WHERE incident_id = 1 AND seq = 1")

    with qtbot.waitSignal(message_bridge.bridge().message, timeout=WAIT_MS,
                          check_params_cb=lambda level, text: level == message_bridge.WARNING
                          ) as said:
        rig = page_rig_factory(tamper)
    assert said.args[1].startswith("The log of 1 incident was changed outside ModDesk.")
    qtbot.waitUntil(lambda: rig.page.checks.broken() == {1}, timeout=WAIT_MS)
    row = rig.page.model.row_of(1)
    assert rig.page.model.index(row, 0).data() == "⚠ INC-0001"
    rig.shown(1)
    banner = rig.page.view.banner
    assert banner.isVisible()
    assert banner.text().startswith("This log was changed outside ModDesk: Entry 1 was altered.")
    rig.shown(rig.page.model.ids()[-1])
    assert not banner.isVisible()  # the other incidents are sound


def test_ctrl_shift_n_opens_an_incident_from_nothing(qtbot: QtBot, page_rig_factory) -> None:  # type: ignore[no-untyped-def]
    rig = page_rig_factory()
    assert rig.page.list_stack.currentWidget() is rig.page.empty
    rig.page.setFocus()
    press(qtbot, Key.Key_N, Mod.ControlModifier | Mod.ShiftModifier)
    dialog = dialog_of(qtbot, NewIncidentDialog)
    assert not dialog.create_button.isEnabled()  # a title first
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.title, timeout=WAIT_MS)
    qtbot.keyClicks(dialog.title, "Worried call from a parent")
    with qtbot.waitSignal(rig.page.view.loaded, timeout=WAIT_MS):
        press(qtbot, Key.Key_Return)
    assert titles(rig) == ["Worried call from a parent"]
    assert rig.page.view.detail.incident.title == "Worried call from a parent"
    assert rig.page.view.detail.evidence == ()


def test_fields_people_and_referral_are_recorded_in_the_timeline(
        qtbot: QtBot, page_rig_factory) -> None:  # type: ignore[no-untyped-def]
    rig = page_rig_factory(three_incidents)
    view = rig.page.view
    rig.shown(rig.page.model.ids()[0])
    assert "Marc" in [view.people.name.itemText(i) for i in range(view.people.name.count())]
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        view.fields.status.setCurrentIndex(view.fields.status.findData("monitoring"))
        view.fields.status.activated.emit(view.fields.status.currentIndex())
    view.people.name.setEditText("Marc")
    view.people.role.setCurrentIndex(view.people.role.findData("subject"))
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        view.people.add_button.click()
    view.ask_referral()
    from moddesk.ui.referral_dialog import ReferralDialog

    referral = dialog_of(qtbot, ReferralDialog)
    referral.to.setEditText("Local child protection service")
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        referral.ok.click()
    qtbot.waitUntil(lambda: view.detail.incident.status == "referred", timeout=WAIT_MS)
    sentences = view.timeline.sentences
    assert "Status changed from Open to Monitoring." in sentences
    assert "Marc added as Subject." in sentences
    assert "Referred to Local child protection service, by phone." in sentences
    assert sentences[-1] == "Status changed from Monitoring to Referred."
    assert view.people.list.item(0).text() == "Marc — Subject"
