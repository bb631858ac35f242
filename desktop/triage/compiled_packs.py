"""Packs compiled once into shared detectors and prefilter indexes.

Two packs often carry the same detector (the same flood limits, the same
distress lists): identical specs compile to one detector that reports to
every rule owning it, so loading both shipped packs costs about as much
as loading one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .detector_base import Detector
from .model import DetectorSpec, Pack, Rule
from .prefilter import BatchPrefilter
from .registry import build_detector
from .terms import TermSet


@dataclass(frozen=True)
class RuleRef:
    """A rule of a pack, with its place in the order flags are reported in."""

    order: int
    pack_id: str
    rule: Rule


class CompiledPacks:
    """Detectors (deduplicated), the rules each reports to, and how to find candidates."""

    def __init__(self, packs: Iterable[Pack]) -> None:
        self.detectors: list[Detector] = []
        self.owners: list[list[RuleRef]] = []
        self._by_key: dict[str, int] = {}
        order = 0
        for pack in packs:
            for rule in pack.rules:
                ref = RuleRef(order, pack.id, rule)
                order += 1
                for spec in rule.detectors:
                    self.owners[self._detector_index(spec)].append(ref)

    def _detector_index(self, spec: DetectorSpec) -> int:
        key = json.dumps([spec.type, spec.options], sort_keys=True, ensure_ascii=False, default=str)
        if key not in self._by_key:
            self._by_key[key] = len(self.detectors)
            self.detectors.append(build_detector(spec))
            self.owners.append([])
        return self._by_key[key]

    def indexes(self, kind: str) -> list[int]:
        """Detector numbers of one family: "text", "event" or "stateful"."""
        return [i for i, d in enumerate(self.detectors) if _family(d) == kind]

    def event_map(self) -> dict[str, list[int]]:
        """Event key ("media", "system:join", "removed") -> detector numbers."""
        found: dict[str, list[int]] = {}
        for i in self.indexes("event"):
            for key in self.detectors[i].event_keys():
                found.setdefault(key, []).append(i)
        return found

    def prefilter(self) -> BatchPrefilter:
        """The batch prefilter over every text and stateful detector's triggers."""
        tables: dict[str, dict[str, dict[int, int]]] = {"word": {}, "pair": {}, "stem": {}, "chars": {}}
        requirements: dict[int, tuple[int, ...]] = {}
        always: set[int] = set()
        for i, det in enumerate(self.detectors):
            if det.EVENT:
                continue
            if det.always():
                always.add(i)
                continue
            bits = _add_groups(i, det.trigger_groups(), tables)
            requirements[i] = tuple(sum(bits[g] for g in alt) for alt in det.alternatives()
                                    if alt and all(g in bits for g in alt))
        frozen = {name: {k: tuple(v.items()) for k, v in table.items()}
                  for name, table in tables.items()}
        return BatchPrefilter(words=frozen["word"], pairs=frozen["pair"], stems=frozen["stem"],
                              chars=frozen["chars"], requirements=requirements,
                              always=frozenset(always))


def _family(det: Detector) -> str:
    if det.STATEFUL:
        return "stateful"
    return "event" if det.EVENT else "text"


def _add_groups(index: int, groups: dict[str, TermSet | str],
                tables: dict[str, dict[str, dict[int, int]]]) -> dict[str, int]:
    """Give each trigger group of one detector a bit; return {group: bit}."""
    bits = {}
    for k, (name, source) in enumerate(groups.items()):
        bit = bits[name] = 1 << k
        if isinstance(source, str):
            _set(tables["chars"], source, index, bit)
            continue
        for kind, keys in source.prefilter_keys().items():
            for key in keys:
                _set(tables[kind], key, index, bit)
    return bits


def _set(table: dict[str, dict[int, int]], key: str, index: int, bit: int) -> None:
    marks = table.setdefault(key, {})
    marks[index] = marks.get(index, 0) | bit


def describe(compiled: CompiledPacks) -> dict[str, Any]:
    """Counts for logs: detectors by family and trigger words (no words themselves)."""
    return {"detectors": len(compiled.detectors),
            "text": len(compiled.indexes("text")), "event": len(compiled.indexes("event")),
            "stateful": len(compiled.indexes("stateful"))}
