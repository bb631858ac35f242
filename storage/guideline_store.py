"""Guideline packs, the packs each chat uses, and who the admins are, in the vault.

A pack is stored as the text the moderator can read and edit; every save
adds a new version and keeps the old ones, so "which rules were in force
when this was flagged" always has an answer.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlite_utils

from moddesk.storage.changes import Changes
from moddesk.storage.message_store import now_iso

GUIDELINES_CHANGED = Changes(inbox=True)


def save_pack(db: sqlite_utils.Database, *, pack_key: str, source: str,
              moderator: str | None = None) -> int:
    """Store `source` as the next version of `pack_key` (unchanged text adds nothing)."""
    latest = pack_source(db, pack_key)
    if latest is not None and latest[1] == source:
        return latest[0]
    with db.atomic():
        row = db.execute("SELECT coalesce(max(version), 0) + 1 FROM rule_packs WHERE pack_key = ?",
                         [pack_key]).fetchone()
        db.execute("INSERT INTO rule_packs(pack_key, version, source, created_at, created_by) "
                   "VALUES (?, ?, ?, ?, ?)", [pack_key, row[0], source, now_iso(), moderator])
    return int(row[0])


def pack_source(db: sqlite_utils.Database, pack_key: str,
                version: int | None = None) -> tuple[int, str] | None:
    """(version, text) of a pack: the latest, or the given version."""
    sql = "SELECT version, source FROM rule_packs WHERE pack_key = ?"
    params: list[object] = [pack_key]
    if version is not None:
        sql += " AND version = ?"
        params.append(version)
    row = db.execute(sql + " ORDER BY version DESC LIMIT 1", params).fetchone()
    return None if row is None else (int(row[0]), str(row[1]))


def latest_packs(db: sqlite_utils.Database) -> dict[str, tuple[int, str]]:
    """pack_key -> (version, text) of every stored pack's latest version."""
    rows = db.execute("SELECT pack_key, max(version), source FROM rule_packs GROUP BY pack_key")
    return {str(k): (int(v), str(s)) for k, v, s in rows}


def pack_versions(db: sqlite_utils.Database, pack_key: str) -> list[dict[str, object]]:
    """Every version of a pack, oldest first (for the history view)."""
    cur = db.execute("SELECT version, created_at, created_by FROM rule_packs WHERE pack_key = ? "
                     "ORDER BY version", [pack_key])
    return [dict(zip(("version", "created_at", "created_by"), r)) for r in cur]


def set_chat_packs(db: sqlite_utils.Database, chat_id: int, pack_keys: Iterable[str]) -> Changes:
    """Choose the packs a chat is checked against."""
    with db.atomic():
        db.execute("DELETE FROM chat_packs WHERE chat_id = ?", [chat_id])
        db.conn.executemany("INSERT INTO chat_packs(chat_id, pack_key) VALUES (?, ?)",
                            [(chat_id, k) for k in dict.fromkeys(pack_keys)])
    return GUIDELINES_CHANGED


def chat_packs(db: sqlite_utils.Database, chat_id: int) -> list[str]:
    """The packs a chat uses, by key."""
    return [str(r[0]) for r in db.execute(
        "SELECT pack_key FROM chat_packs WHERE chat_id = ? ORDER BY pack_key", [chat_id])]


def set_admin(db: sqlite_utils.Database, chat_id: int, author: str, *, is_admin: bool,
              source: str = "moderator") -> Changes:
    """Record whether `author` is an admin of the chat.

    The moderator's word wins: a value set by the moderator is never
    overwritten by one read from system messages (`source="system"`).
    """
    with db.atomic():
        if source != "moderator":
            row = db.execute("SELECT source FROM chat_admins WHERE chat_id = ? AND author = ?",
                             [chat_id, author]).fetchone()
            if row is not None and row[0] == "moderator":
                return Changes()
        db.execute("INSERT INTO chat_admins(chat_id, author, is_admin, source, set_at) "
                   "VALUES (?, ?, ?, ?, ?) ON CONFLICT(chat_id, author) DO UPDATE SET "
                   "is_admin = excluded.is_admin, source = excluded.source, set_at = excluded.set_at",
                   [chat_id, author, int(is_admin), source, now_iso()])
    return GUIDELINES_CHANGED


def admins(db: sqlite_utils.Database, chat_id: int) -> set[str]:
    """The chat's admins as currently known."""
    return {str(r[0]) for r in db.execute(
        "SELECT author FROM chat_admins WHERE chat_id = ? AND is_admin = 1", [chat_id])}


def admin_roles(db: sqlite_utils.Database, chat_id: int) -> dict[str, tuple[bool, str]]:
    """author -> (is admin, who said so: "system" or "moderator") for every recorded author."""
    return {str(r[0]): (bool(r[1]), str(r[2])) for r in db.execute(
        "SELECT author, is_admin, source FROM chat_admins WHERE chat_id = ?", [chat_id])}
