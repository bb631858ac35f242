"""Admins read from an export's system notices, and the moderator's word over them."""

from __future__ import annotations

from datetime import datetime

import pytest

from moddesk.ingest.api import parse_bytes
from moddesk.ingest.importer import import_export
from moddesk.storage import guideline_store, inbox_queries, inbox_store
from moddesk.triage.admin_notices import admin_change
from moddesk.triage.vault_scan import scan_chat


@pytest.mark.parametrize(("text", "expected"), [
    ("Ben Okafor is now an admin", ("Ben Okafor", True)),
    ("\u200eBen Okafor is no longer an admin", ("Ben Okafor", False)),
    ("Amina made Ben Okafor an admin", ("Ben Okafor", True)),
    ("~\u202fLena ist jetzt Admin", ("Lena", True)),
    ("Lena ist kein Admin mehr.", ("Lena", False)),
    ("Chloé est maintenant admin", ("Chloé", True)),
    ("Chloé n’est plus admin", ("Chloé", False)),
    ("Lucía ahora es admin", ("Lucía", True)),
    ("Lucía ya no es admin", ("Lucía", False)),
    ("João agora é admin", ("João", True)),
    ("João não é mais admin", ("João", False)),
    ("+49 151 00000017 is now an admin", ("+49 151 00000017", True)),
    ("प्रिया अब एडमिन है", ("प्रिया", True)),
    ("You're now an admin", None),
    ("Du bist jetzt Admin", None),
    ("Ana changed this group's settings to allow only admins to send messages", None),
    ("Ana turned on admin approval to join this group", None),
])
def test_admin_notices_name_the_member(text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert admin_change(text) == expected


CHAT = """\
14/03/2024, 08:00 - Amina created group "Mamas"
14/03/2024, 08:01 - Amina added Joy
14/03/2024, 08:02 - Joy is now an admin
14/03/2024, 09:00 - Grace: Does anyone know when the Kita registration closes?
14/03/2024, 09:30 - Joy: Grace, it closes on Friday, I will send you the form
14/03/2024, 10:00 - Joy is no longer an admin
14/03/2024, 10:05 - Grace: Can someone tell me which form the Jugendamt needs?
14/03/2024, 10:30 - Joy: The blue one, I think
"""
NOW = datetime(2024, 3, 15, 12, 0)


def _import(vault, text: str) -> int:  # type: ignore[no-untyped-def]
    result = import_export(vault.db, parse_bytes(text.encode(), name="WhatsApp Chat with Mamas.txt"))
    return result.chat_id


def _unanswered(db) -> list[str]:  # type: ignore[no-untyped-def]
    """The texts of the questions filed as waiting for an admin reply."""
    ids = inbox_store.queue_ids(db, today="2024-03-15")
    items = [i for i in ids if inbox_store.item(db, i)["rule_id"] == "needs-reply"]
    return sorted(str(h.message.text)[:11] for i in items for h in inbox_queries.item_hits(db, i))


def test_notices_make_admins_and_needs_reply_uses_them(vault) -> None:  # type: ignore[no-untyped-def]
    chat = _import(vault, CHAT)
    scan_chat(vault.db, chat, now=NOW)
    # Joy answered the first question as an admin; after losing the role her
    # answer to the second one no longer counts.
    assert _unanswered(vault.db) == ["Can someone"]
    assert guideline_store.admin_roles(vault.db, chat) == {"Joy": (False, "system")}


def test_the_moderators_setting_wins_over_notices(vault) -> None:  # type: ignore[no-untyped-def]
    chat = _import(vault, CHAT)
    guideline_store.set_admin(vault.db, chat, "Joy", is_admin=True)
    scan_chat(vault.db, chat, now=NOW, full=True)
    assert guideline_store.admin_roles(vault.db, chat) == {"Joy": (True, "moderator")}
    assert _unanswered(vault.db) == []  # Joy stayed an admin: both were answered


def test_a_promotion_in_a_later_export_counts_for_the_next_scan(vault) -> None:  # type: ignore[no-untyped-def]
    chat = _import(vault, CHAT.split("14/03/2024, 10:00")[0].replace(
        "14/03/2024, 08:02 - Joy is now an admin\n", ""))
    scan_chat(vault.db, chat, now=NOW)
    assert guideline_store.admins(vault.db, chat) == set()
    _import(vault, CHAT.split("14/03/2024, 10:00")[0] + "14/03/2024, 10:01 - Ben is now an admin\n")
    scan_chat(vault.db, chat, now=NOW)
    assert "Ben" in guideline_store.admins(vault.db, chat)
