"""Notice when the operating system locks the screen, where Qt can tell.

Linux: listen on the D-Bus session bus for `ActiveChanged(bool)` from
`org.freedesktop.ScreenSaver` (KDE, Xfce, …) and `org.gnome.ScreenSaver`
(GNOME). Without a session bus (SSH, CI, Windows, macOS) the watcher stays
silent; `available` says whether anything was connected. QtDBus talks over a
local Unix socket, never the network.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger("moddesk.ui.screen_lock")

SERVICES = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


class ScreenLockWatcher(QObject):
    """Relays "the screen was locked" from the desktop session.

    Signals:
        screen_locked(): the OS screen saver or lock screen became active.
    """

    screen_locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.available = False

    def start(self) -> bool:
        """Connect to the session bus if there is one; True when connected."""
        if not sys.platform.startswith("linux"):
            return False
        from PySide6.QtDBus import QDBusConnection

        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            log.info("no D-Bus session bus; screen-lock detection off")
            return False
        self.available = any(
            bus.connect("", path, iface, "ActiveChanged", self,
                        "1_on_bus_active_changed(bool)")
            for path, iface in SERVICES
        )
        log.info("screen-lock detection %s", "on" if self.available else "unavailable")
        return self.available

    @Slot(bool)
    def _on_bus_active_changed(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()
