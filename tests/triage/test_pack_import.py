"""Packs saved, restored, imported and rescanned on a real vault; errors point at their line."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

import pytest

from moddesk.ingest.api import parse_bytes
from moddesk.ingest.importer import import_export
from moddesk.storage import guideline_store, inbox_store
from moddesk.triage import PackError, builtin_pack
from moddesk.triage import chat_guidelines as cg
from moddesk.triage import pack_import as pi
from moddesk.triage.vault_scan import ensure_builtin_packs

NOW = datetime(2024, 3, 14, 12, 0)
CHAT = ("14/03/2024, 09:00 - Amina: Guten Morgen\n"
        "14/03/2024, 09:05 - Joy: Wer kommt zum Flohmarkt? Es gibt Kuchen\n"
        "14/03/2024, 09:06 - Amina: Ich komme!\n")
MARKER = 'id = "respectful-conduct"'


def _chat(vault, name: str = "Nachbarn", text: str = CHAT) -> int:  # type: ignore[no-untyped-def]
    return import_export(vault.db, parse_bytes(text.encode(), name=f"WhatsApp Chat with {name}.txt")).chat_id


def with_word(text: str, word: str) -> str:
    """The support pack with `word` added to its respectful-conduct terms."""
    head, tail = text.split(MARKER, 1)
    return head + MARKER + tail.replace("en = [", f'en = ["{word}", ', 1)


def _rules(db) -> list[tuple[str | None, str]]:  # type: ignore[no-untyped-def]
    ids = inbox_store.queue_ids(db, today="2024-03-14")
    return sorted((inbox_store.item(db, i)["author"], str(inbox_store.item(db, i)["rule_id"]))
                  for i in ids)


def support_text() -> str:
    text = builtin_pack("support-community").text
    assert text is not None
    return text


# -- error lines --------------------------------------------------------------------------------


def test_a_toml_syntax_error_points_at_its_line() -> None:
    text = support_text().replace('severity = "normal"', 'severity = "normal', 1)
    with pytest.raises(PackError) as caught:
        pi.check_text(text, source="support")
    line = pi.error_line(text, caught.value)
    assert line is not None and 'severity = "normal' in text.splitlines()[line - 1]


def test_a_bad_value_points_at_its_rules_field() -> None:
    text = support_text()
    head, tail = text.split('id = "urgent-help"', 1)
    text = head + 'id = "urgent-help"' + tail.replace('severity = "urgent"', 'severity = "very"', 1)
    with pytest.raises(PackError) as caught:
        pi.check_text(text, source="support")
    assert caught.value.rule == "urgent-help" and caught.value.field == "severity"
    line = pi.error_line(text, caught.value)
    assert line is not None and text.splitlines()[line - 1] == 'severity = "very"'
    assert text.splitlines().index('severity = "very"') + 1 == line


def test_a_bad_detector_option_points_into_that_detector() -> None:
    text = support_text().replace("count = 8", 'count = "eight"', 1)
    assert text != support_text()
    with pytest.raises(PackError) as caught:
        pi.check_text(text, source="support")
    line = pi.error_line(text, caught.value)
    assert line is not None and 'count = "eight"' in text.splitlines()[line - 1]


def test_changing_the_id_in_the_editor_is_refused() -> None:
    text = support_text().replace('id = "support-community"', 'id = "my-pack"', 1)
    with pytest.raises(PackError, match="must stay \"support-community\""):
        pi.check_text(text, source="support", key="support-community")
    assert pi.check_text(text, source="x").id == "my-pack"


# -- versions and rescans -------------------------------------------------------------------------


def test_an_edit_is_a_new_version_and_its_rescan_raises_the_new_word(vault) -> None:  # type: ignore[no-untyped-def]
    ensure_builtin_packs(vault.db)
    chat = _chat(vault)
    pi.rescan(vault.db, [chat], now=NOW)
    assert ("Joy", "respectful-conduct") not in _rules(vault.db)
    saved = pi.save_text(vault.db, with_word(support_text(), "flohmarkt"), moderator="Nadia",
                         key="support-community")
    assert (saved.version, saved.previous, saved.changed) == (2, 1, True)
    assert chat in pi.chats_using(vault.db, "support-community")
    found = pi.rescan(vault.db, pi.chats_using(vault.db, "support-community"), now=NOW)
    assert found == pi.Rescan(chats=1, done=1, items_created=1, cancelled=False)
    assert ("Joy", "respectful-conduct") in _rules(vault.db)
    [info] = [i for i in pi.overview(vault.db) if i.key == "support-community"]
    assert (info.version, info.changed_by, info.chats, info.name) == (2, "Nadia", 1, "Support community")


def test_saving_the_same_text_adds_no_version(vault) -> None:  # type: ignore[no-untyped-def]
    ensure_builtin_packs(vault.db)
    saved = pi.save_text(vault.db, support_text(), moderator=None)
    assert not saved.changed and saved.version == 1


def test_restore_stores_the_old_text_as_the_newest_version(vault) -> None:  # type: ignore[no-untyped-def]
    ensure_builtin_packs(vault.db)
    pi.save_text(vault.db, with_word(support_text(), "flohmarkt"), moderator="Nadia")
    saved = pi.restore(vault.db, "support-community", 1, moderator="Sam")
    assert saved.version == 3
    assert pi.export_text(vault.db, "support-community") == (3, support_text())
    assert [v["created_by"] for v in guideline_store.pack_versions(vault.db, "support-community")] \
        == [None, "Nadia", "Sam"]
    with pytest.raises(KeyError):
        pi.restore(vault.db, "support-community", 9, moderator="Sam")


def test_import_and_export_round_trip_through_a_file(vault, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ensure_builtin_packs(vault.db)
    out = tmp_path / "support.toml"
    out.write_text(pi.export_text(vault.db, "support-community")[1], encoding="utf-8")
    assert out.read_text(encoding="utf-8") == support_text()
    out.write_text(with_word(support_text(), "flohmarkt"), encoding="utf-8")
    assert pi.import_file(vault.db, out, moderator="Nadia").version == 2
    fresh = tmp_path / "fresh.toml"
    fresh.write_text(support_text().replace('id = "support-community"', 'id = "our-rules"', 1),
                     encoding="utf-8")
    saved = pi.import_file(vault.db, fresh, moderator="Nadia")
    assert (saved.key, saved.version, saved.previous) == ("our-rules", 1, None)


def test_a_cancelled_rescan_keeps_the_chats_checked_before_it(vault) -> None:  # type: ignore[no-untyped-def]
    ensure_builtin_packs(vault.db)
    first, second = _chat(vault, "Eins"), _chat(vault, "Zwei", CHAT.replace("Joy", "Ben"))
    pi.save_text(vault.db, with_word(support_text(), "flohmarkt"), moderator=None)
    cancel = threading.Event()
    found = pi.rescan(vault.db, [first, second], now=NOW,
                      progress=lambda done, total: cancel.set(), cancel=cancel)
    assert found == pi.Rescan(chats=2, done=1, items_created=1, cancelled=True)
    assert ("Joy", "respectful-conduct") in _rules(vault.db)
    assert ("Ben", "respectful-conduct") not in _rules(vault.db)


# -- one chat's settings ------------------------------------------------------------------------


def test_chat_packs_and_admins_persist_and_the_moderator_wins(vault) -> None:  # type: ignore[no-untyped-def]
    ensure_builtin_packs(vault.db)
    chat = _chat(vault)
    guideline_store.set_admin(vault.db, chat, "Amina", is_admin=True, source="system")
    setup = cg.chat_guidelines(vault.db, chat)
    assert [(m.author, m.messages, m.is_admin, m.source) for m in setup.members] == [
        ("Amina", 2, True, "system"), ("Joy", 1, False, None)]
    assert setup.packs == ()
    assert cg.save_chat_guidelines(vault.db, chat, packs=["child-protection"], admins={"Joy", "Amina"})
    assert not cg.save_chat_guidelines(vault.db, chat, packs=["child-protection"],
                                       admins={"Joy", "Amina"})
    guideline_store.set_admin(vault.db, chat, "Joy", is_admin=False, source="system")
    setup = cg.chat_guidelines(vault.db, chat)
    assert setup.packs == ("child-protection",)
    assert {m.author: (m.is_admin, m.source) for m in setup.members} == {
        "Amina": (True, "system"), "Joy": (True, "moderator")}
    assert pi.chats_using(vault.db, "support-community") == []
    assert pi.chats_using(vault.db, "child-protection") == [chat]
