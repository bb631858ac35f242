"""What triage adds to an import, measured the way the app imports, in one run.

    .venv/bin/python tests/perf/bench_triage.py [--messages N] [--rounds N] [--keep DIR]

Generates an Android export with ../shared/tools/gen_chat.py (1,000,000
messages by default), then, in this process, into fresh vaults (test-only
KDF floor):

(a) import alone: `import_bytes`;
(b) import + triage the way the app, the CLI and the demo do it: the
    import inside `overlapped_triage`, whose worker process runs the two
    default packs on each stored batch while the import goes on, then
    `scan` files the inbox after the commit;
(c) for reference, the sequential way: `scan_imported` after (a),
    over the same vault.

(a) and (b) run in alternating rounds (five by default; (c) once, after
them), because this machine's speed drifts by 20 % and more from minute
to minute with its host's load: CPU seconds for the same work vary as
much as wall seconds. Each round's ratio compares two runs made moments
apart; every round is printed, and the goal is checked on their median
(with five, one or two rounds caught in a burst of host load do not decide it).

It prints wall-clock and CPU time for each, CPU both of this process and
of its children (the worker, from `resource.getrusage(RUSAGE_CHILDREN)`),
checks that every (b) filed the same inbox as (c), and prints what triage
adds: (b - a) / a. Goal: at most 30 % wall time (median of the rounds);
exits 1 when missed (or when the inboxes differ).

Honest accounting: the overlap does not make triage cheaper. Its CPU time
is still spent — on the second core, in the worker, while the import keeps
the first one busy — plus a little for shipping batches to the worker. The
wall-time goal is therefore only met when a second core is free: on a
machine shared with other work (look at the load average) (b) stretches.
The CPU lines show the full cost either way.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import hashlib
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GENERATOR = ROOT.parent / "shared" / "tools" / "gen_chat.py"
NAME = "WhatsApp Chat with Bench Group.txt"
GOAL = 0.30
SEED = 7


def _export(count: int, folder: Path) -> bytes:
    path = folder / f"bench_{count}.txt"
    if not path.exists():
        subprocess.run([sys.executable, str(GENERATOR), "-n", str(count), "--seed", str(SEED),
                        "-o", str(path)], check=True)
    return path.read_bytes()


class Clock:
    """Wall, own CPU and children's CPU seconds of a stretch of work."""

    def __init__(self) -> None:
        gc.collect()
        self._start = self._now()

    @staticmethod
    def _now() -> tuple[float, float, float]:
        kids = resource.getrusage(resource.RUSAGE_CHILDREN)
        return time.perf_counter(), time.process_time(), kids.ru_utime + kids.ru_stime

    def stop(self, label: str) -> tuple[float, float, float]:
        """(wall, cpu, children cpu) since start, printed as one line."""
        wall, cpu, kids = (b - a for a, b in zip(self._start, self._now()))
        print(f"{label:<44}{wall:7.2f} s wall {cpu:7.2f} s cpu {kids:6.2f} s cpu (children)",
              flush=True)
        return wall, cpu, kids


def _vault(folder: Path):  # type: ignore[no-untyped-def]
    from moddesk.storage import create_vault, passphrase_bytes
    from moddesk.storage.kdf import KdfParams, insecure_floor_for_tests, new_salt

    with insecure_floor_for_tests():
        return create_vault(folder, passphrase_bytes("bench bench bench"),
                            params=KdfParams(memory_kib=64, iterations=1, lanes=1, salt=new_salt()))


def _inbox(db) -> tuple[list[tuple], list[tuple]]:  # type: ignore[no-untyped-def]
    items = db.execute("SELECT chat_id, pack_key, rule_id, severity, bucket, group_key, author, "
                       "first_message_id, last_message_id, hits FROM inbox_items ORDER BY id").fetchall()
    hits = db.execute("SELECT item_id, message_id, detector, spans FROM inbox_hits "
                      "ORDER BY item_id, message_id, detector").fetchall()
    return items, hits


def _alone(data: bytes, folder: Path, now: dt.datetime, *, then_triage: bool):  # type: ignore[no-untyped-def]
    """(a) import alone; then, if asked, (c) the old triage after it."""
    from moddesk.ingest.importer import import_bytes
    from moddesk.triage.vault_scan import scan_imported

    vault = _vault(folder / "a")
    try:
        clock = Clock()
        results = import_bytes(vault.db, data, name=NAME)
        alone = clock.stop("(a) import alone")
        if not then_triage:
            return alone, None
        clock = Clock()
        found = scan_imported(vault.db, results, now=now)
        after = clock.stop("(c) sequential: triage after the import")
        return alone, (after, found, _inbox(vault.db))
    finally:
        vault.close()


def _overlapped(data: bytes, folder: Path, now: dt.datetime):  # type: ignore[no-untyped-def]
    """(b) import + triage as the app does it."""
    from moddesk.ingest.importer import import_bytes
    from moddesk.triage.import_overlap import overlapped_triage

    vault = _vault(folder / "b")
    try:
        clock = Clock()
        # The app passes the file's size, so a big file starts the worker at once.
        with overlapped_triage(vault.db, now=now, expected_bytes=len(data)) as triage:
            results = import_bytes(vault.db, data, name=NAME)
            part = clock.stop("    of which the import (worker running)")
            found = triage.scan(results)
        total = clock.stop("(b) import + triage, overlapped")
        print(f"    after the commit: {total[0] - part[0]:.2f} s wall; worker: {triage.stats}")
        return total, found, _inbox(vault.db)
    finally:
        vault.close()


def _round(k: int, data: bytes, tmp: Path, now: dt.datetime) -> tuple[float, str]:
    """One (a) and one (b), moments apart: (b)'s share, and a digest of its inbox."""
    folder = tmp / f"round{k}"
    print(f"round {k + 1} (load average {os.getloadavg()[0]:.2f})")
    try:
        alone, _ = _alone(data, folder, now, then_triage=False)
        both, found, inbox = _overlapped(data, folder, now)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    wall = (both[0] - alone[0]) / alone[0]
    cpu = (both[1] + both[2] - alone[1] - alone[2]) / (alone[1] + alone[2])
    print(f"    triage adds (b-a)/a: {wall:.1%} wall, {cpu:.1%} cpu incl. the worker; "
          f"inbox {found.items_created:,} items, {found.hits:,} hits")
    return wall, _digest(inbox)


def _reference(data: bytes, tmp: Path, now: dt.datetime) -> str:
    """(c), after the rounds so its long run does not heat up the first (b)."""
    print("reference")
    try:
        alone, (after, _found, inbox) = _alone(data, tmp / "reference", now, then_triage=True)
    finally:
        shutil.rmtree(tmp / "reference", ignore_errors=True)
    print(f"    sequential adds c/a: {after[0] / alone[0]:.1%} wall, {after[1] / alone[1]:.1%} cpu")
    return _digest(inbox)


def _digest(inbox: tuple[list[tuple], list[tuple]]) -> str:
    return hashlib.sha256(repr(inbox).encode()).hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=5, help="alternating (a)/(b) rounds")
    parser.add_argument("--keep", type=Path, help="folder to keep the generated export in")
    args = parser.parse_args(argv)
    now = dt.datetime.now().replace(microsecond=0)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        data = _export(args.messages, folder)
        print(f"{args.messages:,} messages, {len(data) / 1e6:.1f} MB (gen_chat.py --seed {SEED}); "
              f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f} at start")
        rounds = [_round(k, data, Path(tmp), now) for k in range(max(1, args.rounds))]
        expected = _reference(data, Path(tmp), now)
    walls = [wall for wall, _ in rounds]
    same = all(digest == expected for _, digest in rounds)
    median = statistics.median(walls)
    print(f"every (b) filed the same inbox as (c): {'yes' if same else 'NO'}")
    print(f"triage adds (b-a)/a: median {median:.1%} wall over {len(walls)} rounds "
          f"({', '.join(f'{w:.1%}' for w in walls)})  (goal <= {GOAL:.0%} wall); "
          f"load average {os.getloadavg()[0]:.2f} at the end")
    return 0 if median <= GOAL and same else 1


if __name__ == "__main__":
    sys.exit(main())
