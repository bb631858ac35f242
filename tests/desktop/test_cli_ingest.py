"""`moddesk parse`, `import`, `chats` and `search`, run as a user would: a real process, real files.

The exports are the demo chats written to disk (six groups, one exported
twice, one with an uncertain date order) plus files that are not exports.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from moddesk.demo_chats import write_demo_exports
from moddesk.ingest import parse_path
from moddesk.storage import create_vault, passphrase_bytes
from moddesk.storage.kdf import KdfParams, new_salt

pytestmark = pytest.mark.slow
PW = "four unrelated words here"
TODAY = dt.date(2025, 6, 15)
JSONL_KEYS = ["chat", "timestamp", "author", "kind", "text", "attachment", "edited", "source", "line"]
SUMMARY_RX = re.compile(r"^(\d+) files: (\d+) new messages in (\d+) chats, (\d+) already imported, "
                        r"(\d+) date order uncertain, (\d+) failed$")


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "moddesk", *args], env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


def json_lines(out: str) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture
def env(tmp_path: Path, app_env: Path) -> dict[str, str]:
    # The production KDF floor, not a calibrated cost: the CLI accepts it and it is quick.
    params = KdfParams(memory_kib=65536, iterations=2, lanes=2, salt=new_salt())
    create_vault(tmp_path / "vault", passphrase_bytes(PW), params=params).close()
    return {**os.environ, "MODDESK_VAULT": str(tmp_path / "vault"), "MODDESK_PASSPHRASE": PW}


@pytest.fixture
def exports(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    write_demo_exports(folder, TODAY)
    (folder / "notes.txt").write_text("shopping list\nmilk, bread\n", encoding="utf-8")
    (folder / "manual.pdf").write_bytes(b"%PDF-1.4 not an export")
    return folder


@pytest.fixture
def imported(env: dict[str, str], exports: Path) -> dict[str, str]:
    (exports / "notes.txt").unlink()
    result = run(["import", str(exports)], env)
    assert result.returncode == 0, result.stderr
    return env


# -- parse ---------------------------------------------------------------------------------------


def test_parse_prints_one_json_object_per_message(exports: Path, app_env: Path) -> None:
    path = exports / "WhatsApp Chat mit Mamas Treff Südstadt.txt"
    result = run(["parse", str(path)], dict(os.environ))
    assert result.returncode == 0, result.stderr
    rows = json_lines(result.stdout)
    assert all(list(r) == JSONL_KEYS for r in rows)
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", r["timestamp"]) for r in rows)
    assert {r["chat"] for r in rows} == {"Mamas Treff Südstadt"}
    assert {r["source"] for r in rows} == {path.name}
    system = [r for r in rows if r["kind"] == "system"]
    assert system and all(r["author"] is None for r in system)
    placeholders = [r for r in rows if r["kind"] in ("media", "deleted")]
    assert {r["kind"] for r in placeholders} == {"media", "deleted"}
    assert all(r["text"] is None for r in placeholders)
    assert [r["text"] for r in rows if r["edited"]] == [
        "Das Treffen diese Woche ist am Freitag statt Donnerstag, gleiche Uhrzeit"]
    assert [r["line"] for r in rows] == sorted(r["line"] for r in rows)
    assert "Frau Müller" in result.stdout  # readable, not \\u-escaped
    assert result.stderr.strip() == f"{len(rows)} messages"


def test_parse_keeps_devanagari_and_reads_telegram(exports: Path, app_env: Path) -> None:
    hindi = run(["parse", str(exports / "WhatsApp Chat with Gulmohar Colony Sahayta.txt")], dict(os.environ))
    assert "नमस्ते सभी को" in hindi.stdout
    telegram = json_lines(run(["parse", str(exports / "Telegram" / "result.json")], dict(os.environ)).stdout)
    assert {r["chat"] for r in telegram} == {"Foster Carers Circle"}


def test_parse_date_order_overrides_the_guess(exports: Path, app_env: Path) -> None:
    path = exports / "WhatsApp Chat with أمهات حي الزيتون.txt"
    guessed = json_lines(run(["parse", str(path)], dict(os.environ)).stdout)
    chosen = json_lines(run(["parse", str(path), "--date-order", "mdy"], dict(os.environ)).stdout)
    assert guessed[0]["timestamp"] == "2024-03-02T18:30:00"
    assert chosen[0]["timestamp"] == "2024-02-03T18:30:00"


def test_parse_of_a_file_that_is_no_export_fails_with_one_line(exports: Path, app_env: Path) -> None:
    result = run(["parse", str(exports / "notes.txt")], dict(os.environ))
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("moddesk: notes.txt")


def test_parse_of_a_missing_file_fails(tmp_path: Path, app_env: Path) -> None:
    result = run(["parse", str(tmp_path / "gone.txt")], dict(os.environ))
    assert result.returncode == 1 and "gone.txt could not be read" in result.stderr


def test_parse_with_an_unknown_date_order_is_a_usage_error(exports: Path, app_env: Path) -> None:
    assert run(["parse", str(exports / "notes.txt"), "--date-order", "ddd"], dict(os.environ)).returncode == 2


# -- import ----------------------------------------------------------------------------------------


def test_import_a_folder_reports_one_summary_and_each_failure(env: dict[str, str], exports: Path) -> None:
    result = run(["import", str(exports)], env)
    assert result.returncode == 1
    summary = SUMMARY_RX.match(result.stdout.strip())
    assert summary, result.stdout
    files, new, chats, already, uncertain, failed = map(int, summary.groups())
    # The .pdf is not looked at; the folder's 7 exports and the notes file are.
    assert (files, chats, already, uncertain, failed) == (8, 6, 0, 1, 1)
    assert new == sum(c["messages"] for c in chats_json(env))
    assert re.search(r"^\[1/8\] ", result.stderr, re.M) and re.search(r"^\[8/8\] ", result.stderr, re.M)
    [reason] = [line for line in result.stderr.splitlines() if "failed:" in line]
    assert reason.startswith(f"moddesk: failed: {exports / 'notes.txt'}: ")


def test_importing_again_adds_nothing(imported: dict[str, str], exports: Path) -> None:
    again = run(["import", str(exports)], imported)
    assert again.returncode == 0, again.stderr
    assert again.stdout.strip() == ("7 files: 0 new messages in 0 chats, 7 already imported, "
                                    "1 date order uncertain, 0 failed")


def test_import_single_files_and_a_missing_one(env: dict[str, str], exports: Path) -> None:
    one = exports / "WhatsApp Chat with Entraide Parents Belleville.txt"
    result = run(["import", str(one), str(exports / "missing.zip")], env)
    assert result.returncode == 1
    count = len(parse_path(one).messages)
    assert result.stdout.startswith(f"2 files: {count} new messages in 1 chats, 0 already imported")
    assert "missing.zip: cannot be read" in result.stderr


def test_import_with_the_wrong_passphrase_exits_3(env: dict[str, str], exports: Path) -> None:
    result = run(["import", str(exports)], {**env, "MODDESK_PASSPHRASE": "not the passphrase"})
    assert result.returncode == 3 and result.stdout == ""


# -- chats -----------------------------------------------------------------------------------------------


def chats_json(env: dict[str, str]) -> list[dict]:  # type: ignore[type-arg]
    result = run(["chats", "--json"], env)
    assert result.returncode == 0, result.stderr
    return json_lines(result.stdout)


def test_chats_lists_every_group_with_counts_and_the_uncertain_one(imported: dict[str, str],
                                                                   exports: Path) -> None:
    chats = {c["name"]: c for c in chats_json(imported)}
    assert set(chats) == {"Entraide Parents Belleville", "Foster Carers Circle", "Gulmohar Colony Sahayta",
                          "Mamas Treff Südstadt", "Parents of Class 3B", "أمهات حي الزيتون"}
    assert [n for n, c in chats.items() if c["date_order_uncertain"]] == ["أمهات حي الزيتون"]
    assert chats["Mamas Treff Südstadt"]["messages"] == len(
        parse_path(exports / "WhatsApp Chat mit Mamas Treff Südstadt.txt").messages)
    assert chats["Mamas Treff Südstadt"]["last"].startswith("2025-06-14")
    table = run(["chats"], imported).stdout.splitlines()
    assert table[0].split() == ["id", "name", "messages", "first", "last", "imported", "date", "order"]
    assert len(table) == 7
    assert [line for line in table if line.rstrip().endswith("uncertain")][0].find("أمهات") > 0


# -- search ------------------------------------------------------------------------------------------------


def test_search_json_lines_newest_first(imported: dict[str, str]) -> None:
    result = run(["search", "MULLER", "--json"], imported)
    assert result.returncode == 0, result.stderr
    hits = json_lines(result.stdout)
    assert [h["text"][:40] for h in hits] == ["Frau Müller hat die Unterlagen zum Elter",
                                              "Erinnerung: Donnerstag 10 Uhr Treffen im"]
    assert {"id", "chat", "timestamp", "author", "text"} <= set(hits[0])
    assert hits[0]["timestamp"] > hits[1]["timestamp"]
    assert hits[0]["chat"] == "Mamas Treff Südstadt" and hits[0]["author"] == "Anna Becker"


def test_search_in_one_chat_with_a_table_and_a_limit(imported: dict[str, str]) -> None:
    result = run(["search", "bus", "--chat", "parents of class 3b", "--limit", "1"], imported)
    assert result.returncode == 0, result.stderr
    [row] = result.stdout.splitlines()  # the newest of three
    assert "Parents of Class 3B" in row and "Jenna Morales: " in row and "about the bus rules" in row
    assert "more results" in result.stderr
    every = run(["search", "bus", "--chat", "parents of class 3b"], imported)
    lines = every.stdout.splitlines()
    assert len(lines) == 3
    for line, start in zip(lines, ("Jenna Morales: So glad", "Jenna Morales: Calling", "Kim Nguyen: Please")):
        assert start in line
    assert every.stderr == ""


def test_search_finds_a_message_deleted_before_the_later_export(imported: dict[str, str]) -> None:
    [hit] = json_lines(run(["search", "homework policy", "--json"], imported).stdout)
    assert hit["author"] == "Dan Kowalski" and hit["removed_in_later_export"] is True


def test_search_in_an_unknown_chat_is_a_usage_error(imported: dict[str, str]) -> None:
    result = run(["search", "help", "--chat", "No Such Group"], imported)
    assert result.returncode == 2 and "no chat named 'No Such Group'" in result.stderr


def test_search_of_punctuation_finds_nothing_and_succeeds(imported: dict[str, str]) -> None:
    result = run(["search", '"(*'], imported)
    assert (result.returncode, result.stdout) == (0, "")


def test_import_raises_the_inbox_the_moderator_then_lists(env: dict[str, str],
                                                         tmp_path: Path) -> None:
    chat = tmp_path / "WhatsApp Chat with Nachbarn.txt"
    chat.write_text("14/03/2024, 09:00 - Olga: Guten Morgen\n"
                    "14/03/2024, 09:07 - Grace: Hilfe, mein Mann schlägt mich und ich habe Angst\n",
                    encoding="utf-8")
    assert run(["import", str(chat)], env).returncode == 0
    items = json_lines(run(["inbox", "--json"], env).stdout)
    urgent = [i for i in items if i["rule"] == "urgent-help"]
    assert [(i["author"], i["severity"], i["state"]) for i in urgent] == [("Grace", "urgent", "new")]
