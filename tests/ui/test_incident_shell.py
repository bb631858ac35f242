"""Incidents inside the real app: from the chat view and search, the inbox's follow-up
strip, and what a lock leaves of the Incidents page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from moddesk.app import AppShell
from moddesk.ui.incident_message_actions import IncidentPicker
from moddesk.ui.new_incident_dialog import NewIncidentDialog
from tests.helpers.inbox_data import Seeded, message_id
from tests.ui.incident_fixtures import (  # noqa: F401 - fixtures
    WAIT_MS,
    dialog_of,
    fake_clock,
    make_seeded_vault,
    press,
    shell,
    start_unlocked,
    unlock,
    write,
)

Key, Mod = Qt.Key, Qt.KeyboardModifier


def one_incident_due_today(db: Any, key: bytes, seeded: Seeded) -> None:
    """An open incident with a follow-up today (the app's clock is the real one) and a note."""
    iid, _ = write(db, key, "create_incident", title="Olga asked for help",
                   from_items=[seeded.items["olga_urgent"]])
    write(db, key, "set_fields", incident_id=iid, follow_up=dt.date.today().isoformat())
    write(db, key, "add_note", incident_id=iid, text="Olga is safe at her sister's tonight")
    write(db, key, "create_incident", title="Not due yet")


@pytest.fixture
def desk(qtbot: QtBot, shell: AppShell, vault_dir: Path, fast_params) -> tuple[AppShell, Seeded]:  # type: ignore[no-untyped-def]
    seeded = make_seeded_vault(vault_dir, fast_params, one_incident_due_today)
    start_unlocked(qtbot, shell)
    return shell, seeded


def open_in_chat(qtbot: QtBot, app: AppShell, mid: int) -> Any:
    chats = app.window.page("chats")
    with qtbot.waitSignal(chats.pane.message_shown, timeout=WAIT_MS):
        app.window.page("inbox").open_message.emit(mid)
    return chats.pane.view


def test_new_incident_from_a_message_in_the_chat_view(qtbot: QtBot,
                                                      desk: tuple[AppShell, Seeded]) -> None:
    app, seeded = desk
    db, page = app.session.gui_db(), app.window.page("incidents")
    marc = message_id(db, seeded.chats["lyon"], "Marc")
    view = open_in_chat(qtbot, app, marc)
    assert QApplication.focusWidget() is view
    assert [a.text() for a in view.actions()][-2:] == ["New incident from message…",
                                                        "Add to incident…"]
    press(qtbot, Key.Key_N, Mod.ControlModifier | Mod.ShiftModifier)
    dialog = dialog_of(qtbot, NewIncidentDialog)
    assert dialog.title.text() == "Message from Marc in Parents Lyon"
    assert dialog.source_label.text().startswith("From 1 message: it is kept as evidence")
    with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        dialog.create_button.click()
    iid = db.execute("SELECT max(id) FROM incidents").fetchone()[0]
    app.window.show_page("incidents")
    qtbot.waitUntil(lambda: page.view.detail is not None
                    and page.view.detail.incident.id == iid, timeout=WAIT_MS)
    [evidence] = page.view.detail.evidence
    marked = [m for m in evidence.messages if m.is_evidence]
    assert [m.author for m in marked] == ["Marc"]
    assert evidence.chat == "Parents Lyon" and len(evidence.messages) == 9  # 3 before, 5 after
    shown = page.view.evidence.toPlainText()
    assert "Evidence message" in shown and f"line {evidence.line}." in shown
    assert evidence.export_sha256 in shown and evidence.snapshot_sha256 in shown


def test_add_a_search_hit_to_an_existing_incident(qtbot: QtBot,
                                                  desk: tuple[AppShell, Seeded]) -> None:
    app, _seeded = desk
    db, search = app.session.gui_db(), app.window.page("search")
    app.window.show_page("search")
    with qtbot.waitSignal(search.searched, timeout=WAIT_MS):
        search.query.setText("Kinderarzt")
    search.results.setFocus()
    search.results.setCurrentIndex(search.model.index(0, 0))
    press(qtbot, Key.Key_A, Mod.ControlModifier | Mod.ShiftModifier)
    picker = dialog_of(qtbot, IncidentPicker)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is picker.filter, timeout=WAIT_MS)
    qtbot.keyClicks(picker.filter, "olga")
    assert picker.list.count() == 1
    before = db.execute("SELECT count(*) FROM incident_evidence WHERE incident_id = 1").fetchone()[0]
    with qtbot.waitSignal(app.session.changed, timeout=WAIT_MS):
        press(qtbot, Key.Key_Return)
    after = db.execute("SELECT count(*) FROM incident_evidence WHERE incident_id = 1").fetchone()[0]
    assert after == before + 1


def test_follow_up_strip_in_the_inbox_opens_the_incidents_that_are_due(
        qtbot: QtBot, desk: tuple[AppShell, Seeded]) -> None:
    app, _seeded = desk
    strip, page = app.window.page("inbox").followups, app.window.page("incidents")
    qtbot.waitUntil(strip.isVisible, timeout=WAIT_MS)
    assert strip.text.text() == "1 incident follow-up is due today."
    with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        strip.button.click()
    assert app.window.current_page_key() == "incidents"
    assert page.due_button.isChecked()
    assert [page.model.incident(r).title for r in range(page.model.rowCount())] == [
        "Olga asked for help"]
    cell = page.model.index(0, 4)
    assert cell.data().startswith("⚑ ")  # short: a flag and the date
    assert cell.data(Qt.ItemDataRole.AccessibleTextRole).startswith("Due: ")
    with qtbot.waitSignal(strip.counted, timeout=WAIT_MS):
        page.view.fields.follow_check.setChecked(False)  # done: no follow-up any more
    assert not strip.isVisible()


def test_lock_clears_the_incidents_page_and_its_note_draft(qtbot: QtBot,
                                                           desk: tuple[AppShell, Seeded]) -> None:
    app, _seeded = desk
    page = app.window.page("incidents")
    app.window.show_page("incidents")
    qtbot.waitUntil(lambda: page.view.detail is not None, timeout=WAIT_MS)
    page.view.notes.editor.setPlainText("Draft: Olga's address is in the chat")
    app.window.lock_action.trigger()
    assert page.model.rowCount() == 0 and page.view.detail is None
    assert page.view.notes.editor.toPlainText() == "" and page.view.notes.list.count() == 0
    assert page.view.timeline.toPlainText() == "" and page.view.evidence.toPlainText() == ""
    labels = [w.text() for w in QApplication.allWidgets() if isinstance(w, QLabel)]
    assert not any("Olga" in t for t in labels)
    with qtbot.waitSignal(page.view.loaded, timeout=WAIT_MS):
        app.window.lock_screen.button.click()
        unlock(qtbot, app)
    assert page.view.notes.editor.toPlainText() == ""  # the draft did not survive the lock
    assert page.model.rowCount() == 2


def test_an_escalated_item_opens_its_incident_from_the_inbox(qtbot: QtBot,
                                                             desk: tuple[AppShell, Seeded]) -> None:
    app, seeded = desk
    inbox, page = app.window.page("inbox"), app.window.page("incidents")
    app.window.show_page("incidents")
    page.status_filter.setCurrentIndex(page.status_filter.findData("closed"))  # hides INC-0001
    app.window.show_page("inbox")
    with qtbot.waitSignal(inbox.refreshed, timeout=WAIT_MS):
        inbox.state_filter.setCurrentIndex(inbox.state_filter.findData("escalated"))
    inbox.select_id(seeded.items["olga_urgent"])
    button = inbox.detail.incident_button
    assert button.isVisible() and button.text() == "Escalated to incident INC-0001"
    assert "reason:" not in inbox.detail.facts.text()
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    button.setFocus()
    with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        press(qtbot, Key.Key_Space)
    assert app.window.current_page_key() == "incidents"
    qtbot.waitUntil(lambda: page.view.detail is not None
                    and page.view.detail.incident.id == 1, timeout=WAIT_MS)
    assert page.current_id() == 1
