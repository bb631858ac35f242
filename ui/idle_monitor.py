"""Lock after a stretch without real keyboard or mouse input.

An application-wide event filter (KeePassXC's InactivityTimer) notes the time
of every *spontaneous* key press, mouse button press, mouse move and wheel
event, i.e. input that came from the window system. Timers, imports and
synthetic events posted by the app never count as activity. A polling timer
compares the injected clock with the last activity, so tests fake only the
clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

Clock = Callable[[], float]
ACTIVITY = frozenset({
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
})
DEFAULT_TIMEOUT = 5 * 60


class IdleMonitor(QObject):
    """Emits `idle` once when no input arrived for `timeout` seconds.

    Args:
        clock: seconds, monotonic; tests pass a fake one.
        poll_ms: how often the clock is checked.

    Signals:
        idle(): no real input for `timeout` seconds (emitted once until the
            next activity or `reset()`).
    """

    idle = Signal()

    def __init__(self, clock: Clock = time.monotonic, *, poll_ms: int = 1000,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.timeout = float(DEFAULT_TIMEOUT)
        self.last_activity = clock()
        self._fired = False
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self._on_poll_timeout)

    def start(self) -> None:
        """Watch all input to the application and start counting from now."""
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.reset()
        self._poll.start()

    def stop(self) -> None:
        """Stop watching (while locked nothing needs to time out)."""
        self._poll.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    @property
    def active(self) -> bool:
        """True while watching."""
        return self._poll.isActive()

    def set_timeout(self, seconds: float) -> None:
        """Lock after this many seconds without input."""
        self.timeout = float(seconds)

    def reset(self) -> None:
        """Count from now."""
        self.last_activity = self._clock()
        self._fired = False

    def idle_for(self) -> float:
        """Seconds since the last real input."""
        return self._clock() - self.last_activity

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in ACTIVITY and event.spontaneous():
            self.reset()
        return False

    def check(self) -> None:
        """Emit `idle` if the timeout has passed (the poll timer calls this)."""
        if not self._fired and self.idle_for() >= self.timeout:
            self._fired = True
            self.idle.emit()

    def _on_poll_timeout(self) -> None:
        self.check()
