"""Rule texts in the moderator's language, read straight from the stored pack text."""

from __future__ import annotations

from moddesk.storage import guideline_store
from moddesk.storage import inbox_queries as q

PACK = '''
[[rules]]
id = "personal-info"
title = "No personal information in the group"
description = "Phone numbers stay private."

[rules.translations.de]
title = "Keine persönlichen Daten in der Gruppe"
description = "Telefonnummern bleiben privat."

[rules.translations.hi]
title = "ग्रुप में निजी जानकारी नहीं"

[[rules]]
id = "flooding"
title = "No flooding"
'''


def test_rule_texts_come_in_the_asked_language_field_by_field(vault) -> None:  # type: ignore[no-untyped-def]
    guideline_store.save_pack(vault.db, pack_key="mine", source=PACK)
    pairs = [("mine", "personal-info"), ("mine", "flooding")]
    german = q.rule_texts(vault.db, pairs, language="de_DE")
    assert german[pairs[0]] == q.RuleText("Keine persönlichen Daten in der Gruppe",
                                          "Telefonnummern bleiben privat.")
    assert german[pairs[1]] == q.RuleText("No flooding", None)  # no translation: as written
    assert q.rule_text(vault.db, "mine", "personal-info", language="hi") == q.RuleText(
        "ग्रुप में निजी जानकारी नहीं", "Phone numbers stay private.")
    assert q.rule_text(vault.db, "mine", "personal-info") == q.RuleText(
        "No personal information in the group", "Phone numbers stay private.")
    assert q.rule_text(vault.db, "mine", "personal-info", language="fr").title \
        == "No personal information in the group"


def test_a_malformed_translation_falls_back_to_the_written_text(vault) -> None:  # type: ignore[no-untyped-def]
    guideline_store.save_pack(vault.db, pack_key="odd", source=(
        '[[rules]]\nid = "x"\ntitle = "Be kind"\ntranslations = "Deutsch"\n'
        '[[rules]]\nid = "y"\ntitle = "Be brief"\n[rules.translations.de]\ntitle = "  "\n'))
    texts = q.rule_texts(vault.db, [("odd", "x"), ("odd", "y")], language="de")
    assert [texts[("odd", r)].title for r in "xy"] == ["Be kind", "Be brief"]  # type: ignore[union-attr]
