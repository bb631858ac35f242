"""The moderator inbox in the vault: items, their hits, states and the triage log.

An item is one reason to look at a group: one rule, usually one author, in
one stretch of time (`group_key`), with every message that tripped it as a
hit. States move new → in_review → resolved / dismissed / escalated; every
move, severity change, snooze and undo appends a row to `triage_log`, which
is never updated or deleted. Writes run on the writer thread and return
`Changes(inbox=True)`.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Sequence

import sqlite_utils

from moddesk.storage.changes import Changes
from moddesk.storage.message_store import now_iso

STATES = ("new", "in_review", "resolved", "dismissed", "escalated")
OPEN_STATES = ("new", "in_review")
SEVERITIES = ("urgent", "high", "normal", "low")
BUCKETS = ("urgent", "attention", "reply")
_ALLOWED = {
    "new": {"in_review", "resolved", "dismissed", "escalated"},
    "in_review": {"new", "resolved", "dismissed", "escalated"},
    "resolved": {"new", "in_review"},
    "dismissed": {"new", "in_review"},
    "escalated": {"in_review"},
}
INBOX_CHANGED = Changes(inbox=True)


class TriageRefused(ValueError):
    """A triage action that the item's state does not allow (a caller's mistake)."""


@dataclasses.dataclass(frozen=True)
class Hit:
    """One detector match on one message, ready to file into an item."""

    chat_id: int
    message_id: int
    pack_key: str
    rule_id: str
    severity: str
    bucket: str
    group_key: str
    author: str | None
    detector: str
    spans: Sequence[tuple[int, int]]


@dataclasses.dataclass(frozen=True)
class GroupCounts:
    """What one group needs, for the always-visible counters."""

    chat_id: int
    urgent: int
    attention: int
    reply: int


def record_hits(db: sqlite_utils.Database, hits: Iterable[Hit]) -> int:
    """File hits into items (creating or extending them); returns items created."""
    created = 0
    for hit in hits:
        item_id, new = _item_for(db, hit)
        created += new
        _add_hit(db, item_id, hit)
    return created


def _item_for(db: sqlite_utils.Database, hit: Hit) -> tuple[int, bool]:
    row = db.execute("SELECT id FROM inbox_items WHERE group_key = ?", [hit.group_key]).fetchone()
    if row is not None:
        return int(row[0]), False
    now = now_iso()
    cur = db.execute(
        "INSERT INTO inbox_items(chat_id, pack_key, rule_id, severity, bucket, group_key, author, "
        "first_message_id, last_message_id, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [hit.chat_id, hit.pack_key, hit.rule_id, hit.severity, hit.bucket, hit.group_key,
         hit.author, hit.message_id, hit.message_id, now, now])
    return int(cur.lastrowid), True


def _add_hit(db: sqlite_utils.Database, item_id: int, hit: Hit) -> None:
    cur = db.execute("INSERT OR IGNORE INTO inbox_hits(item_id, message_id, detector, spans) "
                     "VALUES (?, ?, ?, ?)",
                     [item_id, hit.message_id, hit.detector, json.dumps(list(hit.spans))])
    if cur.rowcount:
        db.execute("UPDATE inbox_items SET hits = hits + 1, "
                   "first_message_id = min(first_message_id, ?), "
                   "last_message_id = max(last_message_id, ?), updated_at = ? WHERE id = ?",
                   [hit.message_id, hit.message_id, now_iso(), item_id])


def item(db: sqlite_utils.Database, item_id: int) -> dict[str, object]:
    """One item as a dict (raises KeyError when it does not exist)."""
    cur = db.execute("SELECT * FROM inbox_items WHERE id = ?", [item_id])
    row = cur.fetchone()
    if row is None:
        raise KeyError(item_id)
    return dict(zip([d[0] for d in cur.description], row))


def move(db: sqlite_utils.Database, item_id: int, *, to_state: str, moderator: str,
         reason: str | None = None) -> Changes:
    """Change an item's state, logging who, when, from and to."""
    if to_state not in STATES:
        raise TriageRefused(f"unknown state {to_state!r}")
    with db.atomic():
        current = str(item(db, item_id)["state"])
        if to_state not in _ALLOWED[current]:
            raise TriageRefused(f"an item that is {current} cannot become {to_state}")
        db.execute("UPDATE inbox_items SET state = ?, handled_by = ?, reason = ?, updated_at = ? "
                   "WHERE id = ?", [to_state, moderator, reason, now_iso(), item_id])
        _log(db, item_id, moderator, "move", current, to_state, reason)
    return INBOX_CHANGED


def triage(db: sqlite_utils.Database, item_id: int, *, to_state: str, moderator: str,
           reason: str | None = None) -> int:
    """Move an item as a moderator means it, stepping through in_review when required.

    "Resolve" on an escalated item is two logged moves (escalated → in_review
    → resolved), because the state rules ask for a review first. Returns how
    many moves were logged (0 when the item is already there), so an undo can
    call `undo_last` that many times to reverse the whole step.
    """
    current = str(item(db, item_id)["state"])
    if current == to_state:
        return 0
    if to_state in _ALLOWED[current] or "in_review" not in _ALLOWED[current]:
        move(db, item_id, to_state=to_state, moderator=moderator, reason=reason)
        return 1
    move(db, item_id, to_state="in_review", moderator=moderator)
    move(db, item_id, to_state=to_state, moderator=moderator, reason=reason)
    return 2


def set_severity(db: sqlite_utils.Database, item_id: int, *, severity: str,
                 moderator: str) -> Changes:
    """Change how urgent an item is (logged; the bucket follows the severity)."""
    if severity not in SEVERITIES:
        raise TriageRefused(f"unknown severity {severity!r}")
    with db.atomic():
        old = item(db, item_id)
        bucket = _bucket_after(str(old["bucket"]), severity)
        db.execute("UPDATE inbox_items SET severity = ?, bucket = ?, updated_at = ? WHERE id = ?",
                   [severity, bucket, now_iso(), item_id])
        _log(db, item_id, moderator, "severity", None, None,
             json.dumps({"from": old["severity"], "to": severity, "bucket_from": old["bucket"]}))
    return INBOX_CHANGED


def _bucket_after(bucket: str, severity: str) -> str:
    if severity == "urgent":
        return "urgent"
    return "attention" if bucket == "urgent" else bucket


def snooze(db: sqlite_utils.Database, item_id: int, *, until: str | None,
           moderator: str) -> Changes:
    """Hide an item from the queue until `until` (ISO date); None wakes it."""
    with db.atomic():
        old = item(db, item_id)["snoozed_until"]
        db.execute("UPDATE inbox_items SET snoozed_until = ?, updated_at = ? WHERE id = ?",
                   [until, now_iso(), item_id])
        _log(db, item_id, moderator, "snooze", None, None,
             json.dumps({"from": old, "to": until}))
    return INBOX_CHANGED


def undo_last(db: sqlite_utils.Database, item_id: int, *, moderator: str) -> Changes:
    """Reverse the item's last action by appending its inverse (the log keeps both)."""
    with db.atomic():
        last = _last_undoable(db, item_id)
        if last is None:
            raise TriageRefused("nothing to undo on this item")
        log_id, action, from_state, to_state, detail = last
        _reverse(db, item_id, action, from_state, detail)
        _log(db, item_id, moderator, "undo", to_state, from_state, json.dumps({"undid": log_id}))
    return INBOX_CHANGED


def _last_undoable(db: sqlite_utils.Database, item_id: int) -> tuple | None:
    undone = {json.loads(d)["undid"] for (d,) in db.execute(
        "SELECT detail FROM triage_log WHERE item_id = ? AND action = 'undo'", [item_id])}
    for row in db.execute("SELECT id, action, from_state, to_state, detail FROM triage_log "
                          "WHERE item_id = ? AND action != 'undo' ORDER BY id DESC", [item_id]):
        if row[0] not in undone:
            return tuple(row)
    return None


def _reverse(db: sqlite_utils.Database, item_id: int, action: str, from_state: str | None,
             detail: str | None) -> None:
    now = now_iso()
    if action == "move":
        db.execute("UPDATE inbox_items SET state = ?, updated_at = ? WHERE id = ?",
                   [from_state, now, item_id])
    elif action == "severity":
        d = json.loads(detail or "{}")
        db.execute("UPDATE inbox_items SET severity = ?, bucket = ?, updated_at = ? WHERE id = ?",
                   [d["from"], d["bucket_from"], now, item_id])
    elif action == "snooze":
        d = json.loads(detail or "{}")
        db.execute("UPDATE inbox_items SET snoozed_until = ?, updated_at = ? WHERE id = ?",
                   [d["from"], now, item_id])


def _log(db: sqlite_utils.Database, item_id: int, moderator: str, action: str,
         from_state: str | None, to_state: str | None, detail: str | None) -> None:
    db.execute("INSERT INTO triage_log(item_id, at, moderator, action, from_state, to_state, "
               "detail) VALUES (?, ?, ?, ?, ?, ?, ?)",
               [item_id, now_iso(), moderator, action, from_state, to_state, detail])


def history(db: sqlite_utils.Database, item_id: int) -> list[dict[str, object]]:
    """The item's log, oldest first."""
    cur = db.execute("SELECT id, at, moderator, action, from_state, to_state, detail "
                     "FROM triage_log WHERE item_id = ? ORDER BY id", [item_id])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur]


def group_counts(db: sqlite_utils.Database, *, today: str) -> dict[int, GroupCounts]:
    """Open, unsnoozed items per chat by bucket (`today` is an ISO date: the clock is injected)."""
    sql = ("SELECT chat_id, bucket, count(*) FROM inbox_items "
           "WHERE state IN ('new', 'in_review') "
           "AND (snoozed_until IS NULL OR snoozed_until <= ?) GROUP BY chat_id, bucket")
    counts: dict[int, dict[str, int]] = {}
    for chat_id, bucket, n in db.execute(sql, [today]):
        counts.setdefault(int(chat_id), {})[str(bucket)] = int(n)
    return {cid: GroupCounts(cid, c.get("urgent", 0), c.get("attention", 0), c.get("reply", 0))
            for cid, c in counts.items()}


_SEVERITY_RANK = "CASE severity WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END"


def queue_ids(db: sqlite_utils.Database, *, today: str, states: Sequence[str] = OPEN_STATES,
              chat_ids: Sequence[int] | None = None, rule_id: str | None = None,
              severity: str | None = None, since_id: int | None = None,
              until_id: int | None = None, snoozed: bool = False) -> list[int]:
    """Item ids for the queue: most severe first, then the longest-waiting first.

    Date filters take message-id bounds (ids are time-ordered). Snoozed
    items are left out until their day unless `snoozed` is set.
    """
    where, params = [f"state IN ({_marks(states)})"], list(states)
    if not snoozed:
        where.append("(snoozed_until IS NULL OR snoozed_until <= ?)")
        params.append(today)
    for clause, value in (("rule_id = ?", rule_id), ("severity = ?", severity),
                          ("last_message_id >= ?", since_id), ("first_message_id <= ?", until_id)):
        if value is not None:
            where.append(clause)
            params.append(value)
    if chat_ids is not None:
        where.append(f"chat_id IN ({_marks(chat_ids)})")
        params.extend(chat_ids)
    sql = (f"SELECT id FROM inbox_items WHERE {' AND '.join(where)} "
           f"ORDER BY {_SEVERITY_RANK}, first_message_id, id")
    return [int(r[0]) for r in db.execute(sql, params)]


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" * len(values)) or "NULL"
