"""Helpers for the watched-folder tests: a fake clock, export bytes, a drain loop."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import sqlite_utils

from moddesk.ingest.watch import Poll, WatchEngine
from moddesk.ingest.watch_import import FileJob, FileOutcome, import_file

SETTLE = 3.0


class FakeClock:
    """Monotonic seconds that move only when the test says so."""

    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def chat_text(*texts: str, day: int = 13) -> bytes:
    """A small WhatsApp (Android, day-first) export holding `texts` in order."""
    lines = [f"{day:02d}/01/2024, 10:{i:02d} - Asha: {t}" for i, t in enumerate(texts)]
    return ("\n".join(lines) + "\n").encode("utf-8")


def chat_zip(*texts: str, padding: int = 0) -> bytes:
    """A WhatsApp export archive: _chat.txt plus an optional incompressible member."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("_chat.txt", chat_text(*texts))
        if padding:
            archive.writestr("00000001-PHOTO-2024-01-13.jpg", bytes(range(256)) * (padding // 256),
                             compress_type=zipfile.ZIP_STORED)
    return buf.getvalue()


def settle(engine: WatchEngine, clock: FakeClock) -> Poll:
    """Two looks `SETTLE` seconds apart; what the second one found ready."""
    first = engine.poll()
    clock.advance(SETTLE)
    second = engine.poll()
    second.ready[:0] = first.ready
    second.rejected[:0] = first.rejected
    return second


def run_jobs(db: sqlite_utils.Database, engine: WatchEngine, poll: Poll, *,
             move: bool = False) -> list[FileOutcome]:
    """Import every ready file the way the controller does, one job each."""
    outcomes = []
    for cand in poll.ready:
        outcome = import_file(db, FileJob(cand.path, cand.folder_id, cand.size, cand.mtime_ns,
                                          move))
        if outcome.status in ("changed", "cancelled"):
            engine.forget(cand.path)
        outcomes.append(outcome)
    return outcomes


def export_count(db: sqlite_utils.Database) -> int:
    """How many exports the vault holds."""
    return int(db.execute("SELECT count(*) FROM exports").fetchone()[0])


def names(poll: Poll) -> list[str]:
    """File names of the ready files, sorted."""
    return sorted(Path(c.path).name for c in poll.ready)
