"""Fixtures and helpers shared by the UI and app-shell tests.

Import the fixtures you need into a test module (`from tests.ui.helpers
import shell, ...`). Everything is real: offscreen Qt, real SQCipher vaults in
tmp_path, real worker threads. Only the clock is fake.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from moddesk.app import AppShell, make_application
from moddesk.storage import create_vault, passphrase_bytes, set_setting
from tests.conftest import PASSPHRASE

WAIT_MS = 10_000


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def make_vault(folder: Path, params, settings: dict | None = None) -> None:  # type: ignore[no-untyped-def]
    """Create a closed vault at `folder` with PASSPHRASE and optional settings."""
    vault = create_vault(folder, passphrase_bytes(PASSPHRASE), params=params)
    try:
        for key, value in (settings or {}).items():
            set_setting(vault.db, key, value)
    finally:
        vault.close()


def file_hashes(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under `folder`, by relative path."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def visible_dialogs() -> list[QDialog]:
    """Every top-level dialog currently shown."""
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


@pytest.fixture
def fake_clock() -> FakeClock:
    """A clock that only moves when the test says so."""
    return FakeClock()


@pytest.fixture
def shell(qtbot: QtBot, app_env: Path, vault_dir: Path, fast_params,  # type: ignore[no-untyped-def]
          fake_clock: FakeClock) -> Iterator[AppShell]:
    """An app shell on `vault_dir` with fast KDF parameters (not started)."""
    make_application()
    app_shell = AppShell(vault_dir, vault_params=fast_params, clock=fake_clock)
    qtbot.addWidget(app_shell.window)
    yield app_shell
    app_shell.shutdown()


def unlock(qtbot: QtBot, shell: AppShell, passphrase: str = PASSPHRASE) -> None:
    """Type the passphrase into the shown unlock dialog and wait for the unlock."""
    dialog = shell.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.passphrase.setText(passphrase)
    with qtbot.waitSignal(shell.session.unlocked, timeout=WAIT_MS):
        dialog.unlock_button.click()


@pytest.fixture
def unlocked_shell(qtbot: QtBot, shell: AppShell, vault_dir: Path,  # type: ignore[no-untyped-def]
                   fast_params) -> AppShell:
    """A started shell, unlocked on an existing vault with a marker name set."""
    make_vault(vault_dir, fast_params, {"moderator_name": MARKER_NAME})
    shell.start()
    unlock(qtbot, shell)
    return shell


MARKER_NAME = "Marker Moderator 7f3a9c"
