"""Packs run over a real vault: imported messages land in the inbox once, with their reasons."""

from __future__ import annotations

from datetime import datetime

from moddesk.ingest.api import parse_bytes
from moddesk.ingest.importer import import_export
from moddesk.storage import guideline_store, inbox_store
from moddesk.triage.vault_scan import scan_chat

CHAT = """\
14/03/2024, 09:00 - Amina: Guten Morgen zusammen!
14/03/2024, 09:05 - Joy: Meine Nummer ist +49 151 00000017, ruft mich an
14/03/2024, 09:07 - Grace: Hilfe, mein Mann schlägt mich und ich habe Angst
14/03/2024, 09:10 - Amina: Grace, ich schreibe dir sofort privat.
"""
NOW = datetime(2024, 3, 14, 12, 0)


def _import(vault, text: str = CHAT) -> int:  # type: ignore[no-untyped-def]
    result = import_export(vault.db, parse_bytes(text.encode(), name="WhatsApp Chat with Mamas.txt"))
    return result.chat_id


def _items(db) -> dict[str, dict[str, object]]:  # type: ignore[no-untyped-def]
    ids = inbox_store.queue_ids(db, today="2024-03-14")
    return {str(inbox_store.item(db, i)["rule_id"]): inbox_store.item(db, i) for i in ids}


def test_import_then_scan_files_each_concern_once_with_its_author(vault) -> None:  # type: ignore[no-untyped-def]
    chat = _import(vault)
    first = scan_chat(vault.db, chat, now=NOW)
    items = _items(vault.db)
    assert items["urgent-help"]["author"] == "Grace"
    assert items["urgent-help"]["bucket"] == "urgent"
    assert items["personal-info"]["author"] == "Joy"
    again = scan_chat(vault.db, chat, now=NOW)
    assert first.items_created >= 2 and again.items_created == 0
    assert _items(vault.db).keys() == items.keys()


def test_a_rule_change_rescans_the_whole_history(vault) -> None:  # type: ignore[no-untyped-def]
    chat = _import(vault)
    scan_chat(vault.db, chat, now=NOW)
    # The moderator keeps only one pack for this chat: a new pack set is a rule change.
    guideline_store.set_chat_packs(vault.db, chat, ["support-community"])
    result = scan_chat(vault.db, chat, now=NOW)
    assert result.messages == 4


def test_an_admin_sharing_a_number_is_not_personal_information(vault) -> None:  # type: ignore[no-untyped-def]
    chat = _import(vault, CHAT.replace("Joy: Meine", "Amina: Die Beratungsstelle, meine"))
    guideline_store.set_admin(vault.db, chat, "Amina", is_admin=True)
    scan_chat(vault.db, chat, now=NOW)
    assert "personal-info" not in _items(vault.db)
