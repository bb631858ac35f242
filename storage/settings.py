"""Vault-stored settings: small JSON values under string keys.

Anything that says something about the work (watched folders, moderator
name, recent incidents) belongs here, inside the encrypted vault.
"""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from moddesk.storage.changes import Changes

DEFAULTS: dict[str, Any] = {
    "idle_lock_minutes": 5,
    "lock_on_screen_lock": True,
    "moderator_name": "",
    # Off by default: deleting a file does not reliably erase it (SSDs, sync clients).
    "move_originals": False,
}


def get_setting(db: sqlite_utils.Database, key: str, default: Any = None) -> Any:
    """The stored value of `key`, else `default`, else the built-in default."""
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    if row is None:
        return DEFAULTS.get(key) if default is None else default
    return json.loads(row[0])


def set_setting(db: sqlite_utils.Database, key: str, value: Any) -> Changes:
    """Store `value` under `key` (call on the writer thread)."""
    with db.atomic():
        db.execute(
            "INSERT INTO settings(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, json.dumps(value, ensure_ascii=False)],
        )
    return Changes(settings=frozenset({key}))
