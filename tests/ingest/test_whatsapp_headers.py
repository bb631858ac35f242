"""Every header shape of the catalogue parses to exact timestamps, authors and bodies."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.ingest.conftest import parse_text

A = datetime(2018, 6, 3, 13, 55)
B = datetime(2018, 6, 13, 21, 25, 15)
LRM, RLM, NBSP, NNBSP, BOM = "\u200e", "\u200f", "\u00a0", "\u202f", "\ufeff"


@pytest.mark.parametrize(("header", "expected", "platform"), [
    ("3/6/18, 1:55 p.m. - ", A, "whatsapp-android"),
    ("03-06-2018, 01.55 PM - ", A, "whatsapp-android"),
    ("13.06.18 21.25.15: ", B, "whatsapp-ios"),
    ("[06.13.18 21:25:15] ", B, "whatsapp-ios"),
    ("13.6.2018 klo 21.25.15 - ", B, "whatsapp-android"),
    ("13. 6. 2018. 21:25:15 ", B, "whatsapp-android"),
    ("[3/6/18 1:55:00 p. m.] ", A, "whatsapp-ios"),
    (LRM + "[3/6/18 1:55:00 p. m.] ", A, "whatsapp-ios"),
    ("[2018/06/13, 21:25:15] ", B, "whatsapp-ios"),
    ("3/6/2018 1:55 p." + NBSP + "m. - ", A, "whatsapp-android"),
    ("3/6/18, 1:55" + NNBSP + "PM - ", A, "whatsapp-android"),
    ("[21:25:15, 6/13/18] ", B, "whatsapp-ios"),
    ("2018-06-13, 21:25 - ", B.replace(second=0), "whatsapp-android"),
    ("13.06.18, 9:25:15 nachm. - ", B, "whatsapp-android"),
    ("13/06/2018 à 21:25 - ", B.replace(second=0), "whatsapp-android"),
    ("[" + RLM + "13" + RLM + "/6" + RLM + "/2018، 21:25:15] ", B, "whatsapp-ios"),
    ("[١٣" + RLM + "/٦" + RLM + "/٢٠١٨، ٩:٢٥:١٥" + NBSP + "م] ", B, "whatsapp-ios"),
    ("[6/13/2561 BE, 21:25:15] ", B, "whatsapp-ios"),
    ("2018/06/13, 21:25. - ", B.replace(second=0), "whatsapp-android"),
    ("13/06/2018, 9:25 pm - ", B.replace(second=0), "whatsapp-android"),
    ("2018. 6. 13. 오후 9:25 - ", B.replace(second=0), "whatsapp-android"),
])
def test_header_shapes_parse_to_the_same_instant(header: str, expected: datetime, platform: str) -> None:
    export = parse_text(header + "a: m\n", date_order=None if "13" in header else "dmy")
    msg = export.messages[0]
    assert (msg.timestamp, msg.author, msg.text, msg.kind, msg.line) == (expected, "a", "m", "text", 1)
    assert export.platform == platform


def test_japanese_era_year() -> None:
    export = parse_text("[3/14/R6, 21:07:33] Ana: こんにちは\n")
    assert export.messages[0].timestamp == datetime(2024, 3, 14, 21, 7, 33)


@pytest.mark.parametrize(("clock", "hour"), [
    ("12:05 AM", 0), ("12:05 PM", 12), ("5:05 PM", 17), ("5:05 a.m.", 5), ("5:05 A.M.", 5),
    ("5:05 am", 5), ("23:05 PM", 23), ("00:05 AM", 0), ("5:05" + NNBSP + "pm", 17),
])
def test_twelve_hour_conversion(clock: str, hour: int) -> None:
    export = parse_text(f"14/03/2024, {clock} - Ana: hi\n")
    assert export.messages[0].timestamp == datetime(2024, 3, 14, hour, 5)


def test_android_and_ios_full_examples() -> None:
    android = parse_text(
        "14/03/2024, 21:07 - Ana Souza: see you at 8\n"
        "14/03/2024, 21:08 - Ben added Carla\n"
        "15/03/2024, 08:00 - राहुल शर्मा: नमस्ते सब लोग\n"
        "15/03/2024, 08:01 - أحمد: مرحبا بالجميع\n")
    assert [(m.author, m.kind, m.text, m.line) for m in android.messages] == [
        ("Ana Souza", "text", "see you at 8", 1),
        (None, "system", "Ben added Carla", 2),
        ("राहुल शर्मा", "text", "नमस्ते सब लोग", 3),
        ("أحمد", "text", "مرحبا بالجميع", 4),
    ]
    assert android.messages[1].system_kind == "add"
    assert android.chat_name == "Test Group"
    ios = parse_text("[14/03/2024, 21:07:33] Ana Souza: see you at 8\r\n"
                     "[14/03/2024, 21:07:40] " + LRM + "Ben left\r\n",
                     name="WhatsApp Chat - Family.zip.txt")
    assert ios.platform == "whatsapp-ios"
    assert [(m.author, m.kind, m.system_kind) for m in ios.messages] == [
        ("Ana Souza", "text", None), (None, "system", "leave")]


def test_sender_names_lose_direction_marks_but_raw_keeps_them() -> None:
    line = "[14/03/2024, 21:07:33] \u202a+90" + NBSP + "531" + NBSP + "411" + "\u202c: hi"
    msg = parse_text(line + "\n").messages[0]
    assert msg.author == "+90" + NBSP + "531" + NBSP + "411"
    assert msg.raw == line


def test_bom_inside_bracket_and_doubled_boms_at_line_start() -> None:
    export = parse_text("[" + BOM + "29.01.18, 12:24:03] Alice: one\n"
                        + BOM + BOM + "[29.01.18, 12:25:03] Bob: two\n")
    assert [(m.author, m.text) for m in export.messages] == [("Alice", "one"), ("Bob", "two")]


def test_sender_with_comma_colon_in_body_and_emoji_names() -> None:
    export = parse_text("14/03/2024, 21:07 - Perry, Andrea: Lorem ipsum : dolor\n"
                        "14/03/2024, 21:08 - John Doe 🤓: hi\n"
                        "14/03/2024, 21:09 - 🤓: yo\n")
    assert [(m.author, m.text) for m in export.messages] == [
        ("Perry, Andrea", "Lorem ipsum : dolor"), ("John Doe 🤓", "hi"), ("🤓", "yo")]


def test_empty_body_sender_line_is_a_text_message() -> None:
    export = parse_text("[29.01.18, 12:24:03] Carol:\n[29.01.18, 12:25:03] Bob: x\n")
    assert (export.messages[0].author, export.messages[0].text) == ("Carol", "")
