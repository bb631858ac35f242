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

import sqlite_utils

from moddesk.ingest.importer import ImportResult
from moddesk.storage import guideline_store, inbox_store
from moddesk.storage.message_store import SEQ_BITS

from .engine import Triage
from .model import Flag, MessageRecord
from .pack_loader import builtin_packs, load_pack_text

log = logging.getLogger("moddesk.triage.vault")
LOOKBACK = timedelta(hours=48)
# Unanswered questions older than this (before "now") are history, not a
# queue: importing two years of chat must not raise ten thousand items.
REPLY_HORIZON = timedelta(days=7)
PAGE = 5000
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
    """Store the shipped packs as version 1 the first time a vault needs them."""
    stored = guideline_store.latest_packs(db)
    for pack in builtin_packs():
        if pack.id not in stored and pack.text is not None:
            guideline_store.save_pack(db, pack_key=pack.id, source=pack.text, moderator=None)


def pack_texts_for_chat(db: sqlite_utils.Database, chat_id: int) -> tuple[str, ...]:
    """The texts of the packs a chat is checked against: its chosen ones, else all stored."""
    stored = guideline_store.latest_packs(db)
    keys = guideline_store.chat_packs(db, chat_id) or sorted(stored)
    return tuple(stored[k][1] for k in keys if k in stored)


@functools.lru_cache(maxsize=8)
def _engine(texts: tuple[str, ...], admins: frozenset[str]) -> Triage:
    # Parsing and compiling two packs takes ~0.1 s; an import batch touches
    # many chats with the same packs, so compile once per distinct set.
    return Triage([load_pack_text(t, source="vault") for t in texts], admins=admins)


def scan_imported(db: sqlite_utils.Database, results: Iterable[ImportResult], *,
                  now: datetime, cancel: threading.Event | None = None) -> ScanResult:
    """Run the guidelines over what an import added (writer thread).

    Only chats that gained messages are scanned. A cancel keeps the import
    (it committed) and leaves the rest to the next scan, which resumes where
    the chat's last scan stopped.
    """
    chats = sorted({r.chat_id for r in results if r.messages_new})
    try:
        return scan_chats(db, chats, now=now, cancel=cancel)
    except ScanCancelled:
        return ScanResult(0, 0, 0, 0)


def scan_chats(db: sqlite_utils.Database, chat_ids: Iterable[int], *, now: datetime,
               full: bool = False, progress: Progress | None = None,
               cancel: threading.Event | None = None) -> ScanResult:
    """Scan several chats; `now` is the injected clock for reply deadlines."""
    chat_ids = list(chat_ids)
    total = ScanResult(0, 0, 0, 0)
    for done, chat_id in enumerate(chat_ids):
        if cancel is not None and cancel.is_set():
            raise ScanCancelled()
        one = scan_chat(db, chat_id, now=now, full=full, cancel=cancel)
        total = ScanResult(total.chats + 1, total.messages + one.messages,
                           total.items_created + one.items_created, total.hits + one.hits)
        if progress is not None:
            progress(done + 1, len(chat_ids))
    return total


def scan_chat(db: sqlite_utils.Database, chat_id: int, *, now: datetime, full: bool = False,
              cancel: threading.Event | None = None) -> ScanResult:
    """Scan one chat's new (or, with `full`, all) messages and file what fires."""
    ensure_builtin_packs(db)
    texts = pack_texts_for_chat(db, chat_id)
    if not texts:
        return ScanResult(1, 0, 0, 0)
    triage = _engine(texts, frozenset(guideline_store.admins(db, chat_id)))
    start, version = _start_id(db, chat_id, texts, full)
    counter = _Counter()
    state = triage.new_state()
    records = counter.count(_records(db, chat_id, start, cancel))
    flags = list(triage.scan(records, chat_state=state)) + triage.overdue(state, now=now)
    created, hits = _file(db, flags, now)
    _remember(db, chat_id, counter.last_id, version)
    log.info("triage chat %d: %d messages, %d flags, %d new items",
             chat_id, counter.n, len(flags), created)
    return ScanResult(1, counter.n, created, hits)


class _Counter:
    """Counts records as they stream past and remembers the last id."""

    def __init__(self) -> None:
        self.n = 0
        self.last_id = 0

    def count(self, records: Iterator[MessageRecord]) -> Iterator[MessageRecord]:
        for r in records:
            self.n += 1
            self.last_id = r.id
            yield r


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


def _file(db: sqlite_utils.Database, flags: list[Flag], now: datetime) -> tuple[int, int]:
    hits = [h for f in flags if _wanted(f, now) for h in hits_for(f)]
    with db.atomic():
        created = inbox_store.record_hits(db, hits)
    return created, len(hits)


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
    key = json.dumps(list(flag.group_key), ensure_ascii=False)
    bucket = _bucket(flag)
    return [inbox_store.Hit(flag.chat_id, flag.message_id, flag.pack_id, flag.rule_id,
                            flag.severity, bucket, key, flag.author, m.detector, m.spans)
            for m in flag.matches]


def _remember(db: sqlite_utils.Database, chat_id: int, last_id: int, version: str) -> None:
    if last_id == 0:
        return
    with db.atomic():
        db.execute("INSERT INTO triage_progress(chat_id, scanned_to, packs_version) "
                   "VALUES (?, ?, ?) ON CONFLICT(chat_id) DO UPDATE SET "
                   "scanned_to = max(scanned_to, excluded.scanned_to), "
                   "packs_version = excluded.packs_version", [chat_id, last_id, version])
