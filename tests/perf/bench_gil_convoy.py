"""Why bulk writes on a helper thread use multi-row INSERTs: the GIL convoy, in one run.

    .venv/bin/python tests/perf/bench_gil_convoy.py [--rows N]

pysqlite (and sqlcipher3, its fork) lets go of the GIL around every
`sqlite3_step`. `executemany` steps once per row, so on a thread that
shares the process with a busy Python thread (the importer's parser) each
row can wait up to the switch interval (5 ms) to get the GIL back.
`moddesk.storage.bulk_insert.insert_many` steps once per few thousand rows,
and so does its `update_many` (an UPDATE … FROM a VALUES list).

Into a real SQLCipher file, one transaction per run, this prints the time
of `executemany` and of `insert_many` for the same rows, then of
`executemany` UPDATEs by id and of `update_many` for the same changes, each
alone and next to a thread running pure Python (the median of three runs),
and the slowdown the busy thread causes. Expect the `executemany` slowdowns
in the hundreds and the multi-row ones near 1. Exits 1 if a multi-row
slowdown is not at least ten times smaller than its `executemany` one.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import sqlcipher3
import sqlite_utils

from moddesk.storage.bulk_insert import insert_many, update_many

COLUMNS = ("body", "author", "n")


def _db(folder: Path) -> sqlite_utils.Database:
    conn = sqlcipher3.connect(str(folder / "convoy.db"), isolation_level=None,
                              check_same_thread=False)
    conn.execute("PRAGMA key = 'convoy bench'")
    db = sqlite_utils.Database(conn, execute_plugins=False)
    db.execute("CREATE TABLE t(id INTEGER PRIMARY KEY, body TEXT, author TEXT, n INTEGER)")
    return db


def _one_row_each(db: sqlite_utils.Database, rows: list[tuple[object, ...]]) -> None:
    db.conn.executemany("INSERT INTO t(body, author, n) VALUES (?, ?, ?)", rows)


def _multi_row(db: sqlite_utils.Database, rows: list[tuple[object, ...]]) -> None:
    insert_many(db, "t", COLUMNS, rows)


def _update_each(db: sqlite_utils.Database, rows: list[tuple[object, ...]]) -> None:
    db.conn.executemany("UPDATE t SET n = n + ?, body = ? WHERE id = ?", rows)


def _update_multi_row(db: sqlite_utils.Database, rows: list[tuple[object, ...]]) -> None:
    update_many(db, "t", ("raise", "body", "id"), rows, assignments="n = n + v.raise, body = v.body")


def _timed(db: sqlite_utils.Database, write: Callable[..., None], rows: list[tuple[object, ...]],
           *, busy: bool) -> float:
    """Seconds for one transaction of `write` on a helper thread, maybe next to a busy one."""
    stop = threading.Event()

    def spin() -> None:
        while not stop.is_set():
            sum(range(1000))

    def job() -> None:
        with db.atomic():
            write(db, rows)

    spinner = threading.Thread(target=spin) if busy else None
    if spinner is not None:
        spinner.start()
    try:
        start = time.perf_counter()
        helper = threading.Thread(target=job)
        helper.start()
        helper.join()
        return time.perf_counter() - start
    finally:
        stop.set()
        if spinner is not None:
            spinner.join()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2000)
    args = parser.parse_args(argv)
    rows = [(f"message body {k}", f"author {k % 40}", k) for k in range(args.rows)]
    changes = [(k, f"changed body {k}", k + 1) for k in range(args.rows)]
    slowdown = {}
    with tempfile.TemporaryDirectory() as tmp:
        db = _db(Path(tmp))
        for name, write, data in (("executemany (a step per row)", _one_row_each, rows),
                                  ("insert_many (multi-row)", _multi_row, rows),
                                  ("executemany UPDATE by id", _update_each, changes),
                                  ("update_many (multi-row)", _update_multi_row, changes)):
            # Whether a step waits depends on when the OS runs which thread: median of three.
            alone = statistics.median(_timed(db, write, data, busy=False) for _ in range(3))
            busy = statistics.median(_timed(db, write, data, busy=True) for _ in range(3))
            slowdown[name] = busy / alone
            print(f"{name:<30} {args.rows:,} rows: alone {alone * 1000:8.1f} ms, next to a busy "
                  f"thread {busy * 1000:9.1f} ms, slowdown x{busy / alone:,.1f}", flush=True)
        db.conn.close()
    one, multi, one_update, multi_update = slowdown.values()
    print(f"the busy thread slows one-row steps x{one:,.1f} (updates x{one_update:,.1f}) and "
          f"multi-row statements x{multi:,.1f} (updates x{multi_update:,.1f})")
    return 0 if one >= 10 * multi and one_update >= 10 * multi_update else 1

if __name__ == "__main__":
    sys.exit(main())
