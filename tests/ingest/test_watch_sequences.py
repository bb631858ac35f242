"""Exactly once, whatever the sequence: random writes, renames, copies, touches, deletes (P21).

Each example runs a random sequence of file operations in a fresh folder,
looking and importing at random moments, then lets everything settle. The
vault must then hold exactly the complete exports that are in the folder,
each once, and never anything from a half-written archive.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

import sqlite_utils
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moddesk.ingest.watch import WatchEngine
from moddesk.storage import create_vault, passphrase_bytes
from moddesk.storage import watch_store as ws
from moddesk.storage.kdf import KdfParams, new_salt
from tests.ingest.watch_helpers import SETTLE, FakeClock, chat_text, chat_zip, run_jobs, settle

ZIPS = [chat_zip(*(f"zip {i} line {j}" for j in range(5)), padding=8192) for i in range(3)]
TEXTS = [chat_text(*(f"text {i} line {j}" for j in range(4)), day=20 + i) for i in range(2)]
ZIP_NAMES = ["a.zip", "b.zip", "c.zip"]
TEXT_NAMES = ["d.txt", "e.txt"]
COMPLETE = {hashlib.sha256(d).hexdigest() for d in ZIPS + TEXTS}

zip_slot = st.tuples(st.sampled_from(ZIP_NAMES), st.integers(0, len(ZIPS) - 1))
text_slot = st.tuples(st.sampled_from(TEXT_NAMES), st.integers(0, len(TEXTS) - 1))
same_kind_pair = st.one_of(
    st.tuples(st.sampled_from(ZIP_NAMES), st.sampled_from(ZIP_NAMES)),
    st.tuples(st.sampled_from(TEXT_NAMES), st.sampled_from(TEXT_NAMES)))
OPS = st.one_of(
    st.tuples(st.just("start_zip"), zip_slot),        # first part of an archive only
    st.tuples(st.just("finish"), st.sampled_from(ZIP_NAMES)),
    st.tuples(st.just("part_rename"), st.one_of(zip_slot, text_slot)),
    st.tuples(st.just("write_text"), text_slot),
    st.tuples(st.just("copy"), same_kind_pair),
    st.tuples(st.just("rename"), same_kind_pair),
    st.tuples(st.just("touch"), st.sampled_from(ZIP_NAMES + TEXT_NAMES)),
    st.tuples(st.just("delete"), st.sampled_from(ZIP_NAMES + TEXT_NAMES)),
    st.tuples(st.just("look"), st.floats(0, 2 * SETTLE)),
)


class Folder:
    """Applies operations to a real folder, remembering unfinished archives."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.unfinished: dict[str, bytes] = {}
        self.stamp = 10**18

    def apply(self, op: str, arg: object) -> list[str]:
        """Do `op`; return the names an event would mention."""
        getattr(self, op)(arg)
        return [arg[-1] if isinstance(arg[-1], str) else arg[0]] if isinstance(arg, tuple) \
            else [str(arg)]

    def _mtime(self, name: str) -> None:
        # Distinct mtimes per write, as a slow real writer would produce.
        self.stamp += 10**9
        os.utime(self.path / name, ns=(self.stamp, self.stamp))

    def start_zip(self, arg: tuple[str, int]) -> None:
        name, index = arg
        data = ZIPS[index]
        (self.path / name).write_bytes(data[: len(data) // 2])
        self.unfinished[name] = data[len(data) // 2:]
        self._mtime(name)

    def finish(self, name: str) -> None:
        rest = self.unfinished.pop(name, None)
        if rest is not None and (self.path / name).exists():
            with (self.path / name).open("ab") as handle:
                handle.write(rest)
            self._mtime(name)

    def part_rename(self, arg: tuple[str, int]) -> None:
        name, index = arg
        data = (ZIPS if name.endswith(".zip") else TEXTS)[index]
        (self.path / f"{name}.part").write_bytes(data)
        self.unfinished.pop(name, None)
        os.replace(self.path / f"{name}.part", self.path / name)

    def write_text(self, arg: tuple[str, int]) -> None:
        name, index = arg
        (self.path / name).write_bytes(TEXTS[index])
        self._mtime(name)

    def copy(self, arg: tuple[str, str]) -> None:
        src, dst = arg
        if src != dst and (self.path / src).exists() and src not in self.unfinished:
            self.unfinished.pop(dst, None)
            shutil.copyfile(self.path / src, self.path / dst)
            self._mtime(dst)

    def rename(self, arg: tuple[str, str]) -> None:
        src, dst = arg
        if src != dst and (self.path / src).exists():
            os.replace(self.path / src, self.path / dst)
            self.unfinished.pop(dst, None)
            if src in self.unfinished:
                self.unfinished[dst] = self.unfinished.pop(src)

    def touch(self, name: str) -> None:
        if (self.path / name).exists():
            self._mtime(name)

    def delete(self, name: str) -> None:
        (self.path / name).unlink(missing_ok=True)
        self.unfinished.pop(name, None)

    def finish_all(self) -> None:
        for name in list(self.unfinished):
            self.finish(name)

    def hashes(self) -> set[str]:
        return {hashlib.sha256(p.read_bytes()).hexdigest() for p in self.path.iterdir()}


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(OPS, max_size=25))
def test_each_complete_export_is_imported_exactly_once(fast_kdf: None,
                                                       ops: list[tuple[str, object]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "exports").mkdir()
        vault = create_vault(root / "vault", passphrase_bytes("pw"),
                             params=KdfParams(64, 1, 1, new_salt()))
        try:
            check_sequence(vault.db, Folder(root / "exports"), ops)
        finally:
            vault.close()


def check_sequence(db: sqlite_utils.Database, folder: Folder,
                   ops: list[tuple[str, object]]) -> None:
    ws.add_folder(db, str(folder.path))
    clock = FakeClock()
    engine = WatchEngine(clock, settle=SETTLE, rescan_every=1e9)
    engine.set_folders({f.id: f.path for f in ws.list_folders(db)})
    for op, arg in ops:
        if op == "look":
            clock.advance(float(arg))  # type: ignore[arg-type]
            run_jobs(db, engine, engine.poll())
        else:
            for name in folder.apply(op, arg):
                engine.hint(str(folder.path / name))  # what watchdog would report
    folder.finish_all()
    engine.rescan_now()  # what the periodic rescan does after quiescence
    run_jobs(db, engine, settle(engine, clock))
    run_jobs(db, engine, settle(engine, clock))
    imported = [r[0] for r in db.execute("SELECT sha256 FROM exports")]
    assert len(imported) == len(set(imported)), "an export was imported twice"
    assert set(imported) <= COMPLETE, "a half-written archive was imported"
    assert folder.hashes() <= set(imported), "a complete export in the folder was missed"
