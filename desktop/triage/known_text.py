"""Text-stage results computed ahead of a scan, looked up by message id.

While an import writes, a worker process runs the text stage over the new
messages (import_overlap.py). The scan after the commit reads the chat as
usual and, batch by batch, takes what the worker found for those ids; what
it did not see (look-back messages, earlier exports) is run here as before.
A text's result does not depend on the batch it came in, so the flags are
the same either way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import compress, count
from operator import itemgetter, not_

from .model import Match, MessageRecord
from .text_stage import TextResult, batch_texts

StageRun = Callable[[list[str], list[MessageRecord]], TextResult]
_ID = itemgetter(0)  # MessageRecord.id, without the attribute lookup


@dataclass
class TextBatch:
    """What the text stage found in some messages, by message id (picklable)."""

    ids: list[int]
    matches: list[tuple[int, int, list[Match]]] = field(default_factory=list)
    picked: dict[int, list[int]] = field(default_factory=dict)

    @classmethod
    def from_result(cls, ids: list[int], result: TextResult) -> TextBatch:
        """Index-keyed `result` for texts `ids` turned into id-keyed."""
        return cls(ids, [(ids[i], det, found) for i, det, found in result.matches],
                   {det: [ids[i] for i in chosen] for det, chosen in result.picked.items()})


class KnownText:
    """Id-keyed text results of several batches, and the rest computed on demand."""

    def __init__(self) -> None:
        self._covered: set[int] = set()
        self._matches: dict[int, list[tuple[int, list[Match]]]] = {}
        self._picked: dict[int, set[int]] = {}

    def __len__(self) -> int:
        return len(self._covered)

    def add(self, batch: TextBatch) -> None:
        """Remember one batch's results (a message's matches keep their order)."""
        self._covered.update(batch.ids)
        for mid, det, found in batch.matches:
            self._matches.setdefault(mid, []).append((det, found))
        for det, chosen in batch.picked.items():
            self._picked.setdefault(det, set()).update(chosen)

    def forget(self, ids: list[int]) -> None:
        """Drop the results of messages already scanned (bounded memory on long streams)."""
        self._covered.difference_update(ids)
        for mid in ids:
            self._matches.pop(mid, None)
        for chosen in self._picked.values():
            chosen.difference_update(ids)

    def result_for(self, batch: list[MessageRecord], run: StageRun) -> TextResult:
        """The text result of `batch`: known ids looked up, the others run now."""
        ids = list(map(_ID, batch))
        result = TextResult()
        # Usually every id is known (the worker saw the whole export): no text is looked at.
        unknown = list(compress(count(), map(not_, map(self._covered.__contains__, ids))))
        texts = batch_texts([batch[i] for i in unknown])
        missing = [(i, text) for i, text in zip(unknown, texts) if text]
        if missing:
            where = [i for i, _text in missing]
            _merge(result, where, run([text for _i, text in missing], [batch[i] for i in where]))
        for i in compress(count(), map(self._matches.__contains__, ids)):
            result.matches.extend((i, det, found) for det, found in self._matches[ids[i]])
        for det, chosen in self._picked.items():
            hits = set(compress(count(), map(chosen.__contains__, ids)))
            if hits:
                result.picked.setdefault(det, set()).update(hits)
        return result


def _merge(result: TextResult, where: list[int], part: TextResult) -> None:
    """Add `part` (indexes into `where`) to `result` (indexes into the batch)."""
    result.matches.extend((where[j], det, found) for j, det, found in part.matches)
    for det, chosen in part.picked.items():
        result.picked.setdefault(det, set()).update(where[j] for j in chosen)
