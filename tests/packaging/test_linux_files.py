"""Desktop integration files: the menu entry, AppStream metainfo and the icons.

They must agree with the app (id, executable, version, window class), pass the
freedesktop validators where those are installed, and the icons must be the
app's own icon at every size a desktop asks for.
"""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

import moddesk
from moddesk import app as moddesk_app
from tests.packaging.conftest import PACKAGING, ROOT

import bundle_config  # noqa: E402  (packaging/ is on sys.path via conftest)
import make_icons  # noqa: E402

APP_ID = bundle_config.APP_ID
LINUX = PACKAGING / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
HICOLOR = LINUX / "icons" / "hicolor"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def desktop_entry(path: Path = DESKTOP) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  (keys are case-sensitive)
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def png_size(path: Path) -> tuple[int, int]:
    return png_data_size(path.read_bytes())


def png_data_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_the_app_and_the_packaging_use_one_app_id() -> None:
    assert moddesk_app.APP_ID == APP_ID


def test_menu_entry_starts_the_app_with_its_icon() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == moddesk_app.APP_NAME
    assert entry["Exec"] == bundle_config.EXE_NAME
    assert bundle_config.EXE_NAME in PYPROJECT["project"]["gui-scripts"]
    assert entry["Icon"] == APP_ID
    # Qt's X11 window class is the application name: the dock matches windows by it.
    assert entry["StartupWMClass"] == moddesk_app.APP_NAME
    assert entry["Terminal"] == "false"
    for language in bundle_config.QT_TRANSLATIONS:
        assert entry[f"Comment[{language}]"], language


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate not installed (apt: desktop-file-utils)")
def test_menu_entry_passes_desktop_file_validate() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True,
                            text=True)
    assert result.returncode == 0 and result.stdout == "", result.stdout


def test_metainfo_matches_the_app() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    assert root.findtext("project_license") == PYPROJECT["project"]["license"]
    assert root.findtext("provides/binary") == bundle_config.EXE_NAME
    assert root.findtext("name") == moddesk_app.APP_NAME
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == moddesk.__version__


@pytest.mark.skipif(shutil.which("appstreamcli") is None,
                    reason="appstreamcli not installed (apt: appstream)")
def test_metainfo_passes_appstream_validation() -> None:
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_hicolor_icons_exist_at_every_size() -> None:
    for size in make_icons.PNG_SIZES:
        assert png_size(HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == (size, size)
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == make_icons.SVG_SOURCE.read_bytes()


def test_committed_pngs_are_the_window_icon_rendered(qapp) -> None:  # type: ignore[no-untyped-def]
    # Fails when the SVG changed and make_icons.py was not run again.
    from moddesk.ui.theme import render_icon

    for size in (16, 64, 256):
        committed = QImage(str(HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        fresh = render_icon(size).convertToFormat(committed.format())
        diff = sum(abs(committed.pixelColor(x, y).value() - fresh.pixelColor(x, y).value())
                   for x in range(0, size, max(1, size // 32))
                   for y in range(0, size, max(1, size // 32)))
        samples = len(range(0, size, max(1, size // 32))) ** 2
        assert diff / samples < 4, f"{size}px PNG differs from the SVG; run make_icons.py"


def test_windows_ico_and_macos_icns_hold_every_size() -> None:
    ico = (PACKAGING / "icons" / "moddesk.ico").read_bytes()
    _, kind, count = struct.unpack("<HHH", ico[:6])
    assert (kind, count) == (1, len(make_icons.ICO_SIZES))
    sizes = []
    for index in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * index:22 + 16 * index])
        sizes.append(png_data_size(ico[offset:offset + length])[0])
        assert width in (sizes[-1], 0)
    assert sizes == list(make_icons.ICO_SIZES)
    icns = (PACKAGING / "icons" / "moddesk.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    found, pos = {}, 8
    while pos < len(icns):
        kind_bytes, length = icns[pos:pos + 4], struct.unpack(">I", icns[pos + 4:pos + 8])[0]
        found[kind_bytes.decode()] = png_data_size(icns[pos + 8:pos + length])[0]
        pos += length
    assert found == dict(make_icons.ICNS_TYPES)


def test_add_to_menu_installs_an_entry_pointing_at_the_bundle(tmp_path: Path) -> None:
    bundle = tmp_path / "Unpacked here" / "moddesk"
    (bundle / "share" / "applications").mkdir(parents=True)
    shutil.copytree(LINUX / "icons", bundle / "share" / "icons")
    shutil.copy2(DESKTOP, bundle / "share" / "applications")
    shutil.copy2(LINUX / "add-to-menu.sh", bundle)
    data = tmp_path / "data"
    result = subprocess.run(["sh", str(bundle / "add-to-menu.sh")], capture_output=True,
                            text=True, env={**os.environ, "XDG_DATA_HOME": str(data)})
    assert result.returncode == 0, result.stderr
    installed = data / "applications" / DESKTOP.name
    assert desktop_entry(installed)["Exec"] == f'"{bundle / "moddesk"}"'
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True,
                               text=True)
        assert check.returncode == 0, check.stdout
