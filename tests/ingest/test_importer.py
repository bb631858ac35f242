"""Importing parsed exports into a real vault: dedupe, overlap, removals, search, media."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from moddesk.ingest import parse_bytes
from moddesk.ingest.importer import import_export
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
