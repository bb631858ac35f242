"""Payment details and money requests: IBANs, cards, crypto wallets, amounts.

The payment detector is a signals detector (see detectors_signals) with
four extra groups found by patterns, usable in `combos` and
`strong_patterns`:

* `iban`: an IBAN whose mod-97 check digits are right (typos and order
  numbers that merely look like one are not reported);
* `card`: 13 to 19 digits that pass the Luhn check;
* `wallet`: Bitcoin (bech32 and legacy), Ethereum and Tron addresses;
* `amount`: a number with a currency sign or word ("50 €", "R$ 200").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .detector_base import ScanContext
from .detectors_signals import Hit, SignalsDetector
from .model import Match
from .options import Option

_DIGIT = re.compile(r"\d")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}[ \u00a0]?(?:[A-Z0-9]{4}[ \u00a0]?){2,7}[A-Z0-9]{1,4}\b", re.IGNORECASE)
_CARD = re.compile(r"(?<![\d-])[2-6]\d{3}(?:[ -]?\d){9,15}(?![\d-])")
_WALLETS = (
    re.compile(r"\bbc1[ac-hj-np-z02-9]{25,87}\b"),
    re.compile(r"\b[13][a-km-zA-HJ-NP-Z1-9]{25,34}\b"),
    re.compile(r"\b0x[a-fA-F0-9]{40}\b"),
    re.compile(r"\bT[1-9A-HJ-NP-Za-km-z]{33}\b"),
)
_CURRENCY = r"(?:€|\$|£|₹|r\$|eur|euros?|usd|dollars?|rs\.?|inr|rupees?|rupa[iy]?e|रुपये|रुपए|रुपया|यूरो|" \
            r"reais|chf|franken|btc|eth|usdt)"
_AMOUNT = re.compile(rf"(?<![\w.,]){_CURRENCY}\s?\d[\d.,]*|\d[\d.,]*\s?{_CURRENCY}(?!\w)", re.IGNORECASE)


def iban_valid(text: str) -> bool:
    """True when the IBAN (spaces allowed) passes the ISO 13616 mod-97 check."""
    compact = re.sub(r"\s", "", text).upper()
    if not (15 <= len(compact) <= 34 and compact[:2].isalpha() and compact[2:4].isdigit()
            and compact.isalnum() and compact.isascii()):
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def luhn_valid(text: str) -> bool:
    """True when the digits pass the Luhn check used by payment cards."""
    digits = [int(c) for c in text if c.isdigit()][::-1]
    total = sum(digits[0::2]) + sum(sum(divmod(2 * d, 10)) for d in digits[1::2])
    return 13 <= len(digits) <= 19 and total % 10 == 0


def iban_spans(text: str) -> list[tuple[int, int]]:
    """Valid IBANs; a candidate that swallowed a following word is shortened group by group."""
    spans = []
    for m in _IBAN.finditer(text):
        candidate = m.group()
        while candidate and not iban_valid(candidate):
            candidate = candidate[:candidate.rfind(" ")] if " " in candidate else ""
        if candidate:
            spans.append((m.start(), m.start() + len(candidate)))
    return spans


def wallet_spans(text: str) -> list[tuple[int, int]]:
    """Crypto wallet addresses (shape only; a word must mix letters and digits)."""
    return [m.span() for pattern in _WALLETS for m in pattern.finditer(text)
            if any(c.isdigit() for c in m.group()) and any(c.isalpha() for c in m.group()[2:])]


class PaymentDetector(SignalsDetector):
    """Money requests and payment details: signals plus IBAN, card, wallet and amount."""

    type_name = "payment"
    summary = "money requests, payment details and scam offers"
    PATTERN_GROUPS = frozenset({"iban", "card", "wallet", "amount"})
    PATTERN_KINDS = {"iban": "account", "card": "account", "wallet": "account", "amount": "amount"}
    OPTIONS = {
        **SignalsDetector.OPTIONS,
        "strong_patterns": Option("str_list", ["iban", "card", "wallet"],
                                  "pattern groups that are a match on their own"),
    }

    @classmethod
    def extra_problems(cls, options: Mapping[str, Any]) -> list[tuple[str, str]]:
        unknown = sorted(set(options.get("strong_patterns", [])) - cls.PATTERN_GROUPS)
        problems = super().extra_problems(options)
        if unknown:
            problems.append(("strong_patterns", f"has unknown patterns {unknown}; "
                                                f"use any of {sorted(cls.PATTERN_GROUPS)}"))
        return problems

    def pattern_hits(self, ctx: ScanContext) -> dict[str, list[Hit]]:
        text = ctx.record.text or ""
        if _DIGIT.search(text) is None:
            return {}  # every pattern needs a digit
        ibans = iban_spans(text)
        cards = [m.span() for m in _CARD.finditer(text) if luhn_valid(m.group())
                 and not any(s <= m.start() < e for s, e in ibans)]
        return {"iban": [("IBAN (check digits valid)", s) for s in ibans],
                "card": [("card number (Luhn check valid)", s) for s in cards],
                "wallet": [("crypto wallet address", s) for s in wallet_spans(text)],
                "amount": [("amount of money", m.span()) for m in _AMOUNT.finditer(text)]}

    def pattern_alternatives(self) -> list[frozenset[str]]:
        return [frozenset({g}) for g in self.options["strong_patterns"]]

    def strong_patterns(self, hits: dict[str, list[Hit]]) -> list[Match]:
        wanted = self.options["strong_patterns"]
        return [Match(self.type_name, label, (span,))
                for group in wanted for label, span in hits.get(group, ())]
