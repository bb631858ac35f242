"""Redaction profiles on the data, before any layout (Qt-free)."""

from __future__ import annotations

import dataclasses

import pytest

from moddesk.cases.summary import IncidentSummary, Person
from moddesk.reports.redaction import (
    AMBIGUOUS_MASK,
    EMAIL_MASK,
    PHONE_MASK,
    RedactionRefused,
    mask_contacts,
    redact,
    texts,
)
from tests.reports.conftest import (
    AMIRA,
    DMITRI,
    EMAIL,
    FATIMA,
    HINDI,
    JONAS,
    KARL,
    MODERATOR,
    OLENA,
    PHONE,
    PRIYA,
    UKRAINIAN,
    make_summary,
)


def everything(summary: IncidentSummary) -> str:
    return "\n".join(texts(summary))


def test_internal_keeps_everything(summary: IncidentSummary) -> None:
    assert redact(summary, "internal").summary == summary


def test_authorities_pseudonymise_uninvolved_members_the_same_everywhere(summary: IncidentSummary) -> None:
    shown = redact(summary, "authorities").summary
    text = everything(shown)
    for hidden in (JONAS, "Jonas", FATIMA, DMITRI):
        assert hidden not in text
    first = shown.evidence[0].messages
    assert first[0].author == "Member A"  # Jonas wrote first
    assert first[2].text == f"Member A hat {KARL} hinzugefügt"
    assert first[7].text.endswith("Member A")  # his signature in his own message
    assert shown.notes[0].text.startswith("Member A saw the post first")
    assert shown.evidence[1].messages[0].author == "Member B"  # Fatima
    assert shown.evidence[2].messages[0].author == "Member C"  # Dmitri
    assert [p.name for p in shown.people] == [PRIYA, KARL, AMIRA, OLENA]


def test_authorities_mask_phone_numbers_and_email_addresses(summary: IncidentSummary) -> None:
    text = everything(redact(summary, "authorities").summary)
    assert PHONE not in text and "0151 2345 6789" not in text and EMAIL not in text
    assert PHONE_MASK in text and EMAIL_MASK in text
    assert "IMG-20260312-WA0007.jpg" in text  # a date in a file name is not a phone number


def test_reporter_copy_holds_only_what_concerns_the_reporter(summary: IncidentSummary) -> None:
    result = redact(summary, "reporter")
    shown, text = result.summary, everything(result.summary)
    assert result.reporter == PRIYA
    assert [p.name for p in shown.people] == [PRIYA]
    for other in (KARL, "Karl", AMIRA, OLENA, JONAS, FATIMA, DMITRI):
        assert other not in text
    assert shown.notes == () and shown.tags == () and shown.severity == "" and shown.follow_up is None
    assert [e.entry_seq for e in shown.evidence] == [6]  # Priya wrote in the first only
    assert HINDI in text and UKRAINIAN not in text
    assert {t.kind for t in shown.timeline} == {"created", "status", "referral", "evidence"}
    assert all(t.detail.get("sha256") != make_summary().evidence[1].snapshot_sha256 for t in shown.timeline)
    assert [s.source_name for s in shown.sources] == [summary.sources[0].source_name]
    assert all(t.by == MODERATOR for t in shown.timeline)  # moderators stay accountable


def test_a_reporter_named_in_the_linked_message_gets_that_evidence(summary: IncidentSummary) -> None:
    people = (*summary.people, Person(DMITRI, "reporter"))
    result = redact(dataclasses.replace(summary, people=people), "reporter", reporter=DMITRI)
    assert [e.entry_seq for e in result.summary.evidence] == [8]


def test_reporter_copy_needs_exactly_one_reporter_or_a_choice(summary: IncidentSummary) -> None:
    nobody = dataclasses.replace(summary, people=(Person(KARL, "subject"),))
    with pytest.raises(RedactionRefused, match="names no reporting member"):
        redact(nobody, "reporter")
    two = dataclasses.replace(summary, people=(*summary.people, Person(OLENA + " 2", "reporter")))
    with pytest.raises(RedactionRefused, match="choose whose copy"):
        redact(two, "reporter")
    assert redact(two, "reporter", reporter=PRIYA).reporter == PRIYA
    with pytest.raises(RedactionRefused, match="is not a reporting member"):
        redact(summary, "reporter", reporter=KARL)


def test_a_first_name_two_hidden_members_share_is_removed_not_guessed() -> None:
    base = make_summary()
    first = base.evidence[0]
    messages = (*first.messages[:-1], dataclasses.replace(first.messages[-1], author="Jonas Klein",
                                                           text="Jonas hat recht"))
    summary = dataclasses.replace(base, evidence=(dataclasses.replace(first, messages=messages),))
    shown = redact(summary, "authorities").summary.evidence[0].messages[-1]
    assert shown.text == f"{AMBIGUOUS_MASK} hat recht"


def test_names_are_replaced_only_as_whole_words() -> None:
    summary = make_summary()
    first = summary.evidence[0]
    messages = (dataclasses.replace(first.messages[0], text="Jonasz und Jonas, @Jonas Weber!"),
                *first.messages[1:])
    summary = dataclasses.replace(summary, evidence=(dataclasses.replace(first, messages=messages),))
    assert redact(summary, "authorities").summary.evidence[0].messages[0].text == \
        "Jonasz und Member A, @Member A!"


@pytest.mark.parametrize(("text", "masked"), [
    ("Ruf an: +49 30 1234567.", f"Ruf an: {PHONE_MASK}."),
    ("(030) 1234567 oder 0151-234 567 89", f"{PHONE_MASK} oder {PHONE_MASK}"),
    ("नंबर ९८७६५४३२१०", f"नंबर {PHONE_MASK}"),
    ("mail a.b+c@example.org", f"mail {EMAIL_MASK}"),
    ("am 12.03.2026 um 10:15", "am 12.03.2026 um 10:15"),
    ("2026-03-12 10:15", "2026-03-12 10:15"),
    ("kostet 1.500.000", "kostet 1.500.000"),
])
def test_contact_masks(text: str, masked: str) -> None:
    assert mask_contacts(text) == masked
