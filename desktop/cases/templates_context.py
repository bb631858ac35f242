"""What a template's placeholders are filled with, taken from what the moderator is looking at.

From an inbox item: {member} is the author, {group} the chat's name, {rule}
the title of the guideline rule that raised it. From an incident: {group}
is the chat of its evidence (or of the inbox item it came from), {rule} its
category's title, and {member} the involved person whose role fits the
template's audience (the reporter for "thank you for reporting", the
subject otherwise). {rule} is in the template's language where the pack
has the rule in it (`[rules.translations.de]`): a German reply quotes the
rule in German. {moderator}, {date} and {resource} are the UI's to fill:
they come from settings, the locale and the resource directory.

Reads only; call on the reader or the GUI connection.
"""

from __future__ import annotations

import dataclasses

import sqlite_utils

from moddesk.cases.templates_library import languages, suggested_keys
from moddesk.storage import case_store, inbox_queries

# Who {member} is for each template audience, by the incident roles tried in order.
ROLE_ORDER = {"reporter": ("reporter", "affected", "witness", "subject"),
              "member": ("subject", "affected", "reporter", "witness"),
              "team": ("subject", "affected", "reporter", "witness"),
              "group": ()}


@dataclasses.dataclass(frozen=True)
class Context:
    """Placeholder values known from the item or incident, and what its rule suggests.

    `people` are (name, role) of an incident's involved people; for an
    inbox item it is empty and {member} is fixed.
    """

    values: dict[str, str]
    suggested: tuple[str, ...] = ()
    incident_id: int | None = None
    people: tuple[tuple[str, str], ...] = ()
    rule_titles: dict[str, str] = dataclasses.field(default_factory=dict)  # language -> title

    def values_for(self, audience: str, language: str = "en") -> dict[str, str]:
        """The values for a template of this audience and language ({member}, {rule})."""
        values = dict(self.values)
        if language in self.rule_titles:
            values["rule"] = self.rule_titles[language]
        if self.people:
            values["member"] = member_for(self.people, audience)
        return values


def member_for(people: tuple[tuple[str, str], ...] | list[tuple[str, str]], audience: str) -> str:
    """The involved person a template for `audience` is addressed to ("" if none fits)."""
    for role in ROLE_ORDER.get(audience, ()):
        for name, person_role in people:
            if person_role == role:
                return name
    return ""


def inbox_context(db: sqlite_utils.Database, item_id: int) -> Context | None:
    """The context of one inbox item, or None when it is gone."""
    row = inbox_queries.item_rows(db, [item_id]).get(item_id)
    if row is None:
        return None
    titles = _rule_titles(db, row.pack_key, row.rule_id)
    values = {"member": row.author or "", "group": row.chat, "rule": titles.get("en", "")}
    return Context(values, tuple(suggested_keys(db, row.pack_key, row.rule_id)),
                   rule_titles=titles)


def incident_context(db: sqlite_utils.Database, incident_id: int) -> Context | None:
    """The context of one incident, or None when it does not exist."""
    found = case_store.incident(db, incident_id)
    if found is None:
        return None
    pack_key, rule_id = found.get("pack_key"), found.get("rule_id")
    titles = _rule_titles(db, str(pack_key), str(rule_id)) if pack_key and rule_id else {}
    suggested = suggested_keys(db, str(pack_key), str(rule_id)) if pack_key and rule_id else []
    values = {"group": _incident_chat(db, incident_id), "rule": titles.get("en", "")}
    return Context(values, tuple(suggested), incident_id,
                   tuple(case_store.people(db, incident_id)), titles)


def _rule_titles(db: sqlite_utils.Database, pack_key: str, rule_id: str) -> dict[str, str]:
    """The rule's title in each template language (as written where the pack has no translation)."""
    return inbox_queries.rule_titles(db, pack_key, rule_id, ("en", *languages(db)))


def _incident_chat(db: sqlite_utils.Database, incident_id: int) -> str:
    evidence = case_store.evidence(db, incident_id)
    if evidence:
        return evidence[0].chat_name
    row = db.execute("SELECT coalesce(c.display_name, c.name) FROM inbox_items i "
                     "JOIN chats c ON c.id = i.chat_id WHERE i.incident_id = ? "
                     "ORDER BY i.id LIMIT 1", [incident_id]).fetchone()
    return str(row[0]) if row else ""
