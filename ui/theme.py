"""The app icon and style sheet, loaded from `moddesk.ui`'s package data.

Colours follow the palette the system hands Qt (light or dark); where a
colour has to be fixed or derived, the helpers here keep text at WCAG AA
contrast (4.5:1) against what it is drawn on.
"""

from __future__ import annotations

import functools
from importlib import resources
from importlib.resources.abc import Traversable

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 96, 128, 256, 512)
AA = 4.5  # WCAG AA for body text
MUTED_TOKEN = "@muted"  # in app.qss: quieter text that still reads, from the palette


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


def style_sheet(palette: QPalette | None = None) -> str:
    """The application style sheet for `palette` (the application's by default)."""
    try:
        text = _resource("app.qss").read_text(encoding="utf-8")
    except OSError:
        return ""
    palette = palette or QGuiApplication.palette()
    return text.replace(MUTED_TOKEN, muted_text(palette).name())


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an opaque colour."""
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def mix(top: QColor, bottom: QColor, share: float) -> QColor:
    """`share` of `top` over `bottom` (also how a translucent `top` is seen)."""
    return QColor.fromRgbF(*(a * share + b * (1 - share) for a, b in zip(
        (top.redF(), top.greenF(), top.blueF()), (bottom.redF(), bottom.greenF(), bottom.blueF()))))


def contrast(text: QColor, background: QColor) -> float:
    """WCAG contrast ratio of `text` (its alpha blended in) on an opaque `background`."""
    seen = mix(text, background, text.alphaF())
    dark, light = sorted((luminance(seen), luminance(background)))
    return (light + 0.05) / (dark + 0.05)


def readable_on(colour: QColor | str, background: QColor) -> QColor:
    """`colour`, lightened on a dark background or darkened on a light one until it reads."""
    return QColor.fromRgba(_readable_rgba(QColor(colour).rgba(), background.rgba()))


@functools.lru_cache(maxsize=512)
def _readable_rgba(colour_rgba: int, background_rgba: int) -> int:
    # Cached: delegates ask for the same few colours on every row they paint.
    colour, background = QColor.fromRgba(colour_rgba), QColor.fromRgba(background_rgba)
    target = QColor("white") if luminance(background) < 0.18 else QColor("black")
    for step in range(21):
        tried = QColor.fromRgba(mix(target, colour, step / 20).rgba())  # as it will be drawn
        if contrast(tried, background) >= AA:
            return tried.rgba()
    return target.rgba()


def muted_text(palette: QPalette) -> QColor:
    """Secondary text: the window text faded toward the window, but not below AA.

    (The palette's own placeholder colour is half-transparent black under
    Fusion's light palette: 3.9:1, too faint for reading.)
    """
    role = QPalette.ColorRole
    return QColor.fromRgba(_muted_rgba(*(palette.color(r).rgba()
                                         for r in (role.WindowText, role.Window, role.Base))))


@functools.lru_cache(maxsize=64)
def _muted_rgba(text_rgba: int, window_rgba: int, base_rgba: int) -> int:
    text, window, base = (QColor.fromRgba(v) for v in (text_rgba, window_rgba, base_rgba))
    for step in range(10, 21):
        tried = QColor.fromRgba(mix(text, window, step / 20).rgba())  # as it will be drawn
        if min(contrast(tried, window), contrast(tried, base)) >= AA + 0.1:
            return tried.rgba()
    return text_rgba
