"""Full-text search over a real vault: what a moderator types and what comes back."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from moddesk.ingest import parse_bytes
from moddesk.ingest.importer import import_export
from moddesk.storage import search
from moddesk.storage.search import MARK_END, MARK_START, fts_query, search_messages, search_page


def add_chat(db, name: str, lines: list[str]) -> int:  # type: ignore[no-untyped-def]
    """Import an Android-style export of `lines`; return the chat id."""
    data = ("\n".join(lines) + "\n").encode("utf-8")
    return import_export(db, parse_bytes(data, name=f"WhatsApp Chat with {name}.txt")).chat_id


def at(day: int, minute: int, who: str, text: str) -> str:
    return f"{day:02d}/03/2024, {10 + minute // 60:02d}:{minute % 60:02d} - {who}: {text}"


def texts(hits) -> list[str]:  # type: ignore[no-untyped-def]
    return [h.text for h in hits]


@pytest.fixture
def db(vault):  # type: ignore[no-untyped-def]
    add_chat(vault.db, "Mothers Group", [
        at(1, 0, "Anna", "Frau Müller bringt morgen Kuchen"),
        at(1, 1, "Ben", "MULLER is spelled without the dots here"),
        at(1, 2, "Priya", "नमस्ते सब लोग, कल मिलते हैं"),
        at(1, 3, "Omar", "مرحبا بالجميع"),
        at(2, 0, "Anna", "I will bring snacks on Friday"),
        at(2, 1, "Ben", "snacks? I bring nothing, sorry"),
        at(3, 0, "Clara Weber", "Can someone help me with the rota?"),
        at(3, 1, "Anna", "l'école est fermée demain"),
    ])
    return vault.db


@pytest.mark.parametrize("query", ["müller", "muller", "MÜLLER", "Muller"])
def test_case_and_diacritics_do_not_matter(db, query: str) -> None:
    assert texts(search_messages(db, query)) == [
        "MULLER is spelled without the dots here", "Frau Müller bringt morgen Kuchen"]


def test_devanagari_and_arabic_words_are_found_whole(db) -> None:
    assert texts(search_messages(db, "नमस्ते")) == ["नमस्ते सब लोग, कल मिलते हैं"]
    assert texts(search_messages(db, "بالجميع")) == ["مرحبا بالجميع"]
    # A word is a whole token: its first letters alone match only as a prefix.
    assert search_messages(db, "नम") == []
    assert texts(search_messages(db, "नम*")) == ["नमस्ते सब लोग, कल मिलते हैं"]


def test_words_are_anded_and_quotes_make_a_phrase(db) -> None:
    assert texts(search_messages(db, "bring snacks")) == [
        "snacks? I bring nothing, sorry", "I will bring snacks on Friday"]
    assert texts(search_messages(db, '"bring snacks"')) == ["I will bring snacks on Friday"]
    assert search_messages(db, "snacks rota") == []


def test_words_joined_by_an_apostrophe_match_as_written(db) -> None:
    assert texts(search_messages(db, "l'école")) == ["l'école est fermée demain"]
    assert texts(search_messages(db, "L'ECOLE")) == ["l'école est fermée demain"]


def test_trailing_star_and_the_word_being_typed_are_prefixes(db) -> None:
    assert texts(search_messages(db, "ros*")) == []
    assert texts(search_messages(db, "rot*")) == ["Can someone help me with the rota?"]
    assert search_messages(db, "someone he") == []
    assert texts(search_messages(db, "someone he", as_you_type=True)) == [
        "Can someone help me with the rota?"]
    # A space after the word means the moderator finished it.
    assert search_messages(db, "someone he ", as_you_type=True) == []


@pytest.mark.parametrize("query", ["", "   ", "?!", '"', '""', "*", "-", "()", "^", ":", "…"])
def test_punctuation_only_finds_nothing_quietly(db, query: str) -> None:
    assert search_messages(db, query) == []
    assert search_messages(db, query, as_you_type=True) == []


@pytest.mark.parametrize(("query", "found"), [
    ('"help', 1), ("-help", 1), ("+help", 1), ("(help)", 1), ("help*)", 1), ("help^", 1),
    # Operator words are words to look for, not operators: nothing has them.
    ("help OR rota", 0), ("help NOT rota", 0), ("NEAR(help rota)", 0), ("text:help", 0),
])
def test_fts_syntax_is_taken_literally_and_never_fails(db, query: str, found: int) -> None:
    assert texts(search_messages(db, query)) == ["Can someone help me with the rota?"] * found


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.text(max_size=40), typing=st.booleans())
def test_no_input_makes_the_query_fail(db, query: str, typing: bool) -> None:
    hits = search_messages(db, query, as_you_type=typing, author=query[:5] or None)
    assert isinstance(hits, list)


def test_snippet_marks_the_matched_words(db) -> None:
    [hit] = search_messages(db, "rota")
    assert f"{MARK_START}rota{MARK_END}" in hit.snippet
    assert hit.author == "Clara Weber" and hit.chat == "Mothers Group"
    assert hit.ts == "2024-03-03T10:00:00"
    [hit] = search_messages(db, "muller kuchen")
    assert hit.snippet.count(MARK_START) == 2


def test_words_are_looked_for_in_the_text_not_in_names(db) -> None:
    assert search_messages(db, "clara") == []
    assert texts(search_messages(db, "rota", author="clara")) == ["Can someone help me with the rota?"]


def test_author_filter_takes_part_of_a_name(db) -> None:
    assert texts(search_messages(db, "bring", author="anna")) == ["I will bring snacks on Friday"]
    assert texts(search_messages(db, "help", author="Clara We")) == [
        "Can someone help me with the rota?"]
    assert search_messages(db, "help", author="Ben") == []
    # An author alone lists that person's messages, newest first.
    assert len(search_messages(db, "", author="Anna")) == 3


def test_date_range_is_whole_days(db) -> None:
    march = dt.date(2024, 3, 2)
    assert texts(search_messages(db, "snacks", since=march, until=march)) == [
        "snacks? I bring nothing, sorry", "I will bring snacks on Friday"]
    assert search_messages(db, "snacks", since="2024-03-03") == []
    assert search_messages(db, "snacks", until="2024-03-01") == []
    assert len(search_messages(db, "snacks", since="2024-03-02T10:01:00")) == 1


def test_newest_first_with_pages_that_cover_everything_once(vault) -> None:
    lines = [at(5, m, "Dev", f"kettle number {m}") for m in range(120)]
    add_chat(vault.db, "Kitchen", lines)
    seen: list[str] = []
    before, pages = None, 0
    while True:
        page = search_page(vault.db, "kettle", limit=50, before_id=before)
        seen += texts(page.hits)
        pages += 1
        if page.next_before_id is None:
            break
        before = page.next_before_id
    assert pages == 3
    assert seen == [f"kettle number {m}" for m in reversed(range(120))]


def test_a_large_page_comes_back_whole_and_in_order(vault, monkeypatch) -> None:
    add_chat(vault.db, "Kitchen", [at(5, m, "Dev", f"kettle number {m}") for m in range(120)])
    monkeypatch.setattr(search, "_HITS_PER_QUERY", 7)  # snippets are read in chunks
    hits = search_messages(vault.db, "kettle", limit=5000)
    assert texts(hits) == [f"kettle number {m}" for m in reversed(range(120))]
    assert all(MARK_START + "kettle" + MARK_END in h.snippet for h in hits)


def test_chat_filter_includes_chats_merged_into_it(vault) -> None:
    old = add_chat(vault.db, "Parents 2023", [at(1, 0, "Asha", "the picnic was lovely")])
    new = add_chat(vault.db, "Parents", [at(2, 0, "Asha", "another picnic soon?")])
    other = add_chat(vault.db, "Football", [at(3, 0, "Tom", "picnic after the match")])
    vault.db.execute("UPDATE chats SET merged_into = ? WHERE id = ?", [new, old])
    vault.db.execute("UPDATE chats SET display_name = 'Parents (all years)' WHERE id = ?", [new])
    hits = search_messages(vault.db, "picnic", chat_ids=[new])
    assert texts(hits) == ["another picnic soon?", "the picnic was lovely"]
    assert {h.chat for h in hits} == {"Parents (all years)"}
    assert texts(search_messages(vault.db, "picnic", chat_ids=[other])) == ["picnic after the match"]
    assert search.chat_choices(vault.db) == [(other, "Football"), (new, "Parents (all years)")]


def test_a_rare_match_in_a_chat_is_reached_through_more_pages(vault, monkeypatch) -> None:
    quiet = add_chat(vault.db, "Quiet", [at(1, 0, "Mina", "is anyone awake")])
    add_chat(vault.db, "Busy", [at(2, m, "Sam", f"awake again {m}") for m in range(30)])
    monkeypatch.setattr(search, "_FETCH", 4)
    monkeypatch.setattr(search, "SCAN_BUDGET", 8)
    found, before, calls = [], None, 0
    while True:
        page = search_page(vault.db, "awake", chat_ids=[quiet], before_id=before)
        found += texts(page.hits)
        calls += 1
        if page.next_before_id is None:
            break
        before = page.next_before_id
    assert found == ["is anyone awake"]
    assert calls == 4  # 31 candidates, 8 per call: each call stops, says where to go on


def test_message_gone_from_a_later_export_is_still_found_and_flagged(vault) -> None:
    first = [at(1, 0, "Asha", "meeting moved to friday"), at(1, 1, "Ben", "thanks"),
             at(1, 2, "Asha", "see you friday")]
    add_chat(vault.db, "Parents", first)
    add_chat(vault.db, "Parents", [first[0], first[2], at(1, 3, "Cleo", "friday works")])
    hits = search_messages(vault.db, "thanks")
    assert [(h.text, h.removed) for h in hits] == [("thanks", True)]
    assert [h.removed for h in search_messages(vault.db, "friday")] == [False, False, False]


def test_recent_authors_lists_the_most_active_first(db) -> None:
    assert search.recent_authors(db)[:2] == ["Anna", "Ben"]
    assert set(search.recent_authors(db)) == {"Anna", "Ben", "Priya", "Omar", "Clara Weber"}


def test_fts_query_quotes_every_token() -> None:
    assert fts_query('say "hi there" NEAR(x) now', as_you_type=True) == \
        'text : ("say" AND "hi there" AND "NEAR x" AND "now"*)'
    assert fts_query("?!") == ""
