"""Moderator-written reply templates and the resource directory, in the vault.

Shipped templates are package data (`moddesk.cases.template_packs`) and are
never copied here. A row in `template_texts` is either an edit of a shipped
template (origin "edited"; deleting the row brings the shipped text back) or
a template the moderator added (origin "added"). The merge of the two is the
domain's job (`moddesk.cases.templates_library`); this module only stores.

The resource directory ships empty on purpose: a wrong hotline number in a
crisis is worse than none, so only services the moderator has checked go in.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import sqlite_utils

from moddesk.storage.changes import Changes
from moddesk.storage.message_store import now_iso

TEMPLATES_CHANGED = Changes(templates=True)
ORIGINS = ("edited", "added")
_TEXT_COLUMNS = ("key", "language", "title", "body", "kind", "audience", "origin", "version",
                 "updated_at", "updated_by")


@dataclasses.dataclass(frozen=True)
class StoredText:
    """One template text as stored (an edit of a shipped one, or an added one)."""

    key: str
    language: str
    title: str
    body: str
    kind: str
    audience: str
    origin: str
    version: int
    updated_at: str
    updated_by: str | None


@dataclasses.dataclass(frozen=True)
class Resource:
    """A service the moderator has checked and may refer members to."""

    id: int
    name: str
    helps_with: str = ""
    phone: str = ""
    website: str = ""
    country: str = ""
    languages: str = ""
    updated_at: str = ""


RESOURCE_FIELDS = ("name", "helps_with", "phone", "website", "country", "languages")


# -- templates ---------------------------------------------------------------------


def stored_texts(db: sqlite_utils.Database) -> list[StoredText]:
    """Every stored template text, by key then language."""
    rows = db.execute(f"SELECT {', '.join(_TEXT_COLUMNS)} FROM template_texts "
                      "ORDER BY key, language")
    return [StoredText(*row) for row in rows]


def stored_text(db: sqlite_utils.Database, key: str, language: str) -> StoredText | None:
    """The stored text of one template in one language, if any."""
    row = db.execute(f"SELECT {', '.join(_TEXT_COLUMNS)} FROM template_texts "
                     "WHERE key = ? AND language = ?", [key, language]).fetchone()
    return None if row is None else StoredText(*row)


def save_text(db: sqlite_utils.Database, *, key: str, language: str, title: str, body: str,
              kind: str, audience: str, origin: str, moderator: str | None = None,
              now: str | None = None) -> Changes:
    """Store a template text; saving again bumps its version (unchanged text adds nothing)."""
    if origin not in ORIGINS:
        raise ValueError(f"origin must be one of {ORIGINS}, not {origin!r}")
    with db.atomic():
        old = stored_text(db, key, language)
        if old is not None and (old.title, old.body) == (title, body):
            return Changes()
        db.execute(
            "INSERT INTO template_texts(key, language, title, body, kind, audience, origin, "
            "version, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?) "
            "ON CONFLICT(key, language) DO UPDATE SET title = excluded.title, "
            "body = excluded.body, kind = excluded.kind, audience = excluded.audience, "
            "version = version + 1, updated_at = excluded.updated_at, "
            "updated_by = excluded.updated_by",
            [key, language, title, body, kind, audience, origin, now or now_iso(), moderator])
    return TEMPLATES_CHANGED


def delete_text(db: sqlite_utils.Database, key: str, language: str) -> Changes:
    """Remove a stored text (for an edited shipped template: back to the shipped text)."""
    with db.atomic():
        cur = db.execute("DELETE FROM template_texts WHERE key = ? AND language = ?",
                         [key, language])
    return TEMPLATES_CHANGED if cur.rowcount else Changes()


# -- resources ----------------------------------------------------------------------


def resources(db: sqlite_utils.Database) -> list[Resource]:
    """The resource directory, by name (empty until the moderator adds services)."""
    rows = db.execute(f"SELECT id, {', '.join(RESOURCE_FIELDS)}, updated_at FROM resources "
                      "ORDER BY name COLLATE NOCASE, id")
    return [Resource(*row) for row in rows]


def add_resource(db: sqlite_utils.Database, *, name: str, now: str | None = None,
                 **fields: str) -> int:
    """Add a service and return its id (`fields` are the other RESOURCE_FIELDS)."""
    values = _resource_values(name=name, **fields)
    with db.atomic():
        cur = db.execute(
            f"INSERT INTO resources({', '.join(RESOURCE_FIELDS)}, updated_at) "
            f"VALUES ({', '.join('?' * (len(RESOURCE_FIELDS) + 1))})",
            [*values.values(), now or now_iso()])
    return int(cur.lastrowid or 0)


def update_resource(db: sqlite_utils.Database, resource_id: int, *, now: str | None = None,
                    **fields: str) -> Changes:
    """Change some fields of one service."""
    values = {k: v.strip() for k, v in fields.items()}
    unknown = set(values) - set(RESOURCE_FIELDS)
    if unknown or values.get("name", "x") == "":
        raise ValueError(f"bad resource fields: {sorted(unknown) or 'empty name'}")
    if not values:
        return Changes()
    assignments = ", ".join(f"{k} = ?" for k in values)
    with db.atomic():
        cur = db.execute(f"UPDATE resources SET {assignments}, updated_at = ? WHERE id = ?",
                         [*values.values(), now or now_iso(), resource_id])
    return TEMPLATES_CHANGED if cur.rowcount else Changes()


def delete_resource(db: sqlite_utils.Database, resource_id: int) -> Changes:
    """Remove one service from the directory."""
    with db.atomic():
        cur = db.execute("DELETE FROM resources WHERE id = ?", [resource_id])
    return TEMPLATES_CHANGED if cur.rowcount else Changes()


def _resource_values(**fields: Any) -> dict[str, str]:
    unknown = set(fields) - set(RESOURCE_FIELDS)
    if unknown:
        raise ValueError(f"unknown resource fields: {sorted(unknown)}")
    values = {k: str(fields.get(k) or "").strip() for k in RESOURCE_FIELDS}
    if not values["name"]:
        raise ValueError("a resource needs a name")
    return values
