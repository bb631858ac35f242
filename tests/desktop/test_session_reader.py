"""The session's background reader: read-only, off the GUI thread, silent after a lock."""

from __future__ import annotations

import sys
import threading

import pytest
import sqlcipher3
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from moddesk.session import Session
from moddesk.storage import set_setting


@pytest.fixture
def session(qtbot: QtBot, vault) -> Session:  # type: ignore[no-untyped-def]
    s = Session(vault.paths.folder)
    s.unlock_with(vault)
    yield s
    s.lock("quit")


def test_read_runs_off_the_gui_thread_and_sees_committed_writes(qtbot: QtBot,
                                                                session: Session) -> None:
    session.submit(lambda db: set_setting(db, "moderator_name", "Amara"))
    qtbot.waitUntil(lambda: session.setting("moderator_name") == "Amara")
    seen: list[tuple[str, str]] = []

    def job(db):  # type: ignore[no-untyped-def]
        value = db.execute("SELECT value FROM settings WHERE key='moderator_name'").fetchone()
        return threading.current_thread().name, value[0]

    session.read(job, seen.append)
    qtbot.waitUntil(lambda: bool(seen))
    thread, value = seen[0]
    assert thread.startswith("moddesk-reader") and value == '"Amara"'


def test_reader_refuses_to_write_and_the_attempt_is_a_crash_not_silence(
        qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    crashes: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda t, e, tb: crashes.append(e))
    session.read(lambda db: db.execute("DELETE FROM settings"), lambda r: None)
    qtbot.waitUntil(lambda: bool(crashes))
    assert isinstance(crashes[0], sqlcipher3.OperationalError)
    assert "readonly" in str(crashes[0]) or "query_only" in str(crashes[0])
    assert session.setting("idle_lock_minutes") == 5  # the settings table is untouched


def test_lock_interrupts_a_long_read_and_delivers_nothing(qtbot: QtBot, vault) -> None:  # type: ignore[no-untyped-def]
    s = Session(vault.paths.folder)
    s.unlock_with(vault)
    started = threading.Event()
    results: list[object] = []

    def slow(db):  # type: ignore[no-untyped-def]
        started.set()
        # A query that would run for minutes: a recursive counter.
        return db.execute("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                          "SELECT count(*) FROM c").fetchone()

    s.read(slow, results.append, results.append)
    assert started.wait(5)
    s.lock("manual")
    # lock() waited for the reader thread; flush whatever delivery it queued.
    QCoreApplication.processEvents()
    assert results == [] and not s.is_unlocked and vault.closed
