"""The passphrase strength estimate (pure, no Qt)."""

from __future__ import annotations

import pytest

from moddesk.ui.passphrase_strength import (
    HINT_COMMON,
    HINT_LENGTH,
    HINT_REPEAT,
    LABELS,
    MIN_ACCEPTED,
    estimate,
)


@pytest.mark.parametrize("text", ["", "demo", "password", "Password123!", "qwerty",
                                  "aaaaaaaaaaaaaaaaaaaa", "abcdefgh1234"])
def test_weak_passphrases_are_not_acceptable(text: str) -> None:
    assert not estimate(text).acceptable


@pytest.mark.parametrize("text", ["correct horse battery staple", "kettle-Blue-17-river",
                                  "Tr0ub4dor&3x"])
def test_strong_passphrases_are_acceptable(text: str) -> None:
    strength = estimate(text)
    assert strength.score >= 3
    assert strength.hints == ()


def test_common_word_and_repeats_give_their_hints() -> None:
    assert HINT_COMMON in estimate("password").hints
    assert HINT_REPEAT in estimate("zzzzzzz").hints
    assert HINT_LENGTH in estimate("short").hints


def test_score_is_monotonic_in_length_and_labels_match() -> None:
    scores = [estimate("x7Kp" * n).score for n in range(1, 6)]
    assert scores == sorted(scores)
    for text in ("", "kettle-Blue-17-river"):
        s = estimate(text)
        assert s.label == LABELS[s.score]
        assert 0 <= s.score <= 4
    assert 0 < MIN_ACCEPTED <= 4
