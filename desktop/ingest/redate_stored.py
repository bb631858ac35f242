"""Re-deciding the day/month order of messages already in the vault.

An export whose dates never settled the order (every field 12 or less) was
stored under an assumed order, and each of its messages kept its header as
written in `message_stamps`. When the moderator decides, the headers are
read again with the parser's own dialect and date rules (`detect_dialect`,
`Stamper`): every message gets its new time, a new time-ordered id and a
new fingerprint, and what points at it follows (search index, media, dates
as written, inbox). A message that turns out to be one the chat already
holds (a later export showed it with the right date) is merged into it.

All or nothing, in one transaction: if any stored date does not exist under
the chosen order, nothing changes and `ImpossibleDates` says how many and
where. "Removed" marks the re-dated exports had set were judged under the
wrong dates and are cleared. Runs on the writer thread; logs ids and counts.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Iterator, Sequence
from itertools import islice

import sqlite_utils

from moddesk.ingest.date_order import ORDERS
from moddesk.ingest.errors import ParseError
from moddesk.ingest.identity import fingerprint
from moddesk.ingest.whatsapp_headers import Dialect, detect_dialect
from moddesk.ingest.whatsapp_parser import Stamper
from moddesk.storage import message_store as store

log = logging.getLogger("moddesk.ingest.redate")
BATCH = 5000
_SAMPLE = 400
_EPOCH = dt.datetime(1970, 1, 1)
_SPELLED = {"dmy": "day/month/year", "mdy": "month/day/year", "ymd": "year/month/day"}
Stamped = tuple  # (id, ts, author, kind, text, attachment, export id, line, occurrence, stamp)


class ImpossibleDates(ParseError):
    """Some stored dates do not exist under the order asked for; nothing was changed."""


def redate_chat(db: sqlite_utils.Database, chat_id: int, order: str) -> int:
    """Re-date the uncertain-order exports of a chat (and of chats merged into it).

    Returns how many messages were re-dated. Raises `ImpossibleDates` (and
    changes nothing) when a stored date does not exist under `order`.
    """
    _check(order)
    with db.atomic():
        return sum(_redate(db, chat, exports, order)
                   for chat, exports in _uncertain_exports(db, chat_id).items())


def redate_export(db: sqlite_utils.Database, export_id: int, order: str) -> int:
    """Re-date one export whose headers were kept, also one decided before."""
    _check(order)
    row = db.execute("SELECT chat_id FROM exports WHERE id = ?", [export_id]).fetchone()
    if row is None:
        raise ValueError(f"there is no export {export_id}")
    with db.atomic():
        return _redate(db, int(row[0]), [export_id], order)


def _check(order: str) -> None:
    if order not in ORDERS:
        raise ValueError(f"order must be one of {ORDERS}, not {order!r}")


def _uncertain_exports(db: sqlite_utils.Database, chat_id: int) -> dict[int, list[int]]:
    """Chat id -> its uncertain exports, for the chat and every chat merged into it."""
    rows = db.execute(
        "WITH RECURSIVE fam(id) AS (SELECT ? UNION SELECT c.id FROM chats c "
        "JOIN fam ON c.merged_into = fam.id) SELECT e.chat_id, e.id FROM exports e "
        "JOIN fam ON fam.id = e.chat_id WHERE e.date_order_certain = 0 ORDER BY e.id", [chat_id])
    found: dict[int, list[int]] = {}
    for chat, export in rows:
        found.setdefault(int(chat), []).append(int(export))
    return found


def _redate(db: sqlite_utils.Database, chat_id: int, exports: list[int], order: str) -> int:
    readers = {e: _StampReader.for_export(db, chat_id, e, order) for e in exports}
    _refuse_impossible(db, chat_id, exports, readers, order)
    store.park_identities(db, chat_id, exports)
    mover = _Mover(db, chat_id, readers)
    for batch in _batches(store.stamped_messages(db, chat_id, exports, parked=True)):
        mover.move(batch)
    store.clear_removed_marks(db, chat_id, exports)
    for export in exports:
        store.set_export_order(db, export, order, mover.span(export))
    # New times mean new ids: the guidelines look at the whole chat again
    # next time (items and hits already followed their messages).
    db.execute("DELETE FROM triage_progress WHERE chat_id = ?", [chat_id])
    log.info("chat %d: %d exports re-dated as %s, %d messages moved, %d merged", chat_id,
             len(exports), order, mover.moved, mover.merged)
    return mover.moved + mover.merged


def _batches(rows: Iterator[Stamped]) -> Iterator[list[Stamped]]:
    while batch := list(islice(rows, BATCH)):
        yield batch


@dataclasses.dataclass
class _StampReader:
    """Reads one export's headers as written under a date order."""

    dialect: Dialect | None
    stamper: Stamper

    @classmethod
    def for_export(cls, db: sqlite_utils.Database, chat_id: int, export_id: int,
                   order: str) -> _StampReader:
        """The reader for an export, its dialect detected from its own headers."""
        sample = [r[9] for r in islice(store.stamped_messages(db, chat_id, [export_id],
                                                              batch=_SAMPLE), _SAMPLE)]
        return cls(detect_dialect(sample), Stamper(order))

    def __call__(self, stamp: str) -> tuple[int, str] | None:
        """(seconds since 1970, ISO text) of a header, or None when impossible."""
        m = self.dialect.regex.match(stamp) if self.dialect else None
        when = self.stamper(*m.group(*self.dialect.groups)) if m and self.dialect else None
        if when is None:
            return None
        return int((when - _EPOCH).total_seconds()), when.isoformat()


def _refuse_impossible(db: sqlite_utils.Database, chat_id: int, exports: list[int],
                       readers: dict[int, _StampReader], order: str) -> None:
    """Raise ImpossibleDates, before anything changed, if any date does not exist."""
    bad = [(r[6], r[7]) for r in store.stamped_messages(db, chat_id, exports)
           if readers[r[6]](r[9]) is None]
    if not bad:
        return
    export, line = min(bad)
    source = db.execute("SELECT source_name FROM exports WHERE id = ?", [export]).fetchone()[0]
    log.info("re-dating chat %d as %s refused: %d impossible dates", chat_id, order, len(bad))
    raise ImpossibleDates(
        f"{len(bad)} message(s) would get a date that does not exist when read as "
        f"{_SPELLED[order]} (the first on line {line} of {source}). Nothing was changed; "
        "choose another date order.")


class _Mover:
    """Moves batches of stamped messages to their re-dated identities."""

    def __init__(self, db: sqlite_utils.Database, chat_id: int,
                 readers: dict[int, _StampReader]) -> None:
        self.db, self.chat_id, self.readers = db, chat_id, readers
        self.moved = self.merged = 0
        self._spans: dict[int, tuple[tuple[int, str], tuple[int, str]]] = {}

    def move(self, batch: Sequence[Stamped]) -> None:
        """Re-date one batch: copy, repoint, re-index, delete the old rows."""
        moves, merges, twins, seen = [], [], [], {}
        for row in batch:
            sec, ts = self.readers[row[6]](row[9])  # type: ignore[misc]  # checked before
            ident = (fingerprint(sec, row[2], row[3], row[4], row[5]), -row[8])
            owner = store.identity_owner(self.db, self.chat_id, *ident)
            if owner is not None:
                merges.append((row[0], owner))
            elif ident in seen:
                twins.append((row[0], seen[ident]))  # same message twice in this batch
            else:
                seen[ident] = len(moves)
                moves.append((row, sec, ts, ident))
                self._note(row[6], row[7], ts)
        new_ids = store.allocate_ids(self.db, [sec for _, sec, _, _ in moves])
        merges += [(old, new_ids[at]) for old, at in twins]
        self._apply(batch, moves, new_ids, merges)

    def _apply(self, batch: Sequence[Stamped], moves: list, new_ids: list[int],  # type: ignore[type-arg]
               merges: list[tuple[int, int]]) -> None:
        db = self.db
        store.copy_messages(db, [(row[0], new, ts, fp, occ)
                                 for (row, _, ts, (fp, occ)), new in zip(moves, new_ids)])
        pairs = [(row[0], new) for (row, _, _, _), new in zip(moves, new_ids)]
        store.repoint_links(db, pairs + merges)
        store.move_stamps(db, pairs)
        store.drop_stamps(db, [old for old, _ in merges])
        store.index_ids(db, new_ids)
        store.delete_messages(db, [(row[0], row[4], row[2]) for row in batch])
        self.moved += len(moves)
        self.merged += len(merges)

    def _note(self, export: int, line: int, ts: str) -> None:
        first, last = self._spans.get(export, ((line, ts), (line, ts)))
        self._spans[export] = (min(first, (line, ts)), max(last, (line, ts)))

    def span(self, export: int) -> tuple[str | None, str | None]:
        """Times of the export's first and last stored message in file order."""
        found = self._spans.get(export)
        return (found[0][1], found[1][1]) if found else (None, None)
