"""Numbered schema migrations for the vault.

Rule: a migration that has shipped is never edited. Change the schema by
adding `m00N_...` at the end; `tests/storage/test_migrations.py` keeps a
fingerprint of every shipped migration's source to hold us to it.
"""

from __future__ import annotations

import sqlite_utils

MIGRATIONS = sqlite_utils.Migrations("moddesk")


@MIGRATIONS()
def m001_settings(db: sqlite_utils.Database) -> None:
    """Settings that reveal the work live here, never in QSettings."""
    db["settings"].create({"key": str, "value": str}, pk="key")
    db["vault_meta"].create({"key": str, "value": str}, pk="key")


def apply(db: sqlite_utils.Database) -> list[str]:
    """Apply pending migrations and return the names applied (ids only)."""
    names = [m.name for m in MIGRATIONS.pending(db)]
    if names:
        MIGRATIONS.apply(db)
    return names


def pending(db: sqlite_utils.Database) -> list[str]:
    """Names of migrations not yet applied."""
    return [m.name for m in MIGRATIONS.pending(db)]
