"""The shipped guideline packs in a vault: stored on first use, kept current, never over an edit.

`ensure_builtin_packs` stores each shipped pack as its first version the
first time a vault needs it. A later ModDesk may ship new text for a pack
(more words, texts in more languages). The vault's pack follows it only
while the pack is still unmodified shipped text: its latest version was
stored by ModDesk itself (no moderator named) and its text is one ModDesk
shipped. Then the new text becomes the next version, listed in the history
as "ModDesk (shipped)", and the chats using it are checked again on their
next scan. A pack a moderator edited, imported or restored under their name
is never replaced; they can compare it with the shipped text and import
that themselves.

Which texts ModDesk shipped: the vault remembers the digest of every
shipped text it stored (setting `shipped_pack_digests`); a vault made
before it remembered them is recognised by the digests of the texts the
earlier releases shipped (`EARLIER_RELEASES`, never to be edited).
"""

from __future__ import annotations

import hashlib
import logging

import sqlite_utils

from moddesk.storage import guideline_store
from moddesk.storage.settings import get_setting, set_setting

from .pack_loader import builtin_packs

log = logging.getLogger("moddesk.triage.shipped")
DIGESTS_SETTING = "shipped_pack_digests"
# SHA-256 of the pack texts shipped before vaults remembered them.
EARLIER_RELEASES: dict[str, frozenset[str]] = {
    "support-community": frozenset({
        "70fa34434a4030bd8f2c7f925891701321382ffcd20def651cba3ca456720ad9",
        "65ea601a7d3213deac31294dce3bc1727d500abb88ba5da81a8381a6a9abaa9e",
        "0467f1ed8e5bc689d2592e09a5c60d23e12ea3d67aeba0ad31c449f50904c4c2",
    }),
    "child-protection": frozenset({
        "cbe62547723b1829c579020ddfb062950b90e1e4b8262123955b319cd76a5579",
        "88d51e027f7c46777b11c08cc2006080fb4cc7637a42b9280e32ecc6dfde70a4",
        "b5b2048f39d6f94140481632643d01113535350366dae51ac2399240035af2fa",
    }),
}


def digest(text: str) -> str:
    """SHA-256 (hex) of a pack text as stored."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def ensure_builtin_packs(db: sqlite_utils.Database) -> list[str]:
    """Store missing shipped packs and update unmodified ones; the keys stored (writer thread)."""
    stored = guideline_store.latest_packs(db)
    shipped = [p for p in builtin_packs() if p.text is not None]
    changed = [p for p in shipped if p.id not in stored or stored[p.id][1] != p.text]
    if not changed:
        return []
    known = shipped_digests(db)
    due = [p for p in changed if p.id not in stored or _unmodified(db, p.id, stored[p.id][1], known)]
    for pack in due:
        _store(db, pack.id, pack.text or "")
        log.info("shipped pack %s stored (%s)", pack.id, "update" if pack.id in stored else "new")
    return [p.id for p in due]


def shipped_digests(db: sqlite_utils.Database) -> dict[str, set[str]]:
    """pack key -> digests of every text ModDesk shipped that this vault may hold."""
    remembered = get_setting(db, DIGESTS_SETTING, {})
    keys = set(EARLIER_RELEASES) | set(remembered)
    return {k: set(EARLIER_RELEASES.get(k, ())) | set(remembered.get(k, ())) for k in keys}


def _unmodified(db: sqlite_utils.Database, key: str, text: str,
                known: dict[str, set[str]]) -> bool:
    """Is the latest version shipped text that ModDesk itself stored?"""
    by_moderator = guideline_store.pack_versions(db, key)[-1]["created_by"]
    return by_moderator is None and digest(text) in known.get(key, set())


def _store(db: sqlite_utils.Database, key: str, text: str) -> None:
    remembered = get_setting(db, DIGESTS_SETTING, {})
    remembered[key] = sorted(set(remembered.get(key, ())) | {digest(text)})
    with db.atomic():
        guideline_store.save_pack(db, pack_key=key, source=text, moderator=None)
        set_setting(db, DIGESTS_SETTING, remembered)
