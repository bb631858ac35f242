"""Triage speed against import speed, on one synthetic export, in one run.

    .venv/bin/python tests/perf/bench_triage.py [--messages N] [--keep DIR]

Generates an Android export with ../shared/tools/gen_chat.py (1,000,000
messages by default), then times, in this order and in this process:

1. parse: `moddesk.ingest.api.iter_messages` over the bytes;
2. import: `moddesk.ingest.importer.import_bytes` into a fresh vault
   (test-only KDF floor) when that function exists; otherwise the bench
   says so and compares against parse time alone;
3. triage: both shipped packs over the same parsed messages, including the
   conversion to `MessageRecord`s.

Prints wall-clock and CPU time (this process) for each step, the flags per
rule, and triage as a share of parse + import, both ways: wall time is what
the goal is about; CPU time is the fairer measure on a shared machine,
where other processes stretch wall time unevenly. Goal: triage adds at most
30 % (wall). Exits 1 when the goal is missed. `--keep DIR` reuses a
generated export in DIR; `--workers N` runs the text detectors in N worker
processes (their CPU time is not in "cpu").
"""

from __future__ import annotations

import argparse
import gc
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from moddesk.ingest.api import iter_messages
from moddesk.ingest.model import ParsedMessage
from moddesk.triage import Triage, builtin_packs, records_from_parsed

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


def _timed(label: str, work):  # type: ignore[no-untyped-def]
    """((wall, cpu) seconds, result) of work(), printed as one line."""
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"{label:<36}{wall:8.2f} s wall {cpu:8.2f} s cpu", flush=True)
    return (wall, cpu), result


def _parse(data: bytes) -> list[ParsedMessage]:
    return list(iter_messages(data, name=NAME))


def _import(data: bytes, folder: Path) -> tuple[float, float] | None:
    try:
        from moddesk.ingest.importer import import_bytes  # type: ignore[attr-defined]
    except ImportError:
        print("import                              (moddesk.ingest.importer.import_bytes does "
              "not exist yet: comparing against parse time only)")
        return None
    from moddesk.storage import create_vault, passphrase_bytes
    from moddesk.storage.kdf import KdfParams, insecure_floor_for_tests, new_salt

    with insecure_floor_for_tests():
        vault = create_vault(folder / "vault", passphrase_bytes("bench bench bench"),
                             params=KdfParams(memory_kib=64, iterations=1, lanes=1, salt=new_salt()))
    try:
        seconds, _result = _timed("parse + import into a fresh vault",
                                  lambda: import_bytes(vault.db, data, name=NAME))
    finally:
        vault.close()
    return seconds


def _triage(messages: list[ParsedMessage], workers: int) -> tuple[tuple[float, float], Counter[str]]:
    triage = Triage(builtin_packs(), admins={"Sarah Johnson"})
    counts: Counter[str] = Counter()

    def run() -> None:
        for flag in triage.scan(records_from_parsed(messages, chat_id=1), workers=workers):
            counts[flag.rule_id] += 1
    label = "triage (both packs" + (f", {workers} workers)" if workers else ")")
    seconds, _ = _timed(label, run)
    return seconds, counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="folder to keep the generated export in")
    parser.add_argument("--workers", type=int, default=0, help="worker processes for the text detectors")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        data = _export(args.messages, folder)
        print(f"{args.messages:,} messages, {len(data) / 1e6:.1f} MB (gen_chat.py --seed {SEED})")
        parse_s, messages = _timed("parse (iter_messages)", lambda: _parse(data))
        import_s = _import(data, Path(tmp))
        triage_s, counts = _triage(messages, args.workers)
    base = import_s if import_s is not None else parse_s
    base_label = "parse + import" if import_s is not None else "parse"
    wall, cpu = triage_s[0] / base[0], triage_s[1] / base[1]
    print(f"flags: {sum(counts.values()):,} ({', '.join(f'{r} {n:,}' for r, n in counts.most_common())})")
    print(f"triage / {base_label}: {wall:.1%} wall, {cpu:.1%} cpu  (goal <= {GOAL:.0%}; "
          f"{triage_s[0] / len(messages) * 1e6:.1f} us wall, "
          f"{triage_s[1] / len(messages) * 1e6:.1f} us cpu per message)")
    return 0 if wall <= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
