"""Shared bits of the by-hand screenshot scripts: let Qt settle, save a widget as PNG."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QWidget


def pump(until: Callable[[], bool] = lambda: False, seconds: float = 5.0) -> None:
    """Run the event loop until `until()` holds or `seconds` pass."""
    end = time.monotonic() + seconds
    loop = QEventLoop()
    while time.monotonic() < end and not until():
        QTimer.singleShot(30, loop.quit)
        loop.exec()


def save(widget: QWidget, out: Path, name: str) -> None:
    """Let layouts settle, then write `out/name.png` and print its path."""
    pump(seconds=0.3)
    widget.grab().save(str(out / f"{name}.png"))
    print(out / f"{name}.png")
