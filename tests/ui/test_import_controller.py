"""The import queue on a real vault: watched folders, progress, cancel, lock, summary."""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from moddesk.ingest.importer import import_bytes
from moddesk.session import Session
from moddesk.storage import Vault, create_vault, open_vault, passphrase_bytes
from moddesk.storage import watch_store as ws
from moddesk.triage.import_overlap import MIN_BATCH
from moddesk.triage.vault_scan import scan_imported
from moddesk.ui.import_controller import ImportController, ImportProgress
from moddesk.ui.import_status import progress_text
from moddesk.ui.import_summary_dialog import ImportSummaryDialog
from tests.conftest import PASSPHRASE
from tests.helpers.vault_files import files_containing, make_markers
from tests.ingest.watch_helpers import SETTLE, FakeClock, chat_text, chat_zip
from tests.ui.import_fixtures import (  # noqa: F401 - fixtures
    MAX_BYTES,
    WAIT_MS,
    clock,
    folder,
    hold_writer,
    imports,
    session,
    settle_and_finish,
    unlock,
    watch_folder,
)

AMBIGUOUS = "\n".join(f"0{d}/0{d + 1}/2024, 10:0{d} - Asha: day {d}" for d in range(1, 5)) + "\n"


def statuses(outcomes) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return sorted((o.name, o.status) for o in outcomes)


def export_count(session: Session) -> int:
    return int(session.gui_db().execute("SELECT count(*) FROM exports").fetchone()[0])


def test_new_files_in_a_watched_folder_are_imported_after_unlock(
        qtbot: QtBot, vault: Vault, session: Session, imports: ImportController,
        clock: FakeClock, folder: Path) -> None:
    watch_folder(vault, folder)
    (folder / "WhatsApp Chat with Group.txt").write_bytes(chat_text("hello", "see you"))
    (folder / "photo.jpg").write_bytes(b"\xff\xd8")
    unlock(session, vault)
    assert [f.path for f in imports.folders] == [str(folder.resolve())]
    outcomes = settle_and_finish(qtbot, imports, clock, 1)
    assert [(o.name, o.status, o.messages_new) for o in outcomes] == [
        ("WhatsApp Chat with Group.txt", "imported", 2)]
    assert export_count(session) == 1
    # A copy saved later arrives by a watchdog event and is a duplicate.
    shutil.copy(folder / "WhatsApp Chat with Group.txt",
                folder / "WhatsApp Chat with Group (1).txt")
    again = settle_and_finish(qtbot, imports, clock, 1)
    assert statuses(again) == [("WhatsApp Chat with Group (1).txt", "duplicate")]
    assert export_count(session) == 1
    qtbot.waitUntil(lambda: [f.exports for f in imports.folders] == [1], timeout=WAIT_MS)


def test_progress_counts_files_and_messages_without_names(
        qtbot: QtBot, vault: Vault, session: Session, imports: ImportController,
        folder: Path) -> None:
    unlock(session, vault)
    for i in range(3):
        (folder / f"Chat {i}.txt").write_bytes(chat_text(*(f"m{j}" for j in range(10 + i))))
    seen: list[ImportProgress | None] = []
    imports.progress_changed.connect(seen.append)
    with qtbot.waitSignal(imports.batch_finished, timeout=WAIT_MS):
        imports.import_paths([str(folder)])
    shown = [progress_text(p) for p in seen if p is not None]
    assert shown[0] == "Importing 1 of 3…"
    assert "Importing 3 of 3…" in shown
    assert any(text.startswith("Importing 1 of 3: ") and text.endswith(" messages…")
               for text in shown)
    assert not any("Chat" in text for text in shown), "no file or chat names in the status bar"
    assert seen[-1] is None and imports.progress is None


def test_cancel_stops_the_running_file_and_drops_the_queue(
        qtbot: QtBot, vault: Vault, session: Session, imports: ImportController,
        folder: Path) -> None:
    unlock(session, vault)
    for i in range(3):
        (folder / f"{i}.txt").write_bytes(chat_text(f"message {i}"))
    gate = hold_writer(session)  # the first file's job waits behind this one

    def cancel_first(progress: ImportProgress | None) -> None:
        if progress is not None and progress.index == 1:
            imports.cancel()
            gate.set()

    imports.progress_changed.connect(cancel_first)
    with qtbot.waitSignal(imports.batch_finished, timeout=WAIT_MS) as blocker:
        imports.import_paths([str(folder)])
    assert statuses(blocker.args[0]) == [("0.txt", "cancelled"), ("1.txt", "cancelled"),
                                         ("2.txt", "cancelled")]
    assert export_count(session) == 0, "a cancelled import leaves nothing behind"
    assert not imports.running


def test_summary_lists_each_file_with_its_result_and_what_to_do(
        qtbot: QtBot, vault: Vault, session: Session, imports: ImportController,
        tmp_path: Path) -> None:
    unlock(session, vault)
    files = {
        "good.txt": chat_text("hello", "bye"),
        "later copy.txt": chat_text("hello", "bye"),
        "shopping.txt": "milk\neggs\n".encode(),
        "ambiguous.txt": AMBIGUOUS.encode(),
        "huge.txt": b"x" * (MAX_BYTES + 1),
        "photo.jpg": b"\xff\xd8",
        "half.zip": chat_zip("hello")[:-30],
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    with qtbot.waitSignal(imports.batch_finished, timeout=WAIT_MS) as blocker:
        imports.import_paths([str(tmp_path / n) for n in files])
    dialog = ImportSummaryDialog(blocker.args[0], max_bytes=MAX_BYTES)
    qtbot.addWidget(dialog)
    rows = {r[0]: r[1:] for r in dialog.row_texts()}
    assert rows["good.txt"][:2] == ["Imported", "2"]
    assert rows["good.txt"][2] == "Chat: good"
    assert rows["later copy.txt"][:2] == ["Already imported", "0"]
    assert rows["ambiguous.txt"][0] == "Imported"
    assert "Date order uncertain" in rows["ambiguous.txt"][2]
    assert rows["shopping.txt"][0] == "Failed"
    [shopping] = [o for o in blocker.args[0] if o.name == "shopping.txt"]
    assert rows["shopping.txt"][2] == shopping.message, "the importer's specific reason"
    assert "shopping.txt" in shopping.message and "export" in shopping.message.lower()
    assert rows["huge.txt"][0] == "Failed" and "larger than 64 KiB" in rows["huge.txt"][2]
    assert "“Without media”" in rows["huge.txt"][2]
    assert "Not a chat export" in rows["photo.jpg"][2]
    assert "incomplete or damaged" in rows["half.zip"][2]
    assert dialog.headline.text() == ("7 files: 2 imported (6 new messages), 1 already imported, "
                                      "4 failed.")


def test_lock_cancels_forgets_and_unlock_rescans(
        qtbot: QtBot, vault: Vault, session: Session, imports: ImportController,
        clock: FakeClock, folder: Path) -> None:
    watch_folder(vault, folder)
    unlock(session, vault)
    (folder / "first.txt").write_bytes(chat_text("one"))
    settle_and_finish(qtbot, imports, clock, 1)
    assert imports.last_summary and imports.observer.watching == 1

    (folder / "during.txt").write_bytes(chat_text("two"))
    qtbot.waitUntil(lambda: imports.engine.tracking() == 1, timeout=WAIT_MS)
    gate = hold_writer(session)
    # The controller hears `locking` first and cancels; only then is the writer let go.
    session.locking.connect(gate.set)

    def lock_once(progress: ImportProgress | None) -> None:
        if progress is not None:
            imports.progress_changed.disconnect(lock_once)
            session.lock("manual")

    imports.progress_changed.connect(lock_once)
    with qtbot.waitSignal(session.locked, timeout=WAIT_MS):
        clock.advance(3.0)
    assert imports.observer.watching == 0
    assert imports.last_summary == [] and imports.folders == [] and not imports.running
    assert imports.engine.folders() == {} and imports.engine.tracking() == 0

    (folder / "while locked.txt").write_bytes(chat_text("three"))
    unlock(session)
    outcomes = settle_and_finish(qtbot, imports, clock, 2)
    assert statuses(outcomes) == [("during.txt", "imported"), ("while locked.txt", "imported")]
    assert export_count(session) == 3


def test_moving_originals_through_the_queue_leaves_no_plaintext(
        qtbot: QtBot, vault: Vault, session: Session, imports: ImportController,
        clock: FakeClock, folder: Path) -> None:
    watch_folder(vault, folder)
    unlock(session, vault)
    with qtbot.waitSignal(session.changed, timeout=WAIT_MS):
        session.save_settings({"move_originals": True})
    markers = make_markers(2)
    data = chat_zip(*markers)
    (folder / "WhatsApp Chat with Group.zip").write_bytes(data)
    [outcome] = settle_and_finish(qtbot, imports, clock, 1)
    assert (outcome.status, outcome.moved) == ("imported", True)
    assert list(folder.iterdir()) == []
    export_id = outcome.results[0].export_id
    assert ws.original_bytes(session.gui_db(), export_id) == data
    session.lock("manual")
    assert files_containing(vault.paths.folder, markers) == []
    reopened = open_vault(vault.paths.folder, passphrase_bytes(PASSPHRASE))
    try:
        assert ws.original_bytes(reopened.db, export_id) == data
    finally:
        reopened.close()


def test_a_file_that_failed_is_not_retried_after_unlock(
        qtbot: QtBot, vault: Vault, session: Session, imports: ImportController,
        clock: FakeClock, folder: Path) -> None:
    watch_folder(vault, folder)
    (folder / "notes.txt").write_bytes(b"not a chat\n")
    unlock(session, vault)
    [failed] = settle_and_finish(qtbot, imports, clock, 1)
    assert (failed.status, failed.reason) == ("failed", "parse")
    session.lock("manual")
    unlock(session)
    qtbot.waitUntil(lambda: imports.engine.folders() != {}, timeout=WAIT_MS)
    clock.advance(3.0)
    (folder / "new.txt").write_bytes(chat_text("fresh"))
    outcomes = settle_and_finish(qtbot, imports, clock, 1)
    assert statuses(outcomes) == [("new.txt", "imported")], "notes.txt was not tried again"


def test_an_imported_cry_for_help_reaches_the_inbox(
        qtbot: QtBot, vault: Vault, session: Session, imports: ImportController,
        folder: Path) -> None:
    unlock(session, vault)
    (folder / "WhatsApp Chat with Mamas.txt").write_bytes(
        chat_text("Guten Morgen", "Hilfe, mein Mann schlägt mich und ich habe Angst"))
    with qtbot.waitSignal(imports.batch_finished, timeout=WAIT_MS):
        imports.import_paths([str(folder)])
    rows = session.gui_db().execute(
        "SELECT rule_id, bucket FROM inbox_items WHERE state = 'new'").fetchall()
    assert ("urgent-help", "urgent") in [tuple(r) for r in rows]


def test_a_big_file_is_triaged_by_the_worker_into_the_same_inbox(
        qtbot: QtBot, vault: Vault, session: Session, clock: FakeClock,
        folder: Path, tmp_path: Path, fast_params, caplog) -> None:  # type: ignore[no-untyped-def]
    # Big enough that the import's first batch goes to the triage worker process.
    path = folder / "WhatsApp Chat with Big Group.txt"
    generator = Path(__file__).parents[3] / "shared" / "tools" / "gen_chat.py"
    subprocess.run([sys.executable, str(generator), "-n", str(MIN_BATCH + 5000), "--seed", "3",
                    "-o", str(path)], check=True)
    controller = ImportController(session, clock=clock, tick_ms=10, settle=SETTLE,
                                  rescan_every=300.0, incomplete_after=60.0, max_bytes=1 << 30)
    unlock(session, vault)
    with caplog.at_level(logging.INFO, logger="moddesk.triage.overlap"), \
            qtbot.waitSignal(controller.batch_finished, timeout=6 * WAIT_MS):
        controller.import_paths([str(path)])
    controller.shutdown()
    assert any("whole_chats=1" in r.getMessage() for r in caplog.records), "the worker scanned it"
    query = "SELECT rule_id, bucket, group_key, hits FROM inbox_items ORDER BY id"
    overlapped = session.gui_db().execute(query).fetchall()
    other = create_vault(tmp_path / "sequential", passphrase_bytes(PASSPHRASE), params=fast_params)
    scan_imported(other.db, import_bytes(other.db, path.read_bytes(), name=path.name),
                  now=datetime.now())
    sequential = other.db.execute(query).fetchall()
    other.close()
    assert len(overlapped) > 100 and overlapped == sequential
