"""Per-group packs and admins, and cancelling the check that follows a rule change."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from moddesk.storage import guideline_store
from moddesk.triage import pack_import
from moddesk.ui.guidelines_page import GuidelinesPage
from tests.ui.guidelines_fixtures import (  # noqa: F401 - fixture
    SPEC,
    WAIT_MS,
    GuidelinesRig,
    rig,
    support_text,
    with_word,
)


def member_lines(r: GuidelinesRig) -> list[str]:
    members = r.page.chats.members
    return [members.item(i).text() for i in range(members.count())]


def show_group(r: GuidelinesRig, name: str) -> None:
    panel = r.page.chats
    r.page.tabs.setCurrentWidget(panel)
    if panel.current_chat() != r.chats[name]:
        with r.qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
            panel.choose_chat(r.chats[name])


def test_each_group_lists_its_packs_and_members_with_where_admin_status_came_from(
        rig: GuidelinesRig) -> None:
    guideline_store.set_admin(rig.db(), rig.chats["Nachbarn"], "Amina", is_admin=True,
                              source="system")
    show_group(rig, "Eltern")
    show_group(rig, "Nachbarn")
    panel = rig.page.chats
    assert [panel.chats.item(i).text() for i in range(panel.chats.count())] == [
        "Eltern\nUses every pack", "Nachbarn\nUses every pack"]
    assert all(box.isChecked() for box in panel.pack_boxes.values())
    assert member_lines(rig) == ["Amina  ·  2 messages  ·  admin, from group notices",
                                 "Joy  ·  1 message"]
    assert panel.chosen_admins() == {"Amina"}
    assert not panel.save_button.isEnabled()


def test_pack_choice_and_admins_persist_and_the_group_is_checked_again(rig: GuidelinesRig) -> None:
    show_group(rig, "Nachbarn")
    panel = rig.page.chats
    panel.pack_boxes["child-protection"].setChecked(False)
    panel.set_admin_checked("Joy", True)
    assert panel.save_button.isEnabled()
    with rig.qtbot.waitSignal(rig.page.runner.finished, timeout=WAIT_MS) as done:
        rig.qtbot.keyClick(panel.save_button, Qt.Key.Key_Space)
    assert done.args[0].chats == 1
    chat = rig.chats["Nachbarn"]
    assert guideline_store.chat_packs(rig.db(), chat) == ["support-community"]
    assert guideline_store.admin_roles(rig.db(), chat) == {"Joy": (True, "moderator")}
    # A group notice read later does not undo the moderator's choice.
    guideline_store.set_admin(rig.db(), chat, "Joy", is_admin=False, source="system")
    page = GuidelinesPage(SPEC, rig.session)
    rig.qtbot.addWidget(page)
    page.reload()
    with rig.qtbot.waitSignal(page.chats.loaded, timeout=WAIT_MS):
        page.show()
    with rig.qtbot.waitSignal(page.chats.loaded, timeout=WAIT_MS):
        page.chats.choose_chat(chat)
    assert {k: b.isChecked() for k, b in page.chats.pack_boxes.items()} == {
        "child-protection": False, "support-community": True}
    lines = [page.chats.members.item(i).text() for i in range(page.chats.members.count())]
    assert lines == ["Amina  ·  2 messages", "Joy  ·  1 message  ·  set by you"]
    assert page.chats.chosen_admins() == {"Joy"}
    assert "Nachbarn\nUses: Support community" in [
        page.chats.chats.item(i).text() for i in range(page.chats.chats.count())]
    infos = {i.key: i.chats for i in pack_import.overview(rig.db())}
    assert infos == {"child-protection": 1, "support-community": 2}


def test_no_pack_ticked_cannot_be_saved(rig: GuidelinesRig) -> None:
    show_group(rig, "Eltern")
    panel = rig.page.chats
    for box in panel.pack_boxes.values():
        box.setChecked(False)
    assert not panel.save_button.isEnabled()
    assert "Choose at least one pack" in panel.pack_hint.text()
    panel.revert_button.click()
    assert all(box.isChecked() for box in panel.pack_boxes.values())


def test_cancel_keeps_what_the_check_found_before_it(rig: GuidelinesRig) -> None:
    before = rig.flagged()
    runner = rig.page.runner
    # Press Cancel at an exact point: right after the first group, on the writer thread.
    runner.group_checked.connect(lambda _t, done, _n: done == 1 and runner.cancel(),
                                 Qt.ConnectionType.DirectConnection)
    with rig.qtbot.waitSignal(runner.finished, timeout=WAIT_MS) as done:
        rig.session.submit(lambda db: pack_import.save_text(
            db, with_word(support_text(), "flohmarkt"), moderator="Nadia"))
        runner.request([rig.chats["Nachbarn"], rig.chats["Eltern"]])
    found = done.args[0]
    assert (found.chats, found.done, found.items_created, found.cancelled) == (2, 1, 1, True)
    assert rig.flagged() - before == {("Joy", "respectful-conduct")}
    bar = rig.page.rescan_bar
    assert bar.label.text() == ("Check stopped after 1 of 2 groups; 1 new inbox item found "
                                "before that are kept.")
    assert bar.close_button.isVisible() and not bar.cancel_button.isVisible()


def test_the_cancel_button_stops_a_waiting_check(rig: GuidelinesRig) -> None:
    gate = threading.Event()
    rig.session.submit(lambda db: gate.wait(WAIT_MS / 1000))  # the writer is busy elsewhere
    runner, bar = rig.page.runner, rig.page.rescan_bar
    with rig.qtbot.waitSignal(runner.finished, timeout=WAIT_MS) as done:
        runner.request([rig.chats["Nachbarn"], rig.chats["Eltern"]])
        assert bar.isVisible() and bar.label.text() == (
            "Checking 1 of 2 groups against the changed guidelines…")
        rig.qtbot.keyClick(bar.cancel_button, Qt.Key.Key_Space)
        gate.set()
    assert done.args[0].cancelled and done.args[0].done == 0
