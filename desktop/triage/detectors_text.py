"""Plain text detectors: keyword/phrase lists and regular expressions.

`keywords` is the workhorse a moderator edits most: words and phrases by
language, with `exclude` phrases for known harmless uses ("killer app").
`regex` is for what lists cannot say; it runs on the original text, so it
needs `requires` words to stay cheap on a million messages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .detector_base import Detector, ScanContext
from .model import Match
from .options import Option
from .terms import TermHit, TermSet


def term_label(hit: TermHit) -> str:
    """"term 'hilfe' (de)": the pack's own words, never the message's."""
    lang = "" if hit.term.lang == "*" else f" ({hit.term.lang})"
    return f"term '{hit.term.text}'{lang}"


def drop_excluded(hits: Iterable[TermHit], excluded: list[TermHit]) -> list[TermHit]:
    """Hits that do not overlap any excluded phrase."""
    return [h for h in hits if not any(_overlaps(h.span, e.span) for e in excluded)]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class KeywordsDetector(Detector):
    """Words and phrases; each occurrence outside an `exclude` phrase is a match."""

    type_name = "keywords"
    summary = "words and phrases, by language"
    OPTIONS = {
        "terms": Option("terms", [], "words or phrases; a list, or a table of lists by language"),
        "exclude": Option("terms", [], "phrases that make an overlapping term harmless"),
    }

    def __init__(self, options: dict) -> None:
        super().__init__(options)
        self.terms = TermSet(self.options["terms"])
        self.exclude = TermSet(self.options["exclude"])

    def trigger_groups(self) -> dict[str, TermSet | str]:
        return {"terms": self.terms}

    def always(self) -> bool:
        # Emoji-only terms have no word to look for.
        return bool(self.terms.symbols)

    def check(self, ctx: ScanContext) -> list[Match]:
        hits = drop_excluded(self.terms.find(ctx.view), self.exclude.find(ctx.view))
        return [Match(self.type_name, term_label(h), (h.span,)) for h in hits]


class RegexDetector(Detector):
    """Regular expressions on the original text (case-insensitive)."""

    type_name = "regex"
    summary = "regular expressions"
    OPTIONS = {
        "patterns": Option("regex_list", [], "Python regular expressions"),
        "requires": Option("terms", [], "words of which one must occur; empty checks every message"),
        "label": Option("str", "pattern", "what a match is called in the inbox"),
    }

    def __init__(self, options: dict) -> None:
        super().__init__(options)
        self.patterns = [re.compile(p, re.IGNORECASE) for p in self.options["patterns"]]
        self.requires = TermSet(self.options["requires"])

    def trigger_groups(self) -> dict[str, TermSet | str]:
        return {"requires": self.requires} if self.requires else {}

    def always(self) -> bool:
        return not self.requires or bool(self.requires.symbols)

    def check(self, ctx: ScanContext) -> list[Match]:
        if self.requires and not self.requires.find(ctx.view):
            return []
        spans = tuple(m.span() for p in self.patterns for m in p.finditer(ctx.record.text or "")
                      if m.end() > m.start())
        return [Match(self.type_name, self.options["label"], spans)] if spans else []
