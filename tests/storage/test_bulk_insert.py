"""Multi-row inserts store every row, in order, whatever the rows come as."""

from __future__ import annotations

import pytest

from moddesk.storage.bulk_insert import insert_many, max_variables, rows_per_statement


@pytest.fixture
def db(vault):  # type: ignore[no-untyped-def]
    vault.db.execute("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT, n INTEGER, blob BLOB)")
    return vault.db


def test_rows_spread_over_several_statements_keep_their_order(db) -> None:  # type: ignore[no-untyped-def]
    per_statement = rows_per_statement(3)
    count = 2 * per_statement + 17  # two full statements and a short one
    rows = ((f"note {k}", k, bytes([k % 256])) for k in range(count))  # a generator, read once
    with db.atomic():
        assert insert_many(db, "notes", ("body", "n", "blob"), rows) == count
    stored = db.execute("SELECT id, body, n, blob FROM notes ORDER BY id").fetchall()
    assert len(stored) == count
    # Rowids follow the VALUES order, across statement borders, as one-row inserts give them.
    assert [r[0] for r in stored] == list(range(1, count + 1))
    assert stored[per_statement] == (per_statement + 1, f"note {per_statement}", per_statement,
                                     bytes([per_statement % 256]))
    assert stored[-1][1:3] == (f"note {count - 1}", count - 1)


def test_nothing_to_insert_runs_no_statement(db) -> None:  # type: ignore[no-untyped-def]
    assert insert_many(db, "notes", ("body", "n", "blob"), []) == 0
    assert db.execute("SELECT count(*) FROM notes").fetchone()[0] == 0


def test_a_statement_stays_under_the_parameter_limit() -> None:
    for width in (1, 4, 12, 13, 40):
        assert 1 <= rows_per_statement(width) * width <= max_variables()
