"""The incident log's facade: create and change incidents, check them, summarise them.

Every write is a keyword-only function taking the vault connection `db`
(the writer's), `mac_key` (`Session.case_key()`, i.e.
`Vault.mac_key(chain.CHAIN_PURPOSE)`), `moderator` (the name entries are
signed with) and `now` (None: local wall clock; tests pass a fixed time).
Each runs in one transaction, seals one timeline entry per recorded change
and returns what it made plus `Changes(incidents=True, ...)`. Mistakes a
moderator can make (unknown incident, empty title, bad status) raise
`IncidentError` with a plain message; a chain key that does not match
raises `ChainKeyMismatch`.

Timeline kinds and their `detail` (all values strings):
  created    {title, severity, category, status}
  field      {field, from, to}   field: title, category, severity, tags, follow_up
  status     {from, to}
  person     {action: added|removed, name, role}
  evidence   {evidence, chat, source, line, sha256}
  note       {note, version, sha256};  note_edit: the same
  template   {template, language}
  referral   {to, how}
  triage     {item, action, from, to, reason}   copied from the inbox's log
Categories are written "pack_key:rule_id"; tags as "a, b".

Also here (re-exported): `add_note`, `edit_note` (notes.py), `link_messages`
(evidence.py), `verify_chain`, `verify_all` (integrity.py) and
`load_summary` (summary_load.py).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

import sqlite_utils

from moddesk.cases.errors import IncidentError
from moddesk.cases.evidence import link_messages, link_one
from moddesk.cases.integrity import verify_all, verify_chain
from moddesk.cases.notes import add_note, edit_note
from moddesk.cases.stamps import (
    SEVERITIES,
    Stamp,
    category_value,
    check_severity,
    current_field,
    incident_number,
    local_iso,
    make_stamp,
    require_incident,
    shown_field,
)
from moddesk.cases.summary import ROLES, STATUSES
from moddesk.cases.summary_load import load_summary
from moddesk.storage import case_store as store
from moddesk.storage import inbox_queries, inbox_store
from moddesk.storage.changes import Changes

__all__ = [
    "Category", "UNSET", "add_note", "add_person", "create_incident", "edit_note",
    "incident_number", "link_messages", "load_summary", "record_referral",
    "record_template_use", "remove_person", "set_fields", "set_status", "verify_all",
    "verify_chain",
]

Category = tuple[str, str]  # (pack_key, rule_id) of a guideline rule
UNSET: object = object()
HITS_PER_ITEM = 25  # evidence snapshots taken per inbox item (a spam wave can have hundreds)
_INBOX = Changes(incidents=True, inbox=True)


def create_incident(db: sqlite_utils.Database, *, mac_key: bytes, moderator: str,
                    now: dt.datetime | None = None, title: str,
                    category: Category | None = None, severity: str | None = None,
                    from_items: Sequence[int] = (),
                    message_ids: Sequence[int] = ()) -> tuple[int, Changes]:
    """Open a new incident; returns (incident id, changes).

    From inbox items (`from_items`): each item is escalated through the
    inbox's own triage (so its log shows it), marked with the incident, its
    triage history is copied into the timeline, and its hit messages (up to
    HITS_PER_ITEM each) are linked as evidence. The category and severity
    default to the first item's rule and the most severe item. From messages
    (`message_ids`, from the chat view or search): each is linked as
    evidence. With neither, the incident starts empty.
    """
    stamp = make_stamp(mac_key, moderator, now)
    with db.atomic():
        items = [_item(db, i) for i in from_items]
        values = _initial_values(title, category, severity, items)
        incident_id = store.insert_incident(db, values=values, at=stamp.at, by=stamp.moderator)
        stamp.record(db, incident_id, "created", {
            "title": str(values["title"]), "severity": str(values["severity"]),
            "category": category_value(values["pack_key"], values["rule_id"]), "status": "open"})
        for item in items:
            _take_item(db, stamp, incident_id, item)
        for message_id in message_ids:
            link_one(db, stamp, incident_id, message_id)
        store.refresh_search(db, incident_id)
    return incident_id, (_INBOX if items else store.INCIDENTS_CHANGED)


def _item(db: sqlite_utils.Database, item_id: int) -> dict[str, object]:
    try:
        return inbox_store.item(db, item_id)
    except KeyError:
        raise IncidentError(f"There is no inbox item {item_id}.") from None


def _initial_values(title: str, category: Category | None, severity: str | None,
                    items: list[dict[str, object]]) -> dict[str, object]:
    if not title.strip():
        raise IncidentError("An incident needs a title.")
    if category is None and items:
        category = (str(items[0]["pack_key"]), str(items[0]["rule_id"]))
    if severity is None:
        ranks = [_rank(str(i["severity"])) for i in items]
        severity = SEVERITIES[min(ranks)] if ranks else "normal"
    return {"title": title.strip(), "pack_key": category[0] if category else None,
            "rule_id": category[1] if category else None, "severity": check_severity(severity),
            "status": "open", "follow_up": None, "tags": []}


def _rank(severity: str) -> int:
    """0 for the most severe level; unknown levels rank as normal."""
    return SEVERITIES.index(severity) if severity in SEVERITIES else 2


def _take_item(db: sqlite_utils.Database, stamp: Stamp, incident_id: int,
               item: dict[str, object]) -> None:
    item_id = int(item["id"])  # type: ignore[call-overload]
    inbox_store.triage(db, item_id, to_state="escalated", moderator=stamp.moderator,
                       reason=incident_number(incident_id))
    store.link_inbox_item(db, item_id, incident_id)
    for row in inbox_store.history(db, item_id):
        # The inbox logs UTC; the timeline is in the moderator's local time.
        at = local_iso(dt.datetime.fromisoformat(str(row["at"])))
        Stamp(stamp.mac_key, str(row["moderator"]), at).record(
            db, incident_id, "triage", _triage_detail(item_id, row))
    hits = inbox_queries.item_hits(db, item_id)[:HITS_PER_ITEM]
    for hit in hits:
        link_one(db, stamp, incident_id, hit.message.id)


def _triage_detail(item_id: int, row: dict[str, object]) -> dict[str, str]:
    return {"item": str(item_id), "action": str(row["action"]),
            "from": str(row["from_state"] or ""), "to": str(row["to_state"] or ""),
            "reason": _reason(row["detail"])}


def _reason(detail: object) -> str:
    # The inbox stores a reason as plain text, and structured actions
    # (severity, snooze, undo) as JSON; the timeline keeps either as text.
    if detail is None:
        return ""
    try:
        parsed = json.loads(str(detail))
    except ValueError:
        return str(detail)
    if isinstance(parsed, dict):
        return ", ".join(f"{k}: {v}" for k, v in parsed.items())
    return str(detail)


def set_status(db: sqlite_utils.Database, *, mac_key: bytes, moderator: str,
               now: dt.datetime | None = None, incident_id: int, status: str) -> Changes:
    """Move the incident to `status` (one of summary.STATUSES); the same status adds nothing."""
    if status not in STATUSES:
        raise IncidentError(f"Status must be one of {', '.join(STATUSES)}, not {status!r}.")
    stamp = make_stamp(mac_key, moderator, now)
    with db.atomic():
        current = str(require_incident(db, incident_id)["status"])
        if current == status:
            return Changes()
        store.update_incident(db, incident_id, values={"status": status}, at=stamp.at)
        stamp.record(db, incident_id, "status", {"from": current, "to": status})
    return store.INCIDENTS_CHANGED


def set_fields(db: sqlite_utils.Database, *, mac_key: bytes, moderator: str,
               now: dt.datetime | None = None, incident_id: int, title: object = UNSET,
               category: object = UNSET, severity: object = UNSET, tags: object = UNSET,
               follow_up: object = UNSET) -> Changes:
    """Change any of title, category ((pack, rule) or None), severity, tags (strings)
    and follow_up (ISO date or None); one timeline entry per field that changed.

    Leave a field out (UNSET) to keep it. Returns no changes when nothing changed.
    """
    wanted = _field_values(title=title, category=category, severity=severity, tags=tags,
                           follow_up=follow_up)
    stamp = make_stamp(mac_key, moderator, now)
    with db.atomic():
        row = require_incident(db, incident_id)
        changed = {f: v for f, v in wanted.items() if shown_field(f, v) != shown_field(f, current_field(row, f))}
        if not changed:
            return Changes()
        store.update_incident(db, incident_id, values=_columns(changed), at=stamp.at)
        for field, value in changed.items():
            stamp.record(db, incident_id, "field", {
                "field": field, "from": shown_field(field, current_field(row, field)),
                "to": shown_field(field, value)})
        if "title" in changed:
            store.refresh_search(db, incident_id)
    return store.INCIDENTS_CHANGED


def _field_values(**given: object) -> dict[str, object]:
    values = {f: v for f, v in given.items() if v is not UNSET}
    if "title" in values:
        if not isinstance(values["title"], str) or not values["title"].strip():
            raise IncidentError("An incident needs a title.")
        values["title"] = values["title"].strip()
    if "severity" in values:
        check_severity(str(values["severity"]))
    if "tags" in values:
        values["tags"] = _clean_tags(values["tags"])
    if values.get("follow_up") is not None:
        values["follow_up"] = _checked_date(values["follow_up"])
    return values


def _clean_tags(tags: object) -> list[str]:
    seen = dict.fromkeys(t.strip() for t in (tags or ()) if t.strip())  # type: ignore[attr-defined]
    return list(seen)


def _checked_date(value: object) -> str:
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise IncidentError(f"A follow-up date looks like 2026-11-30, not {value!r}.") from None


def _columns(changed: dict[str, object]) -> dict[str, object]:
    columns = {f: v for f, v in changed.items() if f != "category"}
    if "category" in changed:
        pack_rule = changed["category"] or (None, None)
        columns["pack_key"], columns["rule_id"] = pack_rule  # type: ignore[misc]
    return columns


def add_person(db: sqlite_utils.Database, *, mac_key: bytes, moderator: str,
               now: dt.datetime | None = None, incident_id: int, name: str,
               role: str) -> Changes:
    """Add someone (a chat author's name) with a role from summary.ROLES."""
    return _person(db, mac_key, moderator, now, incident_id, name, role, add=True)


def remove_person(db: sqlite_utils.Database, *, mac_key: bytes, moderator: str,
                  now: dt.datetime | None = None, incident_id: int, name: str,
                  role: str) -> Changes:
    """Take (name, role) off the incident; the timeline keeps that they were on it."""
    return _person(db, mac_key, moderator, now, incident_id, name, role, add=False)


def _person(db: sqlite_utils.Database, mac_key: bytes, moderator: str, now: dt.datetime | None,
            incident_id: int, name: str, role: str, *, add: bool) -> Changes:
    if role not in ROLES:
        raise IncidentError(f"Role must be one of {', '.join(ROLES)}, not {role!r}.")
    if not name.strip():
        raise IncidentError("Pick the person's name.")
    stamp = make_stamp(mac_key, moderator, now)
    with db.atomic():
        require_incident(db, incident_id)
        change = store.add_person if add else store.remove_person
        if not change(db, incident_id, name.strip(), role):
            return Changes()
        stamp.record(db, incident_id, "person", {
            "action": "added" if add else "removed", "name": name.strip(), "role": role})
    return store.INCIDENTS_CHANGED


def record_template_use(db: sqlite_utils.Database, *, mac_key: bytes, moderator: str,
                        now: dt.datetime | None = None, incident_id: int, template_key: str,
                        language: str) -> Changes:
    """Note in the timeline that a guideline template was used (copied) for this incident."""
    return _record(db, mac_key, moderator, now, incident_id, "template",
                   {"template": template_key, "language": language})


def record_referral(db: sqlite_utils.Database, *, mac_key: bytes, moderator: str,
                    now: dt.datetime | None = None, incident_id: int, to: str,
                    how: str) -> Changes:
    """Note that the incident was referred to `to` (a service, hotline, police) and how."""
    if not to.strip():
        raise IncidentError("Say who the incident was referred to.")
    return _record(db, mac_key, moderator, now, incident_id, "referral",
                   {"to": to.strip(), "how": how.strip()})


def _record(db: sqlite_utils.Database, mac_key: bytes, moderator: str, now: dt.datetime | None,
            incident_id: int, kind: str, detail: dict[str, str]) -> Changes:
    stamp = make_stamp(mac_key, moderator, now)
    with db.atomic():
        require_incident(db, incident_id)
        stamp.record(db, incident_id, kind, detail)
    return store.INCIDENTS_CHANGED
