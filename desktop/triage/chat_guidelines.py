"""One chat's guideline settings: which packs it is checked against, and who its admins are.

A listed chat can hold chats merged into it; each keeps its own messages
and is scanned with its own settings, so a choice made for the listed chat
is written to every member. Admins come from two places: group notices
("Amina made you an admin", source "system") and the moderator (source
"moderator"); the moderator's choice always wins (`guideline_store.set_admin`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

import sqlite_utils

from moddesk.storage import guideline_store
from moddesk.storage.chat_queries import chat_members

SYSTEM = "system"
MODERATOR = "moderator"


@dataclasses.dataclass(frozen=True)
class Member:
    """One author of a chat: how many messages, and whether (and by whom) made an admin.

    `source` is None when nobody said anything about this author yet.
    """

    author: str
    messages: int
    is_admin: bool
    source: str | None


@dataclasses.dataclass(frozen=True)
class ChatGuidelines:
    """A listed chat's pack choice (empty: every pack) and its members, most active first."""

    chat_id: int
    chats: tuple[int, ...]
    packs: tuple[str, ...]
    members: tuple[Member, ...]

    @property
    def admins(self) -> set[str]:
        """Who counts as an admin now."""
        return {m.author for m in self.members if m.is_admin}


def chat_guidelines(db: sqlite_utils.Database, chat_id: int) -> ChatGuidelines:
    """Read a listed chat's settings (counts every author's messages: use the reader)."""
    chats = tuple(chat_members(db, chat_id))
    roles = _roles(db, chats)
    counts = _author_counts(db, chats)
    for author in roles:
        counts.setdefault(author, 0)
    members = tuple(Member(a, n, *roles.get(a, (False, None)))
                    for a, n in sorted(counts.items(), key=lambda x: (-x[1], x[0].casefold())))
    return ChatGuidelines(chat_id, chats, tuple(guideline_store.chat_packs(db, chat_id)), members)


def _marks(values: tuple[int, ...]) -> str:
    return ", ".join("?" * len(values))


def _author_counts(db: sqlite_utils.Database, chats: tuple[int, ...]) -> dict[str, int]:
    rows = db.execute(f"SELECT author, count(*) FROM messages WHERE chat_id IN ({_marks(chats)}) "
                      "AND author IS NOT NULL AND kind != 'system' GROUP BY author", list(chats))
    return {str(a): int(n) for a, n in rows}


def _roles(db: sqlite_utils.Database, chats: tuple[int, ...]) -> dict[str, tuple[bool, str]]:
    """author -> (is admin, source) over every member chat; the moderator's word first."""
    roles: dict[str, tuple[bool, str]] = {}
    for chat in chats:
        for author, (is_admin, source) in guideline_store.admin_roles(db, chat).items():
            if author not in roles or source == MODERATOR:
                roles[author] = (is_admin, source)
    return roles


def save_chat_guidelines(db: sqlite_utils.Database, chat_id: int, *, packs: Iterable[str],
                         admins: Iterable[str]) -> bool:
    """Store the pack choice and admins for a listed chat and its members (writer thread).

    Only authors whose admin status changes are recorded, as the
    moderator's choice; the rest keep what group notices said. Returns
    whether anything changed (then the chat needs checking again).
    """
    before = chat_guidelines(db, chat_id)
    packs, wanted = tuple(sorted(dict.fromkeys(packs))), set(admins)
    flips = [m.author for m in before.members if m.is_admin != (m.author in wanted)]
    flips += sorted(wanted - {m.author for m in before.members})
    if packs == tuple(sorted(before.packs)) and not flips:
        return False
    with db.atomic():
        for chat in before.chats:
            guideline_store.set_chat_packs(db, chat, packs)
            for author in flips:
                guideline_store.set_admin(db, chat, author, is_admin=author in wanted,
                                          source=MODERATOR)
    return True
