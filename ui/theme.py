"""The app icon and style sheet, loaded from `moddesk.ui`'s package data."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QIcon, QPixmap

SIZES = (16, 24, 32, 48, 64, 96, 128, 256)


def _resource(name: str) -> Traversable:
    return resources.files("moddesk.ui") / "resources" / name


def app_icon() -> QIcon:
    """ModDesk's icon, rendered from the SVG at the usual sizes."""
    data = QByteArray(_resource("moddesk.svg").read_bytes())
    icon = QIcon()
    for size in SIZES:
        pixmap = QPixmap(size, size)
        if pixmap.loadFromData(data, "SVG"):
            icon.addPixmap(pixmap.scaled(size, size))
    return icon


def style_sheet() -> str:
    """The application style sheet (works on light and dark palettes)."""
    try:
        return _resource("app.qss").read_text(encoding="utf-8")
    except OSError:
        return ""
