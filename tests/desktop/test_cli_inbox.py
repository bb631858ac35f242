"""`moddesk inbox` and `moddesk triage` on a real vault with imported chats.

Most tests call `moddesk.cli.main` in this process with the fast-KDF floor
(the CLI refuses weak parameters otherwise); one slow test runs the real
`python -m moddesk` with production parameters, as a user would.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from moddesk import cli
from moddesk.storage import create_vault, inbox_store, open_vault, passphrase_bytes, set_setting
from tests.conftest import PASSPHRASE
from tests.helpers.inbox_data import Seeded, seed


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, app_env: Path) -> None:
    monkeypatch.setenv("MODDESK_PASSPHRASE", PASSPHRASE)
    # Process hardening is the CLI's business in production, not this test process's.
    monkeypatch.setattr(cli, "harden_process", lambda: [])


@pytest.fixture
def seeded(vault, cli_env) -> Seeded:  # type: ignore[no-untyped-def]
    data = seed(vault.db)
    set_setting(vault.db, "moderator_name", "Nadia")
    vault.close()
    return data


def run(vault_dir: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(["--vault", str(vault_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def reopen(vault_dir: Path):  # type: ignore[no-untyped-def]
    return open_vault(vault_dir, passphrase_bytes(PASSPHRASE))


def test_json_lines_carry_what_a_script_needs(seeded: Seeded, vault_dir: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(vault_dir, capsys, "inbox", "--json")
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(lines) == len(seeded.items)
    first = lines[0]
    assert {k: first[k] for k in ("id", "chat", "timestamp", "author", "rule", "severity",
                                  "state")} == {
        "id": seeded.items["grooming"], "chat": "Parents Lyon", "timestamp": "2026-11-13T20:15:00",
        "author": "Marc", "rule": "grooming_private_contact", "severity": "urgent", "state": "new"}
    assert first["text"].startswith("Salut Léo, envoie-moi tes photos")
    assert first["matched"] == ["envoie-moi tes photos", "ne dis rien à tes parents"]
    hindi = next(r for r in lines if r["id"] == seeded.items["priya_phone"])
    assert (hindi["chat"], hindi["matched"]) == ("माँ सहायता समूह", ["98765 43210"])
    assert "माँ सहायता समूह" in out  # written as text, not \u escapes


def test_table_lists_the_queue_without_message_text(seeded: Seeded, vault_dir: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(vault_dir, capsys, "inbox")
    assert code == 0
    header, first, *rest = out.splitlines()
    assert header.split()[:3] == ["ID", "LEVEL", "STATE"]
    assert first.split()[:3] == [str(seeded.items["grooming"]), "urgent", "new"]
    assert "0176" not in out and "envoie-moi" not in out
    assert len(rest) == len(seeded.items) - 1


def test_state_and_chat_filters(seeded: Seeded, vault_dir: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(vault_dir, capsys, "inbox", "--chat", "mütter berlin", "--json")
    assert {json.loads(line)["chat"] for line in out.splitlines()} == {"Mütter Berlin"}
    run(vault_dir, capsys, "triage", str(seeded.items["anna_phone"]), "--resolve")
    _, out, _ = run(vault_dir, capsys, "inbox", "--state", "resolved", "--json")
    assert [json.loads(line)["id"] for line in out.splitlines()] == [seeded.items["anna_phone"]]
    code, out, err = run(vault_dir, capsys, "inbox", "--chat", "Nobody")
    assert code == 2 and out == "" and "no group named 'Nobody'" in err


def test_triage_actions_are_logged_with_the_moderator_name(
        seeded: Seeded, vault_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spam, urgent = seeded.items["spam_Bon Plan"], seeded.items["olga_urgent"]
    code, out, _ = run(vault_dir, capsys, "triage", str(spam), "--dismiss", "spam wave")
    assert code == 0 and out.strip() == f"Item {spam} is dismissed."
    assert run(vault_dir, capsys, "triage", str(urgent), "--escalate")[0] == 0
    assert run(vault_dir, capsys, "triage", str(urgent), "--resolve")[0] == 0
    vault = reopen(vault_dir)
    try:
        row = inbox_store.item(vault.db, spam)
        assert (row["state"], row["reason"], row["handled_by"]) == ("dismissed", "spam wave", "Nadia")
        log = inbox_store.history(vault.db, urgent)
        assert [(h["to_state"], h["moderator"]) for h in log] == [
            ("escalated", "Nadia"), ("in_review", "Nadia"), ("resolved", "Nadia")]
    finally:
        vault.close()


def test_triage_without_a_moderator_name_logs_moderator(
        vault, cli_env, vault_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    item = seed(vault.db, spam=False).items["job_scam"]
    vault.close()
    assert run(vault_dir, capsys, "triage", str(item), "--resolve")[0] == 0
    again = reopen(vault_dir)
    try:
        assert inbox_store.history(again.db, item)[-1]["moderator"] == "Moderator"
    finally:
        again.close()


def test_unknown_item_and_refused_moves_fail_with_one_line(
        seeded: Seeded, vault_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(vault_dir, capsys, "triage", "424242", "--resolve")
    assert (code, out) == (1, "") and err == "moddesk: there is no inbox item 424242\n"
    item = str(seeded.items["olga_reply"])
    run(vault_dir, capsys, "triage", item, "--resolve")
    code, out, _ = run(vault_dir, capsys, "triage", item, "--resolve")
    assert code == 0 and "already resolved" in out
    with pytest.raises(SystemExit):
        cli.main(["triage", item, "--resolve", "--escalate"])
    assert "not allowed with argument" in capsys.readouterr().err


@pytest.mark.slow
def test_real_process_with_production_key_cost(tmp_path: Path, app_env: Path) -> None:
    folder = tmp_path / "vault"
    vault = create_vault(folder, passphrase_bytes(PASSPHRASE))
    try:
        seed(vault.db, spam=False)
    finally:
        vault.close()
    env = {**os.environ, "MODDESK_VAULT": str(folder), "MODDESK_PASSPHRASE": PASSPHRASE}
    result = subprocess.run([sys.executable, "-m", "moddesk", "inbox", "--state", "new", "--json"],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["severity"] for line in result.stdout.splitlines()][:2] == [
        "urgent", "urgent"]
