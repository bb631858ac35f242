"""Term lists: whole words, phrases, wildcards, apostrophes, emoji."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from moddesk.triage.compiled_packs import CompiledPacks
from moddesk.triage.detectors_signals import SignalsDetector
from moddesk.triage.folded_text import FoldedText
from moddesk.triage.prefilter import BatchPrefilter
from moddesk.triage.terms import StemIndex, TermSet, term_problem

HERE = Path(__file__).parent


def found(terms: list[str] | dict[str, list[str]], text: str) -> list[str]:
    view = FoldedText(text)
    return [text[h.span[0]:h.span[1]] for h in TermSet(terms).find(view)]


def test_whole_words_only() -> None:
    assert found(["hilfe"], "Hilfestellung beim Antrag") == []
    assert found(["hilfe"], "Hilfe!!") == ["Hilfe"]


def test_phrase_ignores_case_accents_and_punctuation_between_words() -> None:
    assert found({"fr": ["envoie-moi de l'argent"]}, "ENVOIE MOI de l’argent stp") == \
        ["ENVOIE MOI de l’argent"]


def test_prefix_wildcard() -> None:
    assert found(["umbring*"], "er will mich umbringen") == ["umbringen"]


def test_stems_sharing_their_first_letters_each_find_only_their_own_words() -> None:
    index = StemIndex()
    for stem in ("abus", "abuse", "umbring", "धमका"):
        index.add(stem, stem)
    view = FoldedText("Abused, ab, abu, abusive: he wants to umbringen me. धमकाया")
    assert sorted(index.matches(view)) == [
        ("abused", "abus"), ("abused", "abuse"), ("abusive", "abus"),
        ("umbringen", "umbring"), ("धमकाया", "धमका")]
    assert index.matches(FoldedText("abu ab um")) == []


def test_gap_wildcard_skips_a_few_words_but_not_many() -> None:
    assert found(["schick * geld"], "schick mir bitte geld") == ["schick mir bitte geld"]
    assert found(["schick * geld"], "schick mir das foto und morgen vielleicht etwas geld") == []


def test_apostrophe_terms_also_match_without_it() -> None:
    assert found(["don't tell your"], "dont tell your mum") == ["dont tell your"]


def test_emoji_terms_match_as_substrings() -> None:
    assert found(["😂"], "oh no 😂😂") == ["😂"]


def test_language_is_kept_for_the_label() -> None:
    hit = TermSet({"de": ["hilfe"]}).find(FoldedText("Hilfe"))[0]
    assert hit.term.lang == "de"


@pytest.mark.parametrize("term, problem", [
    ("", "empty"), ("* geld", "lone '*'"), ("ab*", "stem shorter"),
])
def test_unusable_terms_are_explained(term: str, problem: str) -> None:
    assert problem in (term_problem(term) or "")


def test_the_cheap_test_passes_every_message_a_term_is_found_in() -> None:
    terms = TermSet(["paisa bhej*", "schick * geld", "umbring*", "kill myself"])
    hits = ["Paisa bhejo abhi", "schick mir bitte geld", "er will mich umbringen", "I want to kill myself"]
    misses = ["paisa nahi hai", "bhejo mujhe photo", "schick mir das foto", "kill the lights"]
    for text in hits:
        assert terms.find(FoldedText(text)) and terms.maybe_in(FoldedText(text)), text
    # A stem with no word starting with it rules the term out before any matching.
    for text in misses:
        assert not terms.find(FoldedText(text)) and not terms.maybe_in(FoldedText(text)), text


def test_the_cheap_test_never_rules_out_a_shipped_term_that_is_there(packs) -> None:  # type: ignore[no-untyped-def]
    rows = [json.loads(line) for line in (HERE / "eval_set.jsonl").read_text("utf-8").splitlines()]
    views = [FoldedText(r["text"]) for r in rows]
    term_sets = [ts for det in CompiledPacks(packs).detectors if isinstance(det, SignalsDetector)
                 for ts in (det.strong, *det.groups.values())]
    checked = 0
    for view in views:
        for terms in term_sets:
            if terms.find(view):
                checked += 1
                assert terms.maybe_in(view), view.original
    assert checked > 100


def test_a_word_next_to_a_stem_is_looked_for_as_a_pair() -> None:
    terms = TermSet(["paisa bhej*", "bhej* paise"])
    keys = terms.prefilter_keys()
    assert keys["pair"] == {"paisa bhej*", "bhej* paise"} and not keys["word"]
    prefilter = BatchPrefilter(words={}, pairs={key: ((0, 1),) for key in keys["pair"]}, stems={},
                               chars={}, requirements={0: (1,)}, always=frozenset())
    texts = ["Paisa bhejo abhi", "paisa nahi hai", "mujhe bhejdo paise", "paise bhejo", "bhej",
             "kya paisa", "bhejna paisa", "paisa"]
    candidates, _words = prefilter.candidates_and_words(texts)
    assert set(candidates) == {0, 2}
    # The pair never misses: every text a term is in is a candidate.
    assert {i for i, text in enumerate(texts) if terms.find(FoldedText(text))} == {0, 2}


def test_everyday_paisa_does_not_wake_the_payment_detector(packs) -> None:  # type: ignore[no-untyped-def]
    compiled = CompiledPacks(packs)
    payment = {i for i, det in enumerate(compiled.detectors) if det.type_name == "payment"}
    candidates, _words = compiled.prefilter().candidates_and_words(
        ["kya paisa hai bhai", "paisa theek hai", "paisa bhejo jaldi"])
    assert payment
    assert not (candidates.get(0, set()) | candidates.get(1, set())) & payment
    assert candidates[2] & payment
