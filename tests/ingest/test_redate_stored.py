"""Re-deciding the date order of stored messages: times, ids, search and links follow."""

from __future__ import annotations

import io
import zipfile

import pytest

from moddesk.ingest.importer import import_bytes
from moddesk.ingest.redate_stored import ImpossibleDates, redate_chat, redate_export
from moddesk.storage.message_store import SEQ_BITS, ts_seconds
from moddesk.storage.search import search_messages
from tests.helpers.vault_files import files_containing, make_markers

NAME = "WhatsApp Chat with Parents Group.txt"
# Every field is 12 or less and both orders keep time moving forward:
# nothing in the file decides day/month, so day-first is assumed.
AMBIGUOUS = [
    "03/04/2024, 10:00 - Asha: meeting on the third",
    "05/06/2024, 09:00 - Ben: bring the forms",
    "07/08/2024, 08:30 - Cleo: summer party",
]


def _bytes(lines: list[str]) -> bytes:
    return ("\n".join(lines) + "\n").encode("utf-8")


def _stored(db) -> list[tuple[int, str, str]]:  # type: ignore[no-untyped-def]
    return [(r[0], r[1], r[2]) for r in db.execute("SELECT id, ts, text FROM messages ORDER BY id")]


def test_ambiguous_export_is_stored_with_headers_and_flagged(vault) -> None:
    [result] = import_bytes(vault.db, _bytes(AMBIGUOUS), name=NAME)
    assert (result.date_order, result.date_order_certain) == ("dmy", False)
    assert [ts for _, ts, _ in _stored(vault.db)] == [
        "2024-04-03T10:00:00", "2024-06-05T09:00:00", "2024-08-07T08:30:00"]
    stamps = [r[0] for r in vault.db.execute("SELECT stamp FROM message_stamps ORDER BY message_id")]
    assert stamps == ["03/04/2024, 10:00 - ", "05/06/2024, 09:00 - ", "07/08/2024, 08:30 - "]


def test_certain_export_stores_no_headers(vault) -> None:
    import_bytes(vault.db, _bytes(["13/04/2024, 10:00 - Asha: the thirteenth"]), name=NAME)
    assert vault.db.execute("SELECT count(*) FROM message_stamps").fetchone()[0] == 0


def test_redecided_month_first_moves_times_ids_and_search(vault) -> None:
    [result] = import_bytes(vault.db, _bytes(AMBIGUOUS), name=NAME)
    assert [h.author for h in search_messages(vault.db, "forms", since="2024-05-01",
                                              until="2024-05-31")] == []
    assert redate_chat(vault.db, result.chat_id, "mdy") == 3
    stored = _stored(vault.db)
    assert [ts for _, ts, _ in stored] == [
        "2024-03-04T10:00:00", "2024-05-06T09:00:00", "2024-07-08T08:30:00"]
    assert all(mid >> SEQ_BITS == ts_seconds(ts) for mid, ts, _ in stored)
    hits = search_messages(vault.db, "forms", since="2024-05-01", until="2024-05-31")
    assert [(h.author, h.ts) for h in hits] == [("Ben", "2024-05-06T09:00:00")]
    assert vault.db.execute("SELECT date_order, date_order_certain, first_ts, last_ts FROM exports "
                            "WHERE id = ?", [result.export_id]).fetchone() == (
        "mdy", 1, "2024-03-04T10:00:00", "2024-07-08T08:30:00")


def test_redated_messages_sort_among_the_chats_other_messages(vault) -> None:
    [first] = import_bytes(vault.db, _bytes(AMBIGUOUS), name=NAME)
    # A later export of the same chat whose dates settle month-first.
    import_bytes(vault.db, _bytes(["04/15/2024, 12:00 - Dana: mid april",
                                   "06/20/2024, 12:00 - Dana: late june"]), name=NAME)
    redate_chat(vault.db, first.chat_id, "mdy")
    assert [text for _, _, text in _stored(vault.db)] == [
        "meeting on the third", "mid april", "bring the forms", "late june", "summer party"]


def test_search_index_holds_exactly_the_moved_rows(vault) -> None:
    [result] = import_bytes(vault.db, _bytes(AMBIGUOUS), name=NAME)
    redate_chat(vault.db, result.chat_id, "mdy")
    vault.db.execute("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)")
    found = [r[0] for r in vault.db.execute(
        "SELECT rowid FROM messages_fts WHERE messages_fts MATCH 'party OR forms OR meeting' "
        "ORDER BY rowid")]
    assert found == [mid for mid, _, _ in _stored(vault.db)]


def test_media_and_headers_follow_the_moved_message(vault) -> None:
    photo = b"\xff\xd8\xff\xe0" + bytes(500)
    chat = "03/04/2024, 10:00 - Asha: PHOTO-1.jpg (file attached)\n05/06/2024, 09:00 - Ben: nice\n"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("WhatsApp Chat with Parents Group.txt", chat)
        zf.writestr("PHOTO-1.jpg", photo)
    [result] = import_bytes(vault.db, buf.getvalue(), name="WhatsApp Chat with Parents Group.zip")
    redate_export(vault.db, result.export_id, "mdy")
    row = vault.db.execute(
        "SELECT m.ts, md.data, s.stamp FROM messages m JOIN message_media mm ON mm.message_id = m.id "
        "JOIN media md ON md.id = mm.media_id JOIN message_stamps s ON s.message_id = m.id").fetchone()
    assert (row[0], bytes(row[1]), row[2]) == ("2024-03-04T10:00:00", photo, "03/04/2024, 10:00 - ")
    assert vault.db.execute("SELECT count(*) FROM message_stamps").fetchone()[0] == 2


def test_a_copy_the_chat_already_holds_is_merged(vault) -> None:
    # Month-first for certain: "03/13/2024" settles it.
    import_bytes(vault.db, _bytes(["03/04/2024, 10:00 - Asha: meeting on the third",
                                   "03/13/2024, 10:00 - Asha: thirteenth"]), name=NAME)
    [guessed] = import_bytes(vault.db, _bytes(AMBIGUOUS),
                             name="WhatsApp Chat - Parents Group.txt")
    assert vault.db.execute("SELECT count(*) FROM messages").fetchone()[0] == 5
    assert redate_chat(vault.db, guessed.chat_id, "mdy") == 3
    texts = [text for _, _, text in _stored(vault.db)]
    assert texts == ["meeting on the third", "thirteenth", "bring the forms", "summer party"]


def test_impossible_dates_refuse_the_change_and_keep_everything(vault) -> None:
    # Headers disagree (13 first, then 13 second): day-first is assumed and
    # the month-first header stays in the previous message's text.
    lines = ["13/01/2024, 10:00 - Asha: day first", "02/03/2024, 10:00 - Ben: either",
             "01/13/2024, 10:00 - Cleo: month first", "04/05/2024, 10:00 - Dana: either"]
    [result] = import_bytes(vault.db, _bytes(lines), name=NAME)
    assert result.date_order_certain is False and result.failed_line_numbers == (3,)
    before = _stored(vault.db)
    with pytest.raises(ImpossibleDates) as raised:
        redate_chat(vault.db, result.chat_id, "mdy")
    assert raised.value.message == (
        "1 message(s) would get a date that does not exist when read as month/day/year "
        f"(the first on line 1 of {NAME}). Nothing was changed; choose another date order.")
    assert _stored(vault.db) == before
    assert vault.db.execute("SELECT date_order_certain FROM exports").fetchone()[0] == 0


def test_redating_twice_back_and_forth_restores_the_first_reading(vault) -> None:
    [result] = import_bytes(vault.db, _bytes(AMBIGUOUS), name=NAME)
    first = [(ts, text) for _, ts, text in _stored(vault.db)]
    redate_chat(vault.db, result.chat_id, "mdy")
    redate_export(vault.db, result.export_id, "dmy")
    assert [(ts, text) for _, ts, text in _stored(vault.db)] == first


def test_unknown_order_is_a_programming_error(vault) -> None:
    [result] = import_bytes(vault.db, _bytes(AMBIGUOUS), name=NAME)
    with pytest.raises(ValueError):
        redate_chat(vault.db, result.chat_id, "dm")


def test_redating_leaves_no_plaintext_on_disk(vault, vault_dir) -> None:
    markers = make_markers(3)
    lines = [f"{line.split(': ')[0]}: {marker}" for line, marker in zip(AMBIGUOUS, markers)]
    [result] = import_bytes(vault.db, _bytes(lines), name=NAME)
    redate_chat(vault.db, result.chat_id, "mdy")
    assert files_containing(vault_dir, markers) == []
    vault.close()
    assert files_containing(vault_dir, markers) == []


def test_inbox_items_keep_pointing_at_their_message(vault) -> None:
    from moddesk.storage.inbox_store import Hit, record_hits

    [result] = import_bytes(vault.db, _bytes(AMBIGUOUS), name=NAME)
    ben = vault.db.execute("SELECT id FROM messages WHERE author = 'Ben'").fetchone()[0]
    with vault.db.atomic():
        record_hits(vault.db, [Hit(result.chat_id, ben, "core", "forms", "low", "reply", "g1",
                                   "Ben", "words", [(9, 14)])])
    redate_chat(vault.db, result.chat_id, "mdy")
    row = vault.db.execute(
        "SELECT m.text, m.ts, i.first_message_id = m.id, i.last_message_id = m.id "
        "FROM inbox_hits h JOIN messages m ON m.id = h.message_id "
        "JOIN inbox_items i ON i.id = h.item_id").fetchone()
    assert row == ("bring the forms", "2024-05-06T09:00:00", 1, 1)
