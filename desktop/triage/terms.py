"""Keyword and phrase lists, compiled for word-level matching.

A term is one or more words, matched on whole words of folded text, so
"hilfe" matches "Hilfe!" but not "Hilfestellung", and "schick mir geld"
matches "Schick mir Geld". Two wildcards, as in Discord AutoMod:

* `word*` matches any word starting with `word` ("umbring*" → "umbringen");
* a lone `*` between words skips up to four words ("schick * geld" →
  "schick mir bitte geld").

A term written with an apostrophe also matches without it ("don't" and
"dont"). Terms with no letters at all (emoji such as "😂") match as plain
substrings. Each term keeps its language so a match can say "(de)".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import itemgetter

from .common_words import COMMON
from .folded_text import TOKEN, FoldedText, fold

GAP = "*"
MAX_GAP = 4
MIN_STEM = 3
_HEAD = itemgetter(slice(0, MIN_STEM))  # a word's first MIN_STEM letters


@dataclass(frozen=True)
class Term:
    """One compiled term: its text as written, language and word pattern."""

    text: str
    lang: str
    parts: tuple[str, ...]
    words: frozenset[str] = field(init=False, compare=False)
    stems: tuple[str, ...] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        # Whole words and word starts that must all occur for the term to match.
        object.__setattr__(self, "words", frozenset(
            p for p in self.parts if p != GAP and not p.endswith(GAP)))
        object.__setattr__(self, "stems", tuple(
            p[:-1] for p in self.parts if p != GAP and p.endswith(GAP)))

    def may_occur(self, words: frozenset[str] | set[str]) -> bool:
        """Cheap necessary test on a message's set of words: False means no match."""
        return self.words <= words and all(any(map(str.startswith, words, repeat(stem)))
                                           for stem in self.stems)

    def trigger(self) -> str:
        """The word most likely to be rare: not a common word, then the longest.

        A whole word beats a stem of equal length; rarer triggers make fewer
        messages candidates.
        """
        words = [p for p in self.parts if p != GAP]
        return max(words, key=lambda p: (p not in COMMON, len(p) if p.endswith(GAP) else len(p) + 1))

    def prefilter_key(self) -> tuple[str, str]:
        """("pair", "w1 w2"), ("word", w) or ("stem", s): what the batch prefilter looks for.

        Two adjacent whole words of a phrase are far rarer together than
        either alone (random chatter has the words, rarely in order), so a
        phrase is found by its best adjacent pair; failing that, by its
        trigger word and the stem next to it ("paisa bhej*", the stem keeping
        its "*"); otherwise by its trigger.
        """
        pairs = [(a, b) for a, b in zip(self.parts, self.parts[1:]) if GAP not in (a[-1], b[-1])]
        trigger = self.trigger()
        rare = [p for p in pairs if not (p[0] in COMMON and p[1] in COMMON)]
        # Two everyday words in a row ("to die") still beat one ("want").
        if rare or (pairs and trigger in COMMON):
            best = max(rare or pairs, key=lambda p: ((p[0] not in COMMON) + (p[1] not in COMMON),
                                                     len(p[0]) + len(p[1])))
            return "pair", f"{best[0]} {best[1]}"
        if trigger.endswith(GAP):
            return "stem", trigger[:-1]
        # "paisa bhej*": the trigger word next to a word start is rarer than
        # the word alone, and costs the prefilter no more (it waits for the word).
        for a, b in zip(self.parts, self.parts[1:]):
            if trigger in (a, b) and _is_stem(b if a == trigger else a):
                return "pair", f"{a} {b}"
        return "word", trigger

    def trigger_cost(self) -> int:
        """How many messages this term's trigger is likely to wake (relative)."""
        word = self.trigger()
        if word in COMMON:
            return 100
        # Only Latin letters are short: a three-letter Devanagari word such as
        # "मदद" is an ordinary, specific word.
        return 10 if len(word.rstrip(GAP)) <= 3 and word.isascii() else 1


def _is_stem(part: str) -> bool:
    return part != GAP and part.endswith(GAP)


@dataclass(frozen=True)
class TermHit:
    """A term found in a message: which term and where (original span)."""

    term: Term
    first: int
    last: int
    span: tuple[int, int]


def term_variants(text: str) -> list[str]:
    """The written form, plus the form without apostrophes when there is one."""
    folded = fold(text.strip())
    variants = [folded]
    if "'" in folded:
        variants.append(folded.replace("'", ""))
    return variants


def compile_term(text: str, lang: str) -> Term | None:
    """Split one folded variant into words; None for symbol-only terms."""
    parts: list[str] = []
    for raw in text.split():
        if raw == GAP:
            parts.append(GAP)
            continue
        words = TOKEN.findall(raw)
        parts.extend(words)
        if raw.endswith(GAP) and words:
            parts[-1] += GAP
    return Term(text, lang, tuple(parts)) if parts else None


def term_problem(text: str) -> str | None:
    """Why a term cannot be used, or None when it is fine (for pack validation)."""
    if not text.strip():
        return "is empty"
    for variant in term_variants(text):
        term = compile_term(variant, "")
        if term is None:
            continue
        if term.parts[0] == GAP or term.parts[-1] == GAP:
            return "starts or ends with a lone '*'; put '*' between words or at a word's end"
        if any(p.endswith(GAP) and len(p) - 1 < MIN_STEM for p in term.parts if p != GAP):
            return f"has a wildcard on a stem shorter than {MIN_STEM} letters; it would match too much"
    return None


def by_language(value: Iterable[str] | Mapping[str, Iterable[str]]) -> list[tuple[str, str]]:
    """(lang, text) pairs from a plain list ("*" language) or a {lang: [terms]} table."""
    if isinstance(value, Mapping):
        return [(lang, t) for lang, items in value.items() for t in items]
    return [("*", t) for t in value]


class StemIndex:
    """Stems (wildcard words) by their first three letters: one lookup per word."""

    def __init__(self) -> None:
        self._by_head: dict[str, list[tuple[str, object]]] = {}

    def add(self, stem: str, item: object) -> None:
        """Index `item` under `stem` (at least MIN_STEM letters)."""
        self._by_head.setdefault(stem[:MIN_STEM], []).append((stem, item))

    def __bool__(self) -> bool:
        return bool(self._by_head)

    def items_for(self, word: str) -> list[object]:
        """Items whose stem starts `word`."""
        return [item for stem, item in self._by_head.get(word[:MIN_STEM], ()) if word.startswith(stem)]

    def matches(self, view: FoldedText) -> list[tuple[str, object]]:
        """(word, item) for every word of the message that one of the stems starts."""
        found = []
        words = view.word_set
        heads = self._by_head
        # One dict lookup per word's head, mapped in C: most messages have no
        # such word. (`startswith` with every stem at once took 2.7 times as long.)
        for word in compress(words, map(heads.__contains__, map(_HEAD, words))):
            found.extend((word, item) for stem, item in heads[word[:MIN_STEM]]
                         if word.startswith(stem))
        return found


class TermSet:
    """A compiled list of terms with a first-word index for matching.

    `triggers()` and `prefix_triggers()` give the words the engine's batch
    prefilter looks for; `maybe_in()` is a cheap necessary test and
    `find()` the exact matching on one message.
    """

    def __init__(self, value: Iterable[str] | Mapping[str, Iterable[str]] = ()) -> None:
        self.terms: list[Term] = []
        self.symbols: list[Term] = []
        self._first: dict[str, list[Term]] = {}
        self._first_stems = StemIndex()
        self.by_trigger: dict[str, list[Term]] = {}
        self.trigger_stems = StemIndex()
        for lang, text in by_language(value):
            for variant in term_variants(text):
                self._add(variant, lang)

    def _add(self, variant: str, lang: str) -> None:
        term = compile_term(variant, lang)
        if term is None:
            self.symbols.append(Term(variant, lang, ()))
            return
        self.terms.append(term)
        trigger, head = term.trigger(), term.parts[0]
        if trigger.endswith(GAP):
            self.trigger_stems.add(trigger[:-1], term)
        else:
            self.by_trigger.setdefault(trigger, []).append(term)
        if head.endswith(GAP):
            self._first_stems.add(head[:-1], term)
        else:
            self._first.setdefault(head, []).append(term)

    def __bool__(self) -> bool:
        return bool(self.terms or self.symbols)

    def prefilter_keys(self) -> dict[str, set[str]]:
        """{"word": …, "pair": …, "stem": …}: one of them occurs whenever a term matches."""
        keys: dict[str, set[str]] = {"word": set(), "pair": set(), "stem": set()}
        for term in self.terms:
            kind, key = term.prefilter_key()
            keys[kind].add(key)
        return keys

    def cost(self) -> int:
        """Relative prefilter cost of triggering on this set (see Term.trigger_cost)."""
        return sum(t.trigger_cost() for t in self.terms) + 1000 * len(self.symbols)

    def selective(self) -> bool:
        """True when terms can be found by rare-looking words.

        Groups of everyday words ("not", "is in", "please") would wake the
        detector on a large share of all messages.
        """
        costs = [t.trigger_cost() for t in self.terms]
        short = sum(c > 1 for c in costs) + len(self.symbols)
        return bool(costs) and max(costs) < 100 and short <= len(costs) // 4

    def maybe_in(self, view: FoldedText) -> bool:
        """Cheap necessary test: some term has its trigger and all its whole words.

        False means `find` would find nothing; True means it may.
        """
        words = view.word_set
        for trigger in words & self.by_trigger.keys():
            if any(term.may_occur(words) for term in self.by_trigger[trigger]):
                return True
        if self.trigger_stems and any(t.may_occur(words)  # type: ignore[attr-defined]
                                      for _w, t in self.trigger_stems.matches(view)):
            return True
        return bool(self.symbols)

    def find(self, view: FoldedText) -> list[TermHit]:
        """Every term occurrence in the message, in word order."""
        hits = []
        for word in view.word_set & self._first.keys():
            for i in view.where(word):
                hits.extend(self._hits_for(view, i, self._first[word]))
        for word, term in self._first_stems.matches(view) if self._first_stems else ():
            for i in view.where(word):
                hits.extend(self._hits_for(view, i, [term]))  # type: ignore[list-item]
        hits.sort(key=lambda h: (h.first, h.last))
        return hits + self._symbol_hits(view)

    def _hits_for(self, view: FoldedText, i: int, terms: list[Term]) -> list[TermHit]:
        hits = []
        for term in terms:
            last = _match(term.parts, 0, view.words, i)
            if last is not None:
                hits.append(TermHit(term, i, last, view.token_span(i, last)))
        return hits

    def _symbol_hits(self, view: FoldedText) -> list[TermHit]:
        hits = []
        for term in self.symbols:
            at = view.folded.find(term.text)
            if at >= 0:
                hits.append(TermHit(term, -1, -1, view.span(at, at + len(term.text))))
        return hits


def _match(parts: tuple[str, ...], k: int, words: list[str], i: int) -> int | None:
    """Index of the last word when parts[k:] matches words[i:], else None."""
    part = parts[k]
    if part == GAP:
        for skip in range(MAX_GAP + 1):
            end = _match(parts, k + 1, words, i + skip)
            if end is not None:
                return end
        return None
    if i >= len(words) or not _word_matches(part, words[i]):
        return None
    return i if k == len(parts) - 1 else _match(parts, k + 1, words, i + 1)


def _word_matches(part: str, word: str) -> bool:
    if part.endswith(GAP):
        return word.startswith(part[:-1])
    return word == part
