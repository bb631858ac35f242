"""Shared fixtures: offscreen Qt by default, the fast-KDF floor, real vaults.

Qt runs on the offscreen platform unless `--onscreen` is given. Tests that
use `qtbot` or `qapp` are marked `gui` automatically. The only way a test
lowers the Argon2 cost is the `fast_kdf` fixture below.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PASSPHRASE = "correct horse battery staple"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--onscreen", action="store_true", help="show Qt windows on a real display")


def pytest_configure(config: pytest.Config) -> None:
    if not config.getoption("--onscreen"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # Logs and settings of the app under test go to a throwaway place, never the user's.
    os.environ.setdefault("MODDESK_TEST", "1")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def fast_kdf() -> Iterator[None]:
    """Lower the Argon2 floor for one test, so creating vaults takes milliseconds."""
    from moddesk.storage import kdf

    with kdf.insecure_floor_for_tests():
        yield


@pytest.fixture
def fast_params(fast_kdf: None):  # type: ignore[no-untyped-def]
    """Tiny but valid-under-the-test-floor KDF parameters with a fresh salt."""
    from moddesk.storage.kdf import KdfParams, new_salt

    return KdfParams(memory_kib=64, iterations=1, lanes=1, salt=new_salt())


@pytest.fixture
def no_stdlib_sqlite(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make stdlib sqlite3.connect raise: vault code must never use it."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("stdlib sqlite3.connect used: that writes plaintext")

    monkeypatch.setattr(sqlite3, "connect", refuse)


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    """Where a test's vault goes (does not exist yet)."""
    return tmp_path / "vault"


@pytest.fixture
def vault(vault_dir: Path, fast_params, no_stdlib_sqlite):  # type: ignore[no-untyped-def]
    """A real, freshly created SQLCipher vault, closed after the test."""
    from moddesk.storage import create_vault, passphrase_bytes

    v = create_vault(vault_dir, passphrase_bytes(PASSPHRASE), params=fast_params)
    yield v
    v.close()


@pytest.fixture
def app_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the app's data, log and config dirs into tmp_path."""
    home = tmp_path / "home"
    for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_STATE_HOME", "state"),
                     ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("MODDESK_VAULT", raising=False)
    monkeypatch.delenv("MODDESK_PASSPHRASE", raising=False)
    return home
