"""Personal contact details: phone numbers, e-mail addresses, street addresses.

Phone numbers are found by shape, then checked: 7 to 15 digits (E.164),
not a date, a year range, a time or an amount, and either written like a
phone number (a leading "+", "00", "0" or "(", or digit groups) or right
after a word such as "call" or "Nummer". Numbers in the resource allowlist
(helplines) are never reported. Street addresses are recognised in the
shapes the pack's languages write them: "Goethestraße 27", "12 rue des
Lilas", "Calle Mayor 15", "5 Example Road", "Am Mühlbach 3a", "मकान नंबर 12",
plus UK postcodes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .detector_base import Detector, ScanContext
from .model import Match
from .options import Option

_PHONE = re.compile(
    r"(?<![\w+@/=#])(?<!\d[ \u00a0./,-])"            # not inside a word, link or longer number
    r"(?P<prefix>\+|\(\+?|00)?\d"
    r"(?:(?:[ \u00a0./-]|\)\s?|\s?\()?\d){6,16}"
    r"(?![\w/@]|[.,]\d|[ \u00a0./-]\d)")
_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})|\d{4}[./-]\d{1,2}[./-]\d{1,2}")
_YEARS = re.compile(r"(?:19|20)\d\d\s*[-/]\s*(?:19|20)\d\d")
_THOUSANDS = re.compile(r"\d{1,3}(?:[.,]\d{3})+")
_SEVEN = re.compile(r"\d{3}[-. ]\d{4}")
_CURRENCY = re.compile(r"[€$£₹]|\b(?:eur|euros?|usd|dollars?|rs|inr|rupees?|rupaye|chf|fr)\b|रुपय|रुपए",
                       re.IGNORECASE)
_CONTEXT = re.compile(
    r"(?:tel|phone|call|ring|whats ?app|text me|sms|number|no|nummer|handy|ruf|anruf|numéro|"
    r"numero|número|appel|llam|telefone|liga|fone|contato|contact|nambar|नंबर|फ़ोन|फोन)"
    r"(?:\W+\S{1,8}){0,2}\W*$",
    re.IGNORECASE)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?!\w)")


def phone_problem(text: str, start: int, candidate: str, prefix: str | None) -> str | None:
    """Why a phone-shaped candidate is not a phone number, or None when it is."""
    digits = sum(c.isdigit() for c in candidate)
    if not 7 <= digits <= 15:
        return "digit count"
    if _DATE.fullmatch(candidate) or _YEARS.fullmatch(candidate):
        return "date"
    around = text[max(0, start - 6):start] + " " + text[start + len(candidate):start + len(candidate) + 8]
    if _CURRENCY.search(around) or (not prefix and _THOUSANDS.fullmatch(candidate)):
        return "amount"
    if prefix or candidate.startswith("0"):
        return None
    if not candidate.isdigit():
        return None if digits > 7 or _SEVEN.fullmatch(candidate) else "short code"
    return None if _CONTEXT.search(text[max(0, start - 30):start]) else "plain number"


class PhoneDetector(Detector):
    """Phone numbers in international and local formats."""

    type_name = "phone"
    summary = "phone numbers (not dates, times or amounts)"
    CHARS = frozenset({"phone"})
    OPTIONS: dict[str, Option] = {}

    def check(self, ctx: ScanContext) -> list[Match]:
        text = ctx.record.text or ""
        spans = []
        for m in _PHONE.finditer(text):
            if phone_problem(text, m.start(), m.group(), m.group("prefix")) is None \
                    and not ctx.allow.phone(m.group()):
                spans.append(m.span())
        return [Match(self.type_name, "phone number", (s,)) for s in spans]


class EmailDetector(Detector):
    """E-mail addresses (allowlisted addresses and domains are skipped)."""

    type_name = "email"
    summary = "e-mail addresses"
    CHARS = frozenset({"at"})
    OPTIONS: dict[str, Option] = {}

    def check(self, ctx: ScanContext) -> list[Match]:
        found = []
        for m in _EMAIL.finditer(ctx.record.text or ""):
            address = m.group().lower()
            if address not in ctx.allow.emails and not ctx.allow.domain(address.split("@")[1]):
                found.append(Match(self.type_name, "e-mail address", (m.span(),)))
        return found


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


class AddressDetector(Detector):
    """Street addresses with a house number, in the shapes of several languages."""

    type_name = "address"
    summary = "street addresses with house numbers, UK postcodes"
    CHARS = frozenset({"digit"})
    OPTIONS = {
        "suffixes": Option("str_list", ["straße", "strasse", "str.", "gasse", "allee", "weg", "platz",
                                        "ring", "damm", "ufer", "steig", "pfad", "chaussee", "zeile"],
                           "endings of street names written before the number (Goethestraße 27)"),
        "loose_suffixes": Option("str_list", ["straße", "strasse", "str.", "gasse", "allee"],
                                 "endings so specific that the name may be lower case"),
        "before_name": Option("str_list", ["calle", "c/", "avenida", "avda.", "plaza", "paseo", "camino",
                                           "rua", "av.", "travessa", "praça", "largo", "estrada",
                                           "alameda", "via", "viale", "piazza"],
                              "street words followed by the name, then the number (Calle Mayor 15)"),
        "after_number": Option("str_list", ["rue", "avenue", "boulevard", "bd", "place", "chemin",
                                            "allée", "impasse", "quai", "route", "cours"],
                               "street words after the number (12 rue des Lilas)"),
        "after_name": Option("str_list", ["street", "st", "road", "rd", "avenue", "ave", "lane", "ln",
                                          "drive", "close", "way", "court", "crescent", "terrace",
                                          "gardens", "grove", "square", "boulevard", "blvd"],
                             "street words after number and name (5 Example Road)"),
        "leading": Option("str_list", ["Am", "An der", "An den", "Auf der", "Auf dem", "Im", "In der",
                                       "Zum", "Zur", "Hinter der", "Unter den"],
                          "German prepositions that start a street name (Am Mühlbach 3a)"),
        "house_words": Option("str_list", ["house no", "house number", "h.no", "flat no", "plot no",
                                           "मकान नंबर", "मकान नं", "मकान न", "गली नंबर", "गली नं",
                                           "फ्लैट नंबर", "फ़्लैट नंबर", "makan number", "gali number"],
                              "words that announce a house number (मकान नंबर 12)"),
        "uk_postcodes": Option("bool", True, "report UK postcodes such as 'E1 6AN'"),
    }

    def __init__(self, options: Mapping[str, Any]) -> None:
        super().__init__(options)
        self.shapes = [re.compile(p) for p in self._patterns()]
        self.loose = tuple(s.lower() for s in self.options["loose_suffixes"])

    def _patterns(self) -> list[str]:
        o = self.options
        name, number = r"[^\W\d_][\w'’.-]*", r"\d{1,4}(?:\s?[a-zA-Z]\b)?"
        patterns = [
            rf"(?i:\b(?P<street>[^\W\d_][\w'-]+?(?:{_alternation(o['suffixes'])})))\.?,?\s+\d{{1,3}}(?:\s?[a-zA-Z]\b)?(?!\d|[.:/]\d)",
            rf"(?i:\b(?:{_alternation(o['before_name'])}))\s+(?:{name}\s+){{0,4}}{name},?\s+{number}(?!\d|[.:/]\d)",
            rf"\b\d{{1,4}}(?:\s?(?:bis|ter))?,?\s+(?i:{_alternation(o['after_number'])})\s+{_FRENCH_NAME}",
            rf"\b\d{{1,4}}[a-zA-Z]?,?\s+(?:[A-Z][\w'-]*\s+){{1,3}}(?i:{_alternation(o['after_name'])})\b",
            rf"\b(?:{_alternation(o['leading'])})\s+(?!{_NOT_STREETS})[A-ZÄÖÜ][\w'-]+\s+\d{{1,3}}(?:\s?[a-z]\b)?(?!\d|[.:/]\d|\s?(?:Uhr|h)\b)",
            rf"(?i:{_alternation(o['house_words'])})\.?\s*[:#]?\s*\d+",
        ]
        if o["uk_postcodes"]:
            patterns.append(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[ABD-HJLNP-UW-Z]{2}\b")
        return patterns

    def check(self, ctx: ScanContext) -> list[Match]:
        text = ctx.record.text or ""
        spans = sorted({m.span() for shape in self.shapes for m in shape.finditer(text)
                        if self._plausible(m)})
        return [Match(self.type_name, "street address", (s,)) for s in _merge(spans)]

    def _plausible(self, m: re.Match[str]) -> bool:
        # Lower-case names ending in "weg" or "ring" are mostly ordinary words
        # ("spring 2", "unterwegs"); only the unmistakable endings may be lower case.
        street = m.groupdict().get("street")
        return not street or street[0].isupper() or street.lower().endswith(self.loose)


# "des Lilas", "Victor Hugo", "de la Paix": particles, then capitalised words.
_FRENCH_NAME = (r"(?:(?:de la|de l'|d'|de|des|du|la|le|les|l')\s*)*"
                r"[A-ZÀ-ÖØ-Ý][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Ý][\w'’-]*){0,3}")
_NOT_STREETS = ("(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende|Januar|"
                "Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|"
                "Jahr|Ende|Anfang|Abend|Morgen|Moment|Monat|Sommer|Winter|Herbst|Frühling|Kurs|"
                "Raum|Zimmer|Bus|Zug)\\b")


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping shapes of one address become one span."""
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
