"""Read guideline packs from TOML, checking everything a moderator could mistype.

A pack file looks like this (the shipped packs in `packs/` are full examples):

    id = "support-community"
    name = "Support community"
    version = "1.0"
    description = "…"
    languages = ["en", "de"]

    [allowlist]
    phones = ["0800 000 0111"]

    [[rules]]
    id = "flooding"
    title = "No flooding"
    description = "…"
    severity = "normal"          # urgent, high, normal or low
    responses = ["flood-slow-down"]

    [rules.translations.de]
    title = "Keine Nachrichtenfluten"
    description = "…"

    [[rules.detectors]]
    type = "flood"
    options = { count = 8, minutes = 2 }

English is the base text. `[translations.<language>]` (before `[allowlist]`)
gives the pack's `name` and `description`, and `[rules.translations.<language>]`
(after the rule's own fields, before its detectors) a rule's `title` and
`description`, in one of the other languages ModDesk speaks: de, fr, es, hi.
Every field is optional; whatever is missing shows in English, and a pack
without translations shows its text as written in every language.

Every problem becomes a `PackError` naming the file, the rule and the field,
and saying what to write instead.
"""

from __future__ import annotations

import functools

import re
import tomllib
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import PackError
from .model import SEVERITIES, TEXT_LANGUAGES, Allowlist, DetectorSpec, Pack, Rule
from .registry import spec_problems

PACK_KEYS = {"id": str, "name": str, "version": str, "description": str, "languages": list,
             "translations": dict, "allowlist": dict, "rules": list}
PACK_REQUIRED = ("id", "name", "version", "rules")
RULE_KEYS = {"id": str, "title": str, "description": str, "severity": str, "detectors": list,
             "responses": list, "exempt_admins": bool, "group_minutes": int, "translations": dict}
RULE_REQUIRED = ("id", "title", "description", "severity", "detectors")
ALLOWLIST_KEYS = ("phones", "emails", "domains")
PACK_TEXTS = ("name", "description")
RULE_TEXTS = ("title", "description")
_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
_TYPE_NAMES = {str: "text in quotes", list: "a list [ … ]", dict: "a table", bool: "true or false",
               int: "a whole number"}


def load_pack(path: str | Path) -> Pack:
    """Read and check one pack file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(path.name, f"could not be read ({type(exc).__name__}); "
                                   "check that it is a UTF-8 text file") from exc
    return load_pack_text(text, source=path.name)


def load_pack_text(text: str, *, source: str = "<text>") -> Pack:
    """Check and build a pack from TOML text; `source` names it in errors."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PackError(source, f"is not valid TOML ({exc}); check quotes, brackets and "
                                "commas near that line") from exc
    return pack_from_dict(data, source=source, text=text)


def builtin_packs() -> list[Pack]:
    """The packs shipped with ModDesk, by file name."""
    return list(_builtin_packs())


@functools.cache
def _builtin_packs() -> tuple[Pack, ...]:
    # Shipped files do not change while the app runs; every import asks.
    folder = resources.files("moddesk.triage.packs")
    names = sorted(f.name for f in folder.iterdir() if f.name.endswith(".toml"))
    return tuple(load_pack_text((folder / n).read_text(encoding="utf-8"), source=n)
                 for n in names)


def builtin_pack(pack_id: str) -> Pack:
    """One shipped pack by its id ("support-community", "child-protection")."""
    for pack in builtin_packs():
        if pack.id == pack_id:
            return pack
    raise KeyError(pack_id)


def pack_from_dict(data: Mapping[str, Any], *, source: str, text: str | None = None) -> Pack:
    """A checked `Pack` from parsed TOML."""
    _check_keys(source, None, "", data, PACK_KEYS, PACK_REQUIRED)
    _check_id(source, None, "id", data["id"])
    rules = tuple(_rule(source, i, r) for i, r in enumerate(data["rules"]))
    _check_unique_rules(source, rules)
    return Pack(id=data["id"], name=data["name"], version=data["version"],
                description=data.get("description", ""),
                languages=tuple(_strings(source, None, "languages", data.get("languages", []))),
                rules=rules, allowlist=_allowlist(source, data.get("allowlist", {})),
                translations=_translations(source, None, data.get("translations", {}), PACK_TEXTS),
                source=source, text=text)


def _check_keys(source: str, rule: str | None, prefix: str, data: Any,
                known: Mapping[str, type], required: tuple[str, ...]) -> None:
    if not isinstance(data, Mapping):
        raise PackError(source, "must be a table", rule=rule, field=prefix.rstrip(".") or None)
    for name in required:
        if name not in data:
            raise PackError(source, f"'{name}' is missing; add {name} = …", rule=rule,
                            field=prefix.rstrip(".") or None)
    for name, item in data.items():
        if name not in known:
            raise PackError(source, f"is not a known field; known fields: {', '.join(known)}",
                            rule=rule, field=prefix + name)
        if not isinstance(item, known[name]) or (known[name] is int and isinstance(item, bool)):
            raise PackError(source, f"must be {_TYPE_NAMES[known[name]]}, not {item!r}",
                            rule=rule, field=prefix + name)


def _check_id(source: str, rule: str | None, field: str, value: str) -> None:
    if not _ID.fullmatch(value):
        raise PackError(source, f"{value!r} is not a usable id; use lower-case letters, digits "
                                "and hyphens, like \"personal-info\"", rule=rule, field=field)


def _strings(source: str, rule: str | None, field: str, items: list[Any]) -> list[str]:
    if not all(isinstance(i, str) for i in items):
        raise PackError(source, "must be a list of texts in quotes", rule=rule, field=field)
    return list(items)


def _rule(source: str, index: int, data: Any) -> Rule:
    rule_id = data.get("id") if isinstance(data, Mapping) and isinstance(data.get("id"), str) \
        else f"#{index + 1}"
    _check_keys(source, rule_id, "", data, RULE_KEYS, RULE_REQUIRED)
    _check_id(source, rule_id, "id", data["id"])
    if data["severity"] not in SEVERITIES:
        raise PackError(source, f"{data['severity']!r} is not a severity; use one of "
                                f"{', '.join(SEVERITIES)}", rule=rule_id, field="severity")
    if data.get("group_minutes", 60) < 1:
        raise PackError(source, "must be at least 1", rule=rule_id, field="group_minutes")
    detectors = tuple(_detector(source, rule_id, i, d) for i, d in enumerate(data["detectors"]))
    if not detectors:
        raise PackError(source, "is empty; a rule needs at least one detector",
                        rule=rule_id, field="detectors")
    return Rule(id=data["id"], title=data["title"], description=data["description"],
                severity=data["severity"], detectors=detectors,
                responses=tuple(_strings(source, rule_id, "responses", data.get("responses", []))),
                exempt_admins=data.get("exempt_admins", False),
                group_minutes=data.get("group_minutes", 60),
                translations=_translations(source, rule_id, data.get("translations", {}), RULE_TEXTS))


def _detector(source: str, rule_id: str, index: int, data: Any) -> DetectorSpec:
    field = f"detectors[{index}]"
    _check_keys(source, rule_id, field + ".", data, {"type": str, "options": dict}, ("type",))
    spec = DetectorSpec(type=data["type"], options=data.get("options", {}))
    for where, problem in spec_problems(spec):
        raise PackError(source, problem, rule=rule_id, field=f"{field}.{where}")
    return spec


def _check_unique_rules(source: str, rules: tuple[Rule, ...]) -> None:
    seen: set[str] = set()
    for rule in rules:
        if rule.id in seen:
            raise PackError(source, "is used by two rules; give each rule its own id",
                            rule=rule.id, field="id")
        seen.add(rule.id)


def _allowlist(source: str, data: Any) -> Allowlist:
    _check_keys(source, None, "allowlist.", data, dict.fromkeys(ALLOWLIST_KEYS, list), ())
    lists = {k: tuple(_strings(source, None, f"allowlist.{k}", data.get(k, []))) for k in ALLOWLIST_KEYS}
    return Allowlist(**lists)


def _translations(source: str, rule: str | None, data: Mapping[str, Any],
                  fields: tuple[str, ...]) -> dict[str, dict[str, str]]:
    """{language: {field: text}} from a `translations` table, every entry checked."""
    found = {}
    for language, texts in data.items():
        where = f"translations.{language}"
        if language not in TEXT_LANGUAGES:
            raise PackError(source, _language_problem(language), rule=rule, field=where)
        _check_keys(source, rule, where + ".", texts, dict.fromkeys(fields, str), ())
        if not texts:
            raise PackError(source, f"is empty; add {' or '.join(fields)} in this language, or "
                                    "remove the table", rule=rule, field=where)
        for name, text in texts.items():
            if not text.strip():
                raise PackError(source, "is empty; write the text, or leave the line out to "
                                        "show the English one", rule=rule, field=f"{where}.{name}")
        found[language] = {name: texts[name] for name in fields if name in texts}
    return found


def _language_problem(language: str) -> str:
    known = ", ".join(TEXT_LANGUAGES)
    if language == "en":
        return "English is the base text: write it in the fields above, not as a translation"
    return f"{language!r} is not a language ModDesk shows packs in; use one of {known}"
