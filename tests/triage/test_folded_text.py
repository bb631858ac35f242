"""Folding and spans: what matching sees, and what the inbox highlights."""

from __future__ import annotations

from moddesk.triage.folded_text import TOKEN, FoldedText, fold


def test_case_and_diacritics_fold_away() -> None:
    assert fold("Straße ÉCOLE São") == "strasse ecole sao"


def test_devanagari_words_stay_whole_with_their_vowel_signs() -> None:
    # \w alone would cut नमस्ते at its virama and vowel sign.
    assert TOKEN.findall(fold("नमस्ते, मदद करो!")) == ["नमस्ते", "मदद", "करो"]


def test_nukta_spellings_fold_together() -> None:
    assert fold("ज़रूरत") == fold("जरूरत")


def test_invisible_marks_do_not_split_words() -> None:
    assert FoldedText("Hil\u200efe").words == ["hilfe"]


def test_span_points_at_the_original_text_after_folding_changed_lengths() -> None:
    text = "Größe: Straße 5, Hilfe!"
    view = FoldedText(text)
    i = view.words.index("hilfe")
    start, end = view.token_span(i, i)
    assert text[start:end] == "Hilfe"


def test_span_of_a_devanagari_word_is_the_word_as_written() -> None:
    text = "कृपया मेरी मदद करो"
    view = FoldedText(text)
    i = view.words.index("मदद")
    start, end = view.token_span(i, i)
    assert text[start:end] == "मदद"


def test_where_finds_every_place_of_a_word_and_nothing_else() -> None:
    view = FoldedText("Help! help me, HELP — nobody helps")
    assert view.words == ["help", "help", "me", "help", "nobody", "helps"]
    assert view.where("help") == [0, 1, 3]
    assert view.where("helps") == [5]
    assert view.where("hel") == []
    assert view.where("help") is view.where("help")  # asked again: not scanned again
