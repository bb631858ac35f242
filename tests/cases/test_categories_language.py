"""Categories and the group description speak the moderator's language where the pack does."""

from __future__ import annotations

from moddesk.cases.categories import RuleChoice, find_rules, rule_choices
from moddesk.cases.templates_description import Source, rules_for, sources
from moddesk.triage.vault_scan import ensure_builtin_packs
from tests.cases.conftest import Desk

PERSONAL = ("support-community", "personal-info")


def test_rule_choices_are_titled_in_the_language_asked(desk: Desk) -> None:
    ensure_builtin_packs(desk.db)
    german = {(c.pack_key, c.rule_id): c.title for c in rule_choices(desk.db, language="de_DE")}
    assert german[PERSONAL] == "Keine persönlichen Daten in der Gruppe"
    hindi = {(c.pack_key, c.rule_id): c.title for c in rule_choices(desk.db, language="hi")}
    assert hindi[PERSONAL] == "ग्रुप में निजी जानकारी नहीं"
    english = {(c.pack_key, c.rule_id): c.title for c in rule_choices(desk.db)}
    assert english[PERSONAL] == "No personal information in the group"


def test_the_cli_finds_a_rule_by_its_title_in_any_language(desk: Desk) -> None:
    ensure_builtin_packs(desk.db)
    wanted = RuleChoice(*PERSONAL, "No personal information in the group")
    assert wanted in find_rules(desk.db, "keine persönlichen daten in der gruppe")
    assert wanted in find_rules(desk.db, "support-community:personal-info")
    assert find_rules(desk.db, "Keine persönlichen Daten") == []  # a whole title, not a part


def test_the_group_description_lists_rules_in_the_language_asked(desk: Desk) -> None:
    ensure_builtin_packs(desk.db)
    pack = Source("pack", "Support community", ("support-community",))
    german = rules_for(desk.db, pack, language="de")
    assert "Keine persönlichen Daten in der Gruppe" in german
    assert "Jemand ist vielleicht in Gefahr" not in german  # advice for moderators, not a rule
    assert "No personal information in the group" in rules_for(desk.db, pack)
    assert "Unterstützungsgemeinschaft" in [s.name for s in sources(desk.db, language="de")]
