"""The guideline rules an incident can be filed under, read from the vault's packs.

An incident's category is a (pack_key, rule_id) pair. The pickers list
`rule_choices`; the CLI turns what the moderator typed into a pair with
`find_rules` (a rule id, its title, or "pack:rule" when two packs share an id).
"""

from __future__ import annotations

import dataclasses
import tomllib

import sqlite_utils

from moddesk.storage import guideline_store


@dataclasses.dataclass(frozen=True)
class RuleChoice:
    """One rule of one stored pack (its latest version)."""

    pack_key: str
    rule_id: str
    title: str


def rule_choices(db: sqlite_utils.Database) -> list[RuleChoice]:
    """Every rule of every stored pack, sorted by title."""
    choices = []
    for pack_key, (_version, text) in guideline_store.latest_packs(db).items():
        for rule in _rules(text):
            rule_id, title = rule.get("id"), rule.get("title")
            if isinstance(rule_id, str):
                choices.append(RuleChoice(pack_key, rule_id,
                                          title if isinstance(title, str) else rule_id))
    return sorted(choices, key=lambda c: (c.title.casefold(), c.pack_key))


def _rules(text: str) -> list[dict[str, object]]:
    try:
        rules = tomllib.loads(text).get("rules")
    except tomllib.TOMLDecodeError:
        return []
    if isinstance(rules, dict):
        return [{"id": k, **v} for k, v in rules.items() if isinstance(v, dict)]
    return [r for r in rules or () if isinstance(r, dict)]


def find_rules(db: sqlite_utils.Database, wanted: str) -> list[RuleChoice]:
    """The rules `wanted` names: "pack:rule", a rule id, or a title (case ignored)."""
    pack, sep, rule = wanted.strip().partition(":")
    folded = wanted.strip().casefold()
    return [c for c in rule_choices(db)
            if (sep and (c.pack_key, c.rule_id) == (pack, rule))
            or (not sep and folded in (c.rule_id.casefold(), c.title.casefold()))]
