"""The Search page on a real vault and session: typing, filters, paging, keyboard, lock."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from pytestqt.qtbot import QtBot

from moddesk.ingest import parse_bytes
from moddesk.ingest.importer import import_export
from moddesk.session import Session
from moddesk.storage import Changes, create_vault, passphrase_bytes
from moddesk.storage.search import SearchHit, search_page
from moddesk.ui.nav_pages import PAGE_SPECS
from moddesk.ui.search_model import snippet_html
from moddesk.ui import search_page as search_page_module
from moddesk.ui.search_page import SearchPage
from tests.conftest import PASSPHRASE

WAIT_MS = 10_000
SPEC = next(s for s in PAGE_SPECS if s.key == "search")


def export(name: str, lines: list[str]) -> bytes:
    return ("\n".join(lines) + "\n").encode("utf-8")


def at(day: int, minute: int, who: str, text: str) -> str:
    return f"{day:02d}/03/2024, {10 + minute // 60:02d}:{minute % 60:02d} - {who}: {text}"


MOTHERS = [at(1, 0, "Anna", "Frau Müller bringt morgen Kuchen"),
           at(2, 0, "Ben", "the kettle is broken again"),
           at(3, 0, "Clara Weber", "Can someone help me with the rota?"),
           at(4, 0, "Anna", "<b>not bold</b> & <i>not italic</i>")]
KITCHEN = [at(5, m, "Dev", f"kettle number {m}") for m in range(120)]


def add(db, name: str, lines: list[str]) -> None:  # type: ignore[no-untyped-def]
    import_export(db, parse_bytes(export(name, lines), name=f"WhatsApp Chat with {name}.txt"))


@pytest.fixture
def session(qtbot: QtBot, vault_dir: Path, fast_params) -> Iterator[Session]:  # type: ignore[no-untyped-def]
    vault = create_vault(vault_dir, passphrase_bytes(PASSPHRASE), params=fast_params)
    add(vault.db, "Mothers Group", MOTHERS)
    add(vault.db, "Kitchen", KITCHEN)
    s = Session(vault_dir, vault_params=fast_params)
    s.unlock_with(vault)
    yield s
    s.lock("quit")


@pytest.fixture
def page(qtbot: QtBot, session: Session) -> SearchPage:
    p = SearchPage(SPEC, session)
    qtbot.addWidget(p)
    p.resize(900, 600)
    p.show()
    p.reload()
    qtbot.waitUntil(lambda: p.chat_filter.count() == 3, timeout=WAIT_MS)
    return p


def type_and_wait(qtbot: QtBot, page: SearchPage, text: str) -> None:
    with qtbot.waitSignal(page.searched, timeout=WAIT_MS):
        page.query.setText(text)


def shown(page: SearchPage) -> list[str]:
    return [page.model.hit(r).text or "" for r in range(page.model.rowCount())]


def test_starts_empty_and_finds_as_you_type(qtbot: QtBot, page: SearchPage) -> None:
    assert page.empty.isVisible() and page.empty.text() == "Type to search all chats"
    assert not page.results.isVisible()
    with qtbot.waitSignal(page.searched, timeout=WAIT_MS):
        qtbot.keyClicks(page.query, "mul")  # the word being typed is a prefix; ü folds to u
    assert shown(page) == ["Frau Müller bringt morgen Kuchen"]
    assert page.results.isVisible() and page.status.text() == "1 message"


def test_typing_fast_asks_the_reader_once(qtbot: QtBot, page: SearchPage, session: Session,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    reads = []
    real_read = session.read
    monkeypatch.setattr(session, "read", lambda job, done, *a: reads.append(job) or real_read(job, done, *a))
    with qtbot.waitSignal(page.searched, timeout=WAIT_MS):
        qtbot.keyClicks(page.query, "kettle")
    assert len(reads) == 1
    assert page.status.text() == "50 messages shown, newest first. There are more."


def test_results_of_an_older_query_never_show(qtbot: QtBot, page: SearchPage,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    gate, started = threading.Event(), []

    def slow_first(db, query, **kwargs):  # type: ignore[no-untyped-def]
        started.append(query)
        if query == "kettle":
            gate.wait(WAIT_MS / 1000)  # still running when the moderator types on
        return search_page(db, query, **kwargs)

    monkeypatch.setattr(search_page_module, "search_page", slow_first)
    counts: list[int] = []
    page.searched.connect(counts.append)
    page.query.setText("kettle")
    page.search_now()
    qtbot.waitUntil(lambda: started == ["kettle"], timeout=WAIT_MS)
    page.query.setText("kuchen")
    page.search_now()
    with qtbot.waitSignal(page.searched, timeout=WAIT_MS):
        gate.set()
    assert started == ["kettle", "kuchen"]
    assert counts == [1] and shown(page) == ["Frau Müller bringt morgen Kuchen"]


def test_load_more_pages_through_everything_newest_first(qtbot: QtBot, page: SearchPage) -> None:
    type_and_wait(qtbot, page, "kettle number")
    assert page.model.rowCount() == 50 and page.more_button.isVisible()
    for expected in (100, 121):
        with qtbot.waitSignal(page.searched, timeout=WAIT_MS):
            page.more_button.click()
        assert page.model.rowCount() == min(expected, 120)
    assert not page.more_button.isVisible()
    assert shown(page) == [f"kettle number {m}" for m in reversed(range(120))]
    assert page.status.text() == "120 messages, newest first"


def test_chat_author_and_date_filters(qtbot: QtBot, page: SearchPage) -> None:
    assert [page.chat_filter.itemText(i) for i in range(3)] == ["All chats", "Kitchen", "Mothers Group"]
    type_and_wait(qtbot, page, "kettle")
    assert page.model.rowCount() == 50
    with qtbot.waitSignal(page.searched, timeout=WAIT_MS):
        page.chat_filter.setCurrentIndex(2)
    assert shown(page) == ["the kettle is broken again"]
    qtbot.waitUntil(lambda: page.authors.stringList() == ["Anna", "Ben", "Clara Weber"], timeout=WAIT_MS)
    with qtbot.waitSignal(page.searched, timeout=WAIT_MS):
        page.author_filter.setText("anna")
    assert page.empty.text() == "No messages match “kettle” with these filters"
    page.author_filter.clear()
    page.chat_filter.setCurrentIndex(0)
    assert not page.date_from.isEnabled()
    with qtbot.waitSignal(page.searched, timeout=WAIT_MS):
        page.date_toggle.setChecked(True)
        page.date_from.setDate(QDate(2024, 3, 2))
        page.date_to.setDate(QDate(2024, 3, 3))
    assert shown(page) == ["the kettle is broken again"]


def test_no_match_says_so_with_the_query(qtbot: QtBot, page: SearchPage) -> None:
    type_and_wait(qtbot, page, "zebra crossing")
    assert page.empty.isVisible() and page.empty.text() == "No messages match “zebra crossing”"
    assert not page.more_button.isVisible()


def test_down_moves_into_the_results_and_enter_opens_the_message(qtbot: QtBot, page: SearchPage,
                                                                  session: Session) -> None:
    type_and_wait(qtbot, page, "rota")
    page.query.setFocus()
    qtbot.keyClick(page.query, Qt.Key.Key_Down)
    assert page.results.hasFocus() and page.results.currentIndex().row() == 0
    with qtbot.waitSignal(page.open_message, timeout=WAIT_MS) as opened:
        qtbot.keyClick(page.results, Qt.Key.Key_Return)
    [message_id] = opened.args
    assert message_id > 2**32  # time-ordered ids need 64 bits
    row = session.gui_db().execute("SELECT text FROM messages WHERE id = ?", [message_id]).fetchone()
    assert row[0] == "Can someone help me with the rota?"
    qtbot.keyClick(page.results, Qt.Key.Key_Up)
    assert page.query.hasFocus()


def test_clear_forgets_the_query_results_and_chat_names(qtbot: QtBot, page: SearchPage) -> None:
    page.chat_filter.setCurrentIndex(2)
    qtbot.waitUntil(lambda: bool(page.authors.stringList()), timeout=WAIT_MS)
    page.author_filter.setText("Anna")
    type_and_wait(qtbot, page, "kuchen")
    page.clear()
    assert page.query.text() == "" and page.author_filter.text() == ""
    assert page.model.rowCount() == 0 and page.authors.stringList() == []
    assert [page.chat_filter.itemText(i) for i in range(page.chat_filter.count())] == ["All chats"]
    assert page.empty.text() == "Type to search all chats"


def test_an_import_refreshes_the_results_and_the_chat_list(qtbot: QtBot, page: SearchPage,
                                                           session: Session) -> None:
    type_and_wait(qtbot, page, "picnic")
    assert page.model.rowCount() == 0

    def job(db):  # type: ignore[no-untyped-def]
        add(db, "Parents", [at(6, 0, "Omar", "picnic on saturday?")])
        return Changes(messages=True, chats=True)

    with qtbot.waitSignal(page.searched, timeout=WAIT_MS):
        session.submit(job)
    assert shown(page) == ["picnic on saturday?"]
    qtbot.waitUntil(lambda: page.chat_filter.count() == 4, timeout=WAIT_MS)


def test_markup_in_a_message_is_shown_as_text() -> None:
    hit = SearchHit(1, 1, "Chat", "2024-03-04T10:00:00", "Anna", "<b>not bold</b> & <i>x</i>",
                    "\x02<b>not\x03 bold</b> &\n<i>x</i>", False)
    assert snippet_html(hit) == "<b>&lt;b&gt;not</b> bold&lt;/b&gt; &amp; &lt;i&gt;x&lt;/i&gt;"


def test_dates_spell_the_month(qtbot: QtBot, page: SearchPage) -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        type_and_wait(qtbot, page, "kuchen")
        summary = page.model.data(page.model.index(0))
    finally:
        QLocale.setDefault(previous)
    # "01/03/2024" in the export: shown so nobody has to guess day or month.
    assert summary.startswith("Mothers Group  ·  Anna  ·  1 Mar 2024, 10:00: Frau Müller")
