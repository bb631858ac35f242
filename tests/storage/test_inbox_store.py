"""The inbox in the vault: grouping hits, states, undo, counters and the append-only log."""

from __future__ import annotations

import pytest

from moddesk.storage import inbox_store as inbox
from moddesk.storage.message_store import ensure_chat


def _hit(chat_id: int, message_id: int, *, rule: str = "personal_info", severity: str = "high",
         bucket: str = "attention", author: str = "Amara", key: str | None = None) -> inbox.Hit:
    return inbox.Hit(chat_id, message_id, "support", rule, severity, bucket,
                     key or f"{chat_id}/{rule}/{author}/0", author, "phone", [(3, 14)])


@pytest.fixture
def db(vault):  # type: ignore[no-untyped-def]
    db = vault.db
    # Hits reference messages; the real rows do not matter to the inbox store.
    db.execute("PRAGMA foreign_keys = OFF")
    return db


def test_repeated_hits_of_one_rule_on_one_author_form_one_item(db) -> None:  # type: ignore[no-untyped-def]
    chat = ensure_chat(db, family="whatsapp", name="Mothers Berlin")
    created = inbox.record_hits(db, [_hit(chat, m) for m in (30, 10, 20, 20)])
    [item_id] = inbox.queue_ids(db, today="2026-11-21")
    row = inbox.item(db, item_id)
    assert created == 1 and row["hits"] == 3
    assert (row["first_message_id"], row["last_message_id"]) == (10, 30)


def test_queue_sorts_by_severity_then_age_and_hides_snoozed(db) -> None:  # type: ignore[no-untyped-def]
    chat = ensure_chat(db, family="whatsapp", name="Parents")
    inbox.record_hits(db, [
        _hit(chat, 5, rule="flood", severity="normal", key="a"),
        _hit(chat, 9, rule="urgent_help", severity="urgent", bucket="urgent", key="b"),
        _hit(chat, 1, rule="links", severity="normal", key="c"),
    ])
    ids = inbox.queue_ids(db, today="2026-11-21")
    rules = [inbox.item(db, i)["rule_id"] for i in ids]
    assert rules == ["urgent_help", "links", "flood"]
    inbox.snooze(db, ids[1], until="2026-11-25", moderator="Mod")
    assert [inbox.item(db, i)["rule_id"] for i in inbox.queue_ids(db, today="2026-11-21")] \
        == ["urgent_help", "flood"]
    assert len(inbox.queue_ids(db, today="2026-11-25")) == 3


def test_states_move_by_the_rules_and_every_move_is_logged(db) -> None:  # type: ignore[no-untyped-def]
    chat = ensure_chat(db, family="whatsapp", name="Parents")
    inbox.record_hits(db, [_hit(chat, 1)])
    [item_id] = inbox.queue_ids(db, today="2026-11-21")
    inbox.move(db, item_id, to_state="in_review", moderator="Nia")
    inbox.move(db, item_id, to_state="dismissed", moderator="Nia", reason="helpline number")
    with pytest.raises(inbox.TriageRefused):
        inbox.move(db, item_id, to_state="escalated", moderator="Nia")
    row = inbox.item(db, item_id)
    assert (row["state"], row["handled_by"], row["reason"]) == ("dismissed", "Nia", "helpline number")
    assert [(h["from_state"], h["to_state"]) for h in inbox.history(db, item_id)] == [
        ("new", "in_review"), ("in_review", "dismissed")]
    assert inbox.queue_ids(db, today="2026-11-21") == []


def test_undo_reverses_the_last_action_and_keeps_both_in_the_log(db) -> None:  # type: ignore[no-untyped-def]
    chat = ensure_chat(db, family="whatsapp", name="Parents")
    inbox.record_hits(db, [_hit(chat, 1)])
    [item_id] = inbox.queue_ids(db, today="2026-11-21")
    inbox.set_severity(db, item_id, severity="urgent", moderator="Nia")
    inbox.move(db, item_id, to_state="resolved", moderator="Nia")
    inbox.undo_last(db, item_id, moderator="Nia")
    assert inbox.item(db, item_id)["state"] == "new"
    inbox.undo_last(db, item_id, moderator="Nia")
    row = inbox.item(db, item_id)
    assert (row["severity"], row["bucket"]) == ("high", "attention")
    with pytest.raises(inbox.TriageRefused, match="nothing to undo"):
        inbox.undo_last(db, item_id, moderator="Nia")
    assert [h["action"] for h in inbox.history(db, item_id)] == [
        "severity", "move", "undo", "undo"]


def test_group_counts_show_what_each_group_needs(db) -> None:  # type: ignore[no-untyped-def]
    a = ensure_chat(db, family="whatsapp", name="A")
    b = ensure_chat(db, family="whatsapp", name="B")
    inbox.record_hits(db, [
        _hit(a, 1, rule="urgent_help", severity="urgent", bucket="urgent", key="1"),
        _hit(a, 2, rule="needs_reply", severity="normal", bucket="reply", key="2"),
        _hit(a, 3, rule="needs_reply", severity="normal", bucket="reply", key="3"),
        _hit(b, 4, key="4"),
    ])
    counts = inbox.group_counts(db, today="2026-11-21")
    assert counts[a] == inbox.GroupCounts(a, urgent=1, attention=0, reply=2)
    assert counts[b] == inbox.GroupCounts(b, urgent=0, attention=1, reply=0)


def test_triage_steps_through_review_when_the_rules_ask_for_it(db) -> None:  # type: ignore[no-untyped-def]
    chat = ensure_chat(db, family="whatsapp", name="Parents")
    inbox.record_hits(db, [_hit(chat, 1)])
    [item_id] = inbox.queue_ids(db, today="2026-11-21")
    assert inbox.triage(db, item_id, to_state="escalated", moderator="Nia") == 1
    assert inbox.triage(db, item_id, to_state="escalated", moderator="Nia") == 0
    assert inbox.triage(db, item_id, to_state="resolved", moderator="Nia", reason="talked") == 2
    assert [(h["from_state"], h["to_state"]) for h in inbox.history(db, item_id)] == [
        ("new", "escalated"), ("escalated", "in_review"), ("in_review", "resolved")]
    for _ in range(2):
        inbox.undo_last(db, item_id, moderator="Nia")
    assert inbox.item(db, item_id)["state"] == "escalated"
