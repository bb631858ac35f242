"""The batch prefilter: which messages of a batch are worth a detector's time.

Most messages trigger nothing, so the engine never looks at them one by
one. For a batch it joins the texts with a sentinel word between them,
folds the joined string once and splits it into words with one `findall`.
Trigger words, stems (learned once per new word) and the anchors of
adjacent word pairs are found with one C-level pass (`map` over a set's
`__contains__`, `itertools.compress`); a phrase such as "send me money" is
looked for as the pair "me money", which random chatter containing "send"
and "money" does not have. Characters that patterns need (digits for phone numbers,
"@" for e-mail, "/" or "www." for links, "?" for questions) are found by
one regular-expression pass over the batch.

Each trigger sets one bit for one detector (one bit per word group). A
detector is woken only when the bits of a whole alternative are set: a
combo ["cry", "urgency"] needs a cry word *and* an urgency word.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from itertools import accumulate, compress, count

from .common_words import COMMON
from .folded_text import TOKEN, fold

# A word between messages that no text or term contains: U+A66E, a Cyrillic
# letter used in one medieval manuscript, so TOKEN keeps it as a word.
_SENTINEL = "\ua66e\ua66e\ua66e"
_JOIN = f" {_SENTINEL} "
# Characters most messages lack (and runs of digits), found in one pass.
_RARE = re.compile(r"\d+|[@?¿؟/]|www\.")
_RARE_KIND = {"@": "at", "?": "question", "¿": "question", "؟": "question", "/": "link", "w": "link"}
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

    def candidates(self, texts: list[str]) -> dict[int, set[int]]:
        """Detector numbers per text index; texts not in the result need nothing."""
        marks: dict[int, dict[int, int]] = {}
        self._words_and_pairs(texts, marks)
        if self._chars:
            self._char_hits(texts, marks)
        out = {i: dets for i, found in marks.items() if (dets := self._complete(found))}
        if self._always:
            for i, text in enumerate(texts):
                if text:
                    out.setdefault(i, set()).update(self._always)
        return out

    def _complete(self, found: dict[int, int]) -> set[int]:
        return {det for det, bits in found.items()
                if any(bits & need == need for need in self._requirements[det])}

    def _words_and_pairs(self, texts: list[str], marks: dict[int, dict[int, int]]) -> None:
        words = _batch_words(texts)
        if self._stems:
            self._learn(set(words) - self._seen)
        known, anchors, last = self._known, self._anchors, len(words) - 1
        # One C-level pass finds sentinels, trigger words and pair anchors;
        # the loop below runs once per message plus once per hit.
        message = 0
        for w in compress(count(), map(self._interesting.__contains__, words)):
            word = words[w]
            if word == _SENTINEL:
                message += 1
                continue
            found = known.get(word)
            if found:
                _mark(marks, message, found)
            for partner, side, pair_marks in anchors.get(word, ()):
                if 0 <= w + side <= last and words[w + side] == partner:
                    _mark(marks, message, pair_marks)

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
    """{"digit" | "at" | "link" | "question": text indexes} from one pass over the batch."""
    joined = "\n".join(texts)
    starts = list(accumulate((len(t) + 1 for t in texts), initial=0))
    found: dict[str, set[int]] = {}
    for m in _RARE.finditer(joined):
        first = m.group()[0]
        kind = "digit" if first.isdigit() else _RARE_KIND[first]
        found.setdefault(kind, set()).add(bisect_right(starts, m.start()) - 1)
    return found


def _anchor_pairs(pairs: Mapping[str, Marks]) -> dict[str, list[tuple[str, int, Marks]]]:
    """Each pair under its less common word: {anchor: [(partner, side, marks)]}."""
    anchors: dict[str, list[tuple[str, int, Marks]]] = {}
    for pair, marks in pairs.items():
        first, second = pair.split(" ")
        if first in COMMON or (second not in COMMON and len(second) > len(first)):
            anchors.setdefault(second, []).append((first, -1, marks))
        else:
            anchors.setdefault(first, []).append((second, 1, marks))
    return anchors


def _batch_words(texts: list[str]) -> list[str]:
    """All words of the batch in order, with the sentinel between messages.

    Folding the joined batch once is cheaper than folding message by
    message (most of it is ASCII, which NFD passes over quickly).
    """
    joined = _JOIN.join(texts)
    if joined.count(_SENTINEL) != len(texts) - 1:
        joined = _JOIN.join(t.replace(_SENTINEL, " ") for t in texts)
    return TOKEN.findall(fold(joined))


def _merge(found: dict[int, int], pairs: Iterable[tuple[int, int]]) -> None:
    for det, bits in pairs:
        found[det] = found.get(det, 0) | bits


def _mark(marks: dict[int, dict[int, int]], index: int, pairs: Marks) -> None:
    found = marks.get(index)
    if found is None:
        marks[index] = dict(pairs)
        return
    _merge(found, pairs)
