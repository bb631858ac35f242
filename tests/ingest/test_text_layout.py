"""Encodings, line endings, continuation lines, marks and broken input."""

from __future__ import annotations

from datetime import datetime

import pytest

from moddesk.ingest import NotAChatExport, parse_bytes
from tests.ingest.conftest import parse_text

CHAT = "14/03/2024, 21:07 - Ana: olá 👋\n14/03/2024, 21:08 - राहुल: नमस्ते\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_encodings(encoding: str) -> None:
    data = CHAT.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):
        data = ("\ufeff" + CHAT).encode(encoding)
    export = parse_bytes(data, name="chat.txt")
    assert [(m.author, m.text) for m in export.messages] == [("Ana", "olá 👋"), ("राहुल", "नमस्ते")]


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_endings_and_multiline_bodies(newline: str) -> None:
    text = newline.join(["14/03/2024, 21:07 - Ana: one", "two", "", "three",
                         "14/03/2024, 21:08 - Ben: four"]) + newline
    export = parse_text(text)
    assert [(m.text, m.line) for m in export.messages] == [("one\ntwo\n\nthree", 1), ("four", 5)]
    assert export.messages[0].raw == "14/03/2024, 21:07 - Ana: one\ntwo\n\nthree"


def test_mixed_line_endings() -> None:
    export = parse_text("[14/03/2024, 21:07:33] Ana: POLL:\nQ?\nOPTION: a\r\n[14/03/2024, 21:07:40] Ben: x\r\n")
    assert [m.text for m in export.messages] == ["POLL:\nQ?\nOPTION: a", "x"]


def test_continuation_lines_that_look_like_dates_stay_in_the_body() -> None:
    export = parse_text("23/06/2018, 01:55 - Loris: one\n2016-04-29 10:30:00 backup done\n"
                        "[12/05/2019] notes\n14/03/2024 21:07 not a header\n"
                        "23/06/2018, 01:56 - Ana: two\n")
    assert export.messages[0].text == ("one\n2016-04-29 10:30:00 backup done\n[12/05/2019] notes\n"
                                       "14/03/2024 21:07 not a header")
    assert len(export.messages) == 2 and export.failed_lines == []


def test_garbage_before_the_first_header_is_reported_not_fatal() -> None:
    export = parse_text("some junk\nmore junk\n\n14/03/2024, 21:07 - Ana: hi\n")
    assert export.failed_lines == [1, 2]
    assert export.messages[0].line == 4
    assert "2 line(s) could not be read as messages" in export.warnings


def test_undecodable_bytes_keep_the_rest_and_list_the_line() -> None:
    data = b"14/03/2024, 21:07 - Ana: ok\n14/03/2024, 21:08 - Ben: bad \xff\xfe here\n" + \
        b"".join(b"14/03/2024, 21:%02d - Ana: fine\n" % i for i in range(10, 40))
    export = parse_bytes(data, name="chat.txt")
    assert export.failed_lines == [2]
    assert export.messages[1].text == "bad \ufffd\ufffd here"
    assert len(export.messages) == 32


def test_empty_and_non_chat_files() -> None:
    with pytest.raises(NotAChatExport, match="empty"):
        parse_bytes(b"", name="x.txt")
    with pytest.raises(NotAChatExport, match="empty"):
        parse_bytes(b"\xef\xbb\xbf \n\n", name="x.txt")
    with pytest.raises(NotAChatExport) as info:
        parse_bytes(b"Dear Sam, meeting at 10.\nRegards 42\n", name="letter.txt")
    assert "aaaa aaa, aaaaaaa aa 99." in info.value.message
    assert "Sam" not in info.value.message


def test_sha256_and_source_name() -> None:
    import hashlib
    data = CHAT.encode()
    export = parse_bytes(data, name="WhatsApp Chat with Nachbarn.txt")
    assert (export.sha256, export.source_name, export.chat_name) == (
        hashlib.sha256(data).hexdigest(), "WhatsApp Chat with Nachbarn.txt", "Nachbarn")


def test_seconds_absent_are_zero() -> None:
    assert parse_text(CHAT).messages[0].timestamp == datetime(2024, 3, 14, 21, 7, 0)
