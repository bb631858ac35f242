"""Fixtures for the import UI tests: a real session on a real vault, a controller, files."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from moddesk.app import make_application
from moddesk.session import Session
from moddesk.storage import Vault, open_vault, passphrase_bytes
from moddesk.storage import watch_store as ws
from moddesk.ui import workers
from moddesk.ui.import_controller import ImportController
from tests.conftest import PASSPHRASE
from tests.ingest.watch_helpers import SETTLE, FakeClock

WAIT_MS = 10_000
MAX_BYTES = 64 * 1024


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "Downloads"
    path.mkdir()
    return path


@pytest.fixture
def session(qtbot: QtBot, vault: Vault, app_env: Path) -> Iterator[Session]:
    """A locked session on the `vault` fixture's folder (unlock with `unlock`)."""
    make_application()
    s = Session(vault.paths.folder)
    yield s
    s.lock("quit")
    qtbot.waitUntil(lambda: workers.pending_count() == 0, timeout=WAIT_MS)


@pytest.fixture
def imports(qtbot: QtBot, session: Session, clock: FakeClock) -> Iterator[ImportController]:
    controller = ImportController(session, clock=clock, tick_ms=10, settle=SETTLE,
                                  rescan_every=300.0, incomplete_after=60.0, max_bytes=MAX_BYTES)
    yield controller
    controller.shutdown()


def unlock(session: Session, vault: Vault | None = None) -> None:
    """Adopt `vault` (or open the folder again) as an unlock does."""
    session.unlock_with(vault or open_vault(session.vault_dir, passphrase_bytes(PASSPHRASE)))


def watch_folder(vault: Vault, folder: Path) -> None:
    """Store `folder` as watched, as the dialog would."""
    ws.add_folder(vault.db, str(folder.resolve()))


def settle_and_finish(qtbot: QtBot, imports: ImportController, clock: FakeClock,
                      count: int) -> list:  # type: ignore[type-arg]
    """Wait until `count` files are tracked, let them settle, return the batch's outcomes."""
    qtbot.waitUntil(lambda: imports.engine.tracking() == count, timeout=WAIT_MS)
    with qtbot.waitSignal(imports.batch_finished, timeout=WAIT_MS) as blocker:
        clock.advance(SETTLE)
    return list(blocker.args[0])


def hold_writer(session: Session) -> threading.Event:
    """Occupy the writer until the returned event is set, so later jobs wait in line."""
    gate = threading.Event()
    session.submit(lambda db: gate.wait(WAIT_MS / 1000))
    return gate
