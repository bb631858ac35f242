"""The worker process of the import overlap: triage of each batch as it is stored.

Runs in one spawned process per import (import_overlap.py sends the jobs,
in order). Each export written is one stream:

* "text" streams (a chat that already had messages, or an export out of
  time order) run the text stage and send its results back, by message id,
  for the scan after the commit to look up;
* "whole" streams (a chat seen for the first time, in time order: its scan
  reads exactly these messages, in this order) run the whole scan here,
  stateful detectors included, and send back the hits found so far as
  planned filing (`inbox_filing.FilingBatch`: the import's process only
  writes it); the last hits, overdue questions included, come with the
  outcome when the stream ends.

Each batch crosses as one `marshal` string of its columns (`pack`), made
in the import's process. The import's process is the one whose time the
user waits for; marshal writes a batch's columns in half the time pickle
takes, because pickle memoizes every one of the batch's strings.
Both ends are the same interpreter (the worker is spawned from it), which
is what marshal's version-bound format needs.

Nothing here touches the vault or logs message text.
"""

from __future__ import annotations

import gc
import marshal
from collections.abc import Sequence
from datetime import datetime
from functools import partial
from itertools import repeat
from typing import Any

from .engine import BATCH
from .inbox_filing import FilingBatch, FilingPlanner
from .known_text import KnownText, TextBatch
from .model import MessageRecord
from .text_stage import SCANNED_KINDS
from .vault_scan import ChatOutcome, ChatScan, ScanPlan, engine_for

# Columns of stored rows as triage reads them: (ids, ts, author, kind, system_kind, text, attachment).
WholeColumns = tuple[Sequence[Any], ...]
_STREAMS: dict[int, _Stream] = {}
# MessageRecord from a tuple of its fields without a Python-level __new__ call (a third faster).
_RECORD = partial(tuple.__new__, MessageRecord)


class _Stream:
    """One export's messages arriving batch by batch."""

    def __init__(self, plan: ScanPlan, whole: bool, now: datetime) -> None:
        self.chat_id = plan.chat_id
        self.stage = engine_for(plan.texts, plan.admins, plan.pinned).text_stage
        self.known = KnownText()
        self.scan = ChatScan(plan, now, self.known) if whole else None
        self.filing = FilingPlanner() if whole else None
        self.pending: list[MessageRecord] = []
        self.last_id = -1
        self.broken = False

    def text(self, ids: list[int], texts: list[str]) -> TextBatch:
        return TextBatch.from_result(ids, self.stage.run(texts))

    def whole(self, columns: WholeColumns) -> FilingBatch | None:
        ids, ts, author, kind, system_kind, text, attachment = columns
        if self.broken or not ids:
            return None
        # As vault_scan reads them back: removed is False in a chat's first export.
        records = list(map(_RECORD, zip(ids, repeat(self.chat_id), map(datetime.fromisoformat, ts),
                                        author, kind, system_kind, text, repeat(False), attachment)))
        ids = list(ids)
        if ids[0] <= self.last_id or any(a >= b for a, b in zip(ids, ids[1:])):
            self.broken = True  # not in id order: the scan after the commit does it
            return None
        self.last_id = ids[-1]
        # The texts worth scanning, from the columns (no record attribute lookups).
        texts = [t if t and k in SCANNED_KINDS else "" for t, k in zip(text, kind)]
        self.known.add(TextBatch.from_result(ids, self.stage.run(texts, records)))
        self.pending.extend(records)
        # Whole engine batches only, so batch borders fall where one long scan puts them.
        ready = len(self.pending) - len(self.pending) % BATCH
        if ready:
            done = self.pending[:ready]
            self.scan.feed(done)  # type: ignore[union-attr]
            del self.pending[:ready]
            self.known.forget([r.id for r in done])
        return self.filing.plan(self.scan.take_hits())  # type: ignore[union-attr]

    def close(self) -> ChatOutcome | None:
        if self.scan is None or self.broken:
            return None
        self.scan.feed(self.pending)
        return self.scan.outcome()


def warm_up(texts: tuple[str, ...]) -> None:
    """Compile the engine for these packs (no admins yet) before the first batch comes."""
    engine_for(texts, frozenset(), frozenset())


def open_stream(key: int, plan: ScanPlan, whole: bool, now: datetime) -> None:
    """Start stream `key` for one export's messages (`now`: the scan's clock)."""
    _STREAMS[key] = _Stream(plan, whole, now)
    # Records, matches and hits hold no reference cycles, yet their numbers
    # set off collections that find nothing: 15 % of a stream's CPU time.
    # Reference counting frees them. The collector runs again when no stream
    # is open (text streams stay open: this process ends with the import block).
    gc.disable()


def pack(*columns: list[Any]) -> bytes:
    """One batch's columns for `feed_text` or `feed_whole` (the import's process)."""
    return marshal.dumps(columns, marshal.version)


def feed_text(key: int, packed: bytes) -> TextBatch:
    """Text-stage results of one batch (text streams): `pack(ids, texts)`."""
    ids, texts = marshal.loads(packed)
    return _STREAMS[key].text(ids, texts)


def feed_whole(key: int, packed: bytes) -> FilingBatch | None:
    """Scan one batch (whole streams): the filing of the hits found so far; None if broken.

    `packed`: `pack` of the `WholeColumns`.
    """
    return _STREAMS[key].whole(marshal.loads(packed))


def close_stream(key: int) -> ChatOutcome | None:
    """End stream `key`: the whole scan's outcome, or None (text streams, broken)."""
    stream = _STREAMS.pop(key, None)
    try:
        return None if stream is None else stream.close()
    finally:
        _resume_gc()


def drop_stream(key: int) -> None:
    """Forget stream `key` (its export was rolled back)."""
    _STREAMS.pop(key, None)
    _resume_gc()


def _resume_gc() -> None:
    if not _STREAMS:
        gc.enable()
