"""Route every unexpected exception to the crash dialog and the log.

`install()` sets `sys.excepthook`. PySide calls it for exceptions raised in
slots and event handlers, and our worker adapters hand background failures
to it too. The report shown and logged holds the exception type and frames
only (`moddesk.logs.safe_traceback`): no locals, no message text.
`KnownError`s never get here: they are turned into plain messages earlier.
"""

from __future__ import annotations

import logging
import sys
import types
from collections.abc import Callable

from PySide6.QtWidgets import QApplication

from moddesk.logs import safe_traceback
from moddesk.ui.crash_dialog import CrashDialog

log = logging.getLogger("moddesk.crash")
Hook = Callable[[type[BaseException], BaseException, types.TracebackType | None], None]


class CrashHandler:
    """The installed hook: logs, then shows (at most one) crash dialog.

    Args:
        on_quit: called when the moderator chooses Quit (lock, then exit).
    """

    def __init__(self, on_quit: Callable[[], None]) -> None:
        self._on_quit = on_quit
        self.previous: Hook = sys.excepthook
        self.dialog: CrashDialog | None = None
        self._handling = False

    def __call__(self, exc_type: type[BaseException], exc: BaseException,
                 tb: types.TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt) or self._handling:
            sys.__excepthook__(exc_type, exc, tb)
            return
        self._handling = True
        try:
            self._report(safe_traceback(exc_type, exc, tb))
        except Exception:  # noqa: BLE001 - never loop inside the hook
            sys.__excepthook__(exc_type, exc, tb)
        finally:
            self._handling = False

    def _report(self, report: str) -> None:
        log.error("unexpected error\n%s", report)
        if QApplication.instance() is None:
            sys.stderr.write(report)
            return
        if self.dialog is not None and self.dialog.isVisible():
            return  # one dialog at a time; the log has every report
        self.dialog = CrashDialog(report)
        self.dialog.quit_requested.connect(self._on_dialog_quit_requested)
        self.dialog.show()

    def _on_dialog_quit_requested(self) -> None:
        self._on_quit()

    def uninstall(self) -> None:
        """Put the previous hook back."""
        if sys.excepthook is self:
            sys.excepthook = self.previous


def install(on_quit: Callable[[], None]) -> CrashHandler:
    """Install the crash hook; returns it (tests read `.dialog`)."""
    handler = CrashHandler(on_quit)
    sys.excepthook = handler
    return handler
