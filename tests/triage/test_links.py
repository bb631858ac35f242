"""Links: invites and shorteners called out, other links only as 'check it'."""

from __future__ import annotations

from moddesk.triage import Allowlist, Triage

from .conftest import ADMIN, flags_for, rules_for


def labels(triage, text: str, rule: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.label for f in flags_for(triage, text, rule)[:1] for m in f.matches]


def test_whatsapp_and_telegram_invites_are_named(triage) -> None:  # type: ignore[no-untyped-def]
    assert labels(triage, "Join: https://chat.whatsapp.com/Ab12Cd34Ef56", "invite-links") == \
        ["WhatsApp group invite link"]
    assert labels(triage, "t.me/+aBcDeF12345 jobs", "invite-links") == ["Telegram link"]
    assert labels(triage, "t.me/joinchat/AAAAexample", "invite-links") == ["Telegram link"]


def test_shorteners_are_named_and_the_span_stops_before_punctuation(triage) -> None:  # type: ignore[no-untyped-def]
    text = "look (bit.ly/3xYzAbC)."
    (flag,) = flags_for(triage, text, "invite-links")[:1]
    assert flag.matches[0].label.startswith("link shortener (bit.ly)")
    assert [text[s:e] for s, e in flag.spans] == ["bit.ly/3xYzAbC"]


def test_other_links_are_low_severity_resources_to_check(triage) -> None:  # type: ignore[no-untyped-def]
    flags = flags_for(triage, "Forms: https://www.example.org/elterngeld", "links")
    assert flags and flags[0].severity == "low"
    assert "invite-links" not in rules_for(triage, "Forms: https://www.example.org/elterngeld")


def test_admins_and_allowlisted_sites_are_trusted(packs) -> None:  # type: ignore[no-untyped-def]
    engine = Triage(packs, admins={ADMIN}, allowlist=Allowlist(domains=("example.org",)))
    assert "links" not in rules_for(engine, "https://www.example.org/help")
    assert "links" not in rules_for(engine, "https://other.example.net/x", author=ADMIN)
    assert "links" in rules_for(engine, "https://other.example.net/x")


def test_dates_and_email_addresses_are_not_links(triage) -> None:  # type: ignore[no-untyped-def]
    assert not rules_for(triage, "am 12/03/2024 und a.b@example.com") & {"links", "invite-links"}
