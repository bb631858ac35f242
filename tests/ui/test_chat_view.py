"""The chat view over a real vault: lazy ids and rows, jumps, media reveal, marks."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from moddesk.ingest.importer import import_bytes
from moddesk.session import Session
from moddesk.storage.chat_queries import chat_members
from moddesk.ui import chat_view_model
from moddesk.ui.chat_pane import ChatPane
from moddesk.ui.chat_view_model import (
    CHUNK,
    PAGE,
    THUMBNAIL,
    DayStartRole,
    RevealedRole,
    ThumbnailRole,
)
from moddesk.ui.message_delegate import REMOVED
from tests.ui.chat_fixtures import (  # noqa: F401 - fixtures
    PARENTS,
    WAIT_MS,
    ids_in_order,
    import_lines,
    photo_zip,
    session,
)

BIG = 12_000
START = dt.datetime(2024, 1, 1, 8, 0)


def big_chat_lines(count: int = BIG) -> list[str]:
    """`count` messages five minutes apart (about 42 days), two authors."""
    out = []
    for i in range(count):
        when = START + dt.timedelta(minutes=5 * i)
        out.append(f"{when:%d/%m/%Y, %H:%M} - {'Asha' if i % 3 else 'Ben'}: message {i}")
    return out


def png(width: int = 800, height: int = 600) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7bd5"))
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return bytes(data.data())


def open_pane(qtbot: QtBot, session: Session, chat_id: int) -> ChatPane:
    from moddesk.storage.chat_queries import chat_summaries

    pane = ChatPane(session)
    qtbot.addWidget(pane)
    pane.resize(700, 500)
    pane.show()
    summary = next(s for s in chat_summaries(session.gui_db()) if s.id == chat_id)
    pane.open_chat(summary)
    qtbot.waitExposed(pane)
    pane.activateWindow()  # shortcuts need the window active
    qtbot.waitUntil(pane.isActiveWindow, timeout=WAIT_MS)
    return pane


def texts_on_screen(pane: ChatPane) -> list[str]:
    return [pane.model.message(row).text or "" for row, _ in pane.view.visible_rows()]


@pytest.fixture
def big(session: Session) -> int:
    return import_lines(session.gui_db(), big_chat_lines()).chat_id


def test_opening_reads_one_chunk_of_ids_and_only_the_rows_on_screen(
        qtbot: QtBot, session: Session, big: int, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[int] = []
    real = chat_view_model.message_rows
    monkeypatch.setattr(chat_view_model, "message_rows",
                        lambda db, ids: asked.extend(ids) or real(db, ids))
    pane = open_pane(qtbot, session, big)
    qtbot.waitUntil(lambda: bool(texts_on_screen(pane)), timeout=WAIT_MS)
    assert pane.model.rowCount() == CHUNK
    assert texts_on_screen(pane)[:3] == ["message 0", "message 1", "message 2"]
    assert 0 < len(asked) <= 2 * PAGE  # a page of rows, not the chat


def test_scrolling_down_fetches_the_next_chunk_before_the_end_shows(
        qtbot: QtBot, session: Session, big: int) -> None:
    pane = open_pane(qtbot, session, big)
    pane.view.scrollTo(pane.model.index(CHUNK - 50))
    assert pane.model.rowCount() == 2 * CHUNK
    pane.view.scroll_pixels(10_000)
    shown = texts_on_screen(pane)
    assert shown and all(t.startswith("message ") for t in shown)
    first = int(shown[0].split()[1])
    assert [int(t.split()[1]) for t in shown] == list(range(first, first + len(shown)))


def test_end_loads_every_id_and_selects_the_newest(qtbot: QtBot, session: Session,
                                                   big: int) -> None:
    pane = open_pane(qtbot, session, big)
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: pane.model.rowCount() == BIG and pane.view.currentIndex().isValid(),
                    timeout=WAIT_MS)
    assert pane.model.fully_loaded
    assert pane.view.currentIndex().row() == BIG - 1
    assert texts_on_screen(pane)[-1] == f"message {BIG - 1}"
    qtbot.keyClick(pane.view, Qt.Key.Key_Up)
    assert pane.view.currentIndex().row() == BIG - 2


def test_jump_to_date_selects_the_first_message_of_that_day_with_context(
        qtbot: QtBot, session: Session, big: int) -> None:
    pane = open_pane(qtbot, session, big)
    with qtbot.waitSignal(pane.message_shown, timeout=WAIT_MS) as shown:
        pane.jump_to_date(dt.date(2024, 2, 1))
    row = pane.view.currentIndex().row()
    msg = pane.model.message(row)
    assert msg.ts == "2024-02-01T00:00:00" and shown.args == [msg.id]
    assert pane.model.message(row - 1).ts < "2024-02-01"
    rows_on_screen = [r for r, _ in pane.view.visible_rows()]
    assert row - 3 in rows_on_screen and row + 3 in rows_on_screen  # context both sides
    with qtbot.waitSignal(pane.message_shown, timeout=WAIT_MS):
        pane.jump_to_date(dt.date(2030, 1, 1))  # after the end: the newest message
    assert pane.view.currentIndex().row() == BIG - 1


def test_ctrl_g_opens_a_calendar_limited_to_the_chat(qtbot: QtBot, session: Session,
                                                     big: int) -> None:
    from moddesk.ui.jump_to_date_dialog import JumpToDateDialog

    pane = open_pane(qtbot, session, big)
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    dialog = pane.findChild(JumpToDateDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.calendar.minimumDate().toPython() == dt.date(2024, 1, 1)
    assert dialog.calendar.maximumDate().toPython() == (
        START + dt.timedelta(minutes=5 * (BIG - 1))).date()
    dialog.calendar.setSelectedDate(dialog.calendar.minimumDate().addDays(10))
    with qtbot.waitSignal(pane.message_shown, timeout=WAIT_MS):
        dialog.accept()
    assert pane.model.message(pane.view.currentIndex().row()).ts == "2024-01-11T00:00:00"


def test_a_photo_stays_hidden_until_revealed_then_shows_a_thumbnail(
        qtbot: QtBot, session: Session) -> None:
    (result,) = import_bytes(session.gui_db(), photo_zip("Photos", png()),
                             name="WhatsApp Chat - Photos.zip")
    pane = open_pane(qtbot, session, result.chat_id)
    index = pane.model.index(0)
    delegate = pane.view.message_delegate
    msg = pane.model.message(0)
    assert index.data(RevealedRole) is False and index.data(ThumbnailRole) is None
    assert delegate.media_text(msg, False, None) == "Photo hidden — click to show"
    pane.view.setCurrentIndex(index)
    qtbot.keyClick(pane.view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: pane.model.has_thumbnail(0), timeout=WAIT_MS)
    thumb = index.data(ThumbnailRole)
    assert not thumb.isNull() and thumb.width() <= THUMBNAIL.width()
    assert thumb.height() <= THUMBNAIL.height()
    rect = pane.view.visualRect(index)
    assert rect.height() > THUMBNAIL.height() // 2  # the row grew to show it
    qtbot.keyClick(pane.view, Qt.Key.Key_Space)
    assert index.data(RevealedRole) is False and index.data(ThumbnailRole) is None


def test_clicking_the_media_box_reveals_only_that_item(qtbot: QtBot, session: Session) -> None:
    extra = "[13.01.24, 10:01:00] Ben: \u200e<attached: 00000002-PHOTO-2024-01-13.jpg>\n"
    data = photo_zip("Photos", png(), extra=extra)
    (result,) = import_bytes(session.gui_db(), data, name="WhatsApp Chat - Photos.zip")
    pane = open_pane(qtbot, session, result.chat_id)
    option = pane.view._option()  # noqa: SLF001 - the view's own item option
    option.rect = pane.view.visualRect(pane.model.index(0))
    box = pane.view.message_delegate.media_rect(option, pane.model.index(0))
    assert box is not None
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    qtbot.waitUntil(lambda: pane.model.has_thumbnail(0), timeout=WAIT_MS)
    assert pane.model.is_revealed(0) and not pane.model.is_revealed(1)
    second = pane.model.message(1)
    assert second.media_mime is None  # not in the archive: nothing to reveal
    assert pane.view.message_delegate.media_text(second, False, None) == \
        "Photo not included in the export"
    pane.clear()
    assert pane.model.rowCount() == 0 and not pane.model.is_revealed(0)


def test_removed_messages_carry_a_red_bar_and_say_so(qtbot: QtBot, session: Session) -> None:
    early = ["13/01/2024, 10:00 - Asha: hello", "13/01/2024, 10:01 - Ben: gone later",
             "13/01/2024, 10:02 - Asha: stays"]
    import_lines(session.gui_db(), early)
    result = import_lines(session.gui_db(), [early[0], early[2]])
    pane = open_pane(qtbot, session, result.chat_id)
    image = pane.view.viewport().grab().toImage()
    rects = dict(pane.view.visible_rows())
    removed, kept = rects[1], rects[2]
    assert image.pixelColor(QPoint(1, removed.center().y())) == REMOVED
    assert image.pixelColor(QPoint(1, kept.center().y())) != REMOVED
    option = pane.view._option()  # noqa: SLF001
    option.rect = removed
    assert pane.view.message_delegate.layout_for(option, pane.model.index(1)).removed_y is not None
    option.rect = kept
    assert pane.view.message_delegate.layout_for(option, pane.model.index(2)).removed_y is None


def test_days_notices_rtl_and_wrapping_are_laid_out(qtbot: QtBot, session: Session) -> None:
    long_text = "word " * 120
    lines = [*PARENTS, f"05/04/2024, 11:03 - Ben: {long_text}"]
    result = import_lines(session.gui_db(), lines)
    pane = open_pane(qtbot, session, result.chat_id)
    texts = {pane.model.message(r).text: r for r in range(pane.model.rowCount())}
    days = [r for r in range(pane.model.rowCount()) if pane.model.index(r).data(DayStartRole)]
    assert days == [0, 3, 5]
    delegate, option = pane.view.message_delegate, pane.view._option()  # noqa: SLF001

    def layout(row: int):  # type: ignore[no-untyped-def]
        return delegate.layout_for(option, pane.model.index(row))

    assert layout(0).notice is not None and layout(1).notice is None  # a system notice
    arabic = layout(texts["مرحبا بالجميع"]).paragraphs[0]
    assert arabic.textOption().alignment() & Qt.AlignmentFlag.AlignRight
    assert arabic.textOption().textDirection() == Qt.LayoutDirection.RightToLeft
    x, column = delegate.text_column(option)
    right_edge = arabic.position().x() + arabic.lineAt(0).width()
    assert right_edge == pytest.approx(x + arabic.lineAt(0).naturalTextWidth(), abs=1)
    assert right_edge < x + column / 2  # a short reply stays under its author
    two_lines = layout(texts["meeting moved to Friday\nbring the forms"])
    assert len(two_lines.paragraphs) == 2
    wide = layout(texts[long_text]).height
    option.rect.setWidth(360)
    assert layout(texts[long_text]).height > wide  # narrower: wraps to more lines


def test_a_merged_chat_reads_as_one_timeline(qtbot: QtBot, session: Session) -> None:
    from moddesk.storage.chat_queries import merge_chats

    db = session.gui_db()
    main = import_lines(db, ["13/01/2024, 10:00 - Asha: one", "13/01/2024, 10:02 - Asha: three"])
    other = import_lines(db, ["13/01/2024, 10:01 - Dana: two", "13/01/2024, 10:03 - Dana: four"],
                         name="WhatsApp Chat with Old.txt")
    merge_chats(db, source=other.chat_id, target=main.chat_id)
    assert chat_members(db, main.chat_id) == [main.chat_id, other.chat_id]
    pane = open_pane(qtbot, session, main.chat_id)
    assert texts_on_screen(pane) == ["one", "two", "three", "four"]
    assert [pane.model.message_id(r) for r in range(4)] == \
        ids_in_order(db, [main.chat_id, other.chat_id])
