"""Read helpers for the incident list, its filters and search, and the follow-ups due.

Only reads. Rows come back as frozen dataclasses a Qt model can cache by
id. The search box's words go through the same safe query builder as
message search (every word quoted, so no input reaches FTS5 syntax) and
match titles and the current version of notes, case- and accent-folded.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence

import sqlite_utils

from moddesk.storage import case_store, inbox_queries
from moddesk.storage.search import _terms as search_terms

OPEN_STATUSES = ("open", "monitoring", "escalated", "referred")
_RANK = ("CASE severity WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 "
         "ELSE 3 END")
_ROW_SQL = """
SELECT i.id, i.title, i.pack_key, i.rule_id, i.severity, i.status, i.follow_up, i.tags,
       i.created_at, i.created_by, i.updated_at,
       (SELECT count(*) FROM incident_notes n WHERE n.incident_id = i.id),
       (SELECT count(*) FROM incident_evidence e WHERE e.incident_id = i.id)
FROM incidents i
"""


@dataclasses.dataclass(frozen=True)
class IncidentRow:
    """One incident as the list shows it; `category` is the rule's title (or id), else None."""

    id: int
    number: str
    title: str
    pack_key: str | None
    rule_id: str | None
    category: str | None
    severity: str
    status: str
    follow_up: str | None
    tags: tuple[str, ...]
    created_at: str
    created_by: str
    updated_at: str
    notes: int
    evidence: int


def incident_fts_query(text: str, *, as_you_type: bool = False) -> str:
    """The FTS5 expression for what the moderator typed; "" when there is nothing to find."""
    return " AND ".join(t.render() for t in search_terms(text, as_you_type))


def list_incidents(db: sqlite_utils.Database, *, status: str | Sequence[str] | None = None,
                   severity: str | None = None, category: tuple[str, str] | None = None,
                   text: str | None = None, as_you_type: bool = False) -> list[IncidentRow]:
    """Incidents matching every filter given: open ones first, most severe, newest.

    `status` is one status, several, or "open" for every status but closed.
    `text` searches titles and notes (words ANDed; `as_you_type` treats the
    last word as a prefix).
    """
    where, params = _filters(status, severity, category)
    if text is not None and text.strip():
        match = incident_fts_query(text, as_you_type=as_you_type)
        ids = case_store.search_ids(db, match) if match else []
        where.append(f"i.id IN ({case_store.marks(ids)})")
        params.extend(ids)
    sql = _ROW_SQL + (f" WHERE {' AND '.join(where)}" if where else "")
    sql += f" ORDER BY i.status = 'closed', {_RANK}, i.id DESC"
    return _rows(db, db.execute(sql, params).fetchall())


def _filters(status: str | Sequence[str] | None, severity: str | None,
             category: tuple[str, str] | None) -> tuple[list[str], list[object]]:
    where: list[str] = []
    params: list[object] = []
    if status is not None:
        wanted = OPEN_STATUSES if status == "open" else (
            (status,) if isinstance(status, str) else tuple(status))
        where.append(f"i.status IN ({case_store.marks(wanted)})")
        params.extend(wanted)
    if severity is not None:
        where.append("i.severity = ?")
        params.append(severity)
    if category is not None:
        where.append("i.pack_key = ? AND i.rule_id = ?")
        params.extend(category)
    return where, params


def incident_rows(db: sqlite_utils.Database, ids: Sequence[int]) -> dict[int, IncidentRow]:
    """The rows of `ids` by id (unknown ids are left out)."""
    if not ids:
        return {}
    rows = db.execute(_ROW_SQL + f" WHERE i.id IN ({case_store.marks(ids)})", list(ids))
    return {r.id: r for r in _rows(db, rows.fetchall())}


def followups_due(db: sqlite_utils.Database, *, today: str) -> list[IncidentRow]:
    """Incidents not closed whose follow-up date is `today` (ISO) or earlier, oldest date first."""
    rows = db.execute(_ROW_SQL + " WHERE i.follow_up IS NOT NULL AND i.follow_up <= ? "
                      "AND i.status != 'closed' ORDER BY i.follow_up, i.id", [today]).fetchall()
    return _rows(db, rows)


def categories_in_use(db: sqlite_utils.Database) -> list[tuple[str, str]]:
    """(pack_key, rule_id) of every category some incident has, for the filter box."""
    return [(str(p), str(r)) for p, r in db.execute(
        "SELECT DISTINCT pack_key, rule_id FROM incidents WHERE pack_key IS NOT NULL "
        "ORDER BY rule_id, pack_key")]


def item_incident(db: sqlite_utils.Database, item_id: int) -> int | None:
    """The incident an inbox item was escalated to, if any (one primary-key read)."""
    row = db.execute("SELECT incident_id FROM inbox_items WHERE id = ?", [item_id]).fetchone()
    return int(row[0]) if row and row[0] is not None else None


def author_choices(db: sqlite_utils.Database, incident_id: int) -> list[str]:
    """Names to pick people from: authors in the incident's evidence and its inbox items.

    Read from the snapshots, so the names stay available after the chat is deleted.
    """
    names: dict[str, None] = {}
    for (snapshot,) in db.execute("SELECT snapshot FROM incident_evidence WHERE incident_id = ? "
                                  "ORDER BY id", [incident_id]):
        for message in _snapshot_messages(str(snapshot)):
            if message.get("author"):
                names.setdefault(str(message["author"]))
    for (author,) in db.execute("SELECT author FROM inbox_items WHERE incident_id = ? "
                                "AND author IS NOT NULL ORDER BY id", [incident_id]):
        names.setdefault(str(author))
    return sorted(names, key=str.casefold)


def _snapshot_messages(snapshot: str) -> list[dict[str, object]]:
    try:
        messages = json.loads(snapshot).get("messages", [])
    except (ValueError, AttributeError):
        return []
    return [m for m in messages if isinstance(m, dict)]


def _rows(db: sqlite_utils.Database, rows: list[tuple]) -> list[IncidentRow]:  # type: ignore[type-arg]
    titles = inbox_queries.rule_texts(db, {(str(r[2]), str(r[3])) for r in rows if r[2]})
    found = []
    for (iid, title, pack, rule, severity, status, follow_up, tags, created_at, created_by,
         updated_at, notes, evidence) in rows:
        text = titles.get((str(pack), str(rule))) if pack else None
        category = (text.title if text else str(rule)) if pack else None
        found.append(IncidentRow(
            int(iid), f"INC-{int(iid):04d}", str(title), pack, rule, category, str(severity),
            str(status), follow_up, tuple(json.loads(str(tags))), str(created_at),
            str(created_by), str(updated_at), int(notes), int(evidence)))
    return found
