"""The templates a moderator can use: shipped texts merged with their own edits.

Reading: `all_templates(db)` gives every (key, language) once, the
moderator's edit winning over the shipped text. Writing (on the writer
thread): `save_template` checks the body's placeholders before anything is
stored, `reset_template` drops an edit so the shipped text comes back, and
`delete_template` removes a template the moderator added. Every write
returns `Changes(templates=True)`.

Guideline packs suggest templates by key: a rule's `responses` list
(`moddesk.triage.pack_loader`) names the keys `suggested_keys` returns.
"""

from __future__ import annotations

import re

import sqlite_utils

from moddesk.cases.templates import check
from moddesk.cases.templates_shipped import AUDIENCES, KINDS, Template, shipped
from moddesk.storage import guideline_store, template_store
from moddesk.storage.changes import Changes
from moddesk.triage.errors import PackError
from moddesk.triage.pack_loader import builtin_packs, load_pack_text

_KEY = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
_LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")


def all_templates(db: sqlite_utils.Database) -> list[Template]:
    """Every template in every language: shipped order first, then added ones by key."""
    merged = dict(shipped().texts)
    for row in template_store.stored_texts(db):
        merged[(row.key, row.language)] = Template(
            row.key, row.language, row.title, row.body, row.kind, row.audience, row.origin,
            row.version, row.updated_at)
    return list(merged.values())


def get_template(db: sqlite_utils.Database, key: str, language: str) -> Template | None:
    """One template in one language, as the moderator would use it now."""
    row = template_store.stored_text(db, key, language)
    if row is None:
        return shipped().texts.get((key, language))
    return Template(row.key, row.language, row.title, row.body, row.kind, row.audience,
                    row.origin, row.version, row.updated_at)


def languages(db: sqlite_utils.Database) -> dict[str, str]:
    """Language code -> name: the shipped languages, then codes only added templates use."""
    found = dict(shipped().languages)
    for template in all_templates(db):
        found.setdefault(template.language, template.language)
    return found


def is_shipped(key: str, language: str) -> bool:
    """True when ModDesk ships a text for this key and language (so it can be reset)."""
    return (key, language) in shipped().texts


def save_template(db: sqlite_utils.Database, *, key: str, language: str, title: str, body: str,
                  moderator: str | None = None, kind: str | None = None,
                  audience: str | None = None, now: str | None = None) -> Changes:
    """Store an edit of a template (or a new one); raises TemplateError/ValueError first.

    A key ModDesk ships keeps its shipped kind and audience; a new key
    defaults to a reply to the member.
    """
    check(body)
    _check_names(key, language, title)
    kinds = shipped().kinds
    known = kinds.get(key) or _stored_kind(db, key)
    kind, audience = known or (kind or "reply", audience or "member")
    if kind not in KINDS or audience not in AUDIENCES:
        raise ValueError(f"kind must be one of {KINDS} and audience one of {AUDIENCES}")
    origin = "edited" if key in kinds else "added"
    return template_store.save_text(db, key=key, language=language, title=title.strip(),
                                    body=body.strip(), kind=kind, audience=audience,
                                    origin=origin, moderator=moderator, now=now)


def reset_template(db: sqlite_utils.Database, key: str, language: str) -> Changes:
    """Bring back the shipped text of an edited template."""
    if not is_shipped(key, language):
        raise ValueError(f"{key}/{language} is not shipped with ModDesk; nothing to reset to")
    return template_store.delete_text(db, key, language)


def delete_template(db: sqlite_utils.Database, key: str, language: str) -> Changes:
    """Remove a template the moderator added (shipped ones can only be reset)."""
    if is_shipped(key, language):
        raise ValueError(f"{key}/{language} is shipped with ModDesk; reset it instead")
    return template_store.delete_text(db, key, language)


def new_key(db: sqlite_utils.Database, title: str) -> str:
    """A fresh key for a template the moderator adds, made from its title."""
    base = re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-")[:40].strip("-")
    base = base if _KEY.fullmatch(base) else "template"  # e.g. a title in Devanagari
    taken = {t.key for t in all_templates(db)}
    key, n = base, 2
    while key in taken:
        key, n = f"{base}-{n}", n + 1
    return key


def suggested_keys(db: sqlite_utils.Database, pack_key: str, rule_id: str) -> list[str]:
    """The template keys a guideline rule suggests (its `responses`), that exist."""
    rule = _rule(db, pack_key, rule_id)
    existing = {t.key for t in all_templates(db)}
    return [k for k in (rule.responses if rule else ()) if k in existing]


def _rule(db: sqlite_utils.Database, pack_key: str, rule_id: str):  # type: ignore[no-untyped-def]
    latest = guideline_store.pack_source(db, pack_key)
    try:
        pack = load_pack_text(latest[1], source=pack_key) if latest else None
    except PackError:
        pack = None  # a pack the moderator broke suggests nothing, it does not crash
    if pack is None:
        pack = next((p for p in builtin_packs() if p.id == pack_key), None)
    return next((r for r in pack.rules if r.id == rule_id), None) if pack else None


def _stored_kind(db: sqlite_utils.Database, key: str) -> tuple[str, str] | None:
    for row in template_store.stored_texts(db):
        if row.key == key:
            return row.kind, row.audience
    return None


def _check_names(key: str, language: str, title: str) -> None:
    if not _KEY.fullmatch(key):
        raise ValueError(f"{key!r} is not a usable template key")
    if not _LANGUAGE.fullmatch(language):
        raise ValueError(f"{language!r} is not a language code like 'en' or 'pt-BR'")
    if not title.strip():
        raise ValueError("a template needs a title")
