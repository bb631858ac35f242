"""`moddesk report ID` on a real vault: PDF, digest, canonical form, plain errors."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from moddesk import cli
from moddesk.cases import incidents
from moddesk.cases.chain import CHAIN_PURPOSE
from moddesk.storage import open_vault, passphrase_bytes, set_setting
from tests.conftest import PASSPHRASE
from tests.helpers.inbox_data import message_id, seed
from tests.reports.conftest import flat, pdf_text


@pytest.fixture
def incident(vault, qapp, monkeypatch: pytest.MonkeyPatch, app_env: Path, tmp_path: Path) -> int:  # type: ignore[no-untyped-def]
    """INC-0001: Marc's message to Léo as evidence, Claire reporting; the vault closed."""
    monkeypatch.setenv("MODDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(cli, "harden_process", lambda: [])
    data = seed(vault.db)
    set_setting(vault.db, "moderator_name", "Nadia")
    writer = {"mac_key": vault.mac_key(CHAIN_PURPOSE), "moderator": "Nadia"}
    mid = message_id(vault.db, data.chats["lyon"], "Marc")
    incident_id, _ = incidents.create_incident(vault.db, **writer, title="Marc asks Léo for photos",  # type: ignore[arg-type]
                                               message_ids=[mid])
    incidents.add_person(vault.db, **writer, incident_id=incident_id, name="Claire",  # type: ignore[arg-type]
                         role="reporter")
    incidents.add_person(vault.db, **writer, incident_id=incident_id, name="Marc",  # type: ignore[arg-type]
                         role="subject")
    vault.close()
    return incident_id


def run(vault_dir: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(["--vault", str(vault_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_report_writes_the_pdf_and_says_it_is_not_encrypted(
        incident: int, vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    target = tmp_path / "out" / "inc1.pdf"
    target.parent.mkdir()
    code, out, err = run(vault_dir, capsys, "report", "INC-0001", "--out", str(target),
                         "--profile", "authorities")
    assert (code, err) == (0, "")
    assert "not encrypted" in out
    text = flat(pdf_text(target))
    assert "INC-0001" in text and "Marc asks Léo for photos" in text
    assert "Salut Léo, envoie-moi tes photos en privé" in text
    assert "Claire" in text and "Reporting member" in text
    assert "Sophie" not in text  # not involved: pseudonymised
    printed_digest = out.split("Content digest: ")[1].split()[0]
    assert " ".join(printed_digest[i:i + 4] for i in range(0, 64, 4)) in text
    assert list(temp.iterdir()) == [] and list(target.parent.iterdir()) == [target]

    code, out, _ = run(vault_dir, capsys, "report", "1", "--digest", "--profile", "authorities")
    assert (code, out) == (0, printed_digest + "\n")
    canonical = tmp_path / "canonical.json"
    code, _, _ = run(vault_dir, capsys, "report", "1", "--canonical", str(canonical),
                     "--profile", "authorities")
    assert code == 0 and hashlib.sha256(canonical.read_bytes()).hexdigest() == printed_digest


def test_reporter_copy_from_the_cli_names_only_the_reporter(
        incident: int, vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "claire.pdf"
    code, _, err = run(vault_dir, capsys, "report", "1", "--out", str(target), "--profile", "reporter")
    assert (code, err) == (0, "")
    text = flat(pdf_text(target))
    assert "Claire" in text and "Marc" not in text


def test_unknown_incident_and_refused_profile_fail_with_one_line(
        incident: int, vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(vault_dir, capsys, "report", "99", "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and out == "" and len(err.splitlines()) == 1
    assert not (tmp_path / "x.pdf").exists()
    code, _, err = run(vault_dir, capsys, "report", "1", "--out", str(tmp_path / "x.pdf"),
                       "--profile", "reporter", "--reporter", "Marc")
    assert code == 1 and "Marc is not a reporting member of INC-0001" in err
    assert not (tmp_path / "x.pdf").exists()
    with pytest.raises(SystemExit):
        cli.main(["--vault", str(vault_dir), "report", "seven", "--digest"])
