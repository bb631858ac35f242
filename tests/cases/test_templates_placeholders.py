"""Placeholders in reply templates: parsing, the errors a moderator sees, filling, what is missing."""

from __future__ import annotations

import pytest

from moddesk.cases.templates import TemplateError, check, fill, missing, parse, placeholders

BODY = "Hello {member}, welcome to {group}!\nPlease read the rules. {moderator}"


def test_placeholders_are_listed_once_in_order_of_first_use() -> None:
    assert placeholders(BODY + " {member}") == ["member", "group", "moderator"]


def test_fill_replaces_every_placeholder_and_keeps_the_rest_byte_for_byte() -> None:
    values = {"member": "Amira", "group": "Mütter Berlin", "moderator": "Lena"}
    assert fill(BODY, values) == ("Hello Amira, welcome to Mütter Berlin!\n"
                                  "Please read the rules. Lena")


def test_doubled_braces_are_literal_braces_not_placeholders() -> None:
    body = "Write {{member}} to mean {member}; a lone }} too"
    assert placeholders(body) == ["member"]
    assert fill(body, {"member": "Olga"}) == "Write {member} to mean Olga; a lone } too"


def test_missing_lists_blank_and_absent_values() -> None:
    assert missing(BODY, {"member": "Amira", "group": "  "}) == ["group", "moderator"]
    assert missing(BODY, {"member": "a", "group": "b", "moderator": "c"}) == []


def test_fill_refuses_a_missing_value_unless_asked_to_keep_it_for_a_preview() -> None:
    with pytest.raises(KeyError, match="group"):
        fill(BODY, {"member": "Amira", "moderator": "Lena"})
    preview = fill(BODY, {"member": "Amira"}, keep_missing=True)
    assert preview == "Hello Amira, welcome to {group}!\nPlease read the rules. {moderator}"


def test_values_are_not_parsed_again() -> None:
    # A member called "{group}" must not pull the group's name into the reply.
    assert fill("Hi {member}", {"member": "{group} }{"}) == "Hi {group} }{"


@pytest.mark.parametrize(("body", "kind", "line", "column", "name"), [
    ("Hello {membr}!", "unknown", 1, 7, "membr"),
    ("Hi\n  see {Member}", "unknown", 2, 7, "Member"),
    ("Hello {} there", "empty", 1, 7, ""),
    ("Hello {member there", "unclosed", 1, 7, ""),
    ("Hello {member\n}", "unclosed", 1, 7, ""),
    ("Hello member} there", "unopened", 1, 13, ""),
    ("{member}}", "unopened", 1, 9, ""),
])
def test_bad_braces_are_errors_that_say_where_and_what(body: str, kind: str, line: int,
                                                       column: int, name: str) -> None:
    with pytest.raises(TemplateError) as caught:
        check(body)
    error = caught.value
    assert (error.kind, error.line, error.column, error.name) == (kind, line, column, name)
    assert str(error).startswith(f"line {line}, column {column}: ")
    assert body[error.offset] in "{}"


def test_unknown_placeholder_message_names_the_ones_that_exist() -> None:
    with pytest.raises(TemplateError, match=r"\{membr\} is not a placeholder; use one of "
                                            r"\{member\}, \{group\}, \{rule\}, \{moderator\}, "
                                            r"\{date\}, \{resource\}"):
        parse("Hi {membr}")


def test_devanagari_text_around_placeholders_survives() -> None:
    body = "नमस्ते {member}, {group} में आपका स्वागत है।"
    assert fill(body, {"member": "प्रिया", "group": "माँ सहायता समूह"}) == \
        "नमस्ते प्रिया, माँ सहायता समूह में आपका स्वागत है।"
