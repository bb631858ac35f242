"""Pack texts in other languages: written in TOML, checked, shown, round-tripped."""

from __future__ import annotations

import pytest

from moddesk.triage import PackError, dump_pack, load_pack_text
from moddesk.triage.model import TEXT_LANGUAGES, text_language

TRANSLATED = '''
id = "tiny"
name = "Tiny pack"
version = "1"
description = "Rules for a small group."

[translations.de]
name = "Kleines Paket"
description = "Regeln für eine kleine Gruppe."

[[rules]]
id = "flooding"
title = "No flooding"
description = "Too many messages at once."
severity = "normal"

[rules.translations.de]
title = "Keine Nachrichtenfluten"
description = "Zu viele Nachrichten auf einmal."

[rules.translations.hi]
title = "मैसेज की बाढ़ नहीं"

[[rules.detectors]]
type = "flood"
options = { count = 5, minutes = 1 }
'''


def broken(old: str, new: str) -> str:
    assert old in TRANSLATED
    return TRANSLATED.replace(old, new)


def test_texts_follow_the_language_and_fall_back_to_english_field_by_field() -> None:
    pack = load_pack_text(TRANSLATED)
    rule = pack.rules[0]
    assert (pack.name_in("de"), pack.description_in("de_AT")) == (
        "Kleines Paket", "Regeln für eine kleine Gruppe.")
    assert (rule.title_in("de-DE"), rule.description_in("de")) == (
        "Keine Nachrichtenfluten", "Zu viele Nachrichten auf einmal.")
    # Hindi has a title only: the description stays English.
    assert (rule.title_in("hi_IN"), rule.description_in("hi")) == (
        "मैसेज की बाढ़ नहीं", "Too many messages at once.")
    assert (pack.name_in("fr"), rule.title_in("es"), rule.title_in(None)) == (
        "Tiny pack", "No flooding", "No flooding")


def test_a_pack_without_translations_shows_its_own_text_in_every_language() -> None:
    pack = load_pack_text(broken('[rules.translations.de]\ntitle = "Keine Nachrichtenfluten"\n'
                                 'description = "Zu viele Nachrichten auf einmal."\n', "")
                          .replace('[rules.translations.hi]\ntitle = "मैसेज की बाढ़ नहीं"\n', "")
                          .replace('[translations.de]\nname = "Kleines Paket"\n'
                                   'description = "Regeln für eine kleine Gruppe."\n', ""))
    assert not pack.translations and not pack.rules[0].translations
    assert {pack.rules[0].title_in(lang) for lang in TEXT_LANGUAGES} == {"No flooding"}


@pytest.mark.parametrize("old, new, rule, field, words", [
    ("[rules.translations.hi]", "[rules.translations.pt]", "flooding", "translations.pt",
     "'pt' is not a language ModDesk shows packs in; use one of de, fr, es, hi"),
    ("[rules.translations.hi]", "[rules.translations.en]", "flooding", "translations.en",
     "English is the base text"),
    ('title = "Keine', 'titel = "Keine', "flooding", "translations.de.titel",
     "known fields: title, description"),
    ('title = "Keine Nachrichtenfluten"', 'title = "  "', "flooding", "translations.de.title",
     "leave the line out to show the English one"),
    ('title = "Keine Nachrichtenfluten"', 'title = 3', "flooding", "translations.de.title",
     "must be text in quotes"),
    ('title = "मैसेज की बाढ़ नहीं"', '', "flooding", "translations.hi", "is empty"),
    ('name = "Kleines Paket"', 'title = "Kleines Paket"', None, "translations.de.title",
     "known fields: name, description"),
    ('[translations.de]', '[translations.DE]', None, "translations.DE", "use one of de, fr"),
])
def test_translation_mistakes_name_the_rule_the_field_and_the_fix(
        old: str, new: str, rule: str | None, field: str, words: str) -> None:
    with pytest.raises(PackError) as caught:
        load_pack_text(broken(old, new), source="tiny.toml")
    assert (caught.value.rule, caught.value.field) == (rule, field)
    assert words in caught.value.problem
    assert str(caught.value).startswith("tiny.toml: ")


def test_a_rules_translations_given_as_plain_text_are_refused() -> None:
    start, end = TRANSLATED.index("[rules.translations.de]"), TRANSLATED.index("[[rules.detectors]]")
    text = TRANSLATED[:start].replace('severity = "normal"\n',
                                      'severity = "normal"\ntranslations = "Deutsch"\n') \
        + TRANSLATED[end:]
    with pytest.raises(PackError, match="must be a table") as caught:
        load_pack_text(text)
    assert (caught.value.rule, caught.value.field) == ("flooding", "translations")


def test_dump_keeps_every_translation_next_to_the_english_text() -> None:
    pack = load_pack_text(TRANSLATED)
    text = dump_pack(pack)
    assert load_pack_text(text) == pack
    assert load_pack_text(text).rules[0].translations == {
        "de": {"title": "Keine Nachrichtenfluten", "description": "Zu viele Nachrichten auf einmal."},
        "hi": {"title": "मैसेज की बाढ़ नहीं"}}
    # Each language is its own short table, before the word lists a moderator scrolls past.
    assert "[rules.translations.de]" in text and "[rules.translations]" not in text
    assert text.index("[rules.translations.hi]") < text.index("[[rules.detectors]]")
    assert text.index("[translations.de]") < text.index("[[rules]]")


def test_shipped_packs_round_trip_with_their_translations(packs) -> None:  # type: ignore[no-untyped-def]
    for pack in packs:
        again = load_pack_text(dump_pack(pack))
        assert again == pack
        assert again.translations == pack.translations != {}


def test_every_shipped_text_is_in_every_interface_language(packs) -> None:  # type: ignore[no-untyped-def]
    for pack in packs:
        for language in TEXT_LANGUAGES:
            assert set(pack.translations[language]) == {"name", "description"}, (pack.id, language)
            for rule in pack.rules:
                texts = rule.translations.get(language, {})
                assert set(texts) == {"title", "description"}, (pack.id, rule.id, language)
                assert texts["title"] != rule.title, (pack.id, rule.id, language)


def test_shipped_translations_keep_the_emergency_numbers(packs) -> None:  # type: ignore[no-untyped-def]
    for pack in packs:
        urgent = next(r for r in pack.rules if r.id == "urgent-help")
        for language in TEXT_LANGUAGES:
            described = urgent.description_in(language)
            for number in ("112", "110", "133"):
                assert number in described, (pack.id, language, number)


def test_rules_shared_by_both_packs_read_the_same_in_every_language(packs) -> None:  # type: ignore[no-untyped-def]
    by_pack = [{r.id: r for r in p.rules} for p in packs]
    for rule_id in set(by_pack[0]) & set(by_pack[1]):
        a, b = by_pack[0][rule_id], by_pack[1][rule_id]
        if (a.title, a.description) == (b.title, b.description):
            assert a.translations == b.translations, rule_id


def test_pack_languages_are_the_languages_the_interface_speaks() -> None:
    from moddesk.ui.translator import SHIPPED

    assert set(TEXT_LANGUAGES) == set(SHIPPED)


@pytest.mark.parametrize("name, code", [("de_AT", "de"), ("hi-IN", "hi"), ("FR", "fr"),
                                        ("", "en"), (None, "en"), ("es", "es")])
def test_locale_names_become_language_codes(name: str | None, code: str) -> None:
    assert text_language(name) == code


def test_shipped_texts_survive_the_pack_editor(packs) -> None:  # type: ignore[no-untyped-def]
    # QPlainTextEdit turns U+00A0 into a plain space: saving unchanged text would change it.
    for pack in packs:
        assert "\u00a0" not in (pack.text or ""), pack.id
