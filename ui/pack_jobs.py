"""The writer jobs behind pack edits, imports and restores, and what they report.

Each job stores a new version through `pack_import` and returns a
`PackSaved`: a `Changes` (packs changed, when they did) that also carries
the saved version, or the `PackError` that stopped it, and the chats that
use the pack and so need checking again. A `PackError` is returned, not
raised: for the session, a raised error that is not a storage error is a
bug.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import sqlite_utils

from moddesk.storage import Changes, guideline_store
from moddesk.triage import PackError, pack_import
from moddesk.triage.pack_import import Saved
from moddesk.triage.vault_scan import ensure_builtin_packs
from moddesk.ui.pack_versions_dialog import Version

Job = Callable[[sqlite_utils.Database], "PackSaved"]


@dataclasses.dataclass(frozen=True)
class PackSaved(Changes):
    """What a pack job did: the new version, or the problem; the chats to check again."""

    saved: Saved | None = None
    problem: PackError | None = None
    chats: tuple[int, ...] = ()


def _outcome(db: sqlite_utils.Database, store: Callable[[], Saved]) -> PackSaved:
    try:
        saved = store()
    except PackError as exc:
        return PackSaved(problem=exc)
    if not saved.changed:
        return PackSaved(saved=saved)
    return PackSaved(packs=True, saved=saved, chats=tuple(pack_import.chats_using(db, saved.key)))


def save_job(text: str, *, key: str | None, moderator: str | None, source: str) -> Job:
    """Check `text` and store it as its pack's next version."""
    return lambda db: _outcome(db, lambda: pack_import.save_text(
        db, text, moderator=moderator, key=key, source=source))


def restore_job(key: str, version: int, *, moderator: str | None) -> Job:
    """Store an old version's text again as the newest version."""
    return lambda db: _outcome(db, lambda: pack_import.restore(db, key, version,
                                                               moderator=moderator))


def ensure_builtin_job(db: sqlite_utils.Database) -> Changes:
    """Store the shipped packs the first time a vault is shown."""
    before = set(guideline_store.latest_packs(db))
    ensure_builtin_packs(db)
    return Changes(packs=set(guideline_store.latest_packs(db)) != before)


def read_versions(db: sqlite_utils.Database, key: str) -> list[Version]:
    """Every version of a pack with its text (reader)."""
    return [Version(int(str(v["version"])), _opt(v["created_at"]), _opt(v["created_by"]),
                    pack_import.export_text(db, key, int(str(v["version"])))[1])
            for v in guideline_store.pack_versions(db, key)]


def _opt(value: object) -> str | None:
    return None if value is None else str(value)
