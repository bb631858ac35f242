"""The triage engine: packs in, a stream of message records in, flags out.

    triage = Triage(builtin_packs(), admins={"Amina (admin)"})
    for flag in triage.scan(records):
        ...

Messages are taken in batches. The text stage (text_stage.py: the batch
prefilter, then the text detectors on the few messages it picks) needs only
the texts, so it can run in worker processes. The engine keeps what
depends on order, authors and chat state: event detectors (one dictionary
lookup per message) and stateful detectors (floods, unanswered questions),
which see every message of a chat in order. Flags come out in message
order, except that an unanswered question is reported when its reply time
has run out.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Collection, Iterable, Iterator, Mapping
from datetime import datetime
from itertools import compress, count, groupby, islice
from operator import attrgetter

from .chat_state import ScanState
from .compiled_packs import CompiledPacks, RuleRef, describe
from .detector_base import ResourceAllowlist
from .model import SEVERITIES, Allowlist, Flag, Match, MessageRecord, Pack
from .text_stage import TextResult, TextStage, batch_texts

log = logging.getLogger("moddesk.triage")
BATCH = 2048
# (message id, rule id) -> (record, the rules of each pack that fired, matches)
Found = dict[tuple[int, str], tuple[MessageRecord, list[RuleRef], list[Match]]]


class Triage:
    """Runs the detectors of one or more packs over message records.

    `admins` is either one collection of author names for every chat or a
    mapping chat id -> names. `allowlist` adds known resources to those the
    packs list.
    """

    def __init__(self, packs: Iterable[Pack], *,
                 admins: Collection[str] | Mapping[int, Collection[str]] = (),
                 allowlist: Allowlist | None = None) -> None:
        self.packs = tuple(packs)
        lists = tuple(p.allowlist for p in self.packs) + ((allowlist,) if allowlist else ())
        self._allow = ResourceAllowlist(lists)
        self._admins_by_chat = {c: frozenset(n) for c, n in admins.items()} \
            if isinstance(admins, Mapping) else None
        self._admins_all = frozenset() if isinstance(admins, Mapping) else frozenset(admins)
        self.allowlist = allowlist
        self._compiled = CompiledPacks(self.packs)
        self.text_stage = TextStage(self._compiled, self._compiled.prefilter(), self._allow)
        self._events = self._compiled.event_map()
        self._stateful = self._compiled.indexes("stateful")
        self._text = frozenset(self._compiled.indexes("text"))
        self._flag_fields: dict[tuple[int, ...], tuple[tuple[str, ...], str, str, int]] = {}
        log.debug("triage compiled %d packs: %s", len(self.packs), describe(self._compiled))

    def new_state(self) -> ScanState:
        """Empty per-chat memory for this engine's stateful detectors."""
        detectors = self._compiled.detectors
        return ScanState(id(self), lambda: [detectors[i].new_slot() for i in self._stateful])

    def admins(self, chat_id: int) -> frozenset[str]:
        """Author names treated as admins in one chat."""
        if self._admins_by_chat is None:
            return self._admins_all
        return self._admins_by_chat.get(chat_id, frozenset())

    def scan(self, messages: Iterable[MessageRecord], *, chat_state: ScanState | None = None,
             workers: int = 0) -> Iterator[Flag]:
        """Flags for a stream of records, in order (see the module docstring).

        `workers` > 0 runs the text detectors in that many worker processes
        (worth it for large imports; each worker takes a moment to start).
        """
        state = self._checked(chat_state)
        started, flagged = time.perf_counter(), 0
        if workers > 0:
            from .parallel_scan import scan_in_workers  # multiprocessing only when asked for
            flags = scan_in_workers(self, messages, state, workers=workers)
        else:
            flags = (f for batch in _batches(messages) for f in self._scan_batch(batch, state))
        for flag in flags:
            flagged += 1
            yield flag
        log.debug("triage: %d flags in %.2f s", flagged, time.perf_counter() - started)

    def overdue(self, state: ScanState, *, now: datetime) -> list[Flag]:
        """Flags owed at wall-clock time `now` (questions whose reply time ran out)."""
        found: Found = {}
        for chat_id, slots in self._checked(state).chats.items():
            for slot, det in zip(slots, self._stateful):
                for record, match in self._compiled.detectors[det].overdue(slot, now):
                    self._add(found, det, record, [match], record.author in self.admins(chat_id))
        return self._flags(found)

    def _checked(self, state: ScanState | None) -> ScanState:
        if state is None:
            return self.new_state()
        if state.owner != id(self):
            raise ValueError("this ScanState was made by another Triage; use triage.new_state()")
        return state

    def _scan_batch(self, batch: list[MessageRecord], state: ScanState) -> list[Flag]:
        return self.finish_batch(batch, state, self.text_stage.run(batch_texts(batch), batch))

    def finish_batch(self, batch: list[MessageRecord], state: ScanState,
                     result: TextResult) -> list[Flag]:
        """Flags of one batch, given what the text stage found in it (in order)."""
        found: Found = {}
        for i, det, matches in result.matches:
            self._add(found, det, batch[i], matches, self._is_admin(batch[i]))
        events = set(compress(count(), map("text".__ne__, map(_KIND, batch))))
        events.update(compress(count(), map(_REMOVED, batch)))
        for i in sorted(events):
            self._on_events(found, batch[i])
        for start, end in _chat_runs(batch):
            self._observe(found, batch[start:end], state, result.picked, start)
        return self._flags(found) if found else []

    def _is_admin(self, record: MessageRecord) -> bool:
        return record.author in self.admins(record.chat_id)

    def _on_events(self, found: Found, record: MessageRecord) -> None:
        keys = [record.kind]
        if record.kind == "system":
            keys.append(f"system:{record.system_kind}")
        if record.removed:
            keys.append("removed")
        for key in keys:
            for det in self._events.get(key, ()):
                matches = self._compiled.detectors[det].on_record(record)
                self._add(found, det, record, matches, self._is_admin(record))

    def _observe(self, found: Found, run: list[MessageRecord], state: ScanState,
                 picked: dict[int, set[int]], offset: int) -> None:
        chat_id = run[0].chat_id
        admins = self.admins(chat_id)
        for slot, det in zip(state.slots(chat_id), self._stateful):
            mine = {i - offset for i in picked.get(det, ()) if offset <= i < offset + len(run)}
            for record, match in self._compiled.detectors[det].observe(run, slot, mine, admins):
                self._add(found, det, record, [match], record.author in admins)

    def _add(self, found: Found, det: int, record: MessageRecord, matches: list[Match],
             is_admin: bool) -> None:
        for ref in self._compiled.owners[det]:
            if is_admin and ref.rule.exempt_admins:
                continue
            _record, refs, kept = found.setdefault((record.id, ref.rule.id), (record, [], []))
            if ref not in refs:
                refs.append(ref)
            kept.extend(m for m in matches if m not in kept)

    def _flags(self, found: Found) -> list[Flag]:
        return [self._flag(record, refs, matches) for record, refs, matches
                in sorted(found.values(), key=_flag_order)]

    def _flag(self, record: MessageRecord, refs: list[RuleRef], matches: list[Match]) -> Flag:
        key = tuple(ref.order for ref in refs)
        shared = self._flag_fields.get(key)
        if shared is None:
            shared = self._flag_fields[key] = _shared_fields(refs)
        return Flag(record.id, record.chat_id, record.ts, record.author, *shared[:3],
                    tuple(matches), shared[3])


def _batches(messages: Iterable[MessageRecord]) -> Iterator[list[MessageRecord]]:
    stream = iter(messages)
    while batch := list(islice(stream, BATCH)):
        yield batch


def _chat_runs(batch: list[MessageRecord]) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of consecutive records of one chat."""
    chats = list(map(_CHAT_ID, batch))
    if chats.count(chats[0]) == len(chats):
        yield 0, len(batch)
        return
    start = 0
    for _chat, group in groupby(chats):
        size = sum(1 for _ in group)
        yield start, start + size
        start += size


_CHAT_ID = attrgetter("chat_id")
_KIND = attrgetter("kind")
_REMOVED = attrgetter("removed")


def _flag_order(entry: tuple[MessageRecord, list[RuleRef], list[Match]]) -> tuple:
    record, refs, _matches = entry
    return record.ts, record.id, min(ref.order for ref in refs)


def _shared_fields(refs: list[RuleRef]) -> tuple[tuple[str, ...], str, str, int]:
    """(pack ids, rule id, most urgent severity, group minutes) for a set of rules."""
    refs = sorted(refs, key=lambda r: r.order)
    severity = min((r.rule.severity for r in refs), key=SEVERITIES.index)
    return tuple(r.pack_id for r in refs), refs[0].rule.id, severity, refs[0].rule.group_minutes
