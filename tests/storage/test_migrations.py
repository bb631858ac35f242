"""Shipped migrations are never edited: their source is fingerprinted here.

To change the schema, add a new `m00N_...` function at the end of
storage/migrations.py and add its fingerprint below. Never change a line
that is already listed.
"""

from __future__ import annotations

import hashlib
import inspect
import secrets
from pathlib import Path

import pytest
import sqlcipher3

from moddesk.storage import migrations
from moddesk.storage.connection import connect

SHIPPED = {
    "m001_settings": "9bb375418e543914",
    "m002_messages": "04cbccbc91c50625",
    "m003_watch": "6e8d3dc405a71af4",
    "m004_inbox": "391eb31634ad50d0",
    "m005_cases": "889a38244fb815e3",
    "m006_templates": "41f36cc0f5dcfcb6",
    "m007_lean_message_index": "29649de873eb1b99",
}
EXTRA_SOURCE = {"m002_messages": "_M002_SQL", "m003_watch": "_M003_SQL", "m004_inbox": "_M004_SQL",
                "m005_cases": "_M005_SQL", "m006_templates": "_M006_SQL",
               "m007_lean_message_index": "_M007_SQL"}


def _fingerprint(name: str, fn: object) -> str:
    src = inspect.getsource(fn)  # type: ignore[arg-type]
    if name in EXTRA_SOURCE:
        src += getattr(migrations, EXTRA_SOURCE[name])
    return hashlib.sha256(src.encode()).hexdigest()[:16]


def test_shipped_migrations_are_unchanged_and_in_order() -> None:
    registered = [(m.name, _fingerprint(m.name, m.fn)) for m in migrations.MIGRATIONS._migrations]
    assert registered[: len(SHIPPED)] == list(SHIPPED.items())


def test_migration_names_are_numbered_in_sequence() -> None:
    names = [m.name for m in migrations.MIGRATIONS._migrations]
    assert [n[:4] for n in names] == [f"m{i:03d}" for i in range(1, len(names) + 1)]


def test_a_migration_that_fails_part_way_leaves_nothing_and_runs_again(
        tmp_path: Path, no_stdlib_sqlite) -> None:  # type: ignore[no-untyped-def]
    # m002-m006 run their SQL with `executescript`. sqlite3's own commits first,
    # but sqlite-utils' stays inside the migration's transaction: this holds it to that.
    db = connect(tmp_path / "vault.db", secrets.token_bytes(32))
    migrations.MIGRATIONS.apply(db, stop_before="m002_messages")
    # m002 creates `messages`, then `media`: with `media` in the way it fails half-way.
    db.execute("CREATE TABLE media (blocker INTEGER)")
    with pytest.raises(sqlcipher3.OperationalError, match="media already exists"):
        migrations.apply(db)
    assert "messages" not in db.table_names()  # its first half was rolled back with it
    assert migrations.pending(db)[0] == "m002_messages"
    db.execute("DROP TABLE media")
    assert migrations.apply(db) == [name for name in SHIPPED if name != "m001_settings"]
    assert {"messages", "media", "inbox_items"} <= set(db.table_names())
    assert migrations.pending(db) == []
    db.conn.close()

