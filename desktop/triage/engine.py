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

from .admin_notices import admin_change
from .chat_state import ScanState
from .compiled_packs import CompiledPacks, RuleRef, describe
from .detector_base import ResourceAllowlist
from .known_text import KnownText
from .model import SEVERITIES, Allowlist, Flag, Match, MessageRecord, Pack
from .text_stage import TextResult, TextStage, batch_texts

log = logging.getLogger("moddesk.triage")
BATCH = 2048
# (message id, rule id) -> (record, the rules of each pack that fired, matches)
Found = dict[tuple[int, str], tuple[MessageRecord, dict[int, RuleRef], list[Match]]]


class Triage:
    """Runs the detectors of one or more packs over message records.

    `admins` is either one collection of author names for every chat or a
    mapping chat id -> names. `allowlist` adds known resources to those the
    packs list. `prefilter=False` runs every detector on every message
    (slow; the reference the fast path is tested against).

    Admin notices in the stream ("Ben is now an admin") change who counts
    as an admin from that message on (kept in the `ScanState`), except for
    `pinned_admins`, whose status the moderator set.
    """

    def __init__(self, packs: Iterable[Pack], *,
                 admins: Collection[str] | Mapping[int, Collection[str]] = (),
                 allowlist: Allowlist | None = None, prefilter: bool = True,
                 pinned_admins: Collection[str] = ()) -> None:
        self.packs = tuple(packs)
        self._pinned = frozenset(pinned_admins)
        self._prefilter = prefilter
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
             workers: int = 0, known: KnownText | None = None) -> Iterator[Flag]:
        """Flags for a stream of records, in order (see the module docstring).

        `workers` > 0 runs the text detectors in that many worker processes
        (worth it for large imports; each worker takes a moment to start).
        `known` holds text results computed ahead (known_text.py) for some ids.
        """
        state = self._checked(chat_state)
        started, flagged = time.perf_counter(), 0
        if known is not None and self._prefilter:
            flags = (f for batch in _batches(messages)
                     for f in self._scan_known(batch, state, known))
        elif workers > 0 and self._prefilter:
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
                admins = self.admins_now(chat_id, state)
                for record, match in self._compiled.detectors[det].overdue(slot, now):
                    self._add(found, det, record, [match], record.author in admins)
        return self._flags(found)

    def _checked(self, state: ScanState | None) -> ScanState:
        if state is None:
            return self.new_state()
        if state.owner != id(self):
            raise ValueError("this ScanState was made by another Triage; use triage.new_state()")
        return state

    def _scan_batch(self, batch: list[MessageRecord], state: ScanState) -> list[Flag]:
        run = self.text_stage.run if self._prefilter else self.text_stage.run_plain
        return self.finish_batch(batch, state, run(batch_texts(batch), batch))

    def _scan_known(self, batch: list[MessageRecord], state: ScanState,
                    known: KnownText) -> list[Flag]:
        return self.finish_batch(batch, state, known.result_for(batch, self.text_stage.run))

    def finish_batch(self, batch: list[MessageRecord], state: ScanState,
                     result: TextResult) -> list[Flag]:
        """Flags of one batch, given what the text stage found in it (in order)."""
        found: Found = {}
        events = set(compress(count(), map("text".__ne__, map(_KIND, batch))))
        notices = {i for i in events if batch[i].system_kind == "admin"}
        if notices:
            # Admin changes apply from their notice on: finish in pieces.
            return self._finish_in_pieces(batch, state, result, sorted(notices))
        for i, det, matches in result.matches:
            self._add(found, det, batch[i], matches, self._is_admin(batch[i], state))
        events.update(compress(count(), map(_REMOVED, batch)))
        for i in sorted(events):
            self._on_events(found, batch[i], state)
        for start, end in _chat_runs(batch):
            self._observe(found, batch[start:end], state, result.picked, start)
        return self._flags(found) if found else []

    def _finish_in_pieces(self, batch: list[MessageRecord], state: ScanState, result: TextResult,
                          notices: list[int]) -> list[Flag]:
        flags: list[Flag] = []
        for start, end in zip([0, *notices], [*notices, len(batch)]):
            if start in notices:
                self._note_admin(batch[start], state)
            if end == start:
                continue
            piece = TextResult([(i - start, d, m) for i, d, m in result.matches if start <= i < end],
                               {d: {i - start for i in found if start <= i < end}
                                for d, found in result.picked.items()})
            flags.extend(self._finish_plain(batch[start:end], state, piece))
        return flags

    def _finish_plain(self, batch: list[MessageRecord], state: ScanState,
                      result: TextResult) -> list[Flag]:
        found: Found = {}
        for i, det, matches in result.matches:
            self._add(found, det, batch[i], matches, self._is_admin(batch[i], state))
        for record in batch:
            if record.kind != "text" or record.removed:
                self._on_events(found, record, state)
        for start, end in _chat_runs(batch):
            self._observe(found, batch[start:end], state, result.picked, start)
        return self._flags(found) if found else []

    def _note_admin(self, record: MessageRecord, state: ScanState) -> None:
        change = admin_change(record.text)
        if change is not None and change[0] not in self._pinned:
            state.admin_changes.setdefault(record.chat_id, {})[change[0]] = change[1]

    def admins_now(self, chat_id: int, state: ScanState) -> frozenset[str]:
        """The chat's admins as of the last message scanned with `state`."""
        base = self.admins(chat_id)
        changes = state.admin_changes.get(chat_id)
        if not changes:
            return base
        return frozenset({n for n in base if changes.get(n, True)}
                         | {n for n, admin in changes.items() if admin})

    def _is_admin(self, record: MessageRecord, state: ScanState) -> bool:
        return record.author in self.admins_now(record.chat_id, state)

    def _on_events(self, found: Found, record: MessageRecord, state: ScanState) -> None:
        keys = [record.kind]
        if record.kind == "system":
            keys.append(f"system:{record.system_kind}")
        if record.removed:
            keys.append("removed")
        for key in keys:
            for det in self._events.get(key, ()):
                matches = self._compiled.detectors[det].on_record(record)
                self._add(found, det, record, matches, self._is_admin(record, state))

    def _observe(self, found: Found, run: list[MessageRecord], state: ScanState,
                 picked: dict[int, set[int]], offset: int) -> None:
        chat_id = run[0].chat_id
        admins = self.admins_now(chat_id, state)
        for slot, det in zip(state.slots(chat_id), self._stateful):
            mine = {i - offset for i in picked.get(det, ()) if offset <= i < offset + len(run)}
            for record, match in self._compiled.detectors[det].observe(run, slot, mine, admins):
                self._add(found, det, record, [match], record.author in admins)

    def _add(self, found: Found, det: int, record: MessageRecord, matches: list[Match],
             is_admin: bool) -> None:
        for ref in self._compiled.owners[det]:
            if is_admin and ref.rule.exempt_admins:
                continue
            key = (record.id, ref.rule.id)
            entry = found.get(key)
            if entry is None:
                entry = found[key] = (record, {}, [])
            entry[1][ref.order] = ref
            kept = entry[2]
            if not kept and len(matches) == 1:
                kept.append(matches[0])  # the common case, nothing to compare
                continue
            for m in matches:
                if m not in kept:
                    kept.append(m)

    def _flags(self, found: Found) -> list[Flag]:
        entries = sorted(found.values(), key=_flag_order) if len(found) > 1 else found.values()
        return [self._flag(record, refs, matches) for record, refs, matches in entries]

    def _flag(self, record: MessageRecord, refs: dict[int, RuleRef], matches: list[Match]) -> Flag:
        key = tuple(refs)
        shared = self._flag_fields.get(key)
        if shared is None:
            shared = self._flag_fields[key] = _shared_fields(list(refs.values()))
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


def _flag_order(entry: tuple[MessageRecord, dict[int, RuleRef], list[Match]]) -> tuple:
    record, refs, _matches = entry
    return record.ts, record.id, min(refs)


def _shared_fields(refs: list[RuleRef]) -> tuple[tuple[str, ...], str, str, int]:
    """(pack ids, rule id, most urgent severity, group minutes) for a set of rules."""
    refs = sorted(refs, key=lambda r: r.order)
    severity = min((r.rule.severity for r in refs), key=SEVERITIES.index)
    return tuple(r.pack_id for r in refs), refs[0].rule.id, severity, refs[0].rule.group_minutes
