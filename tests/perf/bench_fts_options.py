"""Which full-text index to build: cost against search speed, for a million messages.

    .venv/bin/python tests/perf/bench_fts_options.py [--messages N] [--export FILE]

The evidence behind migration m007. Writes a synthetic Android export with
../shared/tools/gen_chat.py (or reads --export), splits it into (id, author,
text) rows with time-ordered ids like the vault's, and for each candidate
index, in one process, on a fresh SQLCipher file: builds the index over
the stored rows (CPU seconds, size of its pages) and times the bench's
query classes newest first, 50 hits (p50/p95 ms). The options differ in
columns (text, author), prefix indexes and column sizes; the tokenizer is
always the vault's. A script, not a test.
"""

from __future__ import annotations

import argparse
import random
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_ingest import _HEADER, _generate, _queries  # noqa: E402

from moddesk.storage.connection import connect  # noqa: E402
from moddesk.storage.message_store import SEQ_BITS  # noqa: E402

TOKENIZE = "tokenize = \"unicode61 remove_diacritics 2 categories 'L* N* Co M*'\""
OPTIONS = {  # name: (columns, extra options)
    "m002: text+author, prefix 1 2 3": ("text, author", ", prefix = '1 2 3'"),
    "text, prefix 1 2 3": ("text", ", prefix = '1 2 3'"),
    "text, prefix 2 3": ("text", ", prefix = '2 3'"),
    "text, no prefix": ("text", ""),
    "text, no prefix, no column sizes": ("text", ", columnsize = 0"),
    "text, prefix 1, no column sizes": ("text", ", prefix = '1', columnsize = 0"),
    "m007: text+author, prefix 1, no column sizes": ("text, author", ", prefix = '1', columnsize = 0"),
}


def rows_of(export: Path) -> list[tuple[int, str, str]]:
    """(id, author, text) per message; ids grow by a random number of seconds, as in a chat."""
    parts = _HEADER.split(export.read_text("utf-8"))
    rng, second, rows = random.Random(1), 1_700_000_000, []
    for i in range(1, len(parts) - 2, 3):
        second += int(rng.expovariate(1 / 40))
        rows.append(((second << SEQ_BITS) | len(rows) % 7, parts[i + 1], parts[i + 2].rstrip("\n")))
    return rows


def measure(name: str, rows: list[tuple[int, str, str]], folder: Path) -> str:
    columns, extra = OPTIONS[name]
    db = connect(folder / f"{abs(hash(name))}.db", secrets.token_bytes(32))
    with db.atomic():
        db.execute("CREATE TABLE messages(id INTEGER PRIMARY KEY, author TEXT, text TEXT)")
        db.conn.executemany("INSERT INTO messages VALUES (?, ?, ?)", rows)
    db.execute(f"CREATE VIRTUAL TABLE fts USING fts5({columns}, content = 'messages', "
               f"content_rowid = 'id', {TOKENIZE}{extra})")
    db.execute("INSERT INTO fts(fts, rank) VALUES ('hashsize', ?)", [32 << 20])
    cpu = time.process_time()
    with db.atomic():
        db.execute(f"INSERT INTO fts(rowid, {columns}) SELECT id, {columns} FROM messages")
    cpu = time.process_time() - cpu
    size = db.execute("SELECT sum(length(block)) FROM fts_data").fetchone()[0] / 1e6
    cells = [f"{name:<46} build cpu {cpu:5.2f} s  index {size:4.0f} MB"]
    for kind, queries in _queries().items():
        ms = [_ms(db, q) for q in queries]
        cells.append(f"{kind} {statistics.median(ms):.1f}/{statistics.quantiles(ms, n=20)[18]:.1f}")
    db.conn.close()
    return " | ".join(cells)


def _ms(db, query: str) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    db.execute("SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid DESC LIMIT 50",
               [query]).fetchall()
    return (time.perf_counter() - start) * 1000


def main(argv: list[str] | None = None) -> int:
    """Print one line per index option (searches as p50/p95 ms)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--export", type=Path, help="an Android export to use instead")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-fts-") as tmp:
        export = args.export or _generate(args.messages, Path(tmp))
        rows = rows_of(export)
        print(f"{len(rows):,} messages; searches as p50/p95 ms over {len(_queries()['word'])} "
              "queries per class, newest first, 50 hits")
        for name in OPTIONS:
            print(measure(name, rows, Path(tmp)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
