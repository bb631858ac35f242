"""The batch prefilter: which messages of a batch are worth a detector's time.

Most messages trigger nothing, so the engine never looks at them one by
one. For a batch it folds the texts in two joined pieces (`fold_batch`:
the ASCII ones only need lower case), hands the folded texts on to the
detectors, joins them with a sentinel word between them and splits that
into words with one `findall`.
Trigger words, stems (learned once per new word) and the anchors of
adjacent word pairs are found with one C-level pass (`map` over a set's
`__contains__`, `itertools.compress`); a phrase such as "send me money" is
looked for as the pair "me money", which random chatter containing "send"
and "money" does not have. Characters that patterns need (digits for phone numbers,
"@" for e-mail, "/" or "www." for links, "?" for questions) are found by
one compiled search mapped over the texts in C; only the few texts it
picks are looked at in Python.

Each trigger sets one bit for one detector (one bit per word group). A
detector is woken only when the bits of a whole alternative are set: a
combo ["cry", "urgency"] needs a cry word *and* an urgency word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from itertools import compress, count, repeat
from operator import not_

from .common_words import COMMON
from .folded_text import TOKEN, fold

# A word between messages that no text or term contains: U+A66E, a Cyrillic
# letter used in one medieval manuscript, so TOKEN keeps it as a word.
_SENTINEL = "\ua66e\ua66e\ua66e"
_JOIN = f" {_SENTINEL} "
# Between texts while folding a batch: survives folding, is no word character.
_SEP = "\x00"
# Characters most messages lack (and digits), as one class: an alternative
# such as "www\." would make sre try it at every "w" (twice the time).
_RARE = re.compile(r"[\d@?¿؟/]")
_DIGIT = re.compile(r"\d")
_KIND_TESTS: tuple[tuple[str, Callable[[str], object]], ...] = (
    ("digit", _DIGIT.search),
    ("at", lambda t: "@" in t),
    ("question", re.compile("[?¿؟]").search),
    ("link", lambda t: "/" in t or "www." in t),
)
CHAR_PATTERNS = {
    "digit": re.compile(r"\d"),
    # Seven digits with at most two separators between them: phone-shaped.
    "phone": re.compile(r"\d(?:[\s./()-]{0,2}\d){6}"),
    # What IBANs, card numbers and wallet addresses start like.
    "account": re.compile(r"[A-Za-z]{2}\d\d(?:\s?[A-Za-z0-9]){11}|\d(?:[ -]?\d){12}"
                          r"|\b(?:bc1|0x)[a-zA-Z0-9]{20}|\b[13T][a-km-zA-HJ-NP-Z1-9]{25}"),
    # A number next to a currency sign or word.
    "amount": re.compile(r"\d\s?(?:[€$£₹]|eur|euro|usd|dollar|rs|rupa|rupe|chf|btc|eth|usdt|रुप|यूरो)"
                         r"|(?:[€$£₹]|r\$|eur|usd|rs\.?|inr)\s?\d", re.IGNORECASE),
}
SEEN_LIMIT = 500_000
Marks = tuple[tuple[int, int], ...]  # (detector number, bits)


class BatchPrefilter:
    """Maps a batch of texts to {index: detector numbers to run}.

    `words`, `pairs`, `stems` and `chars` map a word, an adjacent word pair
    ("me money"), a stem or a character kind to (detector, bit) pairs;
    `requirements` lists per detector the bit masks of which one must be
    complete; `always` detectors see every text.
    """

    def __init__(self, *, words: Mapping[str, Marks], pairs: Mapping[str, Marks],
                 stems: Mapping[str, Marks], chars: Mapping[str, Marks],
                 requirements: Mapping[int, tuple[int, ...]], always: frozenset[int]) -> None:
        self._words = dict(words)
        self._pairs = dict(pairs)
        self._stems: dict[int, dict[str, Marks]] = {}
        for stem, marks in stems.items():
            self._stems.setdefault(len(stem), {})[stem] = marks
        self._chars = dict(chars)
        self._requirements = dict(requirements)
        self._always = always
        self._seen: set[str] = set()
        self._known: dict[str, Marks] = dict(self._words)
        self._anchors = _anchor_pairs(self._pairs)
        self._interesting = {_SENTINEL, *self._known, *self._anchors}

    def candidates_and_words(self, texts: list[str], folded: list[str] | None = None,
                             ) -> tuple[dict[int, set[int]], dict[int, list[str]]]:
        """Detector numbers per text index (texts not in it need nothing), and words.

        The words of each candidate are as `TOKEN.findall` splits its folded
        text, taken from the batch's one split, so the detectors need not
        split again (empty when a text held the sentinel). `folded` is
        `fold_batch(texts)` when the caller has it already.
        """
        marks: dict[int, dict[int, int]] = {}
        bounds = self._words_and_pairs(fold_batch(texts) if folded is None else folded, marks)
        if self._chars:
            self._char_hits(texts, marks)
        out = {i: dets for i, found in marks.items() if (dets := self._complete(found))}
        if self._always:
            for i, text in enumerate(texts):
                if text:
                    out.setdefault(i, set()).update(self._always)
        if bounds is None:
            return out, {}
        words, ends = bounds
        return out, {i: words[ends[i - 1] + 1 if i else 0:ends[i]] for i in out}

    def _complete(self, found: dict[int, int]) -> set[int]:
        return {det for det, bits in found.items()
                if any(bits & need == need for need in self._requirements[det])}

    def _words_and_pairs(self, folded: list[str], marks: dict[int, dict[int, int]],
                         ) -> tuple[list[str], list[int]] | None:
        """Marks words and pairs; returns (the batch's words, where each text's words end).

        None instead when a text held the sentinel (its words were changed).
        """
        words, exact = _batch_words(folded)
        ends: list[int] = []
        if self._stems:
            self._learn(set(words) - self._seen)
        known, anchors, last = self._known, self._anchors, len(words) - 1
        # One C-level pass finds sentinels, trigger words and pair anchors;
        # the loop below runs once per message plus once per hit.
        message, sentinel, no_pairs = 0, _SENTINEL, ()
        for w in compress(count(), map(self._interesting.__contains__, words)):
            word = words[w]
            if word == sentinel:
                message += 1
                ends.append(w)
                continue
            found = known.get(word)
            if found:
                _mark(marks, message, found)
            for partner, side, pair_marks, stem in anchors.get(word, no_pairs):
                if 0 <= w + side <= last and (words[w + side] == partner or
                                              stem and words[w + side].startswith(partner)):
                    _mark(marks, message, pair_marks)
        ends.append(len(words))
        return (words, ends) if exact else None

    def _learn(self, new_words: Iterable[str]) -> None:
        """Words seen for the first time: do they start with a stem ("umbring*")?"""
        if len(self._seen) > SEEN_LIMIT:
            # Bounded memory on endless streams; relearning is cheap.
            self._seen.clear()
            self._known = dict(self._words)
            self._interesting = {_SENTINEL, *self._known, *self._anchors}
        for word in new_words:
            self._seen.add(word)
            found: dict[int, int] = dict(self._words.get(word, ()))
            for length, stems in self._stems.items():
                _merge(found, stems.get(word[:length], ()))
            if found:
                self._known[word] = tuple(found.items())
                self._interesting.add(word)

    def _char_hits(self, texts: list[str], marks: dict[int, dict[int, int]]) -> None:
        # Digits and rare characters: one regex pass over the joined batch.
        # The number-shaped kinds are then searched only in texts with a
        # digit (their patterns have no cheap first character to skip with).
        found = _characters(texts)
        with_digits = found.pop("digit", set())
        for kind, pairs in self._chars.items():
            if kind in CHAR_PATTERNS:
                search = CHAR_PATTERNS[kind].search
                hits: Iterable[int] = with_digits if kind == "digit" else \
                    [i for i in with_digits if search(texts[i])]
            else:
                hits = found.get(kind, ())
            for i in hits:
                _mark(marks, i, pairs)


def _characters(texts: list[str]) -> dict[str, set[int]]:
    """{"digit" | "at" | "link" | "question": text indexes}.

    One C-level pass (`map` of a compiled search) picks the few texts with
    any such character; only those are looked at in Python.
    """
    found: dict[str, set[int]] = {}
    rare = set(compress(count(), map(_RARE.search, texts)))
    rare.update(compress(count(), map(str.__contains__, texts, repeat("www."))))
    for i in rare:
        text = texts[i]
        for kind, present in _KIND_TESTS:
            if present(text):
                found.setdefault(kind, set()).add(i)
    return found


def _anchor_pairs(pairs: Mapping[str, Marks]) -> dict[str, list[tuple[str, int, Marks, bool]]]:
    """Each pair under its less common word: {anchor: [(partner, side, marks, partner is a stem)]}.

    Of two common words the longer is the rarer ("want to" waits for
    "want", not for every "to"). A word next to a word start ("paisa
    bhej*") waits for the word; its partner need only start with the stem.
    """
    anchors: dict[str, list[tuple[str, int, Marks, bool]]] = {}
    for pair, marks in pairs.items():
        first, second = pair.split(" ")
        if first.endswith("*") or second.endswith("*"):
            stem_first = first.endswith("*")
            anchor, partner = (second, first) if stem_first else (first, second)
            anchors.setdefault(anchor, []).append((partner[:-1], -1 if stem_first else 1, marks, True))
            continue
        if (first in COMMON) == (second in COMMON):
            second_rarer = len(second) > len(first)
        else:
            second_rarer = first in COMMON
        if second_rarer:
            anchors.setdefault(second, []).append((first, -1, marks, False))
        else:
            anchors.setdefault(first, []).append((second, 1, marks, False))
    return anchors


def fold_batch(texts: list[str]) -> list[str]:
    """`fold(text)` for each text, folding the batch in two joined pieces.

    ASCII texts (most of them) only need lower case, done once for all of
    them (on an ASCII-only string, which `lower` does three times faster);
    the rest are folded joined, in one NFD pass.
    """
    plain = list(map(str.isascii, texts))
    ascii_texts = list(compress(texts, plain))
    if len(ascii_texts) == len(texts):
        return _folded_pieces(texts, str.lower)
    others = _folded_pieces(list(compress(texts, map(not_, plain))), fold)
    lowered = iter(_folded_pieces(ascii_texts, str.lower))
    others_it = iter(others)
    return [next(lowered) if p else next(others_it) for p in plain]


def _folded_pieces(texts: list[str], folding: Callable[[str], str]) -> list[str]:
    """`fold` of each text, worked on the texts joined (`folding`: how, for these texts)."""
    joined = _SEP.join(texts)
    if joined.count(_SEP) != len(texts) - 1:
        return [fold(t) for t in texts]  # a text with a NUL character: rare, do it plainly
    return folding(joined).replace("`", "'").split(_SEP) if texts else []


def _batch_words(folded: list[str]) -> tuple[list[str], bool]:
    """(All words of the batch in order, with the sentinel between messages; exact).

    Not exact when a text held the sentinel itself (replaced by a space).
    """
    joined = _JOIN.join(folded)
    if joined.count(_SENTINEL) != len(folded) - 1:
        return TOKEN.findall(_JOIN.join(t.replace(_SENTINEL, " ") for t in folded)), False
    return TOKEN.findall(joined), True


def _merge(found: dict[int, int], pairs: Iterable[tuple[int, int]]) -> None:
    for det, bits in pairs:
        found[det] = found.get(det, 0) | bits


def _mark(marks: dict[int, dict[int, int]], index: int, pairs: Marks) -> None:
    found = marks.get(index)
    if found is None:
        marks[index] = dict(pairs)
        return
    _merge(found, pairs)
