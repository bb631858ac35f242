"""Case- and diacritic-folded text with a map back to the original spans.

Every text detector matches on folded text: casefolded, decomposed (NFD),
with Latin diacritics, the Devanagari nukta and invisible format characters
removed. A match found there is reported on the *original* text, so the
inbox can highlight exactly what the member wrote.

Python's `\\w` does not include combining marks, so `\\w+` would cut
"नमस्ते" into pieces at its vowel signs. `TOKEN` is one explicit class of
every BMP code point that is a word character or a combining mark: sre
turns such a class into a bitmap (a class mixing `\\w` with ranges is
checked range by range, which was the slowest part of triage).

Most messages a detector looks at match nothing, so everything beyond the
folded string and its word list (token offsets, the map back to the
original) is computed only when a match needs it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import accumulate, chain

# Removed while folding: Latin/Greek/Cyrillic combining diacritics (so "é"
# folds to "e"), the Devanagari nukta (writers use ज़ and ज interchangeably)
# and zero-width or direction marks that WhatsApp and keyboards insert.
_DROP_RANGES = ((0x0300, 0x036F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF),
                (0xFE20, 0xFE2F), (0x093C, 0x093C), (0x200B, 0x200F), (0x202A, 0x202E),
                (0x2060, 0x2064), (0xFEFF, 0xFEFF), (0x00AD, 0x00AD), (0xFE00, 0xFE0F))
_DROP = frozenset(c for lo, hi in _DROP_RANGES for c in range(lo, hi + 1))
# Spelling variants folded onto one form: chandrabindu onto anusvara, and
# typographic apostrophes onto the ASCII one.
_REPLACE = {"\u0901": "\u0902", "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'",
            "`": "'"}
_DROP_RE = re.compile("[" + "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in _DROP_RANGES) + "]")
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+|[^\x00-\x7f]")
_REPLACE_RE = re.compile("[" + "".join(_REPLACE) + "]")


def _word_class() -> str:
    """Ranges of every BMP code point that is `\\w` or a combining mark (M*)."""
    word = re.compile(r"\w")
    ranges, start = [], None
    for code in range(0x10000):
        char = chr(code)
        inside = bool(word.match(char)) or unicodedata.category(char)[0] == "M"
        if inside and start is None:
            start = code
        elif not inside and start is not None:
            ranges.append(f"\\u{start:04x}-\\u{code - 1:04x}")
            start = None
    if start is not None:
        ranges.append(f"\\u{start:04x}-\\uffff")
    return "".join(ranges)


TOKEN_CLASS = _word_class()
TOKEN = re.compile(f"[{TOKEN_CLASS}]+")


@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    """The folded form of one original character (may be empty or longer)."""
    decomposed = unicodedata.normalize("NFD", char.casefold())
    return "".join(_REPLACE.get(c, c) for c in decomposed if ord(c) not in _DROP)


def fold(text: str) -> str:
    """Fold a whole string quickly (no span map): for prefilters and term lists."""
    if text.isascii():
        return text.lower().replace("`", "'")
    folded = _DROP_RE.sub("", unicodedata.normalize("NFD", text.casefold()))
    # One regex pass; str.translate would look up every character in a dict.
    return _REPLACE_RE.sub(_replacement, folded)


def _replacement(match: re.Match[str]) -> str:
    return _REPLACE[match.group()]


class FoldedText:
    """One message's text, folded and split into words, mapped back on demand.

    `words[i]` is the i-th token of `folded`; `positions` maps each word to
    its indexes. `token_span(first, last)` gives original offsets.
    """

    __slots__ = ("original", "folded", "words", "word_set", "_bounds", "_map", "_positions",
                 "_heads", "_where")

    def __init__(self, original: str, folded: str | None = None,
                 words: list[str] | None = None) -> None:
        # The batch prefilter hands over what it already folded and split.
        self.original = original
        self.folded = fold(original) if folded is None else folded
        self.words: list[str] = TOKEN.findall(self.folded) if words is None else words
        self.word_set = frozenset(self.words)
        self._bounds: list[int] | None = None
        self._map: tuple[list[int], list[int]] | None = None
        self._positions: dict[str, list[int]] | None = None
        self._heads: dict[str, list[str]] | None = None
        self._where: dict[str, list[int]] = {}

    def where(self, word: str) -> list[int]:
        """Indexes of one word in `words` (C-level scans, cached).

        Matching asks for a handful of words per message; indexing every
        word of a long message in Python would cost more than all of them.
        `list.index` compares in C without a call per word: a third of the
        time of mapping `word.__eq__` over a long message.
        """
        found = self._where.get(word)
        if found is None:
            found = self._where[word] = _indexes(self.words, word)
        return found

    @property
    def heads(self) -> dict[str, list[str]]:
        """First three letters -> the distinct words starting with them (for stems)."""
        if self._heads is None:
            self._heads = {}
            for word in self.word_set:
                self._heads.setdefault(word[:3], []).append(word)
        return self._heads

    @property
    def positions(self) -> dict[str, list[int]]:
        """Word -> its indexes in `words`, computed once."""
        if self._positions is None:
            self._positions = {}
            for i, word in enumerate(self.words):
                self._positions.setdefault(word, []).append(i)
        return self._positions

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of folded[start:end] (end exclusive, end > start)."""
        if self.original.isascii():
            return start, end
        starts, ends = self._original_map()
        return starts[start], ends[end - 1]

    def token_span(self, first: int, last: int) -> tuple[int, int]:
        """The original span covering words first..last (inclusive)."""
        if self._bounds is None:
            # Token i spans bounds[2i]..bounds[2i+1]: running lengths of the
            # separators and words in turn, summed in C (long messages have
            # thousands of words and usually one hit).
            gaps = TOKEN.split(self.folded)
            self._bounds = list(accumulate(map(len, chain.from_iterable(zip(gaps, self.words)))))
        bounds = self._bounds
        return self.span(bounds[2 * first], bounds[2 * last + 1])

    def _original_map(self) -> tuple[list[int], list[int]]:
        if self._map is None:
            self._map = _build_map(self.original, len(self.folded))
        return self._map


def _indexes(words: list[str], word: str) -> list[int]:
    found: list[int] = []
    at, index = -1, words.index
    try:
        while True:
            at = index(word, at + 1)
            found.append(at)
    except ValueError:
        return found


def _build_map(original: str, size: int) -> tuple[list[int], list[int]]:
    """For each folded character: the original offsets it came from.

    ASCII runs map one to one; other characters are folded one at a time.
    Whole-string NFD may reorder combining marks across characters, which
    per-character folding does not; when the lengths disagree (rare), every
    folded character maps to the whole original text rather than a wrong
    part of it.
    """
    starts: list[int] = []
    ends: list[int] = []
    for m in _ASCII_RUNS.finditer(original):
        piece = m.group() if m.group().isascii() else _fold_char(m.group())
        if m.group().isascii():
            starts.extend(range(m.start(), m.end()))
            ends.extend(range(m.start() + 1, m.end() + 1))
        else:
            starts.extend([m.start()] * len(piece))
            ends.extend([m.end()] * len(piece))
    if len(starts) != size:
        return [0] * size, [len(original)] * size
    return starts, ends
