"""`moddesk incident new|note|list|show|verify` on a real vault with imported chats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from moddesk import cli
from moddesk.cases.chain import CHAIN_PURPOSE
from moddesk.storage import open_vault, passphrase_bytes, set_setting
from tests.conftest import PASSPHRASE
from tests.helpers.inbox_data import Seeded, message_id, seed


@pytest.fixture
def seeded(vault, monkeypatch: pytest.MonkeyPatch, app_env: Path) -> Seeded:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("MODDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(cli, "harden_process", lambda: [])
    data = seed(vault.db)
    set_setting(vault.db, "moderator_name", "Nadia")
    vault.close()
    return data


def run(vault_dir: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(["--vault", str(vault_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def _message(vault_dir: Path, chat: str, author: str, seeded: Seeded) -> int:
    vault = open_vault(vault_dir, passphrase_bytes(PASSPHRASE))
    try:
        return message_id(vault.db, seeded.chats[chat], author)
    finally:
        vault.close()


def test_new_note_list_show_and_verify(seeded: Seeded, vault_dir: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    mid = _message(vault_dir, "lyon", "Marc", seeded)
    code, out, _ = run(vault_dir, capsys, "incident", "new", "--title", "Marc asks Léo for photos",
                       "--category", "child-protection:grooming", "--severity", "urgent",
                       "--evidence", str(mid))
    assert (code, out) == (0, "1\n")
    code, out, _ = run(vault_dir, capsys, "incident", "note", "1", "Told Sophie; removed Marc.")
    assert (code, out) == (0, "Note 1 added to INC-0001.\n")

    code, out, _ = run(vault_dir, capsys, "incident", "list", "--json")
    [record] = [json.loads(line) for line in out.splitlines()]
    assert {k: record[k] for k in ("id", "number", "title", "pack", "severity", "status", "notes",
                                   "evidence", "created_by")} == {
        "id": 1, "number": "INC-0001", "title": "Marc asks Léo for photos",
        "pack": "child-protection", "severity": "urgent", "status": "open", "notes": 1,
        "evidence": 1, "created_by": "Nadia"}
    code, out, _ = run(vault_dir, capsys, "incident", "list")
    assert out.splitlines()[1].split()[:3] == ["INC-0001", "open", "urgent"]

    code, out, _ = run(vault_dir, capsys, "incident", "show", "1")
    assert code == 0
    assert "Told Sophie; removed Marc." in out
    assert "> 2026-11-13 20:15  Marc: Salut Léo, envoie-moi tes photos" in out
    assert out.rstrip().endswith("INC-0001: timeline intact (3 entries).")

    code, out, _ = run(vault_dir, capsys, "incident", "verify")
    assert (code, out) == (0, "INC-0001: timeline intact (3 entries).\n")


def test_verify_fails_with_plain_lines_when_a_log_was_tampered(seeded: Seeded, vault_dir: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    run(vault_dir, capsys, "incident", "new", "--title", "First")
    run(vault_dir, capsys, "incident", "new", "--title", "Second")
    run(vault_dir, capsys, "incident", "note", "2", "Before")
    run(vault_dir, capsys, "incident", "note", "2", "After")
    vault = open_vault(vault_dir, passphrase_bytes(PASSPHRASE))
    with vault.db.conn:
        vault.db.execute("DELETE FROM incident_entries WHERE incident_id = 2 AND seq = 3")
    vault.close()
    code, out, _ = run(vault_dir, capsys, "incident", "verify")
    assert code == 1
    assert out.splitlines() == ["INC-0001: timeline intact (1 entry).",
                                "INC-0002: The log ends earlier than it did (rolled back)."]


def test_mistakes_exit_with_one_plain_line(seeded: Seeded, vault_dir: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(vault_dir, capsys, "incident", "note", "7", "text")
    assert (code, out, err) == (1, "", "moddesk: There is no incident INC-0007.\n")
    code, _, err = run(vault_dir, capsys, "incident", "new", "--title", "x", "--category", "nope")
    assert code == 2 and "no guideline rule called 'nope'" in err
    code, _, err = run(vault_dir, capsys, "incident", "new", "--title", "x", "--evidence", "1")
    assert code == 1 and "There is no message 1" in err
    code, out, _ = run(vault_dir, capsys, "incident", "list")
    assert out == "No incidents here.\n"


def test_passwd_keeps_incident_logs_verifiable(seeded: Seeded, vault_dir: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch, fast_kdf: None) -> None:
    from moddesk.storage import kdf

    run(vault_dir, capsys, "incident", "new", "--title", "Before the change")
    monkeypatch.setattr(kdf, "calibrate", lambda *a, **k: kdf.KdfParams(
        memory_kib=64, iterations=1, lanes=1, salt=kdf.new_salt()))
    new_file = tmp_path / "new.txt"
    new_file.write_text("another good passphrase\n")
    code, _, err = run(vault_dir, capsys, "passwd", "--new-passphrase-file", str(new_file))
    assert code == 0, err
    monkeypatch.setenv("MODDESK_PASSPHRASE", "another good passphrase")
    code, out, _ = run(vault_dir, capsys, "incident", "verify")
    assert (code, out) == (0, "INC-0001: timeline intact (1 entry).\n")
    vault = open_vault(vault_dir, passphrase_bytes("another good passphrase"))
    try:
        assert vault.mac_key(CHAIN_PURPOSE)
    finally:
        vault.close()
