"""Bulk filing (and the new-chat filer) file exactly the rows `record_hits` files, hit by hit."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from moddesk.ingest.importer import import_bytes
from moddesk.storage import create_vault, inbox_store, passphrase_bytes
from moddesk.triage.inbox_filing import NewChatFiler, file_hits, spans_json
from moddesk.triage.vault_scan import ChatScan, _records, ensure_builtin_packs, plan_scan

HERE = Path(__file__).parent
T0 = datetime(2024, 3, 1, 8, 0)
NOW = datetime(2024, 3, 20, 12, 0)


def _chat() -> bytes:
    texts = [json.loads(line)["text"].replace("\n", " ")
             for line in (HERE / "eval_set.jsonl").read_text("utf-8").splitlines() if line.strip()]
    authors = ("Grace", "Joy", "Ben", "Lena")
    return "".join(f"{T0 + timedelta(minutes=n // 3):%d/%m/%Y, %H:%M} - {authors[n % 4]}: {t}\n"
                   for n, t in enumerate(texts)).encode("utf-8")


def _rows(db) -> tuple[list[tuple], list[tuple]]:  # type: ignore[no-untyped-def]
    return (db.execute("SELECT id, chat_id, pack_key, rule_id, severity, bucket, group_key, author, "
                       "first_message_id, last_message_id, hits, state FROM inbox_items "
                       "ORDER BY id").fetchall(),
            db.execute("SELECT * FROM inbox_hits ORDER BY 1, 2, 3").fetchall())


@pytest.fixture
def filed(tmp_path: Path, fast_params, no_stdlib_sqlite):  # type: ignore[no-untyped-def]
    """The same chat's hits filed in pieces (overlapping, repeated) into three vaults, three ways."""
    out = []
    for name, file in (("one_by_one", inbox_store.record_hits), ("bulk", file_hits),
                       ("new_chat", NewChatFiler().file)):
        vault = create_vault(tmp_path / name, passphrase_bytes("filing filing"), params=fast_params)
        (result,) = import_bytes(vault.db, _chat(), name="WhatsApp Chat with Filing.txt")
        ensure_builtin_packs(vault.db)
        plan, _version = plan_scan(vault.db, result.chat_id)
        scan = ChatScan(plan, NOW)
        scan.feed(_records(vault.db, result.chat_id, 0, None))
        hits = scan.outcome().hits
        third = len(hits) // 3
        created = []
        for piece in (hits[:third], hits[third - 20:2 * third], hits, hits[2 * third:] * 2):
            with vault.db.atomic():
                created.append(file(vault.db, piece))
        out.append((created, _rows(vault.db), len(hits)))
        vault.close()
    return out


def test_bulk_filing_matches_filing_hit_by_hit(filed) -> None:  # type: ignore[no-untyped-def]
    (created_one, rows_one, count), (created_bulk, rows_bulk, _count), _new = filed
    assert count > 100 and rows_one[0]  # the chat raises many hits on many items
    assert created_bulk == created_one
    assert rows_bulk == rows_one


def test_new_chat_filer_matches_filing_hit_by_hit(filed) -> None:  # type: ignore[no-untyped-def]
    (created_one, rows_one, _count), _bulk, (created_new, rows_new, _c) = filed
    assert created_new == created_one
    assert rows_new == rows_one


@pytest.mark.parametrize("spans", [[], [(3, 14)], [(0, 5), (17, 140)], ((2, 9),)])
def test_spans_are_stored_as_json_writes_them(spans) -> None:  # type: ignore[no-untyped-def]
    assert spans_json(spans) == json.dumps([list(s) for s in spans])
    assert json.loads(spans_json(spans)) == [list(s) for s in spans]
