"""Two synthetic incidents for the demo vault, made the way a moderator would make them.

Both start from inbox items the demo chats raise (an urgent call for help
and a phone number shared in a school group), through the real incident
log, so the demo shows evidence, notes with history, people, a referral and
a follow-up due today. Names and texts are the demo chats' own inventions;
the referral names no real service.
"""

from __future__ import annotations

import datetime as dt
import logging

import sqlite_utils

from moddesk.cases import incidents

log = logging.getLogger("moddesk.demo")
MODERATOR = "Demo Moderator"


def _item(db: sqlite_utils.Database, rule_id: str) -> tuple[int, str | None] | None:
    row = db.execute("SELECT id, author FROM inbox_items WHERE rule_id = ? AND state = 'new' "
                     "ORDER BY id LIMIT 1", [rule_id]).fetchone()
    return (int(row[0]), row[1]) if row else None


def fill_demo_incidents(db: sqlite_utils.Database, mac_key: bytes) -> None:
    """Open the demo incidents (nothing happens if the demo chats raised no such items)."""
    kw = {"mac_key": mac_key, "moderator": MODERATOR}
    made = 0
    urgent = _item(db, "urgent-help")
    if urgent is not None:
        item_id, author = urgent
        iid, _ = incidents.create_incident(db, **kw, title="Member asked for urgent help",
                                           from_items=[item_id])
        if author:
            incidents.add_person(db, **kw, incident_id=iid, name=author, role="affected")
        note_id, _ = incidents.add_note(db, **kw, incident_id=iid, text=(
            "Wrote to her privately at once. She is safe tonight and staying with her sister."))
        incidents.edit_note(db, **kw, note_id=note_id, text=(
            "Wrote to her privately at once. She is safe tonight and staying with her sister. "
            "She agreed that we call the family counselling service together tomorrow."))
        incidents.record_referral(db, **kw, incident_id=iid,
                                  to="Family counselling service (demo entry)", how="by phone")
        incidents.set_status(db, **kw, incident_id=iid, status="referred")
        incidents.set_fields(db, **kw, incident_id=iid, tags=["safety"],
                             follow_up=dt.date.today().isoformat())
        made += 1
    shared = _item(db, "personal-info")
    if shared is not None:
        item_id, author = shared
        iid, _ = incidents.create_incident(db, **kw, title="Phone number shared in the group",
                                           from_items=[item_id])
        if author:
            incidents.add_person(db, **kw, incident_id=iid, name=author, role="subject")
        incidents.add_note(db, **kw, incident_id=iid, text=(
            "Reminded the member of the rule about personal details; the message was deleted "
            "by the member. Watching for a repeat this week."))
        incidents.set_status(db, **kw, incident_id=iid, status="monitoring")
        made += 1
    log.info("demo incidents opened: %d", made)
