"""The community's guidelines as a group description: plain text that fits WhatsApp's limit.

Built from the rules of a group's packs (or one pack): every rule that asks
something of members, by its title, numbered. Rules that only point a
moderator at work ("A question is waiting for an answer", "New member")
are left out, and "Someone may be in danger" becomes the closing line the
UI passes in, because it is advice, not a rule. The words around the list
(heading, footer) come from the UI so they can be translated, and the
rule titles come in the same language where the pack has them; the
moderator edits the result before copying or printing it.

WhatsApp counts the description in UTF-16 units (an emoji counts two), so
`whatsapp_length` does too.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence

import sqlite_utils

from moddesk.storage import guideline_store
from moddesk.triage.model import Pack
from moddesk.triage.pack_import import overview
from moddesk.triage.pack_loader import builtin_packs

WHATSAPP_DESCRIPTION_LIMIT = 2048
# Rules that find work for moderators rather than ask anything of members.
MODERATOR_SIGNALS = frozenset({"urgent-help", "needs-reply", "new-members", "deleted-messages"})


@dataclasses.dataclass(frozen=True)
class Source:
    """Where the rules come from: a group (its packs) or one pack."""

    kind: str  # "chat" or "pack"
    name: str
    pack_keys: tuple[str, ...]  # empty for a chat: every pack applies


def whatsapp_length(text: str) -> int:
    """The length WhatsApp holds against its limit (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def member_rules(packs: Iterable[Pack], *, language: str = "en") -> list[str]:
    """The titles (in `language`) of the rules that ask something of members, each once."""
    titles: dict[str, str] = {}
    for pack in packs:
        for rule in pack.rules:
            if rule.id not in MODERATOR_SIGNALS:
                titles.setdefault(rule.id, rule.title_in(language))
    return list(titles.values())


def description_text(*, heading: str, rules: Sequence[str], intro: str = "",
                     footer: str = "") -> str:
    """Heading, intro, the numbered rules and a footer, as a WhatsApp group description."""
    parts = [heading.strip()] if heading.strip() else []
    if intro.strip():
        parts.append(intro.strip())
    parts.append("\n".join(f"{n}. {title}" for n, title in enumerate(rules, 1)))
    if footer.strip():
        parts.append(footer.strip())
    return "\n\n".join(p for p in parts if p)


def sources(db: sqlite_utils.Database, *, language: str = "en") -> list[Source]:
    """Every group (not merged away), then every pack (named in `language`), by name."""
    chats = [Source("chat", str(name), tuple(guideline_store.chat_packs(db, int(cid))))
             for cid, name in db.execute(
                 "SELECT id, coalesce(display_name, name) FROM chats WHERE merged_into IS NULL "
                 "ORDER BY coalesce(display_name, name) COLLATE NOCASE")]
    packs = [Source("pack", p.name_in(language), (p.id,)) for p in available_packs(db).values()]
    return chats + packs


def available_packs(db: sqlite_utils.Database) -> dict[str, Pack]:
    """The packs in use: those stored in the vault that load, else the shipped ones."""
    stored = {info.key: info.pack for info in overview(db) if info.pack is not None}
    return stored or {p.id: p for p in builtin_packs()}


def rules_for(db: sqlite_utils.Database, source: Source, *, language: str = "en") -> list[str]:
    """The member-facing rule titles of a source's packs (a chat without a choice: all packs)."""
    packs = available_packs(db)
    keys = source.pack_keys or tuple(packs)
    return member_rules((packs[k] for k in keys if k in packs), language=language)
