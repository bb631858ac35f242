"""Which writing system each character belongs to, for fonts and direction.

Qt-free. The summary's text is cut into runs of one script so that each run
can be given a font family chosen for it (`fonts.py`), and so that runs of
scripts whose shaping joins or reorders letters (Arabic, the Indic scripts)
can get an exact text layer in the PDF (`textlayer.py`).

Characters shared by all scripts (spaces, digits, punctuation, joiners,
variation selectors) join the run before them, or the run after them at the
start of a text: that is how Qt itself assigns them when it shapes text, so
a space after an Arabic word is laid out with the Arabic font and not with a
Latin font that claims Arabic but cannot shape it. After an emoji they go
back to the body font, except the joiners that belong to the emoji.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

# (first, last, script). Everything not listed is "latin"; the body font
# covers Latin, Greek and Cyrillic, and Qt's own fallback handles the rest.
_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0370, 0x03FF, "greek"), (0x0400, 0x052F, "cyrillic"),
    (0x0590, 0x05FF, "hebrew"),
    (0x0600, 0x06FF, "arabic"), (0x0750, 0x077F, "arabic"), (0x08A0, 0x08FF, "arabic"),
    (0xFB1D, 0xFB4F, "hebrew"),
    (0xFB50, 0xFDFF, "arabic"), (0xFE70, 0xFEFF, "arabic"),
    (0x0900, 0x097F, "devanagari"), (0xA8E0, 0xA8FF, "devanagari"),
    (0x0980, 0x09FF, "bengali"), (0x0A00, 0x0A7F, "gurmukhi"), (0x0A80, 0x0AFF, "gujarati"),
    (0x0B00, 0x0B7F, "oriya"), (0x0B80, 0x0BFF, "tamil"), (0x0C00, 0x0C7F, "telugu"),
    (0x0C80, 0x0CFF, "kannada"), (0x0D00, 0x0D7F, "malayalam"), (0x0D80, 0x0DFF, "sinhala"),
    (0x1F000, 0x1FAFF, "emoji"),
)
_COMMON_CATEGORIES = ("Z", "P", "S", "N", "C", "M")
# Symbols in the Miscellaneous Symbols and Dingbats blocks are emoji only when
# a variation selector 16 follows them ("❤️"); alone they are text ("✓").
_TEXT_OR_EMOJI = (0x2600, 0x27BF)
_VS16 = "\ufe0f"
# Parts of an emoji sequence; any other shared character after an emoji goes
# back to the body font (an emoji font's space is as wide as an emoji).
_EMOJI_JOINERS = frozenset("\u200d\ufe0f\ufe0e\u20e3") | {chr(c) for c in range(0xE0020, 0xE0080)}

# Scripts whose shaping joins letters or reorders marks. Qt's PDF writer maps
# such glyphs back to characters badly, so these get an exact text layer.
COMPLEX = frozenset({"arabic", "devanagari", "bengali", "gurmukhi", "gujarati", "oriya",
                     "tamil", "telugu", "kannada", "malayalam", "sinhala"})
RTL = frozenset({"arabic", "hebrew"})
NAMES = {"latin": "Latin", "greek": "Greek", "cyrillic": "Cyrillic", "arabic": "Arabic", "hebrew": "Hebrew", "devanagari": "Devanagari",
         "bengali": "Bengali", "gurmukhi": "Gurmukhi", "gujarati": "Gujarati",
         "oriya": "Odia", "tamil": "Tamil", "telugu": "Telugu", "kannada": "Kannada",
         "malayalam": "Malayalam", "sinhala": "Sinhala", "emoji": "Emoji"}


def script_of(text: str, index: int) -> str | None:
    """The script of `text[index]`, or None for a character every script shares."""
    code = ord(text[index])
    for first, last, name in _RANGES:
        if first <= code <= last:
            return name
    if _TEXT_OR_EMOJI[0] <= code <= _TEXT_OR_EMOJI[1] and text[index + 1:index + 2] == _VS16:
        return "emoji"
    if unicodedata.category(text[index]).startswith(_COMMON_CATEGORIES):
        return None
    return "latin"


def runs(text: str) -> list[tuple[str, str]]:
    """`text` cut into (script, piece) runs; shared characters join a neighbour."""
    out: list[list[str]] = []
    for i, ch in enumerate(text):
        script = script_of(text, i)
        if script is None and out and out[-1][0] == "emoji" and ch not in _EMOJI_JOINERS:
            script = "latin"
        if script is None or (out and out[-1][0] == script):
            if out:
                out[-1][1] += ch
            else:
                out.append(["", ch])  # leading shared characters: script decided below
            continue
        if out and out[-1][0] == "":
            out[-1][0] = script
            out[-1][1] += ch
        else:
            out.append([script, ch])
    return [(script or "latin", piece) for script, piece in out]


def scripts_in(texts: Iterable[str]) -> set[str]:
    """Every script that occurs in `texts` (shared characters count for none)."""
    found: set[str] = set()
    for text in texts:
        found.update(s for i in range(len(text)) if (s := script_of(text, i)) is not None)
    return found


def is_rtl(text: str) -> bool:
    """Whether `text` reads right to left: its first strong character decides (UAX #9, P2)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False
