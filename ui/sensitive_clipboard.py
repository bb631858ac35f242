"""Copying text that names members: hidden from clipboard histories, cleared soon after.

What a moderator copies from ModDesk (a filled reply, the group's rules)
often names a member and a problem. `SensitiveClipboard.copy` puts it on
the clipboard with the hints clipboard managers honour where the platform
has them, and clears it 60 seconds later, but only if the clipboard still
holds exactly that text: if the moderator has copied something else since,
it is theirs and is left alone (KeePassXC's rule). It is also cleared when
the vault locks and when the app quits.

The hints, per platform (`hint_formats`):
- Linux/BSD: `x-kde-passwordManagerHint` = "secret" (Klipper, CopyQ and
  wl-clip-persist skip such content).
- Windows: the registered formats `ExcludeClipboardContentFromMonitorProcessing`,
  `CanIncludeInClipboardHistory` = DWORD 0 and `CanUploadToCloudClipboard`
  = DWORD 0 (Win+V history and cloud clipboard). Qt passes a MIME type of
  the form `application/x-qt-windows-mime;value="NAME"` as format NAME.
- macOS: `application/x-nspasteboard-concealed-type`, which Qt's pasteboard
  converter offers as the `org.nspasteboard.ConcealedType` type that
  clipboard managers on macOS skip.
Nothing here can stop a screenshot or an app that ignores the hints; the
short lifetime is the second line of defence.
"""

from __future__ import annotations

import struct
import sys

from PySide6.QtCore import QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 60_000
_DWORD_0 = struct.pack("<I", 0)
_WIN = 'application/x-qt-windows-mime;value="{}"'


def hint_formats(platform: str = sys.platform) -> dict[str, bytes]:
    """MIME type -> data of the "do not keep" hints for `platform` (a sys.platform value)."""
    if platform.startswith("win"):
        return {_WIN.format("ExcludeClipboardContentFromMonitorProcessing"): struct.pack("<I", 1),
                _WIN.format("CanIncludeInClipboardHistory"): _DWORD_0,
                _WIN.format("CanUploadToCloudClipboard"): _DWORD_0}
    if platform == "darwin":
        return {"application/x-nspasteboard-concealed-type": b"secret"}
    return {"x-kde-passwordManagerHint": b"secret"}


def sensitive_mime(text: str, platform: str = sys.platform) -> QMimeData:
    """Plain text plus this platform's hints, ready for QClipboard.setMimeData."""
    mime = QMimeData()
    mime.setText(text)
    for fmt, data in hint_formats(platform).items():
        mime.setData(fmt, data)
    return mime


class SensitiveClipboard(QObject):
    """Puts text on the clipboard marked as sensitive and takes it off again.

    Args:
        clipboard: the clipboard to use (the application's by default).
        timer: the single-shot timer that ends the 60 s; injected so tests
            fire it instead of waiting.

    Signals:
        copied(): text was put on the clipboard.
        cleared(str): the clipboard was emptied because of "timeout", "lock"
            or "quit" (not emitted when the moderator had copied something else).
    """

    copied = Signal()
    cleared = Signal(str)

    def __init__(self, clipboard: QClipboard | None = None, *, timer: QTimer | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clipboard = clipboard or QGuiApplication.clipboard()
        self.timer = timer or QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(CLEAR_AFTER_MS)
        self.timer.timeout.connect(self._on_timeout)
        self._owned: str | None = None

    @property
    def holds_ours(self) -> bool:
        """True while the clipboard still holds exactly what we put there."""
        return self._owned is not None and self._clipboard.text() == self._owned

    def copy(self, text: str) -> None:
        """Put `text` on the clipboard with the hints; clear it after CLEAR_AFTER_MS."""
        self._clipboard.setMimeData(sensitive_mime(text))
        self._owned = text
        self.timer.start()
        self.copied.emit()

    def clear_if_ours(self, reason: str) -> bool:
        """Empty the clipboard if it still holds our text; True when it did."""
        self.timer.stop()
        ours, self._owned = self.holds_ours, None
        if ours:
            self._clipboard.clear()
            self.cleared.emit(reason)
        return ours

    def watch(self, session: QObject) -> None:
        """Clear on the session's lock (it begins with `locking`) and when the app quits."""
        # Bound slots, not lambdas: Qt drops them when this object goes away.
        session.locking.connect(self._on_lock)  # type: ignore[attr-defined]
        session.locked.connect(self._on_lock)  # type: ignore[attr-defined]
        app = QGuiApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._on_quit)

    def _on_timeout(self) -> None:
        self.clear_if_ours("timeout")

    def _on_lock(self) -> None:
        self.clear_if_ours("lock")

    def _on_quit(self) -> None:
        self.clear_if_ours("quit")


def for_session(session: QObject) -> SensitiveClipboard:
    """The one SensitiveClipboard of this session, made and wired on first use.

    One per session (a child of it), so a copy made in a dialog that has
    since closed is still cleared on lock.
    """
    found = session.findChild(SensitiveClipboard, "sensitive_clipboard")
    if found is None:
        found = SensitiveClipboard(parent=session)
        found.setObjectName("sensitive_clipboard")
        found.watch(session)
    return found
