"""Upgrading a vault to the lean message index (m007) keeps every search answer.

A vault is built at m006 with messages in it, searched, upgraded, and
searched again: the same hits for words, phrases, 1-, 2- and 3-letter
prefixes, Devanagari and Arabic, and the author filter.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from moddesk.ingest import parse_bytes
from moddesk.ingest.importer import import_export
from moddesk.storage import migrations
from moddesk.storage.connection import connect
from moddesk.storage.search import search_messages

QUERIES = [("kuchen", None), ('"bring snacks"', None), ("m*", None), ("sn*", None),
           ("kuc*", None), ("नमस्ते", None), ("مرحبا", None), ("न*", None), ("", "anna"),
           ("snacks", "Ben"), ("b*", "Cla")]
LINES = ["01/03/2024, 10:00 - Anna: Frau Müller bringt morgen Kuchen",
         "01/03/2024, 10:01 - Ben: MULLER is spelled without the dots here",
         "01/03/2024, 10:02 - Priya: नमस्ते सब लोग, कल मिलते हैं",
         "01/03/2024, 10:03 - Omar: مرحبا بالجميع",
         "02/03/2024, 10:00 - Anna: I will bring snacks on Friday",
         "02/03/2024, 10:01 - Ben: snacks? I bring nothing, sorry",
         "03/03/2024, 10:00 - Clara Weber: Can someone bring bread?"]


def _answers(db) -> list[list[tuple[int, str]]]:  # type: ignore[no-untyped-def]
    return [[(h.id, h.snippet) for h in search_messages(db, q, author=who)] for q, who in QUERIES]


def test_upgrade_to_the_lean_index_keeps_every_search_answer(tmp_path: Path,
                                                              no_stdlib_sqlite: None) -> None:
    db = connect(tmp_path / "v.db", secrets.token_bytes(32))
    migrations.MIGRATIONS.apply(db, stop_before="m007_lean_message_index")
    data = ("\n".join(LINES) + "\n").encode()
    import_export(db, parse_bytes(data, name="WhatsApp Chat with Mothers.txt"))
    before = _answers(db)
    assert all(before), "every query finds something before the upgrade"

    assert migrations.apply(db) == ["m007_lean_message_index"]

    assert _answers(db) == before
    schema = db.execute("SELECT sql FROM sqlite_schema WHERE name = 'messages_fts'").fetchone()[0]
    assert "prefix = '1'" in schema and "columnsize = 0" in schema
    db.execute("INSERT INTO messages_fts(messages_fts) VALUES ('integrity-check')")
    assert not db.conn.in_transaction, "the migration committed as a whole"
