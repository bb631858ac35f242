"""A vault's shipped packs follow new releases, but never over a moderator's edit."""

from __future__ import annotations

from pathlib import Path

from moddesk.storage import guideline_store, inbox_queries
from moddesk.storage.settings import get_setting, set_setting
from moddesk.triage import builtin_pack
from moddesk.triage.shipped_packs import DIGESTS_SETTING, digest
from moddesk.triage.vault_scan import ensure_builtin_packs

# support_community.toml exactly as an earlier release shipped it (English only).
EARLIER = (Path(__file__).parent / "data" / "support_community_earlier.toml").read_text(
    encoding="utf-8")
KEY = "support-community"


def shipped() -> str:
    return builtin_pack(KEY).text or ""


def history(db) -> list[object]:  # type: ignore[no-untyped-def]
    return [v["created_by"] for v in guideline_store.pack_versions(db, KEY)]


def test_a_new_vault_stores_the_shipped_text_once_and_remembers_it(vault) -> None:  # type: ignore[no-untyped-def]
    ensure_builtin_packs(vault.db)
    ensure_builtin_packs(vault.db)
    assert guideline_store.pack_source(vault.db, KEY) == (1, shipped())
    assert history(vault.db) == [None]  # shown as "ModDesk (shipped)"
    assert digest(shipped()) in get_setting(vault.db, DIGESTS_SETTING)[KEY]


def test_an_unedited_pack_of_an_earlier_release_gets_the_new_text(vault) -> None:  # type: ignore[no-untyped-def]
    guideline_store.save_pack(vault.db, pack_key=KEY, source=EARLIER, moderator=None)
    assert inbox_queries.rule_text(vault.db, KEY, "personal-info", language="de").title \
        == "No personal information in the group"
    ensure_builtin_packs(vault.db)
    assert guideline_store.pack_source(vault.db, KEY) == (2, shipped())
    assert guideline_store.pack_source(vault.db, KEY, 1) == (1, EARLIER)  # history stays whole
    assert history(vault.db) == [None, None]
    assert inbox_queries.rule_text(vault.db, KEY, "personal-info", language="de").title \
        == "Keine persönlichen Daten in der Gruppe"


def test_a_text_this_vault_got_from_modDesk_is_recognised_by_its_remembered_digest(vault) -> None:  # type: ignore[no-untyped-def]
    older = shipped().replace('version = "1.0"', 'version = "0.9"', 1)
    set_setting(vault.db, DIGESTS_SETTING, {KEY: [digest(older)]})
    guideline_store.save_pack(vault.db, pack_key=KEY, source=older, moderator=None)
    ensure_builtin_packs(vault.db)
    assert guideline_store.pack_source(vault.db, KEY) == (2, shipped())
    assert set(get_setting(vault.db, DIGESTS_SETTING)[KEY]) == {digest(older), digest(shipped())}


def test_a_pack_a_moderator_edited_is_never_replaced(vault) -> None:  # type: ignore[no-untyped-def]
    guideline_store.save_pack(vault.db, pack_key=KEY, source=EARLIER, moderator=None)
    edited = EARLIER.replace('"idiot",', '"idiot", "flohmarkt",', 1)
    guideline_store.save_pack(vault.db, pack_key=KEY, source=edited, moderator="Nadia")
    ensure_builtin_packs(vault.db)
    assert guideline_store.pack_source(vault.db, KEY) == (2, edited)
    assert history(vault.db) == [None, "Nadia"]


def test_an_edit_saved_without_a_moderator_name_is_not_replaced_either(vault) -> None:  # type: ignore[no-untyped-def]
    edited = EARLIER.replace('"idiot",', '"idiot", "flohmarkt",', 1)
    guideline_store.save_pack(vault.db, pack_key=KEY, source=EARLIER, moderator=None)
    guideline_store.save_pack(vault.db, pack_key=KEY, source=edited, moderator=None)
    ensure_builtin_packs(vault.db)
    assert guideline_store.pack_source(vault.db, KEY) == (2, edited)


def test_an_old_version_a_moderator_restored_by_name_stays(vault) -> None:  # type: ignore[no-untyped-def]
    guideline_store.save_pack(vault.db, pack_key=KEY, source=EARLIER, moderator=None)
    guideline_store.save_pack(vault.db, pack_key=KEY, source=EARLIER + "\n", moderator="Nadia")
    guideline_store.save_pack(vault.db, pack_key=KEY, source=EARLIER, moderator="Nadia")
    ensure_builtin_packs(vault.db)
    assert guideline_store.pack_source(vault.db, KEY) == (3, EARLIER)
