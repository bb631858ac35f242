"""The worker process of the import overlap: triage of each batch as it is stored.

Runs in one spawned process per import (import_overlap.py sends the jobs,
in order). Each export written is one stream:

* "text" streams (a chat that already had messages, or an export out of
  time order) run the text stage and send its results back, by message id,
  for the scan after the commit to look up;
* "whole" streams (a chat seen for the first time, in time order: its scan
  reads exactly these messages, in this order) run the whole scan here,
  stateful detectors included, and send back the hits to file as they are
  found (the last ones, overdue questions included, when the stream ends).

Nothing here touches the vault or logs message text.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import datetime
from itertools import repeat
from operator import attrgetter
from typing import Any

from moddesk.storage.inbox_store import Hit

from .engine import BATCH
from .known_text import KnownText, TextBatch
from .model import MessageRecord
from .text_stage import batch_texts
from .vault_scan import ChatOutcome, ChatScan, ScanPlan, engine_for

# Columns of stored rows as triage reads them: (ids, ts, author, kind, system_kind, text, attachment).
WholeColumns = tuple[Sequence[Any], ...]
_STREAMS: dict[int, _Stream] = {}
_HIT_ROW = attrgetter(*(f.name for f in dataclasses.fields(Hit)))


class _Stream:
    """One export's messages arriving batch by batch."""

    def __init__(self, plan: ScanPlan, whole: bool, now: datetime) -> None:
        self.chat_id = plan.chat_id
        self.stage = engine_for(plan.texts, plan.admins, plan.pinned).text_stage
        self.known = KnownText()
        self.scan = ChatScan(plan, now, self.known) if whole else None
        self.pending: list[MessageRecord] = []
        self.last_id = -1
        self.broken = False

    def text(self, ids: list[int], texts: list[str]) -> TextBatch:
        return TextBatch.from_result(ids, self.stage.run(texts))

    def whole(self, columns: WholeColumns) -> list[tuple[Any, ...]]:
        ids, ts, author, kind, system_kind, text, attachment = columns
        if self.broken or not ids:
            return []
        # As vault_scan reads them back: removed is False in a chat's first export.
        records = list(map(MessageRecord, ids, repeat(self.chat_id), map(datetime.fromisoformat, ts),
                           author, kind, system_kind, text, repeat(False), attachment))
        ids = list(ids)
        if ids[0] <= self.last_id or any(a >= b for a, b in zip(ids, ids[1:])):
            self.broken = True  # not in id order: the scan after the commit does it
            return []
        self.last_id = ids[-1]
        self.known.add(TextBatch.from_result(ids, self.stage.run(batch_texts(records), records)))
        self.pending.extend(records)
        # Whole engine batches only, so batch borders fall where one long scan puts them.
        ready = len(self.pending) - len(self.pending) % BATCH
        if ready:
            done = self.pending[:ready]
            self.scan.feed(done)  # type: ignore[union-attr]
            del self.pending[:ready]
            self.known.forget([r.id for r in done])
        return list(map(_HIT_ROW, self.scan.take_hits()))  # type: ignore[union-attr]

    def close(self) -> ChatOutcome | None:
        if self.scan is None or self.broken:
            return None
        self.scan.feed(self.pending)
        return self.scan.outcome()


def open_stream(key: int, plan: ScanPlan, whole: bool, now: datetime) -> None:
    """Start stream `key` for one export's messages (`now`: the scan's clock)."""
    _STREAMS[key] = _Stream(plan, whole, now)


def feed_text(key: int, ids: list[int], texts: list[str]) -> TextBatch:
    """Text-stage results of one batch (text streams)."""
    return _STREAMS[key].text(ids, texts)


def feed_whole(key: int, columns: WholeColumns) -> list[tuple[Any, ...]]:
    """Scan one batch (whole streams); returns the hits found so far, in filing order.

    As plain tuples (`hits_from_rows` makes them hits again): they pickle
    several times faster than dataclasses.
    """
    return _STREAMS[key].whole(columns)


def hits_from_rows(rows: list[tuple[Any, ...]]) -> list[Hit]:
    """The hits `feed_whole` sent."""
    return [Hit(*row) for row in rows]


def close_stream(key: int) -> ChatOutcome | None:
    """End stream `key`: the whole scan's outcome, or None (text streams, broken)."""
    stream = _STREAMS.pop(key, None)
    return None if stream is None else stream.close()


def drop_stream(key: int) -> None:
    """Forget stream `key` (its export was rolled back)."""
    _STREAMS.pop(key, None)
