"""Watched files into a real vault: exactly once by content, failures, moving originals."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest

from moddesk.ingest.watch import WatchEngine
from moddesk.ingest.watch_import import FileJob, import_file
from moddesk.storage import watch_store as ws
from tests.helpers.vault_files import files_containing, make_markers
from tests.ingest.watch_helpers import SETTLE, FakeClock, chat_text, chat_zip, export_count, \
    run_jobs, settle


@pytest.fixture
def engine(vault, clock: FakeClock, folder: Path) -> WatchEngine:  # type: ignore[no-untyped-def]
    ws.add_folder(vault.db, str(folder))
    eng = WatchEngine(clock, settle=SETTLE)
    eng.set_folders({f.id: f.path for f in ws.list_folders(vault.db)})
    return eng


def statuses(outcomes) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return sorted((o.name, o.status) for o in outcomes)


def test_copies_renames_and_touches_import_the_content_once(vault, engine: WatchEngine,
                                                            clock: FakeClock,
                                                            folder: Path) -> None:
    db = vault.db
    (folder / "a.txt").write_bytes(chat_text("hello", "meeting on Friday"))
    first = run_jobs(db, engine, settle(engine, clock))
    assert statuses(first) == [("a.txt", "imported")]
    assert (first[0].messages_new, first[0].messages_total) == (2, 2)

    shutil.copy(folder / "a.txt", folder / "copy of a.txt")
    (folder / "a.txt").rename(folder / "renamed.txt")
    engine.rescan_now()
    assert statuses(run_jobs(db, engine, settle(engine, clock))) == [
        ("copy of a.txt", "duplicate"), ("renamed.txt", "duplicate")]

    os.utime(folder / "renamed.txt", ns=(10**18, 10**18))
    engine.rescan_now()
    assert statuses(run_jobs(db, engine, settle(engine, clock))) == [("renamed.txt", "duplicate")]
    assert export_count(db) == 1
    assert db.execute("SELECT count(*) FROM messages").fetchone()[0] == 2
    assert [f.exports for f in ws.list_folders(db)] == [1]


def test_a_file_changed_after_import_is_looked_at_again(vault, engine: WatchEngine,
                                                        clock: FakeClock, folder: Path) -> None:
    path = folder / "WhatsApp Chat with Group.txt"
    path.write_bytes(chat_text("hello"))
    run_jobs(vault.db, engine, settle(engine, clock))
    path.write_bytes(chat_text("hello", "a later message"))
    engine.rescan_now()
    again = run_jobs(vault.db, engine, settle(engine, clock))
    assert [(o.status, o.messages_new) for o in again] == [("imported", 1)]
    assert export_count(vault.db) == 2


def test_unchanged_files_are_not_read_again_after_unlock(vault, clock: FakeClock,
                                                         folder: Path, engine: WatchEngine) -> None:
    (folder / "chat.txt").write_bytes(chat_text("hello"))
    run_jobs(vault.db, engine, settle(engine, clock))
    # A fresh engine after an unlock knows what was decided from the vault alone.
    fresh = WatchEngine(clock, settle=SETTLE)
    fresh.set_folders({f.id: f.path for f in ws.list_folders(vault.db)})
    fresh.set_decided(ws.seen_stats(vault.db))
    assert settle(fresh, clock).ready == []


def test_a_failed_file_is_recorded_and_not_retried_until_it_changes(vault, engine: WatchEngine,
                                                                    clock: FakeClock,
                                                                    folder: Path) -> None:
    path = folder / "notes.txt"
    path.write_bytes("Shopping list\nmilk\n".encode())
    [outcome] = run_jobs(vault.db, engine, settle(engine, clock))
    assert (outcome.status, outcome.reason) == ("failed", "parse")
    assert outcome.message  # the importer's own explanation reaches the summary
    seen = ws.seen_by_path(vault.db, str(path))
    assert seen is not None and (seen.status, seen.reason) == ("failed", "parse")

    fresh = WatchEngine(clock, settle=SETTLE)
    fresh.set_folders(engine.folders())
    fresh.set_decided(ws.seen_stats(vault.db))
    assert settle(fresh, clock).ready == [], "not retried while unchanged"
    shutil.copy(path, folder / "notes copy.txt")
    fresh.rescan_now()
    [copy] = run_jobs(vault.db, fresh, settle(fresh, clock))
    assert (copy.status, copy.reason) == ("failed", "parse"), "same bytes, same verdict"

    path.write_bytes(chat_text("now a real chat"))
    fresh.rescan_now()
    [fixed] = run_jobs(vault.db, fresh, settle(fresh, clock))
    assert fixed.status == "imported"


def test_a_file_changed_between_look_and_read_is_not_imported(vault, folder: Path) -> None:
    path = folder / "chat.txt"
    path.write_bytes(chat_text("hello"))
    st = path.stat()
    path.write_bytes(chat_text("hello", "more"))
    outcome = import_file(vault.db, FileJob(str(path), None, st.st_size, st.st_mtime_ns))
    assert outcome.status == "changed"
    assert export_count(vault.db) == 0 and ws.seen_by_path(vault.db, str(path)) is None


def test_a_cancelled_import_leaves_nothing_behind(vault, folder: Path) -> None:
    path = folder / "chat.txt"
    path.write_bytes(chat_text("hello"))
    st = path.stat()
    cancel = threading.Event()
    cancel.set()
    outcome = import_file(vault.db, FileJob(str(path), None, st.st_size, st.st_mtime_ns),
                          cancel=cancel)
    assert outcome.status == "cancelled"
    assert export_count(vault.db) == 0 and ws.seen_by_path(vault.db, str(path)) is None
    assert path.exists()


def test_moving_originals_keeps_the_bytes_in_the_vault_and_deletes_the_file(
        vault, engine: WatchEngine, clock: FakeClock, folder: Path, vault_dir: Path) -> None:
    markers = make_markers(2)
    data = chat_zip(*markers)
    path = folder / "WhatsApp Chat with Group.zip"
    path.write_bytes(data)
    [outcome] = run_jobs(vault.db, engine, settle(engine, clock), move=True)
    assert (outcome.status, outcome.moved) == ("imported", True)
    assert not path.exists()
    assert list(folder.iterdir()) == [], "no temp or partial copy left in the folder"
    export_id = outcome.results[0].export_id
    assert ws.original_bytes(vault.db, export_id) == data
    vault.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert files_containing(vault_dir, markers) == [], "the vault holds them encrypted only"


def test_moving_a_duplicate_deletes_the_copy_too(vault, engine: WatchEngine, clock: FakeClock,
                                                 folder: Path) -> None:
    data = chat_text("hello")
    (folder / "a.txt").write_bytes(data)
    run_jobs(vault.db, engine, settle(engine, clock))  # imported while moving was off
    (folder / "b.txt").write_bytes(data)
    engine.rescan_now()
    [outcome] = run_jobs(vault.db, engine, settle(engine, clock), move=True)
    assert (outcome.status, outcome.moved) == ("duplicate", True)
    assert sorted(p.name for p in folder.iterdir()) == ["a.txt"]
    assert ws.original_bytes(vault.db, 1) == data


def test_a_file_replaced_after_reading_is_not_deleted(vault, folder: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from moddesk.ingest import watch_import

    path = folder / "chat.txt"
    path.write_bytes(chat_text("hello"))
    st = path.stat()
    real_record = watch_import._record

    def record_then_replace(*args, **kwargs):  # type: ignore[no-untyped-def]
        kept = real_record(*args, **kwargs)
        path.unlink()
        path.write_bytes(chat_text("someone saved a new export here"))
        return kept

    monkeypatch.setattr(watch_import, "_record", record_then_replace)
    outcome = import_file(vault.db, FileJob(str(path), None, st.st_size, st.st_mtime_ns, True))
    assert (outcome.status, outcome.moved) == ("imported", False)
    assert b"someone saved a new export" in path.read_bytes()


def test_a_file_too_large_when_read_is_recorded_as_failed(vault, folder: Path) -> None:
    path = folder / "chat.txt"
    path.write_bytes(chat_text("hello"))
    st = path.stat()
    outcome = import_file(vault.db, FileJob(str(path), None, st.st_size, st.st_mtime_ns),
                          max_bytes=10)
    assert (outcome.status, outcome.reason) == ("failed", "too-large")
    assert ws.seen_stats(vault.db) == {str(path): (st.st_size, st.st_mtime_ns)}


def test_logs_never_name_files_or_folders(vault, clock: FakeClock, tmp_path: Path,
                                          caplog: pytest.LogCaptureFixture) -> None:
    [marker] = make_markers(1)
    folder = tmp_path / f"folder {marker}"
    folder.mkdir()
    ws.add_folder(vault.db, str(folder))
    engine = WatchEngine(clock, settle=SETTLE, max_bytes=200)
    engine.set_folders({f.id: f.path for f in ws.list_folders(vault.db)})
    (folder / f"chat {marker}.txt").write_bytes(chat_text("hello"))
    (folder / f"bad {marker}.txt").write_bytes(b"not a chat\n")
    (folder / f"big {marker}.txt").write_bytes(b"x" * 300)
    (folder / f"half {marker}.zip").write_bytes(chat_zip("hello")[:-30])
    with caplog.at_level("DEBUG"):
        found = settle(engine, clock)
        outcomes = run_jobs(vault.db, engine, found, move=True)
    assert sorted(o.status for o in outcomes) == ["failed", "imported"]
    assert [r.reason for r in found.rejected] == ["too-large"]
    assert caplog.records, "the test must see the logs it checks"
    assert marker not in caplog.text
