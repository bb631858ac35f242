"""Telegram Desktop JSON: single chat, full account, text entity lists."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from moddesk.ingest import MultipleChats, ParseError, parse_bytes, parse_many_bytes, parse_telegram_account

SINGLE = {"name": "Nachbarn", "type": "private_group", "id": 1, "messages": [
    {"id": 1, "type": "service", "date": "2024-03-14T21:07:00", "actor": "Ana", "action": "invite_members",
     "members": ["Ben"], "text": ""},
    {"id": 2, "type": "message", "date": "2024-03-14T21:08:05", "from": "Ana", "from_id": "user1",
     "text": [{"type": "bold", "text": "Link:"}, " ", {"type": "link", "text": "https://t.me/x"}]},
    {"id": 3, "type": "message", "date": "2024-03-14T21:09:00", "from": None, "from_id": "user9",
     "photo": "(File not included. Change data exporting settings to download.)", "text": ""},
    {"id": 4, "type": "message", "date_unixtime": "1710450600", "from": "Ben", "text": "नमस्ते",
     "edited": "2024-03-14T21:11:00"},
    {"id": 5, "type": "message", "date": "2024-03-14T21:12:00", "from": "Ben", "text": "",
     "poll": {"question": "Friday?", "answers": [{"text": "yes"}, {"text": "no"}]}},
    {"id": 6, "type": "message", "date": "2024-03-14T21:13:00", "from": "Ben", "text": "",
     "location_information": {"latitude": 51.5, "longitude": -0.12}},
    {"type": "message"},
]}


def test_single_chat_export() -> None:
    export = parse_bytes(json.dumps(SINGLE).encode(), name="result.json")
    assert (export.chat_name, export.platform, export.date_order) == ("Nachbarn", "telegram", "ymd")
    kinds = [(m.kind, m.author, m.line) for m in export.messages]
    assert kinds == [("system", None, 1), ("text", "Ana", 2), ("media", "user9", 3), ("text", "Ben", 4),
                     ("poll", "Ben", 5), ("location", "Ben", 6)]
    assert export.messages[0].system_kind == "add"
    assert export.messages[1].text == "Link: https://t.me/x"
    assert export.messages[1].timestamp == datetime(2024, 3, 14, 21, 8, 5)
    assert export.messages[3].edited and export.messages[3].timestamp == datetime(2024, 3, 14, 21, 10)
    assert export.messages[4].text == "Friday?\nyes\nno"
    assert export.failed_lines == [7]


def test_full_account_export() -> None:
    account = {"about": "x", "personal_information": {}, "chats": {"about": "y", "list": [
        SINGLE, dict(SINGLE, name="Second", id=2)]}}
    data = json.dumps(account).encode()
    with pytest.raises(MultipleChats, match="parse_many_bytes"):
        parse_bytes(data, name="result.json")
    assert [e.chat_name for e in parse_telegram_account(data)] == ["Nachbarn", "Second"]
    assert [e.chat_name for e in parse_many_bytes(data, name="result.json")] == ["Nachbarn", "Second"]


@pytest.mark.parametrize("data", [b"{", b'{"messages": 3}', b"{" * 100_000, b'{"a": [1, 2]}'])
def test_broken_json_is_a_parse_error(data: bytes) -> None:
    with pytest.raises(ParseError):
        parse_bytes(data, name="result.json")
