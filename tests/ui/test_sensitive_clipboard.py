"""The sensitive clipboard: platform hints, clear after the timer only if unchanged, clear on lock."""

from __future__ import annotations

import struct

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from moddesk.session import Session
from moddesk.ui.sensitive_clipboard import SensitiveClipboard, for_session, sensitive_mime

WIN = 'application/x-qt-windows-mime;value="{}"'


@pytest.mark.parametrize(("platform", "hints"), [
    ("linux", {"x-kde-passwordManagerHint": b"secret"}),
    ("freebsd14", {"x-kde-passwordManagerHint": b"secret"}),
    ("win32", {WIN.format("ExcludeClipboardContentFromMonitorProcessing"): struct.pack("<I", 1),
               WIN.format("CanIncludeInClipboardHistory"): b"\0\0\0\0",
               WIN.format("CanUploadToCloudClipboard"): b"\0\0\0\0"}),
    ("darwin", {"application/x-nspasteboard-concealed-type": b"secret"}),
])
def test_each_platform_gets_its_do_not_keep_hints(qapp: QApplication, platform: str,
                                                  hints: dict[str, bytes]) -> None:
    mime = sensitive_mime("Hallo Olga", platform)
    assert mime.text() == "Hallo Olga"
    assert set(mime.formats()) == {"text/plain", *hints}
    for fmt, data in hints.items():
        assert bytes(mime.data(fmt)) == data


def test_timer_clears_our_text_but_leaves_what_the_moderator_copied_since(qtbot: QtBot) -> None:
    clip = SensitiveClipboard()
    board = QGuiApplication.clipboard()
    clip.copy("Hello Marc")
    assert board.text() == "Hello Marc" and clip.holds_ours
    with qtbot.waitSignal(clip.cleared, timeout=1000) as cleared:
        clip.timer.timeout.emit()
    assert cleared.args == ["timeout"] and board.text() == ""
    clip.copy("Hello Marc")
    board.setText("the moderator's own note")
    with qtbot.assertNotEmitted(clip.cleared):
        clip.timer.timeout.emit()
    assert board.text() == "the moderator's own note"


def test_the_sessions_clipboard_is_cleared_on_lock(qtbot: QtBot, vault, fast_params,  # type: ignore[no-untyped-def]
                                                   app_env) -> None:
    session = Session(vault.paths.folder, vault_params=fast_params)
    session.unlock_with(vault)
    clip = for_session(session)
    assert for_session(session) is clip  # one per session, so a closed dialog's copy is tracked
    clip.copy("Warnung an Anna")
    with qtbot.waitSignal(clip.cleared, timeout=1000) as cleared:
        session.lock("manual")
    assert cleared.args == ["lock"] and QGuiApplication.clipboard().text() == ""
    assert not clip.timer.isActive()
