"""The app icon and style sheet, loaded from `moddesk.ui`'s package data."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 96, 128, 256, 512)


def _resource(name: str) -> Traversable:
    return resources.files("moddesk.ui") / "resources" / name


def render_icon(size: int) -> QImage:
    """The SVG icon drawn at `size` px (also renders packaging's PNGs, so they match)."""
    renderer = QSvgRenderer(QByteArray(_resource("moddesk.svg").read_bytes()))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def app_icon() -> QIcon:
    """ModDesk's icon, drawn from the SVG at each size (sharp, not scaled down)."""
    icon = QIcon()
    for size in SIZES:
        icon.addPixmap(QPixmap.fromImage(render_icon(size)))
    return icon


def style_sheet() -> str:
    """The application style sheet (works on light and dark palettes)."""
    try:
        return _resource("app.qss").read_text(encoding="utf-8")
    except OSError:
        return ""
