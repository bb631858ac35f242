"""Packs: the shipped ones load, mistakes are explained, export round-trips."""

from __future__ import annotations

from pathlib import Path

import pytest

from moddesk.triage import PackError, dump_pack, export_pack, load_pack, load_pack_text

GOOD = '''
id = "tiny"
name = "Tiny pack"
version = "1"

[allowlist]
phones = ["0800 000 0111"]

[[rules]]
id = "flooding"
title = "No flooding"
description = "Too many messages at once."
severity = "normal"

[[rules.detectors]]
type = "flood"
options = { count = 5, minutes = 1 }
'''


def broken(old: str, new: str) -> str:
    assert old in GOOD
    return GOOD.replace(old, new)


def test_both_shipped_packs_load_with_their_rules(packs) -> None:  # type: ignore[no-untyped-def]
    ids = {p.id: {r.id for r in p.rules} for p in packs}
    assert {"urgent-help", "personal-info", "money-and-scams", "invite-links", "flooding",
            "needs-reply"} <= ids["support-community"]
    assert {"grooming", "suspected-abuse", "no-child-images"} <= ids["child-protection"]


def test_shipped_packs_cover_the_languages_they_promise(packs) -> None:  # type: ignore[no-untyped-def]
    for pack in packs:
        assert set(pack.languages) >= {"en", "de", "fr", "es", "pt", "hi"}
        urgent = next(r for r in pack.rules if r.id == "urgent-help")
        strong = urgent.detectors[0].options["strong"]
        assert {"en", "de", "fr", "es", "pt", "hi", "hinglish"} <= set(strong)


@pytest.mark.parametrize("old, new, rule, field, words", [
    ('severity = "normal"', 'severity = "critical"', "flooding", "severity", "urgent, high"),
    ('count = 5', 'count = "five"', "flooding", "detectors[0].options.count", "whole number"),
    ('count = 5', 'cuont = 5', "flooding", "detectors[0].options.cuont", "known options: count"),
    ('type = "flood"', 'type = "floods"', "flooding", "detectors[0].type", "not a detector type"),
    ('title = "No flooding"\n', '', "flooding", None, "'title' is missing"),
    ('id = "flooding"', 'id = "Flooding Rule"', "Flooding Rule", "id", "lower-case"),
])
def test_mistakes_name_the_file_rule_and_field(old: str, new: str, rule: str, field: str | None,
                                               words: str) -> None:
    with pytest.raises(PackError) as caught:
        load_pack_text(broken(old, new), source="tiny.toml")
    error = caught.value
    assert (error.source, error.rule, error.field) == ("tiny.toml", rule, field)
    assert words in str(error) and str(error).startswith("tiny.toml: ")


def test_invalid_toml_says_where() -> None:
    with pytest.raises(PackError, match=r"tiny.toml: is not valid TOML .*line"):
        load_pack_text(GOOD + "\n[[rules]\n", source="tiny.toml")


def test_an_invalid_regular_expression_is_reported_with_the_pattern() -> None:
    text = broken('type = "flood"\noptions = { count = 5, minutes = 1 }',
                  'type = "regex"\noptions = { patterns = ["(unclosed"] }')
    with pytest.raises(PackError, match=r"pattern '\(unclosed' is not a valid regular expression"):
        load_pack_text(text, source="tiny.toml")


def test_a_combo_naming_a_missing_group_is_reported() -> None:
    text = broken('type = "flood"\noptions = { count = 5, minutes = 1 }',
                  'type = "signals"\noptions = { combos = [["cry", "urgnecy"]], '
                  'groups = { cry = ["help"] } }')
    with pytest.raises(PackError, match=r"combos\[0\]: names undefined group\(s\) \['urgnecy'\]"):
        load_pack_text(text, source="tiny.toml")


def test_two_rules_with_one_id_are_refused() -> None:
    rule = GOOD[GOOD.index("[[rules]]"):]
    with pytest.raises(PackError, match="used by two rules"):
        load_pack_text(GOOD + rule, source="tiny.toml")


def test_export_gives_back_the_file_as_written(tmp_path: Path) -> None:
    path = tmp_path / "tiny.toml"
    path.write_text("# my comment\n" + GOOD, encoding="utf-8")
    assert export_pack(load_pack(path)) == "# my comment\n" + GOOD


def test_dump_then_load_gives_the_same_pack(packs) -> None:  # type: ignore[no-untyped-def]
    for pack in packs:
        again = load_pack_text(dump_pack(pack), source="again.toml")
        assert again == pack


def test_dump_survives_quotes_backslashes_and_newlines() -> None:
    pack = load_pack_text(broken('title = "No flooding"', 'title = "No \\"flooding\\" \\\\ here"'))
    text = dump_pack(pack)
    assert load_pack_text(text) == pack
