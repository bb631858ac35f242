"""The engine: events, floods, unanswered questions, grouping, order, prefilter."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from moddesk.triage import Triage, group_flags
from moddesk.triage.detector_base import ScanContext
from moddesk.triage.folded_text import FoldedText

from .conftest import ADMIN, T0, record, records

HERE = Path(__file__).parent


def rule_ids(engine: Triage, recs) -> list[tuple[int, str]]:  # type: ignore[no-untyped-def]
    return [(f.message_id, f.rule_id) for f in engine.scan(recs)]


def test_events_media_deleted_joins_and_removed(triage) -> None:  # type: ignore[no-untyped-def]
    recs = [record(None, id=1, kind="media"), record(None, id=2, kind="deleted"),
            record("Joy joined", id=3, kind="system", system_kind="join", author=None),
            record("hello", id=4, removed=True),
            record("Joy added Ben", id=5, kind="system", system_kind="add", author=None)]
    found = set(rule_ids(triage, recs))
    assert {(1, "no-child-images"), (2, "deleted-messages"), (3, "new-members"),
            (4, "deleted-messages"), (5, "new-members")} <= found


def test_a_system_notice_text_is_not_scanned_for_words(triage) -> None:  # type: ignore[no-untyped-def]
    notice = record("Joy joined using this group's invite link https://chat.whatsapp.com/X1",
                    kind="system", system_kind="join", author=None)
    assert {f.rule_id for f in triage.scan([notice])} == {"new-members"}


def test_a_flood_is_reported_once_per_burst(triage) -> None:  # type: ignore[no-untyped-def]
    burst = records([f"msg {i}" for i in range(20)], minutes=0)
    floods = [m for m, r in rule_ids(triage, burst) if r == "flooding"]
    assert floods == [8, 16]  # the 8th and 16th message complete a burst (count = 8)


def test_slow_chatter_is_not_a_flood(triage) -> None:  # type: ignore[no-untyped-def]
    assert "flooding" not in {r for _m, r in rule_ids(triage, records(["hi"] * 20, minutes=1))}


def test_an_unanswered_question_is_reported_after_its_reply_time(triage) -> None:  # type: ignore[no-untyped-def]
    question = record("Where can we get free German classes?", id=1)
    later = record("nice weather", id=2, ts=T0 + timedelta(hours=13))
    flags = [f for f in triage.scan([question, later]) if f.rule_id == "needs-reply"]
    assert [f.message_id for f in flags][:1] == [1]


def test_an_admin_message_counts_as_the_reply(triage) -> None:  # type: ignore[no-untyped-def]
    question = record("Where can we get free German classes?", id=1)
    reply = record("At the Volkshochschule", id=2, author=ADMIN, ts=T0 + timedelta(hours=1))
    later = record("thanks", id=3, ts=T0 + timedelta(hours=20))
    assert "needs-reply" not in {f.rule_id for f in triage.scan([question, reply, later])}


def test_open_questions_carry_over_to_the_next_scan_and_to_overdue(triage) -> None:  # type: ignore[no-untyped-def]
    state = triage.new_state()
    list(triage.scan([record("Who can help me with the Anmeldung form?", id=1)], chat_state=state))
    assert triage.overdue(state, now=T0 + timedelta(hours=1)) == []
    due = triage.overdue(state, now=T0 + timedelta(hours=13))
    assert {(f.message_id, f.rule_id) for f in due} == {(1, "needs-reply")}


def test_repeated_hits_group_into_one_item(triage) -> None:  # type: ignore[no-untyped-def]
    insults = records(["you idiot", "stupid idiot", "shut up idiot"], minutes=5)
    flags = [f for f in triage.scan(insults) if f.rule_id == "respectful-conduct"]
    assert len({f.group_key for f in flags}) == 1
    groups = list(group_flags(flags))
    assert len(groups) == 1 and len(groups[0].flags) == len(flags)


def test_hits_far_apart_make_separate_items(triage) -> None:  # type: ignore[no-untyped-def]
    flags = [f for f in triage.scan(records(["you idiot", "stupid idiot"], minutes=300))
             if f.rule_id == "respectful-conduct"]
    assert len(list(group_flags(flags))) == 2


def test_flags_come_in_message_order(triage) -> None:  # type: ignore[no-untyped-def]
    recs = records(["help me please", "nice", "you idiot", "call 0151 0000 0012"])
    ids = [f.message_id for f in triage.scan(recs)]
    assert ids == sorted(ids)


def test_admins_can_be_given_per_chat(packs) -> None:  # type: ignore[no-untyped-def]
    engine = Triage(packs, admins={1: {"Amina"}, 2: set()})
    text = "Helpline 0800 000 0111"
    first = [f.rule_id for f in engine.scan([record(text, author="Amina", chat_id=1)])]
    second = [f.rule_id for f in engine.scan([record(text, author="Amina", chat_id=2)])]
    assert "personal-info" not in first and "personal-info" in second


def _eval_texts() -> list[str]:
    rows = []
    for name in ("eval_set.jsonl", "eval_holdout.jsonl"):
        rows += [json.loads(line)["text"] for line in (HERE / name).read_text("utf-8").splitlines()]
    return rows


def test_the_prefilter_never_hides_a_match(triage) -> None:  # type: ignore[no-untyped-def]
    # Every text detector run on every message must find exactly what the
    # text stage (which skips messages its prefilter rules out) reports.
    texts = _eval_texts()
    stage = triage.text_stage
    detectors = stage._detectors
    brute = {(i, d) for i, t in enumerate(texts) for d in stage._text
             if detectors[d].check(ScanContext(record(t, id=i), FoldedText(t), stage._allow))}
    assert {(i, d) for i, d, _m in stage.run(texts).matches} == brute


def test_scanning_in_a_worker_process_gives_the_same_flags(triage) -> None:  # type: ignore[no-untyped-def]
    texts = _eval_texts()[:400] + ["hi"] * 30
    recs = [record(t, id=i, ts=T0 + timedelta(minutes=i), author=f"m{i % 7}")
            for i, t in enumerate(texts)]
    assert list(triage.scan(recs, workers=1)) == list(triage.scan(recs))
