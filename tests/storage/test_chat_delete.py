"""Deleting a chat removes all of it, in one go, and nothing of any other chat."""

from __future__ import annotations

import pytest

from moddesk.storage import search, watch_store
from moddesk.storage.changes import Changes
from moddesk.storage.chat_delete import delete_chat
from moddesk.storage.chat_queries import chat_summaries, merge_chats
from tests.helpers.inbox_data import seed

CHAT_TABLES = ("messages", "exports", "inbox_items", "chat_packs", "chat_admins",
               "triage_progress")


def _count(db, sql: str, params: list[object]) -> int:  # type: ignore[no-untyped-def]
    return int(db.execute(sql, params).fetchone()[0])


def test_everything_of_the_chat_goes_and_the_others_stay(vault) -> None:  # type: ignore[no-untyped-def]
    db = vault.db
    seeded = seed(db)
    berlin, hindi = seeded.chats["berlin"], seeded.chats["hindi"]
    export = int(db.execute("SELECT id FROM exports WHERE chat_id = ?", [berlin]).fetchone()[0])
    watch_store.store_original(db, export, "WhatsApp Chat mit Mütter Berlin.zip", b"zip bytes")
    others = {t: _count(db, f"SELECT count(*) FROM {t} WHERE chat_id != ?", [berlin])
              for t in CHAT_TABLES}
    assert search.search_messages(db, "geschlagen")

    assert delete_chat(db, berlin) == Changes(chats=True, messages=True, inbox=True,
                                              incidents=True)

    for table in CHAT_TABLES:
        assert _count(db, f"SELECT count(*) FROM {table} WHERE chat_id = ?", [berlin]) == 0
        assert _count(db, f"SELECT count(*) FROM {table} WHERE chat_id != ?", [berlin]) == \
            others[table]
    assert search.search_messages(db, "geschlagen") == []
    assert search.search_messages(db, "पासपोर्ट")  # the Hindi chat is still searchable
    assert _count(db, "SELECT count(*) FROM media", []) == 0  # the photo was Berlin's only
    assert _count(db, "SELECT count(*) FROM originals", []) == 0
    assert _count(db, "SELECT count(*) FROM triage_log WHERE item_id NOT IN "
                      "(SELECT id FROM inbox_items)", []) == 0
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    db.execute("INSERT INTO messages_fts(messages_fts) VALUES ('integrity-check')")  # raises if not
    assert {c.id for c in chat_summaries(db)} == {hindi, seeded.chats["lyon"]}


def test_chats_merged_into_a_deleted_chat_come_back_on_their_own(vault) -> None:  # type: ignore[no-untyped-def]
    db = vault.db
    seeded = seed(db)
    merge_chats(db, source=seeded.chats["hindi"], target=seeded.chats["lyon"])
    delete_chat(db, seeded.chats["lyon"])
    listed = {c.id: c.messages for c in chat_summaries(db)}
    assert listed == {seeded.chats["berlin"]: 13, seeded.chats["hindi"]: 8}


def test_an_unknown_chat_is_a_key_error(vault) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(KeyError):
        delete_chat(vault.db, 404)
