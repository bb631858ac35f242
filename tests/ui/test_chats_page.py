"""The Chats page on a real vault: list, empty state, rename, merge, date order, lock."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel, QRadioButton
from pytestqt.qtbot import QtBot

from moddesk.ingest.importer import changes_for, import_bytes
from moddesk.session import Session
from moddesk.storage import Changes
from moddesk.ui import message_bridge
from moddesk.ui.chat_format import facts_line
from moddesk.ui.chat_list_delegate import badges
from moddesk.ui.chat_list_model import SummaryRole
from moddesk.ui.chats_page import CHATS, EMPTY, ChatsPage
from moddesk.ui.date_order_dialog import DateOrderDialog
from moddesk.ui.merge_chats_dialog import MergeChatsDialog
from moddesk.ui.nav_pages import PAGE_SPECS
from tests.ui.chat_fixtures import (  # noqa: F401 - fixtures
    PARENTS,
    WAIT_MS,
    ids_in_order,
    session,
    whatsapp,
)
from tests.ui.test_chat_view import big_chat_lines

SPEC = next(s for s in PAGE_SPECS if s.key == "chats")
EARLY = ["13/01/2024, 10:00 - Asha: hello everyone", "13/01/2024, 10:01 - Ben: ok",
         "13/01/2024, 10:02 - Asha: meeting moved to Friday", "13/01/2024, 10:03 - Ben: thanks"]
LATER = [EARLY[0], EARLY[1], EARLY[3], "14/01/2024, 09:00 - Cleo: snacks"]
OLD = ["12/01/2024, 08:00 - Dana: the old group", "13/01/2024, 10:02 - Dana: in between",
       "15/01/2024, 12:00 - Dana: last word"]


def make_page(qtbot: QtBot, session: Session) -> ChatsPage:
    page = ChatsPage(SPEC, session)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=WAIT_MS)
    return page


@pytest.fixture
def page(qtbot: QtBot, session: Session) -> ChatsPage:
    p = make_page(qtbot, session)
    with qtbot.waitSignal(p.list_model.loaded, timeout=WAIT_MS):
        p.reload()
    return p


def until_reloaded(qtbot: QtBot, page: ChatsPage, job: Callable[[object], Changes],
                   session: Session) -> None:
    """Run a writer job and wait until the page has read the list again."""
    with qtbot.waitSignal(page.list_model.loaded, timeout=WAIT_MS):
        session.submit(job)


def add(qtbot: QtBot, page: ChatsPage, session: Session, lines: list[str],
        name: str = "WhatsApp Chat with Parents Group.txt") -> None:
    data = whatsapp(lines)
    until_reloaded(qtbot, page, lambda db: changes_for(import_bytes(db, data, name=name)), session)


def listed(page: ChatsPage) -> list[str]:
    return [page.list_model.index(r).data() for r in range(page.list_model.rowCount())]


def shown_texts(page: ChatsPage) -> list[str]:
    model = page.pane.model
    return [model.message(r).text or "" for r in range(model.rowCount())]


def summary_of(page: ChatsPage, name: str):  # type: ignore[no-untyped-def]
    row = listed(page).index(name)
    return page.list_model.index(row).data(SummaryRole)


def day(y: int, m: int, d: int) -> str:
    return QLocale().toString(QDate(y, m, d), "d MMM yyyy")


def test_an_empty_vault_says_how_to_get_chats(page: ChatsPage) -> None:
    assert page.stack.currentIndex() == EMPTY
    assert page.empty_label.text() == \
        "No chats yet — add a watched folder or import an export (Ctrl+I)"


def test_the_first_import_replaces_the_empty_state_and_opens_the_chat(
        qtbot: QtBot, page: ChatsPage, session: Session) -> None:
    add(qtbot, page, session, EARLY)
    assert page.stack.currentIndex() == CHATS and listed(page) == ["Parents Group"]
    assert page.pane.title.text() == "Parents Group"
    assert shown_texts(page) == ["hello everyone", "ok", "meeting moved to Friday", "thanks"]
    assert page.chat_list.currentIndex().row() == 0


def test_list_shows_counts_dates_and_what_needs_a_look(qtbot: QtBot, page: ChatsPage,
                                                       session: Session) -> None:
    add(qtbot, page, session, EARLY, "WhatsApp Chat with Class 3B.txt")
    add(qtbot, page, session, LATER, "WhatsApp Chat with Class 3B.txt")
    add(qtbot, page, session, PARENTS)
    assert listed(page) == ["Class 3B", "Parents Group"]
    class3b, parents = summary_of(page, "Class 3B"), summary_of(page, "Parents Group")
    assert facts_line(class3b) == f"5 messages · {day(2024, 1, 13)} – {day(2024, 1, 14)}"
    assert facts_line(parents) == f"8 messages · {day(2024, 4, 3)} – {day(2024, 4, 5)}"
    assert [text for text, _ in badges(class3b)] == ["1 removed"]
    assert [text for text, _ in badges(parents)] == ["Date order?"]


def test_sorting_by_last_activity_puts_the_busiest_chat_first(
        qtbot: QtBot, page: ChatsPage, session: Session) -> None:
    add(qtbot, page, session, PARENTS, "WhatsApp Chat with Zebra.txt")
    add(qtbot, page, session, EARLY, "WhatsApp Chat with Alpha.txt")
    assert listed(page) == ["Alpha", "Zebra"]
    with qtbot.waitSignal(page.list_model.loaded, timeout=WAIT_MS):
        page.sort.setCurrentIndex(page.sort.findData("activity"))
    assert listed(page) == ["Zebra", "Alpha"]
    assert page.pane.title.text() == "Zebra"  # the open chat stays open


def test_down_opens_the_next_chat_and_enter_moves_into_its_messages(
        qtbot: QtBot, page: ChatsPage, session: Session) -> None:
    add(qtbot, page, session, EARLY, "WhatsApp Chat with Alpha.txt")
    add(qtbot, page, session, OLD, "WhatsApp Chat with Beta.txt")
    page.chat_list.setFocus()
    qtbot.keyClick(page.chat_list, Qt.Key.Key_Down)
    assert page.pane.title.text() == "Beta"
    assert shown_texts(page) == ["the old group", "in between", "last word"]
    qtbot.keyClick(page.chat_list, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is page.pane.view
    assert page.pane.view.currentIndex().row() == 0
    qtbot.keyClick(page.pane.view, Qt.Key.Key_Down)
    assert page.pane.view.currentIndex().row() == 1


def test_renaming_keeps_the_export_name_for_later_imports(
        qtbot: QtBot, page: ChatsPage, session: Session) -> None:
    add(qtbot, page, session, EARLY)
    page.pane.ask_rename()
    dialog = page.pane.findChild(QInputDialog, "rename_chat_dialog")
    assert dialog is not None and dialog.textValue() == "Parents Group"
    dialog.setTextValue("Class 3B parents")
    with qtbot.waitSignal(page.list_model.loaded, timeout=WAIT_MS):
        dialog.accept()
    assert listed(page) == ["Class 3B parents"]
    assert page.pane.title.text() == "Class 3B parents"
    assert "exported as “Parents Group”" in page.pane.facts.text()
    add(qtbot, page, session, LATER)
    assert listed(page) == ["Class 3B parents"] and page.pane.model.rowCount() == 5


def test_merging_shows_one_timeline_and_undo_splits_it_again(
        qtbot: QtBot, page: ChatsPage, session: Session) -> None:
    add(qtbot, page, session, EARLY)
    add(qtbot, page, session, OLD, "WhatsApp Chat with Old Parents.txt")
    target = summary_of(page, "Parents Group").id
    page._select(summary_of(page, "Old Parents").id)  # noqa: SLF001 - as a click would
    page.pane.ask_merge()
    dialog = page.pane.findChild(MergeChatsDialog)
    assert dialog is not None and not dialog.merge_button.isEnabled()
    dialog.select_chat(target)
    with qtbot.waitSignal(page.list_model.loaded, timeout=WAIT_MS):
        dialog.merge_button.click()
    assert listed(page) == ["Parents Group"]
    assert page.pane.title.text() == "Parents Group"  # followed the merged chat
    assert shown_texts(page) == ["the old group", "hello everyone", "ok",
                                 "meeting moved to Friday", "in between", "thanks", "last word"]
    assert [t for t, _ in badges(summary_of(page, "Parents Group"))] == ["1 merged"]
    (undo,) = page.pane.unmerge_menu.actions()
    assert undo.text() == "Old Parents"
    with qtbot.waitSignal(page.list_model.loaded, timeout=WAIT_MS):
        undo.trigger()
    assert listed(page) == ["Old Parents", "Parents Group"]
    assert shown_texts(page) == ["hello everyone", "ok", "meeting moved to Friday", "thanks"]


def test_date_order_dialog_explains_with_the_chats_own_dates(
        qtbot: QtBot, page: ChatsPage, session: Session) -> None:
    add(qtbot, page, session, PARENTS)
    assert page.pane.banner.isVisible()
    page.pane.banner_button.click()
    dialog = page.pane.findChild(DateOrderDialog)
    assert dialog is not None and dialog.isVisible()
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("could be read day-first or month-first" in t for t in texts)
    examples = [t for t in texts if "→" in t]
    long_3_april = QLocale().toString(QDate(2024, 4, 3), "dddd, d MMMM yyyy")
    long_4_march = QLocale().toString(QDate(2024, 3, 4), "dddd, d MMMM yyyy")
    assert examples[0].startswith(f"03/04/2024 → {long_3_april}")  # day first, as read
    assert examples[1].startswith(f"03/04/2024 → {long_4_march}")  # month first
    assert "not a real date" in examples[2]  # year first cannot be
    assert dialog.chosen_order() == "dmy"
    assert "current reading" in dialog.findChild(type(dialog.group.buttons()[0]), "order_dmy").text()
    dialog.reject()


def choose_order(qtbot: QtBot, page: ChatsPage, order: str) -> DateOrderDialog:
    page.pane.ask_date_order()
    dialog = page.pane.findChild(DateOrderDialog)
    assert dialog is not None
    dialog.findChild(QRadioButton, f"order_{order}").setChecked(True)
    return dialog


def test_choosing_month_first_reads_the_dates_again(qtbot: QtBot, page: ChatsPage,
                                                    session: Session) -> None:
    add(qtbot, page, session, PARENTS)
    dialog = choose_order(qtbot, page, "mdy")
    with qtbot.waitSignal(message_bridge.bridge().message, timeout=WAIT_MS) as said:
        dialog.accept()
    qtbot.waitUntil(lambda: not summary_of(page, "Parents Group").date_uncertain,
                    timeout=WAIT_MS)
    assert said.args == ["info", "The dates of this chat were read again."]
    assert page.pane.model.message(0).ts == "2024-03-04T09:00:00"  # was 3 April
    assert facts_line(summary_of(page, "Parents Group")).endswith(
        f"{day(2024, 3, 4)} – {day(2024, 5, 4)}")
    assert not page.pane.banner.isVisible()
    assert badges(summary_of(page, "Parents Group")) == []


def test_an_order_the_dates_rule_out_changes_nothing_and_says_why(
        qtbot: QtBot, page: ChatsPage, session: Session) -> None:
    add(qtbot, page, session, PARENTS)
    dialog = choose_order(qtbot, page, "ymd")
    with qtbot.waitSignal(message_bridge.bridge().message, timeout=WAIT_MS) as said:
        dialog.accept()
    level, text = said.args
    assert level == "warning" and "Nothing was changed" in text
    assert page.pane.model.message(0).ts == "2024-04-03T09:00:00"
    assert summary_of(page, "Parents Group").date_uncertain and page.pane.banner.isVisible()


def test_a_certain_chat_offers_no_date_order_change(qtbot: QtBot, page: ChatsPage,
                                                    session: Session) -> None:
    add(qtbot, page, session, EARLY)
    assert not page.pane.banner.isVisible()
    assert not page.pane.date_order_action.isEnabled()


def test_clear_on_lock_forgets_chats_rows_and_reveals(qtbot: QtBot, page: ChatsPage,
                                                      session: Session) -> None:
    add(qtbot, page, session, PARENTS)
    page.pane.view.show_row(3)
    assert page.pane.model.message(3) is not None
    page.clear()
    assert page.list_model.rowCount() == 0 and page.pane.model.rowCount() == 0
    assert page.pane.summary is None and page.pane.title.text() == ""
    assert page.pane.title.toolTip() == "" and page.pane.facts.toolTip() == ""
    assert page.pane.model.message(0) is None
    assert page.pane.view.message_delegate._cache == {}  # noqa: SLF001 - layouts hold text
    with qtbot.waitSignal(page.list_model.loaded, timeout=WAIT_MS):
        page.reload()
    assert listed(page) == ["Parents Group"] and page.pane.model.rowCount() == 8


def test_show_message_opens_its_chat_and_centres_it(qtbot: QtBot, page: ChatsPage,
                                                     session: Session) -> None:
    add(qtbot, page, session, big_chat_lines(), "WhatsApp Chat with Big.txt")
    add(qtbot, page, session, EARLY)
    big = summary_of(page, "Big").id
    page._select(summary_of(page, "Parents Group").id)  # noqa: SLF001
    wanted = ids_in_order(session.gui_db(), [big])[9000]
    with qtbot.waitSignal(page.pane.message_shown, timeout=WAIT_MS):
        page.show_message(wanted)
    assert page.chat_list.currentIndex().data() == "Big"
    row = page.pane.view.currentIndex().row()
    assert page.pane.model.message(row).text == "message 9000"
    on_screen = [r for r, _ in page.pane.view.visible_rows()]
    assert on_screen[0] < row < on_screen[-1]


def test_show_message_before_the_list_arrives_waits_for_it(qtbot: QtBot,
                                                           session: Session) -> None:
    from moddesk.ingest.importer import import_bytes as imp

    (result,) = imp(session.gui_db(), whatsapp(EARLY), name="WhatsApp Chat with P.txt")
    wanted = ids_in_order(session.gui_db(), [result.chat_id])[2]
    page = make_page(qtbot, session)
    page.show_message(wanted)
    with qtbot.waitSignal(page.pane.message_shown, timeout=WAIT_MS):
        page.reload()
    assert page.pane.model.message(page.pane.view.currentIndex().row()).id == wanted


def test_new_messages_keep_the_reading_place(qtbot: QtBot, page: ChatsPage,
                                             session: Session) -> None:
    lines = big_chat_lines(6000)
    add(qtbot, page, session, lines[:5500], "WhatsApp Chat with Big.txt")
    wanted = ids_in_order(session.gui_db(), [summary_of(page, "Big").id])[3000]
    with qtbot.waitSignal(page.pane.message_shown, timeout=WAIT_MS):
        page.show_message(wanted)
    top = page.pane.model.message(page.pane.view.first_visible_row()).text
    add(qtbot, page, session, lines, "WhatsApp Chat with Big.txt")
    qtbot.waitUntil(lambda: page.pane.model.row_of(wanted) is not None, timeout=WAIT_MS)
    assert summary_of(page, "Big").messages == 6000
    assert page.pane.model.message(page.pane.view.first_visible_row()).text == top
    assert page.pane.model.message(page.pane.view.currentIndex().row()).id == wanted


def test_an_import_into_another_chat_keeps_the_open_chat_as_it_is(
        qtbot: QtBot, page: ChatsPage, session: Session) -> None:
    from tests.ui.chat_fixtures import photo_zip
    from tests.ui.test_chat_view import png

    data = photo_zip("Photos", png())
    until_reloaded(qtbot, page, lambda db: changes_for(import_bytes(
        db, data, name="WhatsApp Chat - Photos.zip")), session)
    page.pane.model.toggle_reveal(0)
    qtbot.waitUntil(lambda: page.pane.model.has_thumbnail(0), timeout=WAIT_MS)
    add(qtbot, page, session, EARLY)
    assert listed(page) == ["Parents Group", "Photos"]
    assert page.pane.title.text() == "Photos" and page.pane.model.has_thumbnail(0)
