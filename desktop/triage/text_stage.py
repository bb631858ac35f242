"""The stateless part of a scan: prefilter, text detectors, stateful prechecks.

It needs only the batch's texts, so it can run in another process (see
parallel_scan.py) while the engine keeps everything that depends on order,
authors and chat state: events, floods, unanswered questions, admins.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .compiled_packs import CompiledPacks
from .detector_base import ResourceAllowlist, ScanContext
from .folded_text import FoldedText, fold
from .model import Match, MessageRecord
from .prefilter import BatchPrefilter, fold_batch

SCANNED_KINDS = frozenset({"text", "media", "poll"})
_NO_TIME = datetime(1970, 1, 1)


@dataclass
class TextResult:
    """What the text stage found in one batch, by index into the batch."""

    matches: list[tuple[int, int, list[Match]]] = field(default_factory=list)
    picked: dict[int, set[int]] = field(default_factory=dict)  # stateful detector -> indexes


def batch_texts(batch: list[MessageRecord]) -> list[str]:
    """The text of each record worth scanning ("" for system notices, media without caption …)."""
    return [r.text if r.text and r.kind in SCANNED_KINDS else "" for r in batch]


class TextStage:
    """Runs the prefilter and the text detectors over one batch of texts."""

    def __init__(self, compiled: CompiledPacks, prefilter: BatchPrefilter,
                 allow: ResourceAllowlist) -> None:
        self._detectors = compiled.detectors
        self._text = frozenset(compiled.indexes("text"))
        self._stateful = frozenset(compiled.indexes("stateful"))
        self._prefilter = prefilter
        self._allow = allow

    def run(self, texts: list[str], records: list[MessageRecord] | None = None) -> TextResult:
        """Matches and prechecks for `texts` (records only label the contexts)."""
        folded = fold_batch(texts)
        candidates, words = self._prefilter.candidates_and_words(texts, folded)
        return self._check(texts, folded, candidates, records, words)

    def run_plain(self, texts: list[str], records: list[MessageRecord] | None = None) -> TextResult:
        """`run` without the prefilter: every detector on every text.

        Slow; the reference the fast path is tested against.
        """
        every = self._text | self._stateful
        return self._check(texts, [fold(t) for t in texts],
                           {i: set(every) for i, t in enumerate(texts) if t}, records)

    def _check(self, texts: list[str], folded: list[str], candidates: dict[int, set[int]],
               records: list[MessageRecord] | None,
               words: dict[int, list[str]] | None = None) -> TextResult:
        result = TextResult()
        words = words or {}
        for i, dets in candidates.items():
            record = records[i] if records else MessageRecord(i, 0, _NO_TIME, None, "text", None, texts[i])
            ctx = ScanContext(record, FoldedText(texts[i], folded[i], words.get(i)), self._allow)
            for det in dets & self._text:
                found = self._detectors[det].check(ctx)
                if found:
                    result.matches.append((i, det, found))
            for det in dets & self._stateful:
                if self._detectors[det].precheck(ctx):
                    result.picked.setdefault(det, set()).add(i)
        return result
