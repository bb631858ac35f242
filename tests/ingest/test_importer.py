"""Importing exports into a real vault: dedupe, overlap, removals, search, media, streaming."""

from __future__ import annotations

import io
import json
import threading
import zipfile
from pathlib import Path

import pytest
import sqlcipher3

from moddesk.ingest import NotAChatExport, UnsafeArchive, importer, parse_bytes
from moddesk.ingest.importer import ImportCancelled, changes_for, import_bytes, import_export
from moddesk.storage import Changes
from moddesk.storage.message_store import SEQ_BITS
from tests.helpers.vault_files import files_containing, make_markers

NAME = "WhatsApp Chat with Parents Group.txt"


def _export(lines: list[str], name: str = NAME):  # type: ignore[no-untyped-def]
    return parse_bytes(("\n".join(lines) + "\n").encode("utf-8"), name=name)


def _texts(db) -> list[tuple[str, str | None, int | None]]:  # type: ignore[no-untyped-def]
    return [(r[0], r[1], r[2]) for r in db.execute(
        "SELECT author, text, removed_in_export FROM messages ORDER BY id")]


EARLY = [
    "13/01/2024, 10:00 - Asha: hello everyone",
    "13/01/2024, 10:01 - Ben: ok",
    "13/01/2024, 10:01 - Ben: ok",
    "13/01/2024, 10:02 - Asha: meeting moved to Friday",
    "13/01/2024, 10:03 - Ben: thanks",
]
LATER = [
    "13/01/2024, 10:00 - Asha: hello everyone",
    "13/01/2024, 10:01 - Ben: ok",
    "13/01/2024, 10:01 - Ben: ok",
    "13/01/2024, 10:03 - Ben: thanks",
    "13/01/2024, 10:05 - Cleo: I can bring snacks",
]


def test_reimporting_the_same_file_adds_nothing(vault) -> None:
    first = import_export(vault.db, _export(EARLY))
    again = import_export(vault.db, _export(EARLY))
    assert (first.messages_new, again.already_imported, again.messages_new) == (5, True, 0)
    assert vault.db.execute("SELECT count(*) FROM messages").fetchone()[0] == 5
    assert vault.db.execute("SELECT count(*) FROM exports").fetchone()[0] == 1


def test_overlap_adds_only_new_and_keeps_true_repeats(vault) -> None:
    import_export(vault.db, _export(EARLY))
    result = import_export(vault.db, _export(LATER))
    assert (result.messages_new, result.messages_removed) == (1, 1)
    assert [t[:2] for t in _texts(vault.db)] == [
        ("Asha", "hello everyone"), ("Ben", "ok"), ("Ben", "ok"),
        ("Asha", "meeting moved to Friday"), ("Ben", "thanks"), ("Cleo", "I can bring snacks")]


def test_message_missing_from_a_later_export_is_kept_and_marked(vault) -> None:
    import_export(vault.db, _export(EARLY))
    later = import_export(vault.db, _export(LATER))
    removed = [t for t in _texts(vault.db) if t[2] is not None]
    assert removed == [("Asha", "meeting moved to Friday", later.export_id)]


def test_ids_follow_time_even_when_older_messages_arrive_later(vault) -> None:
    import_export(vault.db, _export(LATER))
    import_export(vault.db, _export(["12/01/2024, 09:00 - Dana: the day before"],
                                    name="WhatsApp Chat with Parents Group (1).txt"))
    import_export(vault.db, _export(["12/01/2024, 09:00 - Dana: the day before"]))
    ts = [r[0] for r in vault.db.execute("SELECT ts FROM messages ORDER BY id")]
    assert ts == sorted(ts) and ts[0] == "2024-01-12T09:00:00"


def test_every_message_keeps_its_provenance(vault) -> None:
    export = _export(EARLY)
    result = import_export(vault.db, export)
    rows = vault.db.execute(
        "SELECT e.sha256, e.source_name, m.line FROM messages m JOIN exports e "
        "ON e.id = m.export_id ORDER BY m.id").fetchall()
    assert {r[0] for r in rows} == {export.sha256}
    assert {r[1] for r in rows} == {NAME}
    assert [r[2] for r in rows] == [1, 2, 3, 4, 5]
    assert result.export_id == 1


def test_full_text_search_keeps_devanagari_words_whole_and_folds_case(vault) -> None:
    import_export(vault.db, _export([
        "13/01/2024, 10:00 - Priya: नमस्ते सबको",
        "13/01/2024, 10:01 - Lena: Schöne Grüße aus Köln",
    ]))

    def match(q: str) -> list[str]:
        return [r[0] for r in vault.db.execute(
            "SELECT m.author FROM messages_fts f JOIN messages m ON m.id = f.rowid "
            "WHERE messages_fts MATCH ? ORDER BY f.rowid DESC", [q])]

    assert match("नमस्ते") == ["Priya"]
    assert match("नम*") == ["Priya"]
    assert match("GRÜßE") == ["Lena"]   # case folded
    assert match("gruße") == ["Lena"]   # diacritics folded
    assert match("koln") == ["Lena"]
    assert match("नमस") == []           # a word is whole, not split at the virama


def test_imported_text_is_not_on_disk_in_plaintext(vault, vault_dir: Path) -> None:
    markers = make_markers()
    lines = [f"13/01/2024, 10:0{i} - Asha: {m}" for i, m in enumerate(markers)]
    import_export(vault.db, _export(lines))
    assert files_containing(vault_dir, markers) == []
    vault.close()
    assert files_containing(vault_dir, markers) == []


def test_zip_media_are_stored_encrypted_and_linked(vault, vault_dir: Path) -> None:
    photo = b"\xff\xd8\xff\xe0" + make_markers(1)[0].encode() + bytes(2000)
    chat = "[13.01.24, 10:00:00] Asha: \u200e<attached: 00000001-PHOTO-2024-01-13.jpg>\n"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("_chat.txt", chat)
        zf.writestr("00000001-PHOTO-2024-01-13.jpg", photo)
    export = parse_bytes(buf.getvalue(), name="WhatsApp Chat - Parents Group.zip")
    result = import_export(vault.db, export)
    assert result.media_stored == 1
    row = vault.db.execute("SELECT md.data, md.size FROM message_media mm "
                           "JOIN media md ON md.id = mm.media_id").fetchone()
    assert row[0] == photo and row[1] == len(photo)
    assert files_containing(vault_dir, [photo[4:40].decode()]) == []


# -- import_bytes: the streaming entry point ------------------------------------------


def _data(lines: list[str]) -> bytes:
    return ("\n".join(lines) + "\n").encode("utf-8")


def _count(db, table: str) -> int:  # type: ignore[no-untyped-def]
    return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_import_bytes_reports_what_a_summary_shows(vault) -> None:
    [result] = import_bytes(vault.db, _data(EARLY), name=NAME)
    assert (result.chat_name, result.source_name, result.messages_total, result.messages_new) == (
        "Parents Group", NAME, 5, 5)
    assert (result.already_imported, result.date_order, result.date_order_certain) == (
        False, "dmy", True)
    assert (result.failed_lines, result.failed_line_numbers, result.warnings) == (0, (), ())
    assert changes_for([result]) == Changes(chats=True, messages=True)


def test_reimporting_the_same_bytes_returns_the_stored_export_at_once(vault) -> None:
    [first] = import_bytes(vault.db, _data(EARLY), name=NAME)
    [again] = import_bytes(vault.db, _data(EARLY), name="renamed copy.txt")
    assert (again.already_imported, again.export_id, again.messages_new) == (True, first.export_id, 0)
    assert (again.chat_name, again.source_name, again.messages_total) == ("Parents Group", NAME, 5)
    assert _count(vault.db, "messages") == 5 and _count(vault.db, "exports") == 1
    assert not changes_for([again])


def test_batches_keep_dedupe_repeats_and_removals(vault, monkeypatch: pytest.MonkeyPatch) -> None:
    # Two rows per batch: the repeated "ok" and the overlap cross batch boundaries.
    monkeypatch.setattr(importer, "BATCH", 2)
    import_bytes(vault.db, _data(EARLY), name=NAME)
    [later] = import_bytes(vault.db, _data(LATER + ["13/01/2024, 10:06 - Cleo: see you"]), name=NAME)
    assert (later.messages_new, later.messages_removed) == (2, 1)
    assert [t[:2] for t in _texts(vault.db)] == [
        ("Asha", "hello everyone"), ("Ben", "ok"), ("Ben", "ok"),
        ("Asha", "meeting moved to Friday"), ("Ben", "thanks"), ("Cleo", "I can bring snacks"),
        ("Cleo", "see you")]
    assert [t[2] for t in _texts(vault.db)].count(later.export_id) == 1


def test_times_going_back_in_a_file_keep_true_repeats(vault, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importer, "BATCH", 1)
    lines = ["13/01/2024, 10:01 - Ben: ok", "13/01/2024, 09:00 - Asha: earlier",
             "13/01/2024, 10:01 - Ben: ok"]
    import_bytes(vault.db, _data(lines), name=NAME)
    [again] = import_bytes(vault.db, _data([*lines, "13/01/2024, 11:00 - Asha: later"]), name=NAME)
    assert again.messages_new == 1
    assert [t[:2] for t in _texts(vault.db)] == [
        ("Asha", "earlier"), ("Ben", "ok"), ("Ben", "ok"), ("Asha", "later")]


def test_import_inside_a_callers_transaction_lands_with_it(vault) -> None:
    with vault.db.atomic():
        import_bytes(vault.db, _data(EARLY), name=NAME)
    assert _count(vault.db, "messages") == 5
    with pytest.raises(RuntimeError), vault.db.atomic():
        import_bytes(vault.db, _data(LATER), name=NAME)
        raise RuntimeError("the caller changed its mind")
    assert _count(vault.db, "messages") == 5 and _count(vault.db, "exports") == 1


def test_cancel_between_batches_stores_nothing(vault, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importer, "BATCH", 2)
    clock = iter(range(10**6))  # a second passes between reports: none is held back
    monkeypatch.setattr(importer.time, "monotonic", lambda: float(next(clock)))
    cancel = threading.Event()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done:
            cancel.set()  # the moderator locks while the first batch is stored

    with pytest.raises(ImportCancelled):
        import_bytes(vault.db, _data(EARLY), name=NAME, progress=progress, cancel=cancel)
    assert seen == [(0, 5), (2, 5)]
    assert [_count(vault.db, t) for t in ("chats", "exports", "messages", "messages_fts")] == [0] * 4
    [result] = import_bytes(vault.db, _data(EARLY), name=NAME)  # the file is not marked imported
    assert result.messages_new == 5


def test_progress_is_told_at_most_ten_times_a_second(vault, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importer, "BATCH", 1)
    clock = iter(range(10**6))  # each call to the clock is 10 ms later
    monkeypatch.setattr(importer.time, "monotonic", lambda: next(clock) / 100)
    lines = [f"13/01/2024, 10:{m:02d} - Asha: message {m}" for m in range(60)]
    seen: list[tuple[int, int]] = []
    import_bytes(vault.db, _data(lines), name=NAME, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (60, 60)
    assert len(seen) <= 60 // 10 + 2
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_damaged_bytes_mid_file_are_reported_by_line(vault) -> None:
    lines = [f"13/01/2024, 10:{m:02d} - Asha: message {m}".encode() for m in range(60)]
    lines[20] = lines[20] + b" \xff\xfe broken"
    lines[41] = lines[41] + b" \xc3"
    [result] = import_bytes(vault.db, b"\n".join(lines) + b"\n", name=NAME)
    assert (result.messages_new, result.failed_lines, result.failed_line_numbers) == (60, 2, (21, 42))
    assert any("not valid UTF-8" in w for w in result.warnings)
    assert vault.db.execute("SELECT text FROM messages WHERE line = 21").fetchone()[0] == \
        "message 20 \ufffd\ufffd broken"


def test_impossible_dates_are_kept_as_text_and_reported(vault) -> None:
    lines = ["13/01/2024, 10:00 - Asha: fine", "31/02/2024, 10:00 - Ben: no such day",
             "14/01/2024, 10:00 - Asha: fine again"]
    [result] = import_bytes(vault.db, _data(lines), name=NAME)
    assert (result.messages_total, result.failed_line_numbers) == (2, (2,))
    assert vault.db.execute("SELECT text FROM messages ORDER BY id").fetchone()[0] == \
        "fine\n31/02/2024, 10:00 - Ben: no such day"


def test_not_a_chat_raises_unchanged_and_keeps_what_was_stored(vault) -> None:
    import_bytes(vault.db, _data(EARLY), name=NAME)
    with pytest.raises(NotAChatExport) as raised:
        import_bytes(vault.db, b"shopping list\nmilk\neggs\n", name="notes.txt")
    assert "notes.txt is not a recognised chat export" in raised.value.message
    assert _count(vault.db, "messages") == 5


def test_a_truncated_archive_is_refused_and_nothing_is_lost(vault, tmp_path: Path) -> None:
    import_bytes(vault.db, _data(EARLY), name=NAME)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("_chat.txt", "\n".join(LATER) * 50)
        zf.writestr("00000001-PHOTO.jpg", bytes(range(256)) * 400)
    data = buf.getvalue()
    with pytest.raises(UnsafeArchive):
        import_bytes(vault.db, data[:len(data) // 2], name="WhatsApp Chat - Parents Group.zip")
    assert _count(vault.db, "messages") == 5 and _count(vault.db, "exports") == 1


def test_zip_media_are_linked_through_import_bytes(vault, vault_dir: Path) -> None:
    photo = b"\xff\xd8\xff\xe0" + make_markers(1)[0].encode() + bytes(2000)
    chat = ("[13.01.24, 10:00:00] Asha: \u200e<attached: 00000001-PHOTO-2024-01-13.jpg>\n"
            "[13.01.24, 10:01:00] Ben: PHOTO-2024-01-13.jpg (file attached)\n"
            "[13.01.24, 10:02:00] Ben: nice\n")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("_chat.txt", chat)
        zf.writestr("00000001-PHOTO-2024-01-13.jpg", photo)
    [result] = import_bytes(vault.db, buf.getvalue(), name="WhatsApp Chat - Parents Group.zip")
    assert (result.chat_name, result.messages_new, result.media_stored) == ("Parents Group", 3, 2)
    linked = vault.db.execute("SELECT m.author, md.data FROM message_media mm JOIN messages m "
                              "ON m.id = mm.message_id JOIN media md ON md.id = mm.media_id "
                              "ORDER BY m.id").fetchall()
    assert [(a, bytes(d)) for a, d in linked] == [("Asha", photo), ("Ben", photo)]
    assert _count(vault.db, "media") == 1
    assert files_containing(vault_dir, [photo[4:40].decode()]) == []


def _telegram_account() -> bytes:
    def chat(name: str, texts: list[str]) -> dict[str, object]:
        return {"name": name, "type": "private_group", "id": len(name), "messages": [
            {"id": n, "type": "message", "date": f"2024-01-13T10:0{n}:00", "from": "Asha",
             "from_id": "user1", "text": text} for n, text in enumerate(texts)]}
    doc = {"about": "account", "personal_information": {"first_name": "Asha"},
           "chats": {"about": "chats", "list": [chat("Parents", ["hello", "ok", "ok"]),
                                                  chat("Empty", []),
                                                  chat("Volunteers", ["rota?"])]}}
    return json.dumps(doc).encode("utf-8")


def test_telegram_account_export_imports_every_chat_once(vault) -> None:
    results = import_bytes(vault.db, _telegram_account(), name="result.json")
    assert [(r.chat_name, r.messages_new) for r in results] == [("Parents", 3), ("Volunteers", 1)]
    assert len({r.chat_id for r in results}) == 2
    again = import_bytes(vault.db, _telegram_account(), name="result.json")
    assert [(r.chat_name, r.already_imported) for r in again] == [
        ("Parents", True), ("Volunteers", True)]
    assert _count(vault.db, "messages") == 4


def test_a_crowded_second_still_gets_fresh_time_ordered_ids(vault) -> None:
    # 1500 messages in one minute of one chat, then another chat in that minute:
    # the second import must number after them, not collide.
    busy = [f"13/01/2024, 10:00 - Asha: busy {n}" for n in range(1500)]
    import_bytes(vault.db, _data(busy), name=NAME)
    [other] = import_bytes(vault.db, _data(["13/01/2024, 10:00 - Ben: quiet"]),
                           name="WhatsApp Chat with Volunteers.txt")
    ids = [r[0] for r in vault.db.execute("SELECT id FROM messages ORDER BY id")]
    assert len(set(ids)) == 1501 and ids[-1] >> SEQ_BITS == ids[0] >> SEQ_BITS
    last = vault.db.execute("SELECT chat_id FROM messages ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert last == other.chat_id


def test_a_storage_failure_half_way_stores_nothing(vault, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importer, "BATCH", 2)
    calls = []
    real = importer.store.index_rows

    def failing(*args: object) -> None:
        calls.append(args)
        if len(calls) == 2:
            raise sqlcipher3.OperationalError("disk I/O error")
        real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(importer.store, "index_rows", failing)
    with pytest.raises(sqlcipher3.OperationalError):
        import_bytes(vault.db, _data(EARLY), name=NAME)
    assert [_count(vault.db, t) for t in ("chats", "exports", "messages", "messages_fts")] == [0] * 4
