"""Guideline packs are versioned in the vault; chats choose packs; the moderator names admins."""

from __future__ import annotations

from moddesk.storage import guideline_store as gs
from moddesk.storage.message_store import ensure_chat

PACK_V1 = 'id = "support"\nname = "Support community"\n'
PACK_V2 = PACK_V1 + 'description = "Kind and safe"\n'


def test_every_edit_is_a_new_version_and_old_ones_stay(vault) -> None:  # type: ignore[no-untyped-def]
    db = vault.db
    assert gs.save_pack(db, pack_key="support", source=PACK_V1, moderator="Nia") == 1
    assert gs.save_pack(db, pack_key="support", source=PACK_V1, moderator="Nia") == 1
    assert gs.save_pack(db, pack_key="support", source=PACK_V2, moderator="Ama") == 2
    assert gs.latest_packs(db) == {"support": (2, PACK_V2)}
    assert gs.pack_source(db, "support", version=1) == (1, PACK_V1)
    assert [v["created_by"] for v in gs.pack_versions(db, "support")] == ["Nia", "Ama"]


def test_chats_choose_their_packs(vault) -> None:  # type: ignore[no-untyped-def]
    db = vault.db
    chat = ensure_chat(db, family="whatsapp", name="Kita Eltern")
    gs.set_chat_packs(db, chat, ["support", "child_protection", "support"])
    assert gs.chat_packs(db, chat) == ["child_protection", "support"]
    gs.set_chat_packs(db, chat, ["child_protection"])
    assert gs.chat_packs(db, chat) == ["child_protection"]


def test_the_moderators_word_on_admins_beats_system_messages(vault) -> None:  # type: ignore[no-untyped-def]
    db = vault.db
    chat = ensure_chat(db, family="whatsapp", name="Kita Eltern")
    gs.set_admin(db, chat, "Ama", is_admin=True, source="system")
    gs.set_admin(db, chat, "Joy", is_admin=True, source="system")
    gs.set_admin(db, chat, "Joy", is_admin=False)
    gs.set_admin(db, chat, "Joy", is_admin=True, source="system")
    assert gs.admins(db, chat) == {"Ama"}
