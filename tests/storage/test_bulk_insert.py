"""Multi-row inserts and updates reach every row, in order, whatever the rows come as."""

from __future__ import annotations

import pytest

from moddesk.storage.bulk_insert import insert_many, max_variables, rows_per_statement, update_many


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


def test_updates_spread_over_several_statements_each_reach_their_row(db) -> None:  # type: ignore[no-untyped-def]
    per_statement = rows_per_statement(3)
    count = 2 * per_statement + 5
    with db.atomic():
        insert_many(db, "notes", ("body", "n"), ((f"note {k}", k) for k in range(count)))
    # Every third row: a new body and n raised by its id, across statement borders.
    changes = [(f"changed {i}", i, i) for i in range(1, count + 1, 3)]
    with db.atomic():
        assert update_many(db, "notes", ("body", "raise", "id"), iter(changes),
                           assignments="body = v.body, n = n + v.raise") == len(changes)
    stored = dict((r[0], r[1:]) for r in db.execute("SELECT id, body, n FROM notes"))
    assert len(stored) == count
    for i in range(1, count + 1):
        k = i - 1
        assert stored[i] == ((f"changed {i}", k + i) if i % 3 == 1 else (f"note {k}", k))


def test_nothing_to_update_runs_no_statement(db) -> None:  # type: ignore[no-untyped-def]
    assert update_many(db, "notes", ("n", "id"), [], assignments="n = v.n") == 0
