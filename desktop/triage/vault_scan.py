"""Run a chat's guideline packs over its stored messages and file flags in the inbox.

Called on the writer thread: after an import (only messages after the
chat's `triage_progress.scanned_to`, with a look-back so floods and
unanswered questions that straddle two exports are seen whole) and over
the whole history after a rule change (`full=True`). Filing is idempotent
(items are keyed by chat, rule, author and time bucket; hits by message
and detector), so scanning a stretch twice adds nothing.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, timedelta
from typing import Protocol

import sqlite_utils

from moddesk.ingest.importer import ImportResult
from moddesk.storage import guideline_store, inbox_store
from moddesk.storage.message_store import SEQ_BITS
from moddesk.storage.settings import get_setting

from .engine import Triage
from .inbox_filing import file_hits
from .known_text import KnownText
from .model import Flag, MessageRecord
from .pack_loader import load_pack_text

log = logging.getLogger("moddesk.triage.vault")
# One encoder: json.dumps with any option builds a new one per call (a flag each).
_GROUP_KEY_JSON = json.JSONEncoder(ensure_ascii=False).encode
LOOKBACK = timedelta(hours=48)
# Unanswered questions older than this (before "now") are history, not a
# queue: importing two years of chat must not raise ten thousand items.
REPLY_HORIZON = timedelta(days=7)
PAGE = 5000
# Vault setting: pack keys for chats with no packs of their own (first-run choice).
DEFAULT_PACKS_SETTING = "default_packs"
Progress = Callable[[int, int], None]


class ScanCancelled(Exception):
    """The moderator cancelled a scan; what was filed so far stays (it is all valid)."""


@dataclasses.dataclass(frozen=True)
class ScanResult:
    """What one scan did, in counts."""

    chats: int
    messages: int
    items_created: int
    hits: int


def ensure_builtin_packs(db: sqlite_utils.Database) -> None:
    """Store the shipped packs on first use; newer shipped text replaces only unedited packs."""
    from .shipped_packs import ensure_builtin_packs as ensure  # the rules live there

    ensure(db)


def pack_texts_for_chat(db: sqlite_utils.Database, chat_id: int) -> tuple[str, ...]:
    """The texts of the packs a chat is checked against.

    Its chosen ones; else the vault's default packs (chosen at first run);
    else every stored pack.
    """
    stored = guideline_store.latest_packs(db)
    defaults = [k for k in get_setting(db, DEFAULT_PACKS_SETTING, []) if k in stored]
    keys = guideline_store.chat_packs(db, chat_id) or defaults or sorted(stored)
    return tuple(stored[k][1] for k in keys if k in stored)


@functools.lru_cache(maxsize=8)
def engine_for(texts: tuple[str, ...], admins: frozenset[str], pinned: frozenset[str]) -> Triage:
    """The engine for a pack set and admins, compiled once per distinct set."""
    # Parsing and compiling two packs takes ~0.1 s; an import batch touches
    # many chats with the same packs.
    return Triage([load_pack_text(t, source="vault") for t in texts], admins=admins,
                  pinned_admins=pinned)


@dataclasses.dataclass(frozen=True)
class ScanPlan:
    """What one chat's scan starts from: first id, pack texts, admins (picklable)."""

    chat_id: int
    start: int
    texts: tuple[str, ...]
    admins: frozenset[str]
    pinned: frozenset[str]

    def same_rules(self, other: ScanPlan) -> bool:
        """True when both plans run the same engine over the same chat."""
        return (self.chat_id, self.texts, self.admins, self.pinned) == \
            (other.chat_id, other.texts, other.admins, other.pinned)


@dataclasses.dataclass
class ChatOutcome:
    """A chat's scan, done but not filed: the hits to file and what to remember.

    `filed_hits` and `filed_items` count hits of this scan filed ahead
    (during the import, import_overlap.py); `hits` holds the rest.
    """

    plan: ScanPlan
    messages: int = 0
    first_id: int = 0
    last_id: int = 0
    flags: int = 0
    hits: list[inbox_store.Hit] = dataclasses.field(default_factory=list)
    admin_changes: dict[str, bool] = dataclasses.field(default_factory=dict)
    filed_hits: int = 0
    filed_items: int = 0


class ChatScan:
    """One chat's scan fed records in id order, filed as hits at `now`; `outcome()` ends it.

    Feeding in pieces gives the same flags as one long scan as long as every
    piece but the last is a whole number of engine batches (`BATCH`).
    """

    def __init__(self, plan: ScanPlan, now: datetime, known: KnownText | None = None) -> None:
        self.triage = engine_for(plan.texts, plan.admins, plan.pinned)
        self.state = self.triage.new_state()
        self._now = now
        self._known = known
        self._out = ChatOutcome(plan)

    def feed(self, records: Iterable[MessageRecord]) -> None:
        """Scan the next records of the chat."""
        self._add(self.triage.scan(self._counted(records), chat_state=self.state,
                                   known=self._known))

    def _counted(self, records: Iterable[MessageRecord]) -> Iterable[MessageRecord]:
        out = self._out
        if isinstance(records, list):  # the worker's batches: counted without a step per record
            if records:
                out.first_id = out.first_id if out.messages else records[0].id
                out.messages += len(records)
                out.last_id = records[-1].id
            return records
        return self._counting(records)

    def _counting(self, records: Iterable[MessageRecord]) -> Iterator[MessageRecord]:
        out = self._out
        for r in records:
            if not out.messages:
                out.first_id = r.id
            out.messages += 1
            out.last_id = r.id
            yield r

    def _add(self, flags: Iterable[Flag]) -> None:
        now, out = self._now, self._out
        for flag in flags:
            out.flags += 1
            if _wanted(flag, now):
                out.hits.extend(hits_for(flag))

    def take_hits(self) -> list[inbox_store.Hit]:
        """The hits found so far, handed over (for filing ahead, in order)."""
        hits, self._out.hits = self._out.hits, []
        return hits

    def outcome(self) -> ChatOutcome:
        """What to file: the hits so far and those of questions overdue at `now`."""
        self._add(self.triage.overdue(self.state, now=self._now))
        out = self._out
        out.admin_changes = dict(self.state.admin_changes.get(out.plan.chat_id, {}))
        return out


class Ahead(Protocol):
    """Scan work done ahead, during the import (import_overlap.py)."""

    def whole(self, plan: ScanPlan, cancel: threading.Event | None) -> ChatOutcome | None:
        """The chat's whole scan if a worker did just what `plan` asks (see `covers`), else None.

        None also undoes any filing ahead, so the scan here starts clean.
        """

    def known_text(self, plan: ScanPlan, cancel: threading.Event | None) -> KnownText | None:
        """Text results for some of the chat's messages, if any were computed."""


def _admins(db: sqlite_utils.Database, chat_id: int, *,
            from_start: bool) -> tuple[frozenset[str], frozenset[str]]:
    """(admins when the scan starts, names the moderator set either way).

    A scan from the first message leaves out admins read from notices: the
    notices come past again and make them admins from that message on.
    """
    roles = guideline_store.admin_roles(db, chat_id)
    pinned = frozenset(n for n, (_admin, source) in roles.items() if source == "moderator")
    admins = frozenset(n for n, (admin, source) in roles.items()
                       if admin and (source == "moderator" or not from_start))
    return admins, pinned


def scan_imported(db: sqlite_utils.Database, results: Iterable[ImportResult], *,
                  now: datetime, cancel: threading.Event | None = None,
                  ahead: Ahead | None = None) -> ScanResult:
    """Run the guidelines over what an import added (writer thread).

    Only chats that gained messages are scanned. A cancel keeps the import
    (it committed) and leaves the rest to the next scan, which resumes where
    the chat's last scan stopped. `ahead` holds work a worker did during
    the import (import_overlap.py); the result is the same without it.
    """
    chats = sorted({r.chat_id for r in results if r.messages_new})
    try:
        return scan_chats(db, chats, now=now, cancel=cancel, ahead=ahead)
    except ScanCancelled:
        return ScanResult(0, 0, 0, 0)


def scan_chats(db: sqlite_utils.Database, chat_ids: Iterable[int], *, now: datetime,
               full: bool = False, progress: Progress | None = None,
               cancel: threading.Event | None = None, ahead: Ahead | None = None) -> ScanResult:
    """Scan several chats; `now` is the injected clock for reply deadlines."""
    chat_ids = list(chat_ids)
    total = ScanResult(0, 0, 0, 0)
    for done, chat_id in enumerate(chat_ids):
        if cancel is not None and cancel.is_set():
            raise ScanCancelled()
        one = scan_chat(db, chat_id, now=now, full=full, cancel=cancel, ahead=ahead)
        total = ScanResult(total.chats + 1, total.messages + one.messages,
                           total.items_created + one.items_created, total.hits + one.hits)
        if progress is not None:
            progress(done + 1, len(chat_ids))
    return total


def scan_chat(db: sqlite_utils.Database, chat_id: int, *, now: datetime, full: bool = False,
              cancel: threading.Event | None = None, ahead: Ahead | None = None) -> ScanResult:
    """Scan one chat's new (or, with `full`, all) messages and file what fires."""
    ensure_builtin_packs(db)
    plan, version = plan_scan(db, chat_id, full=full)
    if plan is None:
        return ScanResult(1, 0, 0, 0)
    out = ahead.whole(plan, cancel) if ahead is not None and not full else None
    if out is None:
        known = ahead.known_text(plan, cancel) if ahead is not None and not full else None
        scan = ChatScan(plan, now, known)
        scan.feed(_records(db, chat_id, plan.start, cancel))
        out = scan.outcome()
    with db.atomic():
        created = file_hits(db, out.hits)
    _remember_admins(db, chat_id, out.admin_changes)
    _remember(db, chat_id, out.last_id, version)
    created += out.filed_items
    log.info("triage chat %d: %d messages, %d flags, %d new items",
             chat_id, out.messages, out.flags, created)
    return ScanResult(1, out.messages, created, len(out.hits) + out.filed_hits)


def plan_scan(db: sqlite_utils.Database, chat_id: int, *,
              full: bool = False) -> tuple[ScanPlan | None, str]:
    """(where and with what the chat's next scan starts, packs version); None: no packs."""
    texts = pack_texts_for_chat(db, chat_id)
    if not texts:
        return None, ""
    start, version = _start_id(db, chat_id, texts, full)
    return ScanPlan(chat_id, start, texts, *_admins(db, chat_id, from_start=start == 0)), version


def covers(db: sqlite_utils.Database, plan: ScanPlan, out: ChatOutcome) -> bool:
    """Did a scan done ahead see exactly the messages `plan` reads, with the same rules?"""
    if not plan.same_rules(out.plan):
        return False
    row = db.execute("SELECT count(*), min(id), max(id) FROM messages WHERE chat_id = ? AND id >= ?",
                     [plan.chat_id, plan.start]).fetchone()
    return tuple(row) == (out.messages, out.first_id, out.last_id)


def _packs_version(texts: tuple[str, ...]) -> str:
    digest = hashlib.sha256()
    for text in texts:
        digest.update(text.encode("utf-8"))
    return digest.hexdigest()[:16]


def _start_id(db: sqlite_utils.Database, chat_id: int, texts: tuple[str, ...],
              full: bool) -> tuple[int, str]:
    """Where to start reading: after the last scan, less the look-back; 0 after a rule change."""
    version = _packs_version(texts)
    row = db.execute("SELECT scanned_to, packs_version FROM triage_progress WHERE chat_id = ?",
                     [chat_id]).fetchone()
    if full or row is None or row[1] != version:
        return 0, version
    back = int(LOOKBACK.total_seconds()) << SEQ_BITS
    return max(int(row[0]) - back, 0), version


def _records(db: sqlite_utils.Database, chat_id: int, start: int,
             cancel: threading.Event | None) -> Iterator[MessageRecord]:
    """The chat's messages from `start` in time order, a page at a time (keyset)."""
    after = start - 1
    while True:
        if cancel is not None and cancel.is_set():
            raise ScanCancelled()
        rows = db.execute(
            "SELECT id, ts, author, kind, system_kind, text, removed_in_export, attachment "
            "FROM messages WHERE chat_id = ? AND id > ? ORDER BY id LIMIT ?",
            [chat_id, after, PAGE]).fetchall()
        if not rows:
            return
        for r in rows:
            yield MessageRecord(r[0], chat_id, datetime.fromisoformat(r[1]), r[2], r[3], r[4],
                                r[5], r[6] is not None, r[7])
        after = rows[-1][0]


def _wanted(flag: Flag, now: datetime) -> bool:
    if _bucket(flag) != "reply":
        return True
    return flag.ts >= now - REPLY_HORIZON


def _bucket(flag: Flag) -> str:
    if flag.severity == "urgent":
        return "urgent"
    if any(m.detector == "needs_reply" for m in flag.matches):
        return "reply"
    return "attention"


def hits_for(flag: Flag) -> list[inbox_store.Hit]:
    """Inbox hits for a flag: one per detector that fired, with its spans."""
    key = _GROUP_KEY_JSON(list(flag.group_key))
    bucket = _bucket(flag)
    return [inbox_store.Hit(flag.chat_id, flag.message_id, flag.pack_id, flag.rule_id,
                            flag.severity, bucket, key, flag.author, m.detector, m.spans)
            for m in flag.matches]


def _remember_admins(db: sqlite_utils.Database, chat_id: int, changes: dict[str, bool]) -> None:
    """Admins announced by the chat's notices; the moderator's own setting stays (set_admin)."""
    for name, admin in changes.items():
        guideline_store.set_admin(db, chat_id, name, is_admin=admin, source="system")
    if changes:
        log.info("triage chat %d: %d admin changes from notices", chat_id, len(changes))


def _remember(db: sqlite_utils.Database, chat_id: int, last_id: int, version: str) -> None:
    if last_id == 0:
        return
    with db.atomic():
        db.execute("INSERT INTO triage_progress(chat_id, scanned_to, packs_version) "
                   "VALUES (?, ?, ?) ON CONFLICT(chat_id) DO UPDATE SET "
                   "scanned_to = max(scanned_to, excluded.scanned_to), "
                   "packs_version = excluded.packs_version", [chat_id, last_id, version])
