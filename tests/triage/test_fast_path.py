"""The fast path (batch prefilter, block folding) flags exactly what the plain path does.

The plain path runs every detector on every message, folding each text on
its own; it is slow and simple, so it is the reference. Compared on the
labelled evaluation messages (many languages, hard negatives) and on a
generated chat export (emoji, Devanagari, German, links, system notices).
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from moddesk.ingest.api import iter_messages
from moddesk.triage import Triage, records_from_parsed
from moddesk.triage.compiled_packs import CompiledPacks
from moddesk.triage.prefilter import fold_batch
from moddesk.triage.folded_text import TOKEN, fold

from .conftest import ADMIN, T0, record

HERE = Path(__file__).parent
GENERATOR = Path(__file__).resolve().parents[3] / "shared" / "tools" / "gen_chat.py"


def _both(packs, recs, **options) -> tuple[list, list]:  # type: ignore[no-untyped-def]
    fast = list(Triage(packs, admins={ADMIN}, **options).scan(recs))
    plain = list(Triage(packs, admins={ADMIN}, prefilter=False, **options).scan(recs))
    return fast, plain


def test_eval_messages_get_the_same_flags_both_ways(packs) -> None:  # type: ignore[no-untyped-def]
    rows = []
    for name in ("eval_set.jsonl", "eval_holdout.jsonl"):
        rows += [json.loads(line) for line in (HERE / name).read_text("utf-8").splitlines()]
    recs = [record(r["text"], id=i, ts=T0 + timedelta(minutes=7 * i),
                   author=ADMIN if r["author"] == "admin" else f"m{i % 5}")
            for i, r in enumerate(rows)]
    fast, plain = _both(packs, recs)
    assert len(fast) > 100
    assert fast == plain


@pytest.fixture(scope="module")
def generated_chat(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("gen") / "chat.txt"
    subprocess.run([sys.executable, str(GENERATOR), "-n", "6000", "--seed", "11", "--lrm", "some",
                    "-o", str(path)], check=True)
    return path.read_bytes()


def test_a_generated_chat_gets_the_same_flags_both_ways(packs, generated_chat) -> None:  # type: ignore[no-untyped-def]
    messages = list(iter_messages(generated_chat, name="WhatsApp Chat with Gen.txt"))
    recs = list(records_from_parsed(messages, chat_id=3))
    fast, plain = _both(packs, recs)
    assert len({f.rule_id for f in fast}) >= 6  # the chat exercises many rules
    assert fast == plain


def test_block_folding_equals_folding_each_text() -> None:
    texts = ["Straße", "", "HILFE!", "मदद करो", "a\x00b", "Ünïcödé `quote`", "ok", "ꙮꙮꙮ x",
             "İstanbul", "ﬁne", "😀 help"]
    assert fold_batch(texts) == [fold(t) for t in texts]
    assert fold_batch(["plain ascii", "only"]) == ["plain ascii", "only"]
    # Only non-ASCII texts, one with a NUL among them, and nothing at all.
    odd = ["Ä\x00b", "Ünï", "मदद"]
    assert fold_batch(odd) == [fold(t) for t in odd]
    assert fold_batch([]) == []


def test_words_handed_to_the_detectors_are_each_texts_own_split(packs) -> None:  # type: ignore[no-untyped-def]
    prefilter = CompiledPacks(packs).prefilter()
    rows = [json.loads(line) for line in (HERE / "eval_set.jsonl").read_text("utf-8").splitlines()]
    texts = [r["text"] for r in rows] + ["", "Straße 12, 10115 Berlin", "मदद करो!!", "ok"]
    folded = fold_batch(texts)
    candidates, words = prefilter.candidates_and_words(texts, folded)
    assert len(candidates) > 100 and set(words) == set(candidates)
    assert all(words[i] == TOKEN.findall(folded[i]) for i in candidates)
    # A text holding the batch's own separator word: no words handed over, each is split again.
    odd = [*texts, "ꙮꙮꙮ help me"]
    assert prefilter.candidates_and_words(odd, fold_batch(odd))[1] == {}
