"""Ends the process the moment the unlock dialog is first painted.

`measure_start.py` times whole processes from launch to that moment, for the
frozen app and for `python -m moddesk` alike: both load this probe before the
app starts (the frozen entry script when `MODDESK_STARTUP_PROBE=1`, the
Python run through `python -c`). The probe wraps `moddesk.app.make_application`
to put an event filter on the new QApplication; nothing else changes.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject


class UnlockPaintWatcher(QObject):
    """Application event filter: exits (code 0) on the unlock dialog's first paint."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint and type(watched).__name__ == "UnlockDialog":
            sys.stdout.flush()
            os._exit(0)  # skip teardown: the measurement ends at the first frame
        return False


def install() -> None:
    """Hook the app's QApplication factory so the watcher sees every event."""
    from moddesk import app

    make = app.make_application

    def make_application(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        qapp = make(*args, **kwargs)
        watcher = UnlockPaintWatcher(qapp)
        qapp.installEventFilter(watcher)
        return qapp

    app.make_application = make_application  # type: ignore[assignment]
