"""The inbox read facade on real imported chats: rows, hits, context, counts, filters."""

from __future__ import annotations

import datetime as dt

import pytest

from moddesk.storage import guideline_store, inbox_store
from moddesk.storage import inbox_queries as q
from tests.helpers.inbox_data import BERLIN, TODAY, file_hit, import_chat, message_id, seed


@pytest.fixture
def seeded(vault):  # type: ignore[no-untyped-def]
    return vault.db, seed(vault.db)


def test_rows_name_the_group_author_and_time_of_each_item(seeded) -> None:  # type: ignore[no-untyped-def]
    db, s = seeded
    rows = q.item_rows(db, [s.items["priya_phone"], s.items["grooming"], 999_999])
    hindi, lyon = rows[s.items["priya_phone"]], rows[s.items["grooming"]]
    assert (hindi.chat, hindi.author, hindi.rule_id, hindi.first_ts) == (
        "माँ सहायता समूह", "प्रिया", "personal_info", "2026-11-14T08:10:00")
    assert (lyon.chat, lyon.severity, lyon.state, lyon.hits) == ("Parents Lyon", "urgent", "new", 1)
    assert 999_999 not in rows


def test_queue_puts_urgent_first_then_the_longest_waiting(seeded) -> None:  # type: ignore[no-untyped-def]
    db, s = seeded
    ids = q.queue(db, today=TODAY)
    # Both urgent items come first; Marc's (13 Nov) has waited longer than Olga's (14 Nov).
    assert ids[:2] == [s.items["grooming"], s.items["olga_urgent"]]
    assert [q.item_rows(db, [i])[i].severity for i in ids] == sorted(
        [q.item_rows(db, [i])[i].severity for i in ids], key=inbox_store.SEVERITIES.index)


def test_hits_show_the_matched_words_of_each_message(seeded) -> None:  # type: ignore[no-untyped-def]
    db, s = seeded
    [hit] = q.item_hits(db, s.items["job_scam"])
    assert hit.detectors == ("keywords",)
    assert q.matched_words(hit.message.text, hit.spans) == ["2000 रुपये भेजें", "पासपोर्ट की फोटो"]


def test_two_detectors_on_one_message_show_as_one_hit(seeded) -> None:  # type: ignore[no-untyped-def]
    db, s = seeded
    chat = s.chats["berlin"]
    key = f"{chat}/personal_info/Anna"
    file_hit(db, chat, "Anna", ["Ruft mich an"], rule="personal_info", severity="high",
             bucket="attention", detector="contact_request", key=key, contains="0176")
    [hit] = q.item_hits(db, s.items["anna_phone"])
    assert hit.detectors == ("contact_request", "phone_number")
    assert q.matched_words(hit.message.text, hit.spans) == ["Ruft mich an", "0176 1234567"]


def test_context_is_five_messages_either_side_in_the_same_chat(seeded) -> None:  # type: ignore[no-untyped-def]
    db, s = seeded
    anna = message_id(db, s.chats["berlin"], "Anna", "0176")
    around = q.context(db, anna)
    texts = [m.text for m in around]
    assert len(around) == 11 and around[5].id == anna
    assert texts[0] == BERLIN[1][2] and texts[-1] == BERLIN[11][2]
    assert {m.chat_id for m in around} == {s.chats["berlin"]}


def test_context_at_the_start_of_a_chat_has_only_what_exists(seeded) -> None:  # type: ignore[no-untyped-def]
    db, s = seeded
    first = message_id(db, s.chats["lyon"], "Claire", "Bonsoir")
    around = q.context(db, first)
    assert around[0].id == first and len(around) == 6
    assert q.context(db, 12345) == []


def test_media_are_listed_but_their_bytes_only_come_on_request(seeded) -> None:  # type: ignore[no-untyped-def]
    db, s = seeded
    [hit] = q.item_hits(db, s.items["photo"])
    [media] = hit.message.media
    assert (hit.message.kind, media.mime) == ("media", "image/png")
    mime, data = q.media_data(db, media.id)  # type: ignore[misc]
    assert mime == "image/png" and data.startswith(b"\x89PNG") and len(data) == media.size


def test_group_needs_lists_urgent_groups_first_and_quiet_groups_too(seeded) -> None:  # type: ignore[no-untyped-def]
    db, s = seeded
    quiet = import_chat(db, [("15.11.26, 10:00", "Eva", "Alles ruhig hier.")],
                        "WhatsApp Chat mit Nachbarschaft.txt")
    needs = q.group_needs(db, today=TODAY)
    assert [g.chat for g in needs] == ["Parents Lyon", "Mütter Berlin", "माँ सहायता समूह",
                                       "Nachbarschaft"]
    assert (needs[1].urgent, needs[1].attention, needs[1].reply) == (1, 2, 1)
    assert (needs[-1].chat_id, needs[-1].total) == (quiet, 0)


def test_state_filters_and_snoozed_items(seeded) -> None:  # type: ignore[no-untyped-def]
    db, s = seeded
    inbox_store.snooze(db, s.items["olga_reply"], until="2026-11-20", moderator="Mod")
    inbox_store.move(db, s.items["anna_phone"], to_state="resolved", moderator="Mod")
    assert s.items["olga_reply"] not in q.queue(db, today=TODAY)
    assert q.queue(db, today=TODAY, state="snoozed") == [s.items["olga_reply"]]
    assert q.queue(db, today=TODAY, state="resolved") == [s.items["anna_phone"]]
    assert set(q.queue(db, today=TODAY, state="all")) == set(s.items.values())
    assert s.items["olga_reply"] in q.queue(db, today="2026-11-20")


def test_group_rule_severity_and_date_filters(seeded) -> None:  # type: ignore[no-untyped-def]
    db, s = seeded
    berlin = q.queue(db, today=TODAY, chat_ids=[s.chats["berlin"]])
    assert {q.item_rows(db, [i])[i].chat for i in berlin} == {"Mütter Berlin"}
    assert set(q.queue(db, today=TODAY, rule_id="personal_info")) == {
        s.items["anna_phone"], s.items["priya_phone"]}
    assert q.queue(db, today=TODAY, severity="urgent") == [s.items["grooming"], s.items["olga_urgent"]]
    on_13th = q.queue(db, today=TODAY, since=dt.date(2026, 11, 13), until=dt.date(2026, 11, 13))
    assert {q.item_rows(db, [i])[i].chat for i in on_13th} == {"Parents Lyon"}
    assert q.queue(db, today=TODAY, since=dt.date(2026, 11, 15)) == []


def test_chats_are_found_by_name_ignoring_case(seeded) -> None:  # type: ignore[no-untyped-def]
    db, s = seeded
    assert q.chat_ids_named(db, "parents lyon") == [s.chats["lyon"]]
    assert q.chat_ids_named(db, "Nobody") == []


def test_spans_are_clipped_merged_and_ordered() -> None:
    text = "call 0176 1234567 now"
    assert q.clean_spans(text, [(10, 17), (5, 12), (30, 40), (3, 3), (-2, 1)]) == [(0, 1), (5, 17)]
    assert q.matched_words(None, [(0, 3)]) == []


def test_rule_text_comes_from_the_pack_when_it_has_one(seeded) -> None:  # type: ignore[no-untyped-def]
    db, _ = seeded
    assert q.rule_text(db, "support", "personal_info") is None  # no pack stored: show the id
    guideline_store.save_pack(db, pack_key="support", source=(
        '[rules.personal_info]\ntitle = "Phone numbers shared in the group"\n'
        'description = "Members should not post phone numbers where everyone can see them."\n'))
    assert q.rule_text(db, "support", "personal_info") == q.RuleText(
        "Phone numbers shared in the group",
        "Members should not post phone numbers where everyone can see them.")
    guideline_store.save_pack(db, pack_key="safety", source=(
        '[[rules]]\nid = "urgent_help"\ntitle = "Someone asks for urgent help"\n'))
    assert q.rule_text(db, "safety", "urgent_help") == q.RuleText("Someone asks for urgent help", None)
    guideline_store.save_pack(db, pack_key="broken", source="[rules\n")
    assert q.rule_text(db, "broken", "x") is None
