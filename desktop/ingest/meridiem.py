"""12-hour clock suffixes in every spelling the catalogue lists.

Exports write AM/PM as `PM`, `pm`, `p.m.`, `p. m.` (with NBSP), German day
periods (`nachm.`), Arabic `ص`/`م`, CJK words before or after the time. The
regex alternation lives here next to the table that interprets it.
"""

from __future__ import annotations

SPACE = "[ \u00a0\u202f\u2009]"

# Longest alternatives first so `p. m.` is not cut short at `p`.
MERIDIEM_PATTERN = (
    r"(?:[AaPp]\.?" + SPACE + r"?[Mm]\.?"
    r"|vorm\.|nachm\.|morgens|vormittags|mittags|nachmittags|abends|nachts"
    r"|in the (?:morning|afternoon|evening)|at night|noon|midnight"
    r"|πμ|μμ|π\.μ\.|μ\.μ\.|ÖÖ|ÖS|पूर्वाह्न|अपराह्न"
    r"|午前|午後|上午|下午|오전|오후|ص|م|\?M)"
)
PREFIX_PATTERN = r"(?:上午|下午|午前|午後|오전|오후)"

_AM = {"am", "a", "vorm", "morgens", "vormittags", "inthemorning", "midnight",
       "πμ", "öö", "पूर्वाह्न", "午前", "上午", "오전", "ص"}
_PM = {"pm", "p", "nachm", "mittags", "nachmittags", "abends", "intheafternoon",
       "intheevening", "noon", "μμ", "ös", "अपराह्न", "午後", "下午", "오후", "م"}
_NIGHT = {"nachts", "atnight"}


def _key(word: str) -> str:
    return "".join(ch for ch in word.lower() if ch not in ". \u00a0\u202f\u2009")


def to_24h(hour: int, word: str | None) -> int:
    """Apply a meridiem word to an hour.

    Hours already outside 1..12 keep their value: peer fixtures hold
    `23:59 PM` and `00:04 AM`, and ignoring the word is what users expect.
    """
    if not word or hour == 0 or hour > 12:
        return hour
    key = _key(word)
    if key in _NIGHT:
        key = "pm" if hour >= 6 else "am"
    if key in _PM:
        return hour if hour == 12 else hour + 12
    if key in _AM:
        return 0 if hour == 12 else hour
    return hour  # mojibake like "?M": nothing to go on
