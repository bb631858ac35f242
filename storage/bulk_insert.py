"""Many rows per INSERT statement, for bulk writes made while another thread parses.

`executemany` steps once per row, and pysqlite lets go of the GIL around
every step. On the importer's helper thread each of those steps then waits
up to Python's switch interval (5 ms) to get the GIL back from the thread
that parses: 2,000 one-row inserts that take 4 ms alone take 1.3 s next
to a busy Python thread (tests/perf/bench_gil_convoy.py, SQLCipher). A
statement of thousands of rows lets go once for its whole run, and costs
about a third less CPU than as many one-row executions.
`message_store.insert_rows` does the same for messages; `update_many`
does it for updates keyed by id (`UPDATE … FROM` a VALUES list).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from itertools import chain, islice

import sqlcipher3
import sqlite_utils

# More rows than this per statement gain nothing and cost a long SQL text.
ROWS_PER_STATEMENT_MAX = 10_000


def insert_many(db: sqlite_utils.Database, table: str, columns: Sequence[str],
                rows: Iterable[Sequence[object]]) -> int:
    """INSERT `rows` (values in `columns` order) in multi-row statements; returns the count."""
    return _values_statements(db, f"INSERT INTO {table}({', '.join(columns)}) VALUES ", "",
                              len(columns), rows)


def update_many(db: sqlite_utils.Database, table: str, columns: Sequence[str],
                rows: Iterable[Sequence[object]], *, assignments: str, key: str = "id") -> int:
    """UPDATE `table` from `rows` in multi-row statements; returns the rows given.

    Each row holds values in `columns` order, `key` among them; `assignments`
    is the SET clause and names a row's values `v.<column>`. Keys must be
    distinct: with two rows for one key SQLite applies only one of them.
    """
    return _values_statements(db, f"WITH v({', '.join(columns)}) AS (VALUES ",
                              f") UPDATE {table} SET {assignments} FROM v WHERE {table}.{key} = v.{key}",
                              len(columns), rows)


def _values_statements(db: sqlite_utils.Database, head: str, tail: str, width: int,
                       rows: Iterable[Sequence[object]]) -> int:
    """Run head + a VALUES list + tail over `rows`, as few times as the parameter limit allows."""
    size = rows_per_statement(width)
    one = f"({', '.join('?' * width)})"
    it, done = iter(rows), 0
    while chunk := list(islice(it, size)):
        db.conn.execute(head + ", ".join([one] * len(chunk)) + tail, list(chain.from_iterable(chunk)))
        done += len(chunk)
    return done


def rows_per_statement(width: int) -> int:
    """How many rows of `width` values fit one statement under the parameter limit."""
    return max(1, min(ROWS_PER_STATEMENT_MAX, max_variables() // width))


@functools.cache
def max_variables() -> int:
    """SQLITE_MAX_VARIABLE_NUMBER of the linked library (32766 unless built otherwise)."""
    conn = sqlcipher3.connect(":memory:")
    try:
        options = [r[0] for r in conn.execute("PRAGMA compile_options")]
    finally:
        conn.close()
    found = [int(o.split("=", 1)[1]) for o in options if o.startswith("MAX_VARIABLE_NUMBER=")]
    return found[0] if found else 32766
