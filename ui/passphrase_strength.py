"""Estimate how hard a passphrase is to guess: a score 0-4 and short hints.

Pure Python, no Qt and no dependencies, so it is easy to test. The estimate
is deliberately simple and conservative: effective length (after collapsing
repeated characters, sequences and common words) times the bits per
character of the character classes used. The labels and hints are English
source strings marked for translation; widgets translate them with the
context `PassphraseStrength` via `translate_strength()`.
"""

from __future__ import annotations

import dataclasses
import math
import re


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's marker name
    """Mark `text` for translation without importing Qt."""
    return text


CONTEXT = "PassphraseStrength"
MIN_ACCEPTED = 2  # "Fair": what creating a vault or changing its passphrase requires

LABELS = (
    QT_TRANSLATE_NOOP("PassphraseStrength", "Very weak"),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Weak"),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Fair"),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Strong"),
    QT_TRANSLATE_NOOP("PassphraseStrength", "Very strong"),
)
HINT_LENGTH = QT_TRANSLATE_NOOP("PassphraseStrength", "Use at least 12 characters.")
HINT_WORDS = QT_TRANSLATE_NOOP(
    "PassphraseStrength", "Four or more unrelated words are easy to remember and hard to guess.")
HINT_COMMON = QT_TRANSLATE_NOOP(
    "PassphraseStrength", "Avoid common passwords and words like \"password\" or \"admin\".")
HINT_REPEAT = QT_TRANSLATE_NOOP(
    "PassphraseStrength", "Avoid repeated characters and sequences like \"aaa\" or \"1234\".")

# Frequent passwords and words attackers try first (lower case). Kept short:
# this is a speed bump, not a breach list.
COMMON_WORDS = frozenset("""
password passwort passw0rd pass admin administrator root login welcome letmein
qwerty qwertz azerty asdf asdfgh zxcvbn iloveyou love secret monkey dragon
football baseball soccer master shadow sunshine princess superman batman
trustno1 whatsapp moddesk moderator group groups default changeme abc abcd
hello hola bonjour ciao test guest user summer winter spring autumn freedom
""".split())
_BITS_BY_CLASS = {"lower": 26, "upper": 26, "digit": 10, "other": 33}
_THRESHOLDS = (28, 40, 60, 80)  # bits for scores 1, 2, 3, 4


@dataclasses.dataclass(frozen=True)
class Strength:
    """A strength estimate: `score` 0-4, its English `label`, and hints."""

    score: int
    label: str
    hints: tuple[str, ...]
    bits: float

    @property
    def acceptable(self) -> bool:
        """True when good enough to protect a vault."""
        return self.score >= MIN_ACCEPTED


def estimate(text: str) -> Strength:
    """Score `text` from 0 (very weak) to 4 (very strong)."""
    if not text:
        return Strength(0, LABELS[0], (HINT_LENGTH,), 0.0)
    common = _is_common(text)
    length = 0.0 if common else _effective_length(text)
    bits = length * math.log2(_pool_size(text))
    score = sum(bits >= t for t in _THRESHOLDS)
    return Strength(score, LABELS[score], _hints(text, common, score), round(bits, 1))


def _is_common(text: str) -> bool:
    lowered = text.lower().strip()
    bare = re.sub(r"[\d\W_]+$", "", lowered)  # "Password123!" -> "password"
    return lowered in COMMON_WORDS or bare in COMMON_WORDS


def _effective_length(text: str) -> float:
    """Length after discounting repeats, sequences and common words."""
    lowered = text.lower()
    for word in COMMON_WORDS:
        if len(word) >= 4:
            lowered = lowered.replace(word, "\x00")  # a known word counts as one character
    runs = re.sub(r"(.)\1+", r"\1", lowered)  # "aaaa" counts as "a"
    return max(len(runs) - _sequence_discount(runs), 1)


def _sequence_discount(text: str) -> float:
    """Characters that merely continue an ascending or descending run (abcd, 4321)."""
    steps = [ord(b) - ord(a) for a, b in zip(text, text[1:])]
    return sum(1 for a, b in zip(steps, steps[1:]) if a == b and abs(a) == 1)


def _pool_size(text: str) -> int:
    classes = set()
    for ch in text:
        if ch.islower():
            classes.add("lower")
        elif ch.isupper():
            classes.add("upper")
        elif ch.isdigit():
            classes.add("digit")
        else:
            classes.add("other")
    return max(sum(_BITS_BY_CLASS[c] for c in classes), 2)


def _hints(text: str, common: bool, score: int) -> tuple[str, ...]:
    if score >= 3:
        return ()
    hints = []
    if common:
        hints.append(HINT_COMMON)
    if len(text) < 12:
        hints.append(HINT_LENGTH)
    if re.search(r"(.)\1\1", text) or _sequence_discount(text.lower()) >= 2:
        hints.append(HINT_REPEAT)
    if " " not in text.strip():
        hints.append(HINT_WORDS)
    return tuple(hints)
