"""Which files in a watched folder are ready: real files, real watchdog, fake clock only."""

from __future__ import annotations

import errno
import os
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from watchdog.observers import Observer

from moddesk.ingest import watch
from moddesk.ingest.watch import FolderObserver, WatchEngine, manual_files, name_problem
from tests.ingest.watch_helpers import SETTLE, FakeClock, chat_text, chat_zip, names, settle

HINT_TIMEOUT = 10.0


@pytest.fixture
def engine(clock: FakeClock, folder: Path) -> WatchEngine:
    eng = WatchEngine(clock, settle=SETTLE, rescan_every=300.0, incomplete_after=60.0,
                      max_bytes=1 << 20)
    eng.set_folders({1: str(folder)})
    return eng


@pytest.fixture
def observer(engine: WatchEngine, folder: Path) -> Iterator[FolderObserver]:
    obs = FolderObserver(engine.hint)
    assert obs.watch([str(folder)]) == set()
    engine.poll()  # the start-up rescan of an empty folder; from here on events lead
    yield obs
    obs.stop()


def wait_hints(engine: WatchEngine, count: int) -> None:
    assert engine.wait_for_hints(count, HINT_TIMEOUT), "watchdog sent no event"


def wait_hint(engine: WatchEngine, path: Path) -> None:
    assert engine.wait_for_hint(str(path), HINT_TIMEOUT), "watchdog sent no event for it"


@pytest.mark.parametrize("name", [
    "WhatsApp Chat with Group.zip.part", "chat.txt.crdownload", "export.zip.download",
    "chat.txt.tmp", "~$chat.txt", ".chat.txt", ".syncthing.chat.txt.tmp",
    "~syncthing~chat.txt.tmp", "chat.zip.partial", "chat.zip.filepart", ".~lock.chat.txt#",
    "chat.txt~", ".chat.zip.icloud",
])
def test_partial_and_temporary_names_are_never_imported(name: str) -> None:
    assert name_problem(name) == watch.TEMPORARY


@pytest.mark.parametrize("name", ["photo.jpg", "notes.pdf", "chat.rar", "chat"])
def test_only_txt_zip_and_json_are_looked_at(name: str) -> None:
    assert name_problem(name) == watch.UNSUPPORTED


@pytest.mark.parametrize("name", ["WhatsApp Chat with Group.txt", "CHAT.ZIP", "result.json"])
def test_export_names_are_accepted(name: str) -> None:
    assert name_problem(name) is None


def test_a_file_is_ready_only_after_two_stable_looks(engine: WatchEngine, clock: FakeClock,
                                                     folder: Path) -> None:
    (folder / "chat.txt").write_bytes(chat_text("hello"))
    assert engine.poll().ready == []
    clock.advance(SETTLE - 0.5)
    assert engine.poll().ready == []
    clock.advance(0.5)
    ready = engine.poll().ready
    assert [(Path(c.path).name, c.folder_id, c.size) for c in ready] == [
        ("chat.txt", 1, len(chat_text("hello")))]
    clock.advance(SETTLE)
    assert engine.poll().ready == [], "a ready file is handed out once"


def test_a_file_that_keeps_growing_waits_until_it_stops(engine: WatchEngine, clock: FakeClock,
                                                         folder: Path) -> None:
    path = folder / "chat.txt"
    with path.open("wb") as handle:
        for i in range(4):
            handle.write(chat_text(f"line {i}", day=10 + i))
            handle.flush()
            os.utime(path, ns=(10**18 + i, 10**18 + i))  # every write moves mtime
            assert engine.poll().ready == []
            clock.advance(SETTLE)
    ready = engine.poll().ready
    assert [c.size for c in ready] == [path.stat().st_size]


def test_a_zip_written_in_pieces_is_ready_only_when_complete(engine: WatchEngine,
                                                             clock: FakeClock,
                                                             folder: Path) -> None:
    data = chat_zip("hello", "bye", padding=64 * 1024)
    path = folder / "WhatsApp Chat with Group.zip"
    path.write_bytes(data[: len(data) // 2])
    # Stable for longer than the settle time, but the central directory is missing.
    assert settle(engine, clock).ready == []
    clock.advance(SETTLE)
    assert engine.poll().ready == []
    with path.open("ab") as handle:
        handle.write(data[len(data) // 2:])
    ready = settle(engine, clock).ready
    assert [c.size for c in ready] == [len(data)]


def test_a_zip_that_never_completes_is_reported_not_imported(engine: WatchEngine,
                                                             clock: FakeClock,
                                                             folder: Path) -> None:
    data = chat_zip("hello")
    (folder / "chat.zip").write_bytes(data[:-30])
    engine.poll()
    clock.advance(engine.incomplete_after)
    found = engine.poll()
    assert found.ready == []
    assert [(Path(r.path).name, r.reason) for r in found.rejected] == [
        ("chat.zip", watch.INCOMPLETE)]
    clock.advance(SETTLE)
    assert engine.poll().rejected == [], "reported once, until the file changes"


def test_a_file_over_the_size_limit_is_rejected_with_its_size(engine: WatchEngine,
                                                              clock: FakeClock,
                                                              folder: Path) -> None:
    (folder / "big.txt").write_bytes(b"x" * (engine.max_bytes + 1))
    found = settle(engine, clock)
    assert found.ready == []
    assert [(r.reason, r.size) for r in found.rejected] == [(watch.TOO_LARGE, engine.max_bytes + 1)]


def test_links_fifos_and_sockets_are_skipped_without_hanging(engine: WatchEngine,
                                                             clock: FakeClock, folder: Path,
                                                             tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_bytes(chat_text("not in the folder"))
    (folder / "link.txt").symlink_to(outside)
    (folder / "dangling.zip").symlink_to(tmp_path / "nowhere.zip")
    os.mkfifo(folder / "pipe.txt")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "sock.json"))
    try:
        # A reader opening the FIFO would block forever; run the looks on a thread
        # and insist they finish.
        found: list[object] = []
        worker = threading.Thread(target=lambda: found.append(settle(engine, clock)))
        worker.start()
        worker.join(timeout=10)
        assert not worker.is_alive(), "looking at a FIFO blocked"
    finally:
        sock.close()
    assert found[0].ready == [] and found[0].rejected == []  # type: ignore[attr-defined]


def test_a_partial_download_renamed_into_place_is_found_by_events(
        engine: WatchEngine, clock: FakeClock, folder: Path, observer: FolderObserver) -> None:
    data = chat_zip("hello", padding=32 * 1024)
    part = folder / "WhatsApp Chat with Group.zip.part"
    with part.open("wb") as handle:
        for start in range(0, len(data), 8192):
            handle.write(data[start:start + 8192])
            handle.flush()
    wait_hints(engine, 1)
    assert settle(engine, clock).ready == [], ".part files are not candidates"
    part.rename(folder / "WhatsApp Chat with Group.zip")
    wait_hint(engine, folder / "WhatsApp Chat with Group.zip")
    found = settle(engine, clock)
    assert names(found) == ["WhatsApp Chat with Group.zip"]
    assert found.rescanned is False, "found through the event, not a rescan"


def test_a_copy_under_a_new_name_is_a_new_candidate(engine: WatchEngine, clock: FakeClock,
                                                     folder: Path,
                                                     observer: FolderObserver) -> None:
    (folder / "a.txt").write_bytes(chat_text("hello"))
    wait_hint(engine, folder / "a.txt")
    assert names(settle(engine, clock)) == ["a.txt"]
    (folder / "b.txt").write_bytes((folder / "a.txt").read_bytes())
    wait_hint(engine, folder / "b.txt")
    # Whether it is a duplicate is the hash's business (test_watch_import).
    assert names(settle(engine, clock)) == ["b.txt"]


def test_files_made_while_not_watching_are_found_by_the_rescan(
        engine: WatchEngine, clock: FakeClock, folder: Path, observer: FolderObserver) -> None:
    observer.stop()
    engine.clear()  # what a lock does
    (folder / "made while locked.txt").write_bytes(chat_text("hello"))
    engine.set_folders({1: str(folder)})  # unlock
    assert names(settle(engine, clock)) == ["made while locked.txt"]


def test_the_periodic_rescan_finds_what_events_missed(engine: WatchEngine, clock: FakeClock,
                                                      folder: Path) -> None:
    engine.poll()  # start-up rescan; no observer runs, as if every event was lost
    (folder / "missed.txt").write_bytes(chat_text("hello"))
    clock.advance(engine.rescan_every - 1)
    assert engine.poll().ready == []
    clock.advance(1)
    found = settle(engine, clock)
    assert names(found) == ["missed.txt"]


def test_unchanged_decided_files_are_skipped_and_changed_ones_looked_at(
        engine: WatchEngine, clock: FakeClock, folder: Path) -> None:
    path = folder / "chat.txt"
    path.write_bytes(chat_text("hello"))
    st = path.stat()
    engine.set_decided({str(path): (st.st_size, st.st_mtime_ns)})
    assert settle(engine, clock).ready == []
    path.write_bytes(chat_text("hello", "more"))
    engine.rescan_now()
    assert names(settle(engine, clock)) == ["chat.txt"]


def test_events_outside_the_watched_folders_are_ignored(engine: WatchEngine,
                                                        tmp_path: Path) -> None:
    engine.hint(str(tmp_path / "elsewhere.txt"))
    engine.hint(str(tmp_path / "exports" / "sub" / "deeper.txt"))
    assert engine.hints == 0


def test_a_folder_that_cannot_be_read_is_reported(engine: WatchEngine, folder: Path,
                                                  tmp_path: Path) -> None:
    engine.set_folders({1: str(folder), 2: str(tmp_path / "unplugged")})
    engine.poll()
    assert engine.unavailable == {2}


def test_a_dead_observer_is_noticed_and_restarted(engine: WatchEngine, folder: Path,
                                                  observer: FolderObserver) -> None:
    observer._native.stop()  # type: ignore[union-attr]  # the thread dies under us
    observer._native.join()  # type: ignore[union-attr]
    assert not observer.healthy()
    assert observer.restart() == set()
    assert observer.healthy() and observer.watching == 1
    (folder / "after restart.txt").write_bytes(chat_text("hello"))
    wait_hint(engine, folder / "after restart.txt")


def test_manual_picks_report_each_refusal(tmp_path: Path) -> None:
    good = tmp_path / "chat.txt"
    good.write_bytes(chat_text("hello"))
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    (tmp_path / "link.txt").symlink_to(good)
    (tmp_path / "half.zip").write_bytes(chat_zip("hello")[:-40])
    picks = [str(tmp_path / n)
             for n in ("chat.txt", "photo.jpg", "link.txt", "half.zip", "gone.txt")]
    found = manual_files(picks)
    assert names(found) == ["chat.txt"]
    assert sorted((Path(r.path).name, r.reason) for r in found.rejected) == [
        ("gone.txt", watch.MISSING), ("half.zip", watch.INCOMPLETE), ("link.txt", watch.LINK),
        ("photo.jpg", watch.UNSUPPORTED)]


def test_a_picked_folder_imports_the_exports_directly_inside(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(chat_text("a"))
    (tmp_path / "b.zip").write_bytes(chat_zip("b"))
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_bytes(chat_text("c"))
    found = manual_files([str(tmp_path)])
    assert names(found) == ["a.txt", "b.zip"]
    assert found.rejected == [], "other files in a picked folder are not errors"


def test_a_poll_running_across_a_lock_keeps_no_paths(engine: WatchEngine, clock: FakeClock,
                                                     folder: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    (folder / "chat.txt").write_bytes(chat_text("hello"))
    real_look = watch.look

    def look_then_lock(path: str):  # type: ignore[no-untyped-def]
        engine.clear()  # the lock lands while this poll is looking at files
        return real_look(path)

    monkeypatch.setattr(watch, "look", look_then_lock)
    assert engine.poll().ready == []
    assert engine.tracking() == 0 and engine._decided == {} and engine._pending == set()


class _OutOfWatches(Observer):  # type: ignore[misc, valid-type]
    """The real native observer, as on a system whose inotify watches are used up."""

    def schedule(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "inotify watch limit reached")


def test_out_of_inotify_watches_falls_back_to_polling(engine: WatchEngine, folder: Path,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    obs = FolderObserver(engine.hint, observer_factory=_OutOfWatches)
    try:
        with caplog.at_level("WARNING"):
            assert obs.watch([str(folder)]) == set()
        assert "fell back to polling" in caplog.text
        (folder / "chat.txt").write_bytes(chat_text("hello"))
        wait_hint(engine, folder / "chat.txt")
    finally:
        obs.stop()
