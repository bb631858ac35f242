"""Personal information: phone numbers, e-mail, addresses, a child's school."""

from __future__ import annotations

import pytest

from moddesk.triage import Allowlist, Triage

from .conftest import ADMIN, flags_for, rules_for


def highlighted(triage, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    flags = flags_for(triage, text, "personal-info")
    return [text[s:e] for f in flags[:1] for s, e in f.spans]


@pytest.mark.parametrize("text, number", [
    ("My number is +49 151 0000 0012, call me", "+49 151 0000 0012"),
    ("ruf an: 0176/0000 0056", "0176/0000 0056"),
    ("Tel. 030 0000 0091 (abends)", "030 0000 0091"),
    ("text me (555) 010-0147", "(555) 010-0147"),
    ("appelle au 06 00 00 00 12", "06 00 00 00 12"),
    ("mi móvil 600 000 034", "600 000 034"),
    ("liga (11) 90000-0034", "(11) 90000-0034"),
    ("मेरा नंबर +91 98000 00012 है", "+91 98000 00012"),
])
def test_phone_numbers_in_international_and_local_formats(triage, text: str, number: str) -> None:  # type: ignore[no-untyped-def]
    assert highlighted(triage, text) == [number]


@pytest.mark.parametrize("text", [
    "The appointment is on 12.03.2024 at 14:30",
    "I paid 1.250,00 € deposit",
    "Bus 142 leaves at 7:45 from platform 3",
    "My order 4500012345 has not arrived",
    "We lived in Berlin 2019-2023",
    "Rua das Flores, 1200-195 Lisboa",
    "The rent went up to 1.250.000 rupees lol",
])
def test_dates_times_amounts_and_order_numbers_are_not_phone_numbers(triage, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(m.detector == "phone" for f in flags_for(triage, text, "personal-info")
                   for m in f.matches)


def test_an_admin_sharing_a_helpline_is_not_flagged(triage) -> None:  # type: ignore[no-untyped-def]
    text = "Counselling hotline: 0800 000 0111, free and anonymous"
    assert "personal-info" in rules_for(triage, text)
    assert "personal-info" not in rules_for(triage, text, author=ADMIN)


def test_a_number_in_the_resource_allowlist_is_never_flagged(packs) -> None:  # type: ignore[no-untyped-def]
    engine = Triage(packs, allowlist=Allowlist(phones=("+49 800 000 0111",)))
    assert "personal-info" not in rules_for(engine, "Hotline 0800 000 0111, rund um die Uhr")
    assert "personal-info" in rules_for(engine, "Meine Nummer 0800 000 0999")


def test_email_addresses(triage) -> None:  # type: ignore[no-untyped-def]
    assert highlighted(triage, "schreib mir: fatou.d@example.de!") == ["fatou.d@example.de"]


@pytest.mark.parametrize("text, address", [
    ("Wir wohnen in der Goethestraße 27, 80336 München", "Goethestraße 27"),
    ("Abholung: Am Mühlbach 3a, Hinterhaus", "Am Mühlbach 3a"),
    ("On habite au 12 rue des Lilas", "12 rue des Lilas"),
    ("Vivimos en la Calle Mayor 15", "Calle Mayor 15"),
    ("Moramos na Rua das Flores 45", "Rua das Flores 45"),
    ("Flat 2, 5 Example Road", "5 Example Road"),
    ("हमारा पता: मकान नंबर 12", "मकान नंबर 12"),
])
def test_street_addresses_in_several_languages(triage, text: str, address: str) -> None:  # type: ignore[no-untyped-def]
    assert address in highlighted(triage, text)


@pytest.mark.parametrize("text", [
    "Am Samstag 15 Uhr am Spielplatz",
    "Spring 2024 was lovely",
    "Wir treffen uns am Bahnhof um 7",
])
def test_times_and_seasons_are_not_addresses(triage, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "personal-info" not in rules_for(triage, text)


def test_a_named_childs_school_is_personal_information(triage) -> None:  # type: ignore[no-untyped-def]
    assert "personal-info" in rules_for(triage, "Mein Sohn Elias geht in die 2b der Grundschule am Park")
    assert "personal-info" not in rules_for(triage, "Die Schule fängt morgen wieder an")
