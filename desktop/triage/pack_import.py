"""Guideline packs in and out of the vault: check, save, restore, import, export, rescan.

The one place both `moddesk rules` and the Guidelines page go through, so
a pack edited in the app and one imported from a terminal are checked,
versioned and rescanned the same way. Saving never overwrites: every
change (an edit, an import, a restore of an old version) is stored as the
pack's next version, and the chats that use the pack are then checked
again over their whole history.

Writes run on the writer thread; `overview` and `error_line` are reads and
pure functions for the GUI's reader.
"""

from __future__ import annotations

import dataclasses
import re
import threading
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

import sqlite_utils

from moddesk.storage import guideline_store

from .errors import PackError
from .model import Pack
from .pack_loader import load_pack, load_pack_text
from .vault_scan import Progress, ScanCancelled, scan_chats

_TOML_AT = re.compile(r"\(at line (\d+), column \d+\)")
_RULES_HEADER = re.compile(r"\s*\[\[\s*rules\s*\]\]")
_DETECTORS_HEADER = re.compile(r"\s*\[\[\s*rules\s*\.\s*detectors\s*\]\]")
_INDEXED = re.compile(r"(\w+)\[(\d+)\]")


@dataclasses.dataclass(frozen=True)
class PackInfo:
    """One stored pack as the moderator sees it in a list.

    `name` is in the language the list was read for, where the pack has it.
    `pack` is None (and `problem` says why) when the stored text no longer
    loads, for example after an update made a detector option stricter.
    `chats` counts listed chats (merged ones folded in) that use the pack.
    """

    key: str
    version: int
    name: str
    changed_at: str | None
    changed_by: str | None
    chats: int
    pack: Pack | None
    problem: str | None = None


@dataclasses.dataclass(frozen=True)
class Saved:
    """What a save did: the pack's key, its version now, and its latest version before."""

    key: str
    version: int
    previous: int | None

    @property
    def changed(self) -> bool:
        """False when the text was the same as the latest version (nothing stored)."""
        return self.version != self.previous


@dataclasses.dataclass(frozen=True)
class Rescan:
    """What a rescan did, also when it was cancelled part way."""

    chats: int
    done: int
    items_created: int
    cancelled: bool


# -- checking ------------------------------------------------------------------------------


def check_text(text: str, *, source: str, key: str | None = None) -> Pack:
    """The pack in `text`, or a `PackError`; with `key`, its id must stay that key."""
    pack = load_pack_text(text, source=source)
    if key is not None and pack.id != key:
        raise PackError(source, f"must stay \"{key}\" for this pack, not \"{pack.id}\"; to start "
                                "a new pack, export this one, change its id and import it",
                        field="id")
    return pack


def read_file(path: str | Path) -> Pack:
    """A pack file, checked (`PackError` names the file and what is wrong)."""
    return load_pack(path)


def error_line(text: str, exc: PackError) -> int | None:
    """The 1-based line of `text` a `PackError` points at, when it can be found."""
    found = _TOML_AT.search(exc.problem)
    if found:
        return int(found.group(1))
    lines = text.splitlines()
    start, end = _rule_block(lines, exc.rule)
    if start is None:
        return None
    for part in (exc.field or "").split("."):
        start, end = _narrow(lines, start, end, part)
    return start + 1


def _rule_block(lines: list[str], rule: str | None) -> tuple[int | None, int]:
    headers = [i for i, line in enumerate(lines) if _RULES_HEADER.match(line)]
    if rule is None:
        return 0, headers[0] if headers else len(lines)
    bounds = list(zip(headers, [*headers[1:], len(lines)]))
    if rule.startswith("#") and rule[1:].isdigit():
        index = int(rule[1:]) - 1
        return bounds[index] if 0 <= index < len(bounds) else (None, 0)
    ident = re.compile(rf"\s*id\s*=\s*[\"']{re.escape(rule)}[\"']")
    for start, end in bounds:
        if any(ident.match(line) for line in lines[start:end]):
            return start, end
    return None, 0


def _narrow(lines: list[str], start: int, end: int, part: str) -> tuple[int, int]:
    """The lines within [start, end) that hold `part` ("severity", "detectors[1]")."""
    indexed = _INDEXED.fullmatch(part)
    if indexed and indexed.group(1) == "detectors":
        heads = [i for i in range(start, end) if _DETECTORS_HEADER.match(lines[i])]
        n = int(indexed.group(2))
        if n < len(heads):
            return heads[n], heads[n + 1] if n + 1 < len(heads) else end
        return start, end
    name = re.escape(indexed.group(1) if indexed else part)
    key = re.compile(rf"\s*(\[+[^\]]*\b{name}\s*\]+|{name}\s*=)|.*[{{,]\s*{name}\s*=")
    for i in range(start, end):
        if key.match(lines[i]):
            return i, end
    return start, end


# -- saving (writer thread) ------------------------------------------------------------------


def save_text(db: sqlite_utils.Database, text: str, *, moderator: str | None,
              key: str | None = None, source: str = "editor") -> Saved:
    """Check `text` and store it as the next version of its pack (`PackError` if bad)."""
    pack = check_text(text, source=source, key=key)
    return _store(db, pack.id, text, moderator)


def import_file(db: sqlite_utils.Database, path: str | Path, *,
                moderator: str | None) -> Saved:
    """Check a pack file and store it (a known id becomes that pack's next version)."""
    pack = read_file(path)
    return _store(db, pack.id, pack.text or "", moderator)


def restore(db: sqlite_utils.Database, key: str, version: int, *,
            moderator: str | None) -> Saved:
    """Store an old version's text again as the newest version (history stays whole)."""
    old = guideline_store.pack_source(db, key, version)
    if old is None or old[0] != version:
        raise KeyError(f"{key} version {version}")
    return _store(db, key, old[1], moderator)


def _store(db: sqlite_utils.Database, key: str, text: str, moderator: str | None) -> Saved:
    before = guideline_store.pack_source(db, key)
    version = guideline_store.save_pack(db, pack_key=key, source=text, moderator=moderator)
    return Saved(key, version, None if before is None else before[0])


# -- reading -----------------------------------------------------------------------------------


def export_text(db: sqlite_utils.Database, key: str, version: int | None = None) -> tuple[int, str]:
    """(version, text) of a stored pack, exactly as saved (comments kept); KeyError if none."""
    found = guideline_store.pack_source(db, key, version)
    if found is None or (version is not None and found[0] != version):
        raise KeyError(key)
    return found


def overview(db: sqlite_utils.Database, *, language: str = "en") -> list[PackInfo]:
    """Every stored pack (latest version) with who changed it when and how many chats use it.

    Packs are named in `language` ("de", "de_DE") where they have a translation.
    """
    usage = _usage(db)
    infos = []
    for key, (version, text) in sorted(guideline_store.latest_packs(db).items()):
        meta = guideline_store.pack_versions(db, key)[-1]
        pack, problem = _load(key, text)
        infos.append(PackInfo(key, version, pack.name_in(language) if pack else key,
                              _opt(meta["created_at"]), _opt(meta["created_by"]),
                              usage.get(key, 0), pack, problem))
    return infos


def _opt(value: object) -> str | None:
    return None if value is None else str(value)


def _load(key: str, text: str) -> tuple[Pack | None, str | None]:
    try:
        return load_pack_text(text, source=key), None
    except PackError as exc:
        return None, str(exc)


def _usage(db: sqlite_utils.Database) -> dict[str, int]:
    """pack key -> listed chats using it (a chat without a choice uses every pack)."""
    stored = set(guideline_store.latest_packs(db))
    counts = dict.fromkeys(stored, 0)
    for (chat_id,) in db.execute("SELECT id FROM chats WHERE merged_into IS NULL"):
        for key in (set(guideline_store.chat_packs(db, int(chat_id))) & stored) or stored:
            counts[key] += 1
    return counts


def chats_using(db: sqlite_utils.Database, key: str) -> list[int]:
    """Every chat (merged ones too: each keeps its own messages) whose scan uses `key`."""
    chosen: dict[int, set[str]] = {}
    for chat_id, pack_key in db.execute("SELECT chat_id, pack_key FROM chat_packs"):
        chosen.setdefault(int(chat_id), set()).add(str(pack_key))
    stored = set(guideline_store.latest_packs(db))
    ids = [int(r[0]) for r in db.execute("SELECT id FROM chats ORDER BY id")]
    return [c for c in ids if key in ((chosen.get(c, set()) & stored) or stored)]


# -- rescanning (writer thread) ----------------------------------------------------------------


def rescan(db: sqlite_utils.Database, chat_ids: Iterable[int], *, now: datetime,
           progress: Progress | None = None,
           cancel: threading.Event | None = None) -> Rescan:
    """Check chats over their whole history; a cancel keeps what was filed before it."""
    ids = list(dict.fromkeys(chat_ids))
    before = _last_item(db)
    done = [0]

    def report(n: int, total: int) -> None:
        done[0] = n
        if progress is not None:
            progress(n, total)

    try:
        scan_chats(db, ids, now=now, full=True, progress=report, cancel=cancel)
        cancelled = False
    except ScanCancelled:
        cancelled = True
    created = db.execute("SELECT count(*) FROM inbox_items WHERE id > ?", [before]).fetchone()[0]
    return Rescan(len(ids), len(ids) if not cancelled else done[0], int(created), cancelled)


def _last_item(db: sqlite_utils.Database) -> int:
    return int(db.execute("SELECT coalesce(max(id), 0) FROM inbox_items").fetchone()[0])
