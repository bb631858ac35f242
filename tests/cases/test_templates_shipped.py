"""The shipped replies: every language complete, every text usable, every pack suggestion real."""

from __future__ import annotations

import re

from moddesk.cases.templates import PLACEHOLDERS, fill, placeholders
from moddesk.cases.templates_shipped import shipped
from moddesk.triage.pack_loader import builtin_packs

REQUIRED = {"welcome", "group-rules", "warning", "removal-notice", "no-child-images",
            "thanks-for-reporting", "referral"}
DEVANAGARI = re.compile(r"[\u0900-\u097F]")


def test_five_languages_ship_each_with_the_same_templates() -> None:
    packs = shipped()
    assert list(packs.languages) == ["en", "de", "fr", "es", "hi"]
    keys = {lang: {k for k, lg in packs.texts if lg == lang} for lang in packs.languages}
    assert all(k == set(packs.kinds) for k in keys.values())
    assert REQUIRED <= set(packs.kinds)


def test_every_shipped_text_parses_and_uses_only_known_placeholders() -> None:
    for (key, language), template in shipped().texts.items():
        used = placeholders(template.body)  # raises on a bad brace
        assert set(used) <= set(PLACEHOLDERS), (key, language)
        assert template.title.strip() and template.body.strip(), (key, language)


def test_translations_use_the_same_placeholders_as_the_english_text() -> None:
    texts = shipped().texts
    for (key, language), template in texts.items():
        english = texts[(key, "en")]
        assert set(placeholders(template.body)) == set(placeholders(english.body)), (key, language)


def test_filled_texts_have_no_braces_left_and_stay_short_enough_for_a_chat_message() -> None:
    values = {p: f"<{p}>" for p in PLACEHOLDERS}
    for (key, language), template in shipped().texts.items():
        text = fill(template.body, values)
        assert "{" not in text and "}" not in text, (key, language)
        assert len(text) < 700, (key, language)  # a few lines on a phone, not an essay


def test_hindi_is_written_in_devanagari() -> None:
    for (key, language), template in shipped().texts.items():
        if language == "hi":
            letters = [c for c in template.body + template.title if c.isalpha()]
            share = sum(bool(DEVANAGARI.match(c)) for c in letters) / len(letters)
            assert share > 0.6, key


def test_the_referral_and_crisis_texts_point_to_a_resource_never_to_a_number_we_made_up() -> None:
    for (key, language), template in shipped().texts.items():
        assert not re.search(r"\d{3}", template.body), (key, language)
        if key in {"referral", "helplines", "emergency-numbers", "report-to-authorities"}:
            assert "resource" in placeholders(template.body), (key, language)


def test_every_response_a_shipped_guideline_pack_suggests_is_a_shipped_template() -> None:
    suggested = {k for pack in builtin_packs() for rule in pack.rules for k in rule.responses}
    assert suggested  # the packs do suggest responses
    assert suggested <= set(shipped().kinds)
