"""Triage overlapped with the import files exactly the inbox the scan after it files.

Every test imports the same exports into two real vaults: one the old way
(`import_bytes`, then `scan_imported`), one with `overlapped_triage`, whose
worker process (spawned for real) scans batches while they are stored. The
inboxes (items, hits, scan progress, admins) must be identical, also when
the import is cancelled or rolled back, and when the worker dies.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from moddesk.ingest.importer import FIRST_BATCH, ImportCancelled, import_bytes
from moddesk.storage import create_vault, passphrase_bytes
from moddesk.triage.import_overlap import EARLY_START_BYTES, OverlapStats, overlapped_triage
from moddesk.triage.vault_scan import scan_imported

HERE = Path(__file__).parent
GENERATOR = HERE.parents[2] / "shared" / "tools" / "gen_chat.py"
NAME = "WhatsApp Chat with Overlap Group.txt"
T0 = datetime(2024, 3, 1, 8, 0)
NOW = datetime(2024, 3, 20, 12, 0)
AUTHORS = ("Grace", "Joy", "Ben", "Admin Amina", "Lena", "Ravi")


def _eval_texts() -> list[str]:
    lines = [*(HERE / "eval_set.jsonl").read_text("utf-8").splitlines(),
             *(HERE / "eval_holdout.jsonl").read_text("utf-8").splitlines()]
    return [json.loads(line)["text"].replace("\n", " ") for line in lines if line.strip()]


def _export(texts: list[str], *, start: datetime = T0, notices: bool = True) -> bytes:
    """An Android export: one message a minute, rotating authors, an admin notice first."""
    lines = [f"{start:%d/%m/%Y, %H:%M} - Admin Amina created group \"Overlap Group\""] if notices else []
    for n, text in enumerate(texts):
        when = start + timedelta(minutes=n)
        lines.append(f"{when:%d/%m/%Y, %H:%M} - {AUTHORS[n % len(AUTHORS)]}: {text}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _generated(count: int, seed: int, tmp_path: Path) -> bytes:
    path = tmp_path / f"gen_{count}_{seed}.txt"
    subprocess.run([sys.executable, str(GENERATOR), "-n", str(count), "--seed", str(seed),
                    "-o", str(path)], check=True)
    return path.read_bytes()


@pytest.fixture(scope="module")
def big_chat(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A generated chat the import stores in four batches: 20,000, 50,000, 30,000 and 1,000."""
    return _generated(101_000, 5, tmp_path_factory.mktemp("big"))


@pytest.fixture
def vaults(tmp_path: Path, fast_params, no_stdlib_sqlite):  # type: ignore[no-untyped-def]
    """Two fresh real vaults: (the old way, overlapped)."""
    made = [create_vault(tmp_path / name, passphrase_bytes("overlap overlap"), params=fast_params)
            for name in ("old", "overlapped")]
    yield made
    for v in made:
        v.close()


def _inbox(db) -> tuple[list[tuple], ...]:  # type: ignore[no-untyped-def]
    """Everything triage files, in filing order (timestamps of filing left out)."""
    return (db.execute("SELECT id, chat_id, pack_key, rule_id, severity, bucket, group_key, "
                       "author, first_message_id, last_message_id, hits, state "
                       "FROM inbox_items ORDER BY id").fetchall(),
            db.execute("SELECT item_id, message_id, detector, spans FROM inbox_hits "
                       "ORDER BY item_id, message_id, detector").fetchall(),
            db.execute("SELECT chat_id, scanned_to, packs_version FROM triage_progress "
                       "ORDER BY chat_id").fetchall(),
            db.execute("SELECT * FROM chat_admins ORDER BY 1, 2").fetchall())


def _old(db, data: bytes) -> None:  # type: ignore[no-untyped-def]
    scan_imported(db, import_bytes(db, data, name=NAME), now=NOW)


def _overlapped(db, data: bytes) -> OverlapStats:  # type: ignore[no-untyped-def]
    with overlapped_triage(db, now=NOW, min_batch=1) as triage:
        triage.scan(import_bytes(db, data, name=NAME))
    return triage.stats


def test_the_eval_chat_files_the_same_inbox_when_scanned_during_the_import(vaults) -> None:  # type: ignore[no-untyped-def]
    old, new = vaults
    data = _export(_eval_texts())
    _old(old.db, data)
    stats = _overlapped(new.db, data)
    assert stats.whole_chats == 1 and stats.failures == 0
    assert _inbox(new.db) == _inbox(old.db)
    assert len(_inbox(new.db)[0]) > 100  # the eval chat raises many items


def test_a_big_file_starts_the_worker_before_the_first_batch_and_files_the_same_inbox(
        vaults) -> None:  # type: ignore[no-untyped-def]
    old, new = vaults
    data = _export(_eval_texts())
    _old(old.db, data)
    with overlapped_triage(new.db, now=NOW, min_batch=1, expected_bytes=EARLY_START_BYTES) as triage:
        assert triage.stats.started_early and triage.worker_pid() not in (None, os.getpid())
        triage.scan(import_bytes(new.db, data, name=NAME))
    assert triage.stats.whole_chats == 1 and triage.stats.failures == 0
    assert _inbox(new.db) == _inbox(old.db)


def test_a_small_file_starts_no_worker_early(vaults) -> None:  # type: ignore[no-untyped-def]
    _old_vault, new = vaults
    with overlapped_triage(new.db, now=NOW, expected_bytes=EARLY_START_BYTES - 1) as triage:
        assert not triage.stats.started_early
        triage.scan(import_bytes(new.db, _export(_eval_texts()[:50]), name=NAME))
    assert triage.stats.shipped == 0  # scanned after the commit, as before


def test_a_generated_chat_and_its_later_export_file_the_same_inbox(vaults, tmp_path) -> None:  # type: ignore[no-untyped-def]
    old, new = vaults
    lines = _generated(6000, 11, tmp_path).decode("utf-8").splitlines(keepends=True)
    heads = [i for i, line in enumerate(lines) if line[:1].isdigit() and " - " in line[:25]]
    first = "".join(lines[:heads[4000]]).encode("utf-8")
    later = "".join(lines[heads[3000]:]).encode("utf-8")  # overlaps the first by 1,000
    for data in (first, later):
        _old(old.db, data)
        stats = _overlapped(new.db, data)
        assert _inbox(new.db) == _inbox(old.db)
    # The later export grows a known chat: the worker ran the text stage only.
    assert stats.whole_chats == 0 and stats.text_used > 0


def test_an_export_rolled_back_leaves_no_worker_results_for_the_next_one(vaults) -> None:  # type: ignore[no-untyped-def]
    old, new = vaults
    texts = _eval_texts()
    base, rest = _export(texts[:50]), texts[50:]
    start = T0 + timedelta(minutes=50)
    # Same times (so the same message ids), other texts: stale results would show.
    gone = _export(rest, start=start, notices=False)
    kept = _export(rest[1:] + rest[:1], start=start, notices=False)
    for v in vaults:
        _old(v.db, base)
    _old(old.db, kept)
    with overlapped_triage(new.db, now=NOW, min_batch=1) as triage:
        with pytest.raises(_RolledBack), new.db.atomic():
            import_bytes(new.db, gone, name=NAME)
            raise _RolledBack()
        shipped = triage.stats.shipped
        triage.scan(import_bytes(new.db, kept, name=NAME))
    assert _inbox(new.db) == _inbox(old.db)
    assert shipped == len(rest) and triage.stats.discarded == 1


class _RolledBack(Exception):
    """Raised to roll an import back."""


@pytest.mark.slow
def test_a_cancelled_import_discards_the_workers_results(vaults, big_chat) -> None:  # type: ignore[no-untyped-def]
    old, new = vaults
    big = big_chat
    small = _export(_eval_texts())
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if 50_000 <= done < total:
            cancel.set()  # the first batches have been stored and shipped by now

    _old(old.db, small)
    with overlapped_triage(new.db, now=NOW, min_batch=1) as triage:
        with pytest.raises(ImportCancelled):
            import_bytes(new.db, big, name=NAME, progress=progress, cancel=cancel)
        shipped = triage.stats.shipped
        triage.scan(import_bytes(new.db, small, name=NAME))
    assert shipped >= FIRST_BATCH and triage.stats.discarded == 1
    assert _inbox(new.db) == _inbox(old.db)


@pytest.mark.slow
@pytest.mark.parametrize("later", [False, True], ids=["alone", "and a later export"])
def test_hits_filed_during_a_big_import_match_the_old_way(vaults, big_chat, later) -> None:  # type: ignore[no-untyped-def]
    old, new = vaults
    more = _export(_eval_texts(), start=datetime(2016, 6, 1), notices=False)
    exports = [big_chat, more] if later else [big_chat]
    with overlapped_triage(new.db, now=NOW, min_batch=1) as triage:

        def progress(done: int, total: int) -> None:
            if 50_000 <= done < total:
                triage.worker_pid()  # waits for the worker: the first batch's hits are ready

        results = [r for data in exports
                   for r in import_bytes(new.db, data, name=NAME, progress=progress)]
        triage.scan(results)
    # The old way, as the demo does it: every import first, then one scan.
    scan_imported(old.db, [r for data in exports for r in import_bytes(old.db, data, name=NAME)],
                  now=NOW)
    assert triage.stats.filed_ahead > 0 and triage.stats.failures == 0
    # A later export of the same chat in the same scan: what was filed ahead is taken back.
    assert (triage.stats.whole_chats, triage.stats.taken_back) == ((0, 1) if later else (1, 0))
    assert _inbox(new.db) == _inbox(old.db)


@pytest.mark.parametrize("later", [False, True], ids=["new chat", "growing chat"])
def test_a_worker_that_dies_leaves_the_scan_to_this_process(vaults, later) -> None:  # type: ignore[no-untyped-def]
    old, new = vaults
    texts = _eval_texts()
    exports = [_export(texts[:100]), _export(texts[100:], start=T0 + timedelta(minutes=100),
                                             notices=False)] if later else [_export(texts)]
    for data in exports[:-1]:
        _old(old.db, data)
        _old(new.db, data)
    _old(old.db, exports[-1])
    with overlapped_triage(new.db, now=NOW, min_batch=1) as triage:
        results = import_bytes(new.db, exports[-1], name=NAME)
        pid = triage.worker_pid()
        assert pid is not None
        os.kill(pid, signal.SIGKILL)
        found = triage.scan(results)
    assert found.items_created > 0 and triage.stats.whole_chats == 0
    assert triage.stats.failures == (0 if later else 1)
    assert _inbox(new.db) == _inbox(old.db)


def test_a_small_import_starts_no_worker(vaults) -> None:  # type: ignore[no-untyped-def]
    _old_vault, new = vaults
    with overlapped_triage(new.db, now=NOW) as triage:
        found = triage.scan(import_bytes(new.db, _export(_eval_texts()), name=NAME))
        assert triage.worker_pid() is None
    assert found.items_created > 0 and triage.stats.batches == 0
