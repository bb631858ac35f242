"""The guideline packs chosen at first run check every chat that has none of its own."""

from __future__ import annotations

from moddesk.storage import set_setting
from moddesk.storage.guideline_store import latest_packs, set_chat_packs
from moddesk.storage.message_store import ensure_chat
from moddesk.triage.vault_scan import (
    DEFAULT_PACKS_SETTING,
    ensure_builtin_packs,
    pack_texts_for_chat,
)


def test_chat_packs_then_first_run_defaults_then_every_pack(vault) -> None:  # type: ignore[no-untyped-def]
    db = vault.db
    ensure_builtin_packs(db)
    stored = latest_packs(db)
    text = {key: source for key, (_version, source) in stored.items()}
    plain = ensure_chat(db, family="whatsapp", name="Parents")
    chosen = ensure_chat(db, family="whatsapp", name="Helpers")
    set_chat_packs(db, chosen, ["support-community"])

    assert pack_texts_for_chat(db, plain) == tuple(text[k] for k in sorted(text))
    set_setting(db, DEFAULT_PACKS_SETTING, ["child-protection"])
    assert pack_texts_for_chat(db, plain) == (text["child-protection"],)
    assert pack_texts_for_chat(db, chosen) == (text["support-community"],)
    # A default naming a pack the vault no longer has falls back to every pack.
    set_setting(db, DEFAULT_PACKS_SETTING, ["gone"])
    assert pack_texts_for_chat(db, plain) == tuple(text[k] for k in sorted(text))
