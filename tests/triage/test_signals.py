"""Urgent help, suspected abuse and grooming: signals, combinations, hard negatives."""

from __future__ import annotations

import pytest

from .conftest import flags_for, rules_for


@pytest.mark.parametrize("text", [
    "Please someone help me, my husband is hitting me",
    "help me please",
    "Hilfe bitte",
    "au secours, il me frappe",
    "Ayuda, tengo mucho miedo, está borracho",
    "me ajudem pfv",
    "मदद चाहिए, अभी",
    "madad chahiye urgent",
    "I want to end it all tonight",
    "Ich denke daran, mich umzubringen",
    "He said he will kill me. I'm so scared",
    "my son swallowed a battery, he is choking",
    "Au secours, il m'a traînée par les cheveux",
])
def test_cries_for_help_and_danger_are_urgent(triage, text: str) -> None:  # type: ignore[no-untyped-def]
    flags = flags_for(triage, text, "urgent-help")
    assert flags and flags[0].severity == "urgent"


@pytest.mark.parametrize("text", [
    "My sister helped us carry the sofa",
    "This heat is killing me",
    "Can anyone help me find a paediatrician?",
    "Thank you all for your help with the papers",
    "Help! I burned the rice again 😂",
    "Diese Hitze bringt mich um",
    "Mein Mann schlägt vor, dass wir grillen",
    "मेरी बहन ने सोफ़ा उठाने में मदद की",
    "Yeh garmi toh maar hi dalegi",
    "Mi hijo me está volviendo loca, socorro jaja",
    # Seen in the demo inbox: a group's welcome and a French stem matching English.
    "नमस्ते सभी को 🙏 यह ग्रुप एक-दूसरे की मदद के लिए है। कृपया इज़्ज़त से बात करें।",
    "This group is here so we can help each other, please be kind",
    "Notes from Saturday's training on life story work, hope they help",
])
def test_everyday_phrases_are_not_distress(triage, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "urgent-help" not in rules_for(triage, text)


def test_the_match_explains_itself_with_the_packs_terms(triage) -> None:  # type: ignore[no-untyped-def]
    text = "Hilfe bitte"
    (flag,) = flags_for(triage, text, "urgent-help")
    assert flag.matches[0].label == "cry: term 'hilfe' (de) + urgency: term 'bitte' (de)"
    assert [text[s:e] for s, e in flag.spans] == ["Hilfe", "bitte"]


def test_a_rule_both_packs_carry_makes_one_flag_naming_both(triage) -> None:  # type: ignore[no-untyped-def]
    (flag,) = flags_for(triage, "help me please", "urgent-help")
    assert flag.pack_ids == ("child-protection", "support-community")


def test_a_disclosed_child_abuse_goes_to_the_authorities_rule(triage) -> None:  # type: ignore[no-untyped-def]
    rules = rules_for(triage, "my friend's daughter says her stepdad touches her at night")
    assert {"urgent-help", "suspected-abuse"} <= rules


@pytest.mark.parametrize("text", [
    "Don't tell your mum we talked, it's our little secret",
    "you're so mature for your age, add me on snap",
    "How old are you? Are you home alone right now?",
    "Send me a photo of you in your swimsuit, just for me",
    "Sag deiner Mama nichts davon",
    "Apni mummy ko mat batana, yeh hamara secret hai",
])
def test_grooming_patterns(triage, text: str) -> None:  # type: ignore[no-untyped-def]
    (flag,) = flags_for(triage, text, "grooming")
    assert flag.pack_ids == ("child-protection",) and flag.severity == "urgent"


@pytest.mark.parametrize("text", [
    "Let's not tell mum about the surprise party",
    "Can you send me a photo of the school letter?",
    "Text me privately about the carpool times",
    "How old are your kids? Mine are 4 and 6",
])
def test_ordinary_parent_talk_is_not_grooming(triage, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "grooming" not in rules_for(triage, text)
