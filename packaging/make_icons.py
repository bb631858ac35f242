"""Render the app icon into every file the bundles and desktops need.

The one source is `ui/resources/moddesk.svg` (also the window icon). This script
draws it with Qt's QSvgRenderer, through the same `render_icon()` the app uses,
and writes (all committed):

- `linux/icons/hicolor/<N>x<N>/apps/<app id>.png` for N in `PNG_SIZES`, and the
  SVG itself as `linux/icons/hicolor/scalable/apps/<app id>.svg`;
- `icons/moddesk.ico` (Windows; PNG-compressed entries, 16-256 px);
- `icons/moddesk.icns` (macOS; PNG entries, 16-1024 px incl. @2x types).

Run after changing the SVG:  .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

from bundle_config import APP_ID, ICONS, PACKAGING

PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element type -> pixel size (PNG payloads; ic11-ic14 are the @2x variants).
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
              ("ic09", 512), ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256),
              ("ic14", 512))
HICOLOR = PACKAGING / "linux" / "icons" / "hicolor"
SVG_SOURCE = PACKAGING.parent / "ui" / "resources" / "moddesk.svg"


def png_bytes(size: int) -> bytes:
    """The icon at `size` px as PNG data."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    from moddesk.ui.theme import render_icon

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    render_icon(size).save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG entry per size (Vista and later read these)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, payload = b"", b""
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data),
                               offset + len(payload))
        payload += data
    return header + entries + payload


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns: big-endian (type, length) elements, each a PNG."""
    body = b"".join(kind.encode("ascii") + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                    for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_all() -> list[Path]:
    """Render and write every icon file; returns the paths written."""
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: png_bytes(size) for size in sizes}
    written = []
    for size in PNG_SIZES:
        target = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
        written.append(target)
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG_SOURCE, scalable)
    ICONS.mkdir(exist_ok=True)
    (ICONS / "moddesk.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    (ICONS / "moddesk.icns").write_bytes(icns_bytes(pngs))
    return [*written, scalable, ICONS / "moddesk.ico", ICONS / "moddesk.icns"]


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (QPainter needs the app's fonts)
    for path in write_all():
        print(f"wrote {path.relative_to(PACKAGING.parent)} ({path.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
