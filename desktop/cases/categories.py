"""The guideline rules an incident can be filed under, read from the vault's packs.

An incident's category is a (pack_key, rule_id) pair. The pickers list
`rule_choices`, titled in the moderator's language where the pack has it;
the CLI turns what the moderator typed into a pair with `find_rules` (a
rule id, its title in any of the pack's languages, or "pack:rule" when two
packs share an id).
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


def rule_choices(db: sqlite_utils.Database, *, language: str = "en") -> list[RuleChoice]:
    """Every rule of every stored pack, titled in `language` ("de", "de_DE"), sorted by title."""
    code = (language or "en").replace("-", "_").split("_")[0].lower()
    choices = []
    for pack_key, rule in _all_rules(db):
        titles = _titles(rule)
        choices.append(RuleChoice(pack_key, str(rule["id"]), titles.get(code) or titles["en"]))
    return sorted(choices, key=lambda c: (c.title.casefold(), c.pack_key))


def _all_rules(db: sqlite_utils.Database) -> list[tuple[str, dict[str, object]]]:
    """(pack key, rule table) of every rule with an id in every stored pack."""
    return [(pack_key, rule) for pack_key, (_version, text) in guideline_store.latest_packs(db).items()
            for rule in _rules(text) if isinstance(rule.get("id"), str)]


def _titles(rule: dict[str, object]) -> dict[str, str]:
    """language -> title; "en" is the title as written (the id when there is none)."""
    title = rule.get("title")
    titles = {"en": title if isinstance(title, str) and title.strip() else str(rule["id"])}
    translations = rule.get("translations")
    for language, texts in (translations.items() if isinstance(translations, dict) else ()):
        if isinstance(texts, dict) and isinstance(texts.get("title"), str) and texts["title"].strip():
            titles.setdefault(str(language), texts["title"])
    return titles


def _rules(text: str) -> list[dict[str, object]]:
    try:
        rules = tomllib.loads(text).get("rules")
    except tomllib.TOMLDecodeError:
        return []
    if isinstance(rules, dict):
        return [{"id": k, **v} for k, v in rules.items() if isinstance(v, dict)]
    return [r for r in rules or () if isinstance(r, dict)]


def find_rules(db: sqlite_utils.Database, wanted: str) -> list[RuleChoice]:
    """The rules `wanted` names: "pack:rule", a rule id, or a title in any language (case ignored)."""
    pack, sep, rule_id = wanted.strip().partition(":")
    folded = wanted.strip().casefold()
    found = []
    for pack_key, rule in _all_rules(db):
        titles = _titles(rule)
        names = {str(rule["id"]).casefold(), *(t.casefold() for t in titles.values())}
        if (sep and (pack_key, rule["id"]) == (pack, rule_id)) or (not sep and folded in names):
            found.append(RuleChoice(pack_key, str(rule["id"]), titles["en"]))
    return sorted(found, key=lambda c: (c.title.casefold(), c.pack_key))
