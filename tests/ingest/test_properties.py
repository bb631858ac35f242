"""Property tests: any bytes give a ParseError or a result; generated chats round-trip."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moddesk.ingest import ParseError, parse_bytes

NAMES = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters=":\u200e\u200f\ufeff"
                              "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\"“”«»„"),
                min_size=1, max_size=12).map(str.strip).filter(lambda s: s and not s.startswith(("~", "-")))
WORDS = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"),
                              blacklist_characters="<>\u200e\u200f\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"),
                min_size=1, max_size=30).map(str.strip).filter(lambda s: s and s[0].isalpha())
MESSAGES = st.lists(st.tuples(NAMES, st.lists(WORDS, min_size=1, max_size=3), st.integers(0, 5000)),
                    min_size=1, max_size=20)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600), st.sampled_from(["chat.txt", "x.zip", "result.json", "WhatsApp Chat - A.zip"]))
def test_arbitrary_bytes_only_raise_parse_error(data: bytes, name: str) -> None:
    try:
        parse_bytes(data, name=name)
    except ParseError:
        pass


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_bytes_after_a_valid_header_never_crash(tail: bytes) -> None:
    try:
        parse_bytes(b"14/03/2024, 21:07 - Ana: hi\n" + tail, name="chat.txt")
    except ParseError:
        pass


def _timeline(items: list[tuple[str, list[str], int]]) -> list[tuple[datetime, str, str]]:
    # Day 13 first so the date order is certain, then forward in time.
    when, out = datetime(2023, 1, 13, 8, 0, 0), []
    for author, lines, gap in items:
        when += timedelta(seconds=gap)
        out.append((when, author, "\n".join(lines)))
    return out


@settings(max_examples=60, deadline=None)
@given(MESSAGES)
def test_android_round_trip(items: list[tuple[str, list[str], int]]) -> None:
    timeline = _timeline(items)
    text = "".join(f"{w.month}/{w.day}/{w:%y}, {w.hour % 12 or 12}:{w:%M} {'AM' if w.hour < 12 else 'PM'}"
                   f" - {a}: {b}\n" for w, a, b in timeline)
    export = parse_bytes(text.encode(), name="chat.txt")
    assert len(export.messages) == len(timeline)
    for msg, (w, a, b) in zip(export.messages, timeline):
        assert (msg.timestamp, msg.author) == (w.replace(second=0), a)
        if msg.kind == "text":  # generated words may spell a placeholder phrase
            assert msg.text == b


@settings(max_examples=60, deadline=None)
@given(MESSAGES)
def test_ios_round_trip(items: list[tuple[str, list[str], int]]) -> None:
    timeline = _timeline(items)
    text = "".join(f"[{w:%d/%m/%Y, %H:%M:%S}] {a}: {b}\r\n" for w, a, b in timeline)
    export = parse_bytes(text.encode(), name="_chat.txt")
    assert len(export.messages) == len(timeline)
    for msg, (w, a, b) in zip(export.messages, timeline):
        assert (msg.timestamp, msg.author) == (w, a)
        if msg.kind == "text":
            assert msg.text == b
