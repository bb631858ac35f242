"""Signal detectors: strong terms alone, or weaker word groups in combination.

Distress and grooming are rarely one word. "Help" alone is a cry in
"Help me please" but not in "can anyone help me find a paediatrician?";
"he will kill me" is a threat only next to fear ("I'm so scared"), while
"this heat is killing me" has no second signal at all. So a rule lists:

* `strong` terms that are enough on their own ("kill myself", "बचाओ");
* named `groups` of weaker terms, and `combos` of groups that must all
  occur in one message (["cry", "urgency"], ["harm", "danger"]);
* pseudo-groups computed from the message: `short` (at most `short_tokens`
  words), `question` (a "?"), `exclaim` (a "!");
* `veto`, a table from a group to the groups that cancel any combo using
  it (a cry for help does not count in a thank-you, a request for a
  recommendation or a question; a threat does not count next to a laughing
  emoji), and `veto_all` groups that cancel strong terms too (a surprise
  party is a harmless secret);
* `exclude` phrases that neutralise any hit they overlap ("mujhe madad ki"
  is "helped me", not "help me").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from .detector_base import Detector, ScanContext
from .detectors_text import drop_excluded, term_label
from .model import Match
from .options import Option
from .folded_text import FoldedText
from .terms import StemIndex, Term, TermSet

PSEUDO_GROUPS = frozenset({"short", "question", "exclaim"})
Hit = tuple[str, tuple[int, int]]


class SignalsDetector(Detector):
    """Strong terms, or combinations of word groups, with vetoes."""

    type_name = "signals"
    summary = "strong terms, or combinations of word groups"
    PATTERN_GROUPS: ClassVar[frozenset[str]] = frozenset()
    PATTERN_KINDS: ClassVar[dict[str, str]] = {}
    OPTIONS = {
        "strong": Option("terms", [], "terms that are a match on their own"),
        "groups": Option("groups", {}, "named lists of weaker terms, used in combos"),
        "combos": Option("combos", [], "lists of group names that must all occur together"),
        "veto": Option("str_table", {}, "group -> groups that cancel every combo using that group"),
        "veto_all": Option("str_list", [], "groups that cancel every match, strong terms too"),
        "exclude": Option("terms", [], "phrases that neutralise any term they overlap"),
        "short_tokens": Option("int", 4, "a message of at most this many words is 'short'", 1),
    }

    @classmethod
    def extra_problems(cls, options: Mapping[str, Any]) -> list[tuple[str, str]]:
        known = set(options.get("groups", {}) or {}) | PSEUDO_GROUPS | cls.PATTERN_GROUPS
        problems = [(f"combos[{i}]", _combo_problem(combo, known))
                    for i, combo in enumerate(options.get("combos", []) or [])
                    if _combo_problem(combo, known)]
        veto = options.get("veto", {}) or {}
        named = {"veto": [*veto, *(g for gs in veto.values() for g in gs)],
                 "veto_all": options.get("veto_all", []) or []}
        for name, groups in named.items():
            unknown = sorted(set(groups) - known)
            if unknown:
                problems.append((name, f"names undefined group(s) {unknown}; define them under "
                                       f"options.groups or use one of {sorted(PSEUDO_GROUPS)}"))
        return problems

    def __init__(self, options: Mapping[str, Any]) -> None:
        super().__init__(options)
        self.strong = TermSet(self.options["strong"])
        self.groups = {name: TermSet(terms) for name, terms in self.options["groups"].items()}
        self.combos = [tuple(c) for c in self.options["combos"]]
        self.exclude = TermSet(self.options["exclude"])
        self.veto = {g: frozenset(v) for g, v in self.options["veto"].items()}
        self.veto_all = frozenset(self.options["veto_all"])
        self._words, self._stems = _combined_index(self.groups)
        self._symbol_groups = {g for g, ts in self.groups.items() if ts.symbols}

    def trigger_groups(self) -> dict[str, TermSet | str]:
        needed = {g for alt in self.alternatives() for g in alt}
        groups: dict[str, TermSet | str] = {"strong": self.strong, **self.groups}
        groups.update(self.PATTERN_KINDS)
        return {g: source for g, source in groups.items() if g in needed}

    def alternatives(self) -> list[frozenset[str]]:
        # A combo can only match when all its groups are present, but groups of
        # everyday words are left to `check`: the prefilter requires only the
        # selective ones (or, failing that, the least common group).
        found = [frozenset({"strong"})] if self.strong else []
        found += [self._required(combo) for combo in self.combos]
        return found + self.pattern_alternatives()

    def _required(self, combo: tuple[str, ...]) -> frozenset[str]:
        words = [g for g in combo if g in self.groups]
        patterns = {g for g in combo if g in self.PATTERN_GROUPS}
        selective = {g for g in words if self.groups[g].selective()}
        if not selective and words:
            selective = {min(words, key=lambda g: self.groups[g].cost())}
        return frozenset(selective | patterns)

    def pattern_alternatives(self) -> list[frozenset[str]]:
        """Pattern groups that match on their own (see the payment detector)."""
        return []

    def always(self) -> bool:
        # A required group made only of emoji has no word to look for.
        needed = {g for alt in self.alternatives() for g in alt}
        groups = {"strong": self.strong, **self.groups}
        return any(groups[g].symbols and not groups[g].terms for g in needed if g in groups)

    def _maybe_groups(self, view: FoldedText) -> set[str]:
        """Groups that may be present: one set intersection for all groups at once."""
        words = view.word_set
        maybe = {g for trigger in words & self._words.keys()
                 for g, term in self._words[trigger] if term.may_occur(words)}
        if self._stems:
            maybe.update(g for _w, (g, term) in self._stems.matches(view)  # type: ignore[misc]
                         if term.may_occur(words))
        return maybe | self._symbol_groups

    def check(self, ctx: ScanContext) -> list[Match]:
        # Pattern and pseudo groups are known exactly and cheaply, so combos
        # that lack one are dropped before any word group is searched.
        patterns = self.pattern_hits(ctx)
        known = self._pseudo(ctx) | {g for g, found in patterns.items() if found}
        maybe = self._maybe_groups(ctx.view) | known
        combos = [c for c in self.combos if all(g in maybe for g in c)]
        strong = self.strong.maybe_in(ctx.view)
        if not (combos or strong or self.strong_patterns(patterns)):
            return []  # the common case: trigger words, but no term complete
        needed = {g for c in combos for g in c} | {v for c in combos for g in c
                                                   for v in self.veto.get(g, ())} | self.veto_all
        excluded = self.exclude.find(ctx.view) if self.exclude else []
        hits = self._group_hits(ctx, excluded, needed & maybe - known)
        hits.update(patterns)
        present = {name for name, found in hits.items() if found} | known
        if present & self.veto_all:
            return []
        found = drop_excluded(self.strong.find(ctx.view), excluded) if strong else []
        matches = [Match(self.type_name, term_label(h), (h.span,)) for h in found]
        matches.extend(self.strong_patterns(hits))
        matches.extend(self._combo_match(combos, hits, present))
        return matches

    def _group_hits(self, ctx: ScanContext, excluded: list, names: set[str]) -> dict[str, list[Hit]]:
        return {name: [(term_label(h), h.span) for h in drop_excluded(self.groups[name].find(ctx.view),
                                                                      excluded)]
                for name in names}

    def pattern_hits(self, ctx: ScanContext) -> dict[str, list[Hit]]:
        """Groups found by patterns rather than terms (see the payment detector)."""
        return {}

    def strong_patterns(self, hits: dict[str, list[Hit]]) -> list[Match]:
        """Matches from pattern groups that count on their own."""
        return []

    def _pseudo(self, ctx: ScanContext) -> set[str]:
        text = ctx.record.text or ""
        found = set()
        if len(ctx.view.words) <= self.options["short_tokens"]:
            found.add("short")
        if any(q in text for q in "?¿؟"):
            found.add("question")
        if "!" in text or "¡" in text:
            found.add("exclaim")
        return found

    def _vetoed(self, combo: tuple[str, ...], present: set[str]) -> bool:
        return any(self.veto.get(g, frozenset()) & present for g in combo)

    def _combo_match(self, combos: list[tuple[str, ...]], hits: dict[str, list[Hit]],
                     present: set[str]) -> list[Match]:
        for combo in combos:
            if all(g in present for g in combo) and not self._vetoed(combo, present):
                found = [(g, hits[g]) for g in combo if hits.get(g)]
                label = " + ".join(f"{g}: {h[0][0]}" for g, h in found)
                spans = tuple(sorted({span for _g, h in found for _l, span in h}))
                return [Match(self.type_name, label, spans)]
        return []


def _combined_index(groups: dict[str, TermSet]) -> tuple[dict, StemIndex]:
    """Trigger word -> [(group, term)], and stems -> (group, term), over all groups."""
    words: dict[str, list[tuple[str, Term]]] = {}
    stems = StemIndex()
    for name, term_set in groups.items():
        for word, terms in term_set.by_trigger.items():
            words.setdefault(word, []).extend((name, t) for t in terms)
        for term in term_set.terms:
            if term.trigger().endswith("*"):
                stems.add(term.trigger()[:-1], (name, term))
    return words, stems


def _combo_problem(combo: list[str], known: set[str]) -> str | None:
    unknown = sorted(set(combo) - known)
    if unknown:
        return (f"names undefined group(s) {unknown}; define them under options.groups "
                f"or use one of {sorted(PSEUDO_GROUPS)}")
    if set(combo) <= PSEUDO_GROUPS:
        return "needs at least one word group, not only short/question/exclaim"
    return None


class DistressDetector(SignalsDetector):
    """Urgent-help and distress signals (violence, self-harm, a child in danger)."""

    type_name = "distress"
    summary = "urgent help and distress signals"


class GroomingDetector(SignalsDetector):
    """Grooming and exploitation patterns (private chat, photos, secrecy)."""

    type_name = "grooming"
    summary = "grooming and exploitation patterns"
