"""Selecting several messages in the chat view: mouse, keys, lazy ranges, drawing, incidents."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from moddesk.app import AppShell
from moddesk.session import Session
from moddesk.ui import chat_view_model
from moddesk.ui.chat_pane import ChatPane
from moddesk.ui.chat_view_model import CHUNK, PAGE
from moddesk.ui.new_incident_dialog import NewIncidentDialog
from tests.helpers.inbox_data import Seeded, message_id
from tests.ui.chat_fixtures import WAIT_MS, ids_in_order, import_lines, session  # noqa: F401
from tests.ui.incident_fixtures import (  # noqa: F401 - fixtures
    dialog_of,
    fake_clock,
    make_seeded_vault,
    press,
    shell,
    start_unlocked,
)
from tests.ui.test_chat_view import BIG, big_chat_lines, open_pane

Key, Mod = Qt.Key, Qt.KeyboardModifier


@pytest.fixture
def big(session: Session) -> int:  # noqa: F811 - the chat_fixtures session
    return import_lines(session.gui_db(), big_chat_lines()).chat_id


def click(qtbot: QtBot, pane: ChatPane, row: int, modifier: Mod = Mod.NoModifier) -> None:
    rect = pane.view.visualRect(pane.model.index(row))
    assert rect.isValid(), f"row {row} is not on screen"
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, modifier,
                     QPoint(rect.center().x(), rect.center().y()))


def numbers(pane: ChatPane) -> list[int]:
    """The selected messages as their rows (message N of the big chat is row N)."""
    return [pane.model.row_of(i) for i in pane.view.selected_ids()]


def painted_selected(pane: ChatPane, row: int) -> bool:
    """Whether `row` is drawn in the palette's selection colour (a pixel at its right end)."""
    rect = pane.view.visualRect(pane.model.index(row))
    image = pane.view.viewport().grab().toImage()
    y = (max(rect.top(), 0) + min(rect.bottom(), image.height() - 1)) // 2  # its part on screen
    colour = image.pixelColor(rect.right() - 8, y)
    palette = pane.view.palette()
    highlights = {palette.color(group, QPalette.ColorRole.Highlight).rgb()
                  for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)}
    return QColor(colour).rgb() in highlights


def test_shift_click_selects_a_range_and_ctrl_click_toggles_single_messages(
        qtbot: QtBot, session: Session, big: int) -> None:  # noqa: F811
    pane = open_pane(qtbot, session, big)
    click(qtbot, pane, 2)
    click(qtbot, pane, 5, Mod.ShiftModifier)
    assert numbers(pane) == [2, 3, 4, 5]
    click(qtbot, pane, 3, Mod.ControlModifier)
    click(qtbot, pane, 8, Mod.ControlModifier)
    assert numbers(pane) == [2, 4, 5, 8]
    assert pane.incident_actions["new"].text() == "New incident from 4 messages…"
    assert pane.incident_actions["add"].text() == "Add 4 messages to incident…"
    assert painted_selected(pane, 4) and not painted_selected(pane, 3)
    click(qtbot, pane, 6, Mod.ShiftModifier)  # from the anchor (8), replacing the rest
    assert numbers(pane) == [6, 7, 8]
    click(qtbot, pane, 1)
    assert numbers(pane) == [1]
    assert pane.incident_actions["new"].text() == "New incident from message…"


def test_keys_alone_select_extend_skip_and_toggle(qtbot: QtBot, session: Session,
                                                  big: int) -> None:  # noqa: F811
    pane = open_pane(qtbot, session, big)
    view = pane.view
    view.setFocus()
    qtbot.keyClick(view, Key.Key_Home)  # the first message
    qtbot.keyClick(view, Key.Key_Down, Mod.ShiftModifier)
    qtbot.keyClick(view, Key.Key_Down, Mod.ShiftModifier)
    assert numbers(pane) == [0, 1, 2]
    qtbot.keyClick(view, Key.Key_Up, Mod.ShiftModifier)  # the range shrinks back
    assert numbers(pane) == [0, 1]
    for _ in range(3):
        qtbot.keyClick(view, Key.Key_Down, Mod.ControlModifier)  # the cursor moves alone
    assert numbers(pane) == [0, 1] and view.currentIndex().row() == 4
    qtbot.keyClick(view, Key.Key_Space, Mod.ControlModifier)
    assert numbers(pane) == [0, 1, 4]
    qtbot.keyClick(view, Key.Key_Up, Mod.ControlModifier)
    qtbot.keyClick(view, Key.Key_Space, Mod.ControlModifier)
    qtbot.keyClick(view, Key.Key_Down, Mod.ControlModifier)
    qtbot.keyClick(view, Key.Key_Space, Mod.ControlModifier)  # 4 out again
    assert numbers(pane) == [0, 1, 3]
    qtbot.keyClick(view, Key.Key_A, Mod.ControlModifier)  # not "the whole chat"
    assert numbers(pane) == [0, 1, 3]
    qtbot.keyClick(view, Key.Key_Down)  # a plain move selects just the next message
    assert numbers(pane) == [5]


def test_a_range_over_rows_never_read_comes_from_the_ids_alone(
        qtbot: QtBot, session: Session, big: int, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    pane = open_pane(qtbot, session, big)
    click(qtbot, pane, 1)
    assert pane.model.rowCount() < BIG  # the end is not loaded yet
    asked: list[int] = []
    real = chat_view_model.message_rows
    monkeypatch.setattr(chat_view_model, "message_rows",
                        lambda db, ids: asked.extend(ids) or real(db, ids))
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Key.Key_End, Mod.ShiftModifier)  # loads every id, then extends
    qtbot.waitUntil(lambda: pane.view.currentIndex().row() == BIG - 1, timeout=WAIT_MS)
    assert pane.view.selected_count() == BIG - 1
    assert pane.view.selected_ids() == ids_in_order(session.gui_db(), [big])[1:]
    assert pane.incident_actions["new"].text() == f"New incident from {BIG - 1} messages…"
    assert len(asked) <= 4 * PAGE  # the rows on screen at the end, not the 12,000 between


def test_the_selection_survives_scrolling_away_and_back(qtbot: QtBot, session: Session,
                                                        big: int) -> None:  # noqa: F811
    pane = open_pane(qtbot, session, big)
    click(qtbot, pane, 2)
    click(qtbot, pane, 4, Mod.ShiftModifier)
    click(qtbot, pane, 7, Mod.ControlModifier)
    pane.view.scrollTo(pane.model.index(CHUNK - 50))  # far away; the next chunk loads
    assert pane.model.rowCount() > CHUNK
    assert not any(painted_selected(pane, r) for r, _ in pane.view.visible_rows())
    pane.view.scroll_pixels(-10**9)  # back to the top
    assert numbers(pane) == [2, 3, 4, 7]
    assert [r for r, _ in pane.view.visible_rows() if painted_selected(pane, r)] == [2, 3, 4, 7]


def test_a_context_click_inside_the_selection_keeps_it(qtbot: QtBot, session: Session,
                                                       big: int) -> None:  # noqa: F811
    pane = open_pane(qtbot, session, big)
    click(qtbot, pane, 2)
    click(qtbot, pane, 4, Mod.ShiftModifier)
    rect = pane.view.visualRect(pane.model.index(3))
    qtbot.mousePress(pane.view.viewport(), Qt.MouseButton.RightButton, Mod.NoModifier,
                     rect.center())
    qtbot.mouseRelease(pane.view.viewport(), Qt.MouseButton.RightButton, Mod.NoModifier,
                       rect.center())
    assert numbers(pane) == [2, 3, 4]
    rect = pane.view.visualRect(pane.model.index(9))
    qtbot.mousePress(pane.view.viewport(), Qt.MouseButton.RightButton, Mod.NoModifier,
                     rect.center())
    qtbot.mouseRelease(pane.view.viewport(), Qt.MouseButton.RightButton, Mod.NoModifier,
                       rect.center())
    assert numbers(pane) == [9]  # outside it: that message alone


# -- into an incident, in the real app ---------------------------------------------------------


@pytest.fixture
def desk(qtbot: QtBot, shell: AppShell, vault_dir: Path, fast_params) -> tuple[AppShell, Seeded]:  # type: ignore[no-untyped-def]  # noqa: F811
    seeded = make_seeded_vault(vault_dir, fast_params, lambda *_args: None)
    start_unlocked(qtbot, shell)
    return shell, seeded


def test_three_selected_messages_become_three_evidence_snapshots_in_time_order(
        qtbot: QtBot, desk: tuple[AppShell, Seeded]) -> None:
    app, seeded = desk
    db, chats, page = (app.session.gui_db(), app.window.page("chats"),
                       app.window.page("incidents"))
    promo = message_id(db, seeded.chats["lyon"], "Promo Deals")
    with qtbot.waitSignal(chats.pane.message_shown, timeout=WAIT_MS):
        app.window.page("inbox").open_message.emit(promo)
    view = chats.pane.view
    assert QApplication.focusWidget() is view
    press(qtbot, Key.Key_Up, Mod.ShiftModifier)  # upwards: the selection grows back in time
    press(qtbot, Key.Key_Up, Mod.ShiftModifier)
    assert [a.text() for a in view.actions()][-2:] == ["New incident from 3 messages…",
                                                        "Add 3 messages to incident…"]
    press(qtbot, Key.Key_N, Mod.ControlModifier | Mod.ShiftModifier)
    dialog = dialog_of(qtbot, NewIncidentDialog)
    assert dialog.title.text() == "3 messages in Parents Lyon"
    assert dialog.source_label.text().startswith("From 3 messages: each is kept")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.title, timeout=WAIT_MS)
    with qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        press(qtbot, Key.Key_Return)
    iid = db.execute("SELECT max(id) FROM incidents").fetchone()[0]
    app.window.show_page("incidents")
    qtbot.waitUntil(lambda: page.view.detail is not None
                    and page.view.detail.incident.id == iid, timeout=WAIT_MS)
    marked: list[Any] = [next(m for m in e.messages if m.is_evidence)
                         for e in page.view.detail.evidence]
    assert [m.author for m in marked] == ["Marc", "Claire", "Promo Deals"]
    assert [m.ts for m in marked] == sorted(m.ts for m in marked)
