"""The whole GUI flow runs without touching the network (P26).

An audit hook (it cannot be removed, so it checks a module flag) fails on any
inet socket, connect, bind or name lookup while the flow runs.
"""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from moddesk.app import AppShell
from moddesk.ui import message_bridge
from tests.conftest import PASSPHRASE
from tests.ui.first_run_helpers import to_passphrase_page
from tests.ui.helpers import WAIT_MS, fake_clock, shell, unlock  # noqa: F401 - fixtures

_ARMED = False
_EVENTS: list[str] = []
_BLOCK = {"socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg",
          "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr",
          "urllib.Request", "http.client.connect", "webbrowser.open"}


def _audit(event: str, args: tuple) -> None:  # type: ignore[type-arg]
    if not _ARMED:
        return
    inet = event == "socket.__new__" and args[1] in (socket.AF_INET, socket.AF_INET6)
    if inet or event in _BLOCK:
        _EVENTS.append(event)
        raise PermissionError(f"offline app: {event}")


_INSTALLED = False


@pytest.fixture
def offline() -> object:
    global _ARMED, _INSTALLED
    if not _INSTALLED:
        sys.addaudithook(_audit)
        _INSTALLED = True
    _EVENTS.clear()
    _ARMED = True
    yield _EVENTS
    _ARMED = False


def test_hook_is_live(offline: list[str]) -> None:
    with pytest.raises(PermissionError):
        socket.getaddrinfo("localhost", 80)
    assert offline == ["socket.getaddrinfo"]
    offline.clear()


def test_create_unlock_write_backup_lock_is_offline(
        qtbot: QtBot, offline: list[str], shell: AppShell, vault_dir: Path,
        tmp_path: Path) -> None:
    dialog = to_passphrase_page(shell)
    dialog.form.first.setText(PASSPHRASE)
    dialog.form.second.setText(PASSPHRASE)
    with qtbot.waitSignal(shell.session.unlocked, timeout=WAIT_MS):
        dialog.create_button.click()

    shell.session.lock("manual")
    shell.window.lock_screen.button.click()
    unlock(qtbot, shell)

    with qtbot.waitSignal(shell.session.changed, timeout=WAIT_MS):
        shell.session.save_settings({"moderator_name": "Offline Tester"})
    assert shell.window.moderator_label.text() == "Moderator: Offline Tester"

    dest = tmp_path / "offline.mdbackup"
    shell.window._ask_backup_path = lambda: dest  # type: ignore[method-assign]
    with qtbot.waitSignal(message_bridge.bridge().message, timeout=WAIT_MS) as blocker:
        shell.window.backup_action.trigger()
    assert blocker.args[0] == "info" and "verified" in blocker.args[1]
    assert dest.exists()

    shell.session.lock("manual")
    assert offline == []
    for module in ("PySide6.QtNetwork", "PySide6.QtWebEngineCore", "urllib.request",
                   "http.client"):
        assert module not in sys.modules, module
