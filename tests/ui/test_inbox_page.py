"""The Inbox driven from the keyboard, as a moderator would: triage, counters, undo, bulk."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from moddesk.storage import Changes, inbox_store, open_vault, passphrase_bytes
from moddesk.ui import message_bridge
from moddesk.ui.inbox_dialogs import DateRangeDialog, DismissDialog, SnoozeDialog
from moddesk.ui.inbox_page import CUSTOM_RANGE
from tests.conftest import PASSPHRASE
from tests.ui.inbox_fixtures import WAIT_MS, InboxRig, rig  # noqa: F401 - fixture

Key = Qt.Key


def counters(r: InboxRig) -> dict[str, str]:
    return {b: label.text() for b, label in r.page.counters.items()}


def state(r: InboxRig, name: str) -> str:
    return str(inbox_store.item(r.db(), r.data.items[name])["state"])


def dialog_of(kind: type) -> object:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def test_queue_shows_urgent_items_first_and_what_each_group_needs(rig: InboxRig) -> None:
    page, items = rig.page, rig.data.items
    assert page.model.ids()[:2] == [items["grooming"], items["olga_urgent"]]
    assert page.model.rowCount() == len(items)
    assert counters(rig) == {"urgent": "<b>2</b>&nbsp; Urgent help",
                             "attention": "<b>8</b>&nbsp; Needs attention",
                             "reply": "<b>1</b>&nbsp; Needs reply"}
    assert page.overview.chat_names() == ["Parents Lyon", "Mütter Berlin", "माँ सहायता समूह"]
    assert page.current_id() == items["grooming"]  # the most urgent item is open to read


def test_resolve_moves_on_to_the_next_item_and_counts_go_down(rig: InboxRig) -> None:
    items = rig.data.items
    rig.key_and_refresh(Key.Key_R)
    assert state(rig, "grooming") == "resolved"
    assert items["grooming"] not in rig.page.model.ids()
    assert rig.page.current_id() == items["olga_urgent"]
    assert rig.page.detail.item_id == items["olga_urgent"]
    assert counters(rig)["urgent"].startswith("<b>1</b>")
    [entry] = inbox_store.history(rig.db(), items["grooming"])
    assert (entry["moderator"], entry["from_state"], entry["to_state"]) == ("Nadia", "new", "resolved")


def test_undo_brings_the_item_back_and_selects_it(rig: InboxRig) -> None:
    items = rig.data.items
    rig.key_and_refresh(Key.Key_R)
    rig.key(Key.Key_J)  # moving on does not change what Z undoes
    rig.key_and_refresh(Key.Key_Z)
    assert state(rig, "grooming") == "new"
    assert rig.page.current_id() == items["grooming"]
    assert counters(rig)["urgent"].startswith("<b>2</b>")
    assert [h["action"] for h in inbox_store.history(rig.db(), items["grooming"])] == ["move", "undo"]


def test_ctrl_z_also_undoes_and_an_empty_undo_says_so(rig: InboxRig) -> None:
    rig.key_and_refresh(Key.Key_R)  # E opens an incident now (tests/ui/test_incident_inbox.py)
    assert state(rig, "grooming") == "resolved"
    rig.key_and_refresh(Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert state(rig, "grooming") == "new"
    with rig.qtbot.waitSignal(message_bridge.bridge().message, timeout=WAIT_MS) as said:
        rig.key(Key.Key_Z)
    assert said.args == [message_bridge.INFO, "Nothing to undo."]


def test_j_and_k_move_through_the_queue_and_enter_opens_the_chat(rig: InboxRig) -> None:
    page, items = rig.page, rig.data.items
    rig.key(Key.Key_J)
    rig.key(Key.Key_J)
    assert page.current_id() == page.model.ids()[2]
    rig.key(Key.Key_K)
    assert page.current_id() == items["olga_urgent"]
    with rig.qtbot.waitSignal(page.open_message, timeout=WAIT_MS) as opened:
        rig.key(Key.Key_Return)
    olga = rig.db().execute("SELECT id FROM messages WHERE author = 'Olga' AND text LIKE "
                            "'%geschlagen%'").fetchone()[0]
    assert opened.args == [olga]


def test_number_keys_set_severity_and_keep_the_item_selected(rig: InboxRig) -> None:
    page, items = rig.page, rig.data.items
    page.select_id(items["spam_Bon Plan"])
    rig.key_and_refresh(Key.Key_1)
    row = inbox_store.item(rig.db(), items["spam_Bon Plan"])
    assert (row["severity"], row["bucket"]) == ("urgent", "urgent")
    assert page.current_id() == items["spam_Bon Plan"]
    assert page.model.ids().index(items["spam_Bon Plan"]) < 3  # it rose with the urgent items
    assert counters(rig)["urgent"].startswith("<b>3</b>")
    rig.key_and_refresh(Key.Key_4)
    assert inbox_store.item(rig.db(), items["spam_Bon Plan"])["severity"] == "low"


def test_dismiss_asks_why_and_records_the_reason(rig: InboxRig) -> None:
    page, items = rig.page, rig.data.items
    page.select_id(items["priya_phone"])
    rig.key(Key.Key_D)
    dialog = dialog_of(DismissDialog)
    assert isinstance(dialog, DismissDialog)
    rig.qtbot.keyClicks(dialog.own, "Helpline number of the group")
    with rig.qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        dialog.dismiss_button.click()
    row = inbox_store.item(rig.db(), items["priya_phone"])
    assert (row["state"], row["reason"], row["handled_by"]) == (
        "dismissed", "Helpline number of the group", "Nadia")
    assert page.current_id() == items["job_scam"]  # the item after it in the queue


def test_cancelled_dismiss_changes_nothing(rig: InboxRig) -> None:
    rig.key(Key.Key_D)
    dialog = dialog_of(DismissDialog)
    dialog.reject()  # type: ignore[attr-defined]
    assert state(rig, "grooming") == "new"
    assert rig.page.current_id() == rig.data.items["grooming"]


def test_snooze_hides_the_item_until_the_chosen_day(rig: InboxRig) -> None:
    page, items = rig.page, rig.data.items
    page.select_id(items["olga_reply"])
    rig.key(Key.Key_S)
    dialog = dialog_of(SnoozeDialog)
    with rig.qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        dialog.tomorrow_button.click()  # type: ignore[attr-defined]
    assert inbox_store.item(rig.db(), items["olga_reply"])["snoozed_until"] == "2026-11-17"
    assert items["olga_reply"] not in page.model.ids()
    assert counters(rig)["reply"].startswith("<b>0</b>")
    with rig.qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        page.state_filter.setCurrentIndex(page.state_filter.findData("snoozed"))
    assert page.model.ids() == [items["olga_reply"]]
    assert "Snoozed to 2026-11-17" in page.model.index(0, 6).data()


def test_bulk_dismiss_of_a_spam_wave_is_undone_item_by_item(rig: InboxRig) -> None:
    page, items = rig.page, rig.data.items
    spam = [items[k] for k in items if k.startswith("spam_")]
    with rig.qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        page.rule_filter.setCurrentIndex(page.rule_filter.findData("spam_link"))
    assert sorted(page.model.ids()) == sorted(spam)
    rig.key(Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert page.selection_label.text() == "4 selected"
    rig.key(Key.Key_D)
    dialog = dialog_of(DismissDialog)
    assert dialog.windowTitle() == "Dismiss 4 items"  # type: ignore[attr-defined]
    dialog.reasons.setCurrentRow(3)  # type: ignore[attr-defined]
    with rig.qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        dialog.dismiss_button.click()  # type: ignore[attr-defined]
    assert page.model.ids() == []
    assert {inbox_store.item(rig.db(), i)["reason"] for i in spam} == {"Spam: removed in WhatsApp"}
    assert page.empty_queue.isVisible()
    rig.key_and_refresh(Key.Key_Z)
    assert page.model.ids() == [spam[-1]]  # one item back, the last one dismissed
    assert page.current_id() == spam[-1]
    for _ in range(3):
        rig.key_and_refresh(Key.Key_Z)
    assert sorted(page.model.ids()) == sorted(spam)
    assert {inbox_store.item(rig.db(), i)["state"] for i in spam} == {"new"}


def test_choosing_a_group_filters_the_queue_and_the_counters(rig: InboxRig) -> None:
    page, chats = rig.page, rig.data.chats
    with rig.qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        view = page.overview.view
        row = 1 + page.overview.chat_names().index("माँ सहायता समूह")
        rect = view.visualRect(page.overview.model.index(row, 0))
        rig.qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert {page.model.item(r).chat_id for r in range(page.model.rowCount())} == {chats["hindi"]}
    assert counters(rig)["attention"].startswith("<b>2</b>")
    assert counters(rig)["urgent"].startswith("<b>0</b>")
    assert page.queue.isColumnHidden(1)  # the group column says nothing now


def test_media_stay_hidden_until_space_and_hide_again_on_the_next_item(rig: InboxRig) -> None:
    page, detail = rig.page, rig.page.detail
    page.select_id(rig.data.items["photo"])
    assert "Photo hidden" in detail.browser.toPlainText()
    assert "<img" not in detail.browser.toHtml()
    with rig.qtbot.waitSignal(detail.reveal_changed, timeout=WAIT_MS) as shown:
        rig.key(Qt.Key.Key_Space)
    assert shown.args == [True]
    assert "<img" in detail.browser.toHtml() and "Photo hidden" not in detail.browser.toPlainText()
    with rig.qtbot.waitSignal(detail.reveal_changed, timeout=WAIT_MS) as hidden:
        rig.key(Key.Key_J)
    assert hidden.args == [False]
    page.select_id(rig.data.items["photo"])
    assert "Photo hidden" in detail.browser.toPlainText()


def test_help_overlay_lists_every_shortcut_and_blocks_triage_while_open(rig: InboxRig) -> None:
    page = rig.page
    rig.key(Key.Key_Question)
    assert page.help.isVisible()
    shown = dict((what, keys) for keys, what in page.help.entries())
    for action in page.actions_by_name.values():
        assert action.text() in shown
    assert shown["Next item"] == "J  ↓" and shown["Undo the last action, one item at a time"] == "Z  Ctrl+Z"
    rig.qtbot.keyClick(page.help, Key.Key_R)
    assert state(rig, "grooming") == "new"
    rig.qtbot.keyClick(page.help, Key.Key_Escape)
    assert not page.help.isVisible()


def test_lock_empties_the_page_and_unlock_fills_it_again(rig: InboxRig) -> None:
    page = rig.page
    page.select_id(rig.data.items["photo"])
    with rig.qtbot.waitSignal(page.detail.reveal_changed, timeout=WAIT_MS):
        rig.key(Qt.Key.Key_Space)
    rig.key_and_refresh(Key.Key_R)
    vault = rig.session.vault
    rig.session.lock("manual")
    page.clear()
    assert page.model.rowCount() == 0 and page.overview.model.rowCount() == 0
    assert page.detail.item_id is None and page.detail.browser.toPlainText() == ""
    assert not page.detail.revealed
    assert all(label.text().startswith("<b>0</b>") for label in page.counters.values())
    assert vault is not None
    again = open_vault(vault.paths.folder, passphrase_bytes(PASSPHRASE))
    with rig.qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        rig.session.unlock_with(again)
        page.reload()
    assert page.model.rowCount() == len(rig.data.items) - 1
    rig.key(Key.Key_Z)  # the undo history went with the lock
    assert state(rig, "photo") == "resolved"


def test_without_a_moderator_name_the_log_says_moderator(rig: InboxRig) -> None:
    with rig.qtbot.waitSignal(rig.session.changed, timeout=WAIT_MS):
        rig.session.save_settings({"moderator_name": ""})
    rig.key_and_refresh(Key.Key_R)
    assert inbox_store.history(rig.db(), rig.data.items["grooming"])[-1]["moderator"] == "Moderator"


def test_only_inbox_and_message_changes_refresh_the_page(rig: InboxRig) -> None:
    with rig.qtbot.assertNotEmitted(rig.page.refreshed, wait=300):
        with rig.qtbot.waitSignal(rig.session.changed, timeout=WAIT_MS):
            rig.session.save_settings({"idle_lock_minutes": 9})
    with rig.qtbot.waitSignal(rig.page.refreshed, timeout=WAIT_MS):
        rig.session.changed.emit(Changes(messages=True))


def _choose_custom_range(r: InboxRig) -> DateRangeDialog:
    combo = r.page.date_filter
    combo.setCurrentIndex(combo.findData(CUSTOM_RANGE))
    dialog = dialog_of(DateRangeDialog)
    assert isinstance(dialog, DateRangeDialog)
    return dialog


def test_a_custom_date_range_shows_only_items_from_those_days(rig: InboxRig) -> None:
    page, items = rig.page, rig.data.items
    dialog = _choose_custom_range(rig)
    dialog.to_edit.setDate(QDate(2026, 11, 13))
    dialog.from_edit.setDate(QDate(2026, 11, 13))
    with rig.qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        dialog.show_button.click()
    lyon = {items["grooming"]} | {i for name, i in items.items() if name.startswith("spam_")}
    assert set(page.model.ids()) == lyon
    assert "13" in page.date_filter.currentText() and "Nov" in page.date_filter.currentText()
    # The range cannot be turned backwards: "to" never goes before "from".
    dialog = _choose_again(rig)
    dialog.to_edit.setDate(QDate(2026, 11, 1))
    assert dialog.to_edit.date() == QDate(2026, 11, 13)
    dialog.reject()


def _choose_again(r: InboxRig) -> DateRangeDialog:
    combo = r.page.date_filter
    combo.activated.emit(combo.currentIndex())  # what picking the entry again with the mouse sends
    dialog = dialog_of(DateRangeDialog)
    assert isinstance(dialog, DateRangeDialog)
    return dialog


def test_a_cancelled_date_range_keeps_the_filter_as_it_was(rig: InboxRig) -> None:
    page = rig.page
    combo = page.date_filter
    dialog = _choose_custom_range(rig)
    dialog.reject()
    assert combo.currentData() is None and combo.currentText() == "Any time"
    assert page.model.rowCount() == len(rig.data.items)
