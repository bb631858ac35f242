"""No vault file and no temp file ever holds plaintext (security P1, P4)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from moddesk.storage import backup_vault, open_vault, passphrase_bytes, set_setting
from tests.conftest import PASSPHRASE
from tests.helpers.vault_files import encodings, files_containing, make_markers

CHILD = Path(__file__).with_name("vault_writer_child.py")


def _store_markers(db, markers: list[str]) -> None:  # type: ignore[no-untyped-def]
    for i, marker in enumerate(markers):
        set_setting(db, f"utf8-{i}", marker)
        # The UTF-16LE form goes in as a blob, so both encodings are truly stored.
        with db.conn:
            db.execute("INSERT INTO vault_meta(key, value) VALUES (?, ?)",
                       [f"utf16-{i}", marker.encode("utf-16-le")])


def test_markers_are_stored_and_readable_back(vault) -> None:
    markers = make_markers()
    _store_markers(vault.db, markers)
    text = " ".join(str(r) for r in vault.db.execute("SELECT * FROM settings").fetchall())
    assert all(m in text for m in markers)


def test_no_marker_in_vault_files_while_open_and_after_close(vault, vault_dir: Path) -> None:
    markers = make_markers()
    _store_markers(vault.db, markers)
    assert sorted(p.name for p in vault_dir.iterdir()) == [
        "vault.db", "vault.db-shm", "vault.db-wal", "vault.keyinfo"]
    assert files_containing(vault_dir, markers) == []
    vault.close()
    assert files_containing(vault_dir, markers) == []


def test_negative_control_plaintext_would_be_found(tmp_path: Path) -> None:
    markers = make_markers(1)
    (tmp_path / "leak.bin").write_bytes(b"xx" + encodings(markers[0])[1] + b"yy")
    assert files_containing(tmp_path, markers) == [f"leak.bin: {markers[0]}"]


@pytest.mark.slow
def test_no_marker_after_sigkill_of_a_writing_process(vault, vault_dir: Path) -> None:
    vault.close()
    markers = make_markers()
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(vault_dir), "write", *markers],
        stdout=subprocess.PIPE, text=True, cwd=Path(__file__).parents[2],
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "READY"
    time.sleep(0.3)  # let it be mid-write; the kill time need not be exact
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    assert (vault_dir / "vault.db-wal").exists()
    assert files_containing(vault_dir, markers) == []


def _heavy_work(vault, markers: list[str], tmp_path: Path) -> list[str]:  # type: ignore[no-untyped-def]
    """A big sort, a temp table, VACUUM and a backup, probing open files throughout."""
    leaks: list[str] = []
    db = vault.db

    def probe() -> int:
        leaks.extend(_deleted_files_with_markers(markers))
        return 0

    db.conn.set_progress_handler(probe, 20000)
    # A tiny page cache makes SQLite spill the temp table and the sorter early,
    # which is when a file-backed temp store would write plaintext.
    db.execute("PRAGMA cache_size = 20")
    try:
        with db.conn:
            db.execute("CREATE TEMP TABLE big AS WITH RECURSIVE n(i) AS "
                       "(SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60000) "
                       "SELECT i, ? || i AS v FROM n", [markers[0]])
        db.execute("SELECT v FROM big ORDER BY v DESC").fetchall()
        db.execute("DROP TABLE big")
        db.execute("VACUUM")
        backup_vault(vault, tmp_path / "b.mdbk")
    finally:
        db.conn.set_progress_handler(None, 0)
        db.execute("PRAGMA cache_size = -2000")
    return sorted(set(leaks))


def test_no_plaintext_temp_files(vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # sqlcipher3 is built with TEMP_STORE=2 and we pin temp_store=MEMORY, so no
    # temp file with content should ever exist, in TMPDIR or unlinked elsewhere.
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setenv("SQLITE_TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    markers = make_markers()
    _store_markers(vault.db, markers)
    assert _heavy_work(vault, markers, tmp_path) == []
    assert list(tmp.iterdir()) == []


def test_negative_control_temp_store_file_is_caught(vault, tmp_path: Path) -> None:
    markers = make_markers()
    _store_markers(vault.db, markers)
    vault.db.execute("PRAGMA temp_store = FILE")
    leaks = _heavy_work(vault, markers, tmp_path)
    vault.db.execute("PRAGMA temp_store = MEMORY")
    assert leaks, "the probe must see SQLite's unlinked temp files when temp_store=FILE"


def _deleted_files_with_markers(markers: list[str]) -> list[str]:
    """Open-but-unlinked files holding a marker (how SQLite hides temp files).

    pytest's own output capture also keeps unlinked temp files open, so the
    check is on content, not on their mere presence (security.md appendix B).
    """
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
            if "(deleted)" not in target and "etilqs" not in target:
                continue
            with open(f"/proc/self/fd/{fd}", "rb") as fh:
                data = fh.read()
        except OSError:
            continue
        if any(e in data for m in markers for e in encodings(m)):
            found.append(target)
    return found


def test_reopened_vault_still_holds_the_markers(vault, vault_dir: Path) -> None:
    markers = make_markers()
    _store_markers(vault.db, markers)
    vault.close()
    again = open_vault(vault_dir, passphrase_bytes(PASSPHRASE))
    values = [r[0] for r in again.db.execute("SELECT value FROM settings WHERE key LIKE 'utf8-%'")]
    again.close()
    assert sorted(v.strip('"') for v in values) == sorted(markers)
