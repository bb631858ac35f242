"""Money requests, payment details and scam offers."""

from __future__ import annotations

import pytest

from moddesk.triage.detectors_payment import iban_valid, luhn_valid

from .conftest import flags_for, rules_for


def test_iban_check_digits_are_verified() -> None:
    assert iban_valid("DE52 0000 0000 0012 3456 78")
    assert not iban_valid("DE53 0000 0000 0012 3456 78")


def test_luhn_check_for_card_numbers() -> None:
    assert luhn_valid("4111 1111 1111 1111")
    assert not luhn_valid("4111 1111 1111 1112")


def test_a_valid_iban_is_flagged_and_highlighted_without_the_next_word(triage) -> None:  # type: ignore[no-untyped-def]
    text = "IBAN DE52 0000 0000 0012 3456 78 danke"
    (flag,) = flags_for(triage, text, "money-and-scams")[:1]
    assert [text[s:e] for s, e in flag.spans] == ["DE52 0000 0000 0012 3456 78"]


def test_an_iban_shaped_typo_is_not_payment_details(triage) -> None:  # type: ignore[no-untyped-def]
    assert "money-and-scams" not in rules_for(triage, "Referenz DE53 0000 0000 0012 3456 78")


@pytest.mark.parametrize("text", [
    "please send me money, I am in trouble",
    "Schick mir Geld, bitte",
    "Envoie-moi de l'argent par Western Union",
    "Mándame dinero por Bizum",
    "Manda-me dinheiro por MB Way",
    "मुझे तुरंत पैसे भेजो",
    "Mujhe paise bhej do please",
    "Pay the deposit to 4111 1111 1111 1111",
    "Send 0.01 BTC to bc1qa8t5f4c0f3z9m2x7k6v0d9w3s8r5y2n4h6j0q",
    "Buy Google Play gift cards and send me the codes",
    "Earn 500€ a day from home, no experience",
])
def test_money_requests_and_scams_in_several_languages(triage, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "money-and-scams" in rules_for(triage, text)


@pytest.mark.parametrize("text", [
    "Be careful: a scam asks for gift cards. Never send codes to anyone!",
    "The swimming course costs 45 euros but the Bildungspaket pays it back",
    "Das Kindergeld ist endlich da",
])
def test_warnings_and_ordinary_money_talk_are_not_scams(triage, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "money-and-scams" not in rules_for(triage, text)
