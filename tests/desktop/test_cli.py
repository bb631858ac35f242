"""The command line, run as a user would: a real process, real vault, real KDF cost.

These tests use production Argon2 parameters on purpose (the CLI never
accepts less), so each unlock costs about half a second.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from moddesk.storage import create_vault, passphrase_bytes
from tests.helpers.vault_files import snapshot

pytestmark = pytest.mark.slow
PW = "four unrelated words here"


def run(args: list[str], env: dict[str, str], stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "moddesk", *args], env=env, input=stdin,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def env(tmp_path: Path, app_env: Path) -> dict[str, str]:
    e = dict(os.environ)
    e["MODDESK_VAULT"] = str(tmp_path / "vault")
    e["MODDESK_PASSPHRASE"] = PW
    return e


@pytest.fixture
def initialised(env: dict[str, str]) -> dict[str, str]:
    result = run(["init"], env)
    assert result.returncode == 0, result.stderr
    return env


def test_version() -> None:
    import moddesk

    result = subprocess.run([sys.executable, "-m", "moddesk", "--version"],
                            capture_output=True, text=True, check=True)
    assert result.stdout.strip() == f"ModDesk {moddesk.__version__}"


def test_init_then_verify(initialised: dict[str, str]) -> None:
    result = run(["verify"], initialised)
    assert result.returncode == 0
    assert "healthy" in result.stdout
    folder = Path(initialised["MODDESK_VAULT"])
    assert sorted(p.name for p in folder.iterdir()) == ["vault.db", "vault.keyinfo"]


def test_wrong_passphrase_exits_3_with_one_line(initialised: dict[str, str]) -> None:
    folder = Path(initialised["MODDESK_VAULT"])
    before = snapshot(folder)
    result = run(["verify"], {**initialised, "MODDESK_PASSPHRASE": "not it at all"})
    assert result.returncode == 3
    assert result.stderr.count("\n") == 1 and "passphrase does not open" in result.stderr
    assert snapshot(folder) == before


def test_damaged_vault_exits_4(initialised: dict[str, str]) -> None:
    db = Path(initialised["MODDESK_VAULT"]) / "vault.db"
    data = bytearray(db.read_bytes())
    data[200] ^= 0xFF
    db.write_bytes(bytes(data))
    result = run(["verify"], initialised)
    assert result.returncode == 4
    assert "damaged" in result.stderr and result.stderr.count("\n") == 1


def test_plaintext_file_at_vault_path_exits_4(env: dict[str, str]) -> None:
    folder = Path(env["MODDESK_VAULT"])
    folder.mkdir()
    (folder / "vault.db").write_bytes(b"SQLite format 3\x00" + bytes(4080))
    result = run(["verify"], env)
    assert result.returncode == 4
    assert "not a ModDesk vault" in result.stderr


def test_usage_error_exits_2(env: dict[str, str]) -> None:
    assert run(["backup"], env).returncode == 2
    assert run(["no-such-command"], env).returncode == 2


def test_backup_restore_round_trip(initialised: dict[str, str], tmp_path: Path) -> None:
    dest = tmp_path / "b.mdbk"
    backed = run(["backup", str(dest)], initialised)
    assert backed.returncode == 0, backed.stderr
    assert "verified" in backed.stdout
    restored = run(["--vault", str(tmp_path / "restored"), "restore", str(dest)], initialised)
    assert restored.returncode == 0, restored.stderr
    digest = backed.stdout.split("content digest ")[1][:16]
    assert digest in restored.stdout
    again = run(["--vault", str(tmp_path / "restored"), "restore", str(dest)], initialised)
    assert again.returncode == 1 and "already exists" in again.stderr


def test_passwd_with_passphrase_files(initialised: dict[str, str], tmp_path: Path) -> None:
    new = tmp_path / "new.txt"
    new.write_text("another long passphrase\n")
    changed = run(["passwd", "--new-passphrase-file", str(new)], initialised)
    assert changed.returncode == 0, changed.stderr
    assert "old passphrase" in changed.stdout
    assert run(["verify"], initialised).returncode == 3
    env = {k: v for k, v in initialised.items() if k != "MODDESK_PASSPHRASE"}
    assert run(["verify", "--passphrase-file", str(new)], env).returncode == 0


def test_no_terminal_and_no_passphrase_source_is_a_usage_error(initialised: dict[str, str]) -> None:
    env = {k: v for k, v in initialised.items() if k != "MODDESK_PASSPHRASE"}
    result = run(["verify"], env, stdin="")
    assert result.returncode == 2
    assert "--passphrase-file" in result.stderr


def test_cli_refuses_a_vault_below_the_kdf_floor(tmp_path: Path, fast_params, env: dict[str, str]) -> None:
    # A vault made under the test-only floor: the real CLI must not open it.
    create_vault(tmp_path / "vault", passphrase_bytes(PW), params=fast_params).close()
    result = run(["verify"], env)
    assert result.returncode == 4
    assert "out of range" in result.stderr


def test_short_new_passphrase_is_refused(env: dict[str, str]) -> None:
    result = run(["init"], {**env, "MODDESK_PASSPHRASE": "short"})
    assert result.returncode == 2
    assert "too short" in result.stderr
    assert not Path(env["MODDESK_VAULT"]).exists()
