"""Invisible direction marks and odd spaces WhatsApp puts into exports.

iOS exports put U+200E before brackets and bodies, wrap phone numbers in
U+202A/U+202C, Arabic exports sprinkle U+200F into dates, and many files carry
BOMs mid-file. They are noise for matching and display, so they are removed
from names and bodies (the untouched line stays in `raw`).
"""

from __future__ import annotations

import re

# BOM is included: WhatsR fixtures put (doubled) BOMs at line starts.
MARK_CLASS = "\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff"
MARKS = "[" + MARK_CLASS + "]"
_MARKS_RX = re.compile(MARKS + "+")
_LEADING_CHARS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff \t\u00a0"
MARKS_RX = _MARKS_RX


def strip_marks(text: str) -> str:
    """Return `text` without any direction marks or BOMs."""
    if text.isascii() or not _MARKS_RX.search(text):
        return text
    return _MARKS_RX.sub("", text)


def has_leading_mark(text: str) -> bool:
    """True when the text starts with LRM/RLM, the iOS sign of a notice."""
    return text[:1] in ("\u200e", "\u200f")


def clean_name(name: str) -> str:
    """Display name without marks and surrounding blanks."""
    return strip_marks(name).strip()


def lstrip_marks(text: str) -> str:
    """Drop leading marks and blanks (used before matching phrase tables)."""
    return text.lstrip(_LEADING_CHARS)
