"""Every decision about the frozen bundle, per target platform, as plain data.

`moddesk.spec` asks `bundle_config(platform, version)` what to exclude, which Qt
plugins to keep, and the Windows and macOS settings; the spec itself only wires
the answers into PyInstaller. Nothing here imports PyInstaller or Qt, so the
tests evaluate the Windows and macOS branches on Linux without freezing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

APP_ID = "org.moddesk.ModDesk"
APP_NAME = "ModDesk"
EXE_NAME = "moddesk"
SUMMARY = "Offline, encrypted moderation desk for WhatsApp group volunteers"
PACKAGING = Path(__file__).resolve().parent
ICONS = PACKAGING / "icons"
PLATFORMS = ("linux", "win32", "darwin")

# Qt bindings the app never imports. Excluding the Python module keeps PyInstaller's
# Qt hooks from collecting the Qt library, its plugins and its translations.
EXCLUDED_QT = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAxContainer", "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization",
    "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLocation",
    "QtMultimedia", "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL",
    "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtPositioning", "QtQml", "QtQuick",
    "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects",
    "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql",
    "QtStateMachine", "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore",
    "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
)
EXCLUDED_MODULES = (*(f"PySide6.{name}" for name in EXCLUDED_QT), "tkinter", "_tkinter")
# Imported lazily or about to be: reports print (QtPrintSupport) and draw SVG (QtSvg);
# the smoke run drives the window with QtTest. argon2's compiled bindings import
# _cffi_backend from C, where PyInstaller cannot see it.
HIDDEN_IMPORTS = ("PySide6.QtPrintSupport", "PySide6.QtSvg", "PySide6.QtTest",
                  "PySide6.QtDBus", "_cffi_backend")

# Qt libraries that only a dropped plugin or an excluded module links to; PyInstaller
# collects them as dependencies before the plugin filter runs.
DROPPED_QT_LIBRARIES = (
    "Network", "Qml", "QmlMeta", "QmlModels", "QmlWorkerScript", "Quick", "QuickControls2",
    "QuickTemplates2", "QuickLayouts", "VirtualKeyboard", "VirtualKeyboardQml", "Pdf",
    "WebEngineCore", "WebChannel", "Multimedia", "Sql", "EglFSDeviceIntegration",
    "EglFsKmsSupport",
)

# Qt plugins kept, by folder; None keeps the whole folder. Folders not named are dropped
# (egldeviceintegrations, generic, networkinformation, tls, sqldrivers, qml*, designer…).
# Image formats: SVG for the icon, JPEG/GIF/WebP for chat photos and stickers (PNG is
# built into QtGui). Input contexts: compose and IBus, for typing Devanagari.
COMMON_PLUGINS: dict[str, frozenset[str] | None] = {
    "imageformats": frozenset({"svg", "jpeg", "gif", "webp"}),
    "iconengines": frozenset({"svgicon"}),
    "printsupport": None,
}
PLATFORM_PLUGINS: dict[str, dict[str, frozenset[str] | None]] = {
    "linux": {
        "platforms": frozenset({"offscreen", "xcb", "wayland"}),
        "platformthemes": None,
        "platforminputcontexts": frozenset({"composeplatforminputcontextplugin",
                                            "ibusplatforminputcontextplugin"}),
        "xcbglintegrations": None,
        "wayland-decoration-client": None,
        "wayland-graphics-integration-client": None,
        "wayland-shell-integration": None,
    },
    "win32": {
        "platforms": frozenset({"offscreen", "windows"}),
        "styles": None,
    },
    "darwin": {
        "platforms": frozenset({"offscreen", "cocoa"}),
        "styles": None,
    },
}
# Qt's own strings (standard buttons, print dialog) in the languages ModDesk ships.
QT_TRANSLATIONS = ("de", "es", "fr", "hi")


@dataclass(frozen=True)
class MacBundle:
    """The macOS `.app` wrapper: name, identifier, icon and Info.plist keys."""

    name: str
    bundle_identifier: str
    icon: Path
    info_plist: dict[str, object]


@dataclass(frozen=True)
class BundleConfig:
    """What the spec builds for one platform.

    Attributes:
        platform: `sys.platform`-style name: linux, win32 or darwin.
        console: whether the executable opens a console window (never on
            Windows/macOS: the CLI is documented as `python -m moddesk` there).
        strip: strip debug symbols from libraries (Linux only: stripping
            breaks macOS code signatures and does nothing on Windows).
        cli_name: a second, console executable beside the windowed one
            (Windows: a windowed .exe has no stdin/stdout, so `moddesk backup`,
            `restore` and the passphrase prompt need `moddesk-cli.exe`).
        icon: the executable's icon (.ico on Windows, .icns on macOS), or None.
        version_info: text of a Windows version resource (PyInstaller's
            `VSVersionInfo` format), or None.
        mac_bundle: the `.app` settings on macOS, else None.
    """

    platform: str
    version: str
    console: bool
    strip: bool
    cli_name: str | None
    icon: Path | None
    version_info: str | None
    mac_bundle: MacBundle | None
    plugins: dict[str, frozenset[str] | None] = field(default_factory=dict)
    excludes: tuple[str, ...] = EXCLUDED_MODULES
    hidden_imports: tuple[str, ...] = HIDDEN_IMPORTS

    def keeps(self, dest: str) -> bool:
        """Whether a collected file (its path inside the bundle) stays in it."""
        parts = dest.replace("\\", "/").split("/")
        if "plugins" in parts[:-1]:
            return self._keeps_plugin(parts[parts.index("plugins") + 1], parts[-1])
        if "translations" in parts[:-1]:
            return _keeps_translation(parts[-1])
        return not _is_dropped_qt_library(parts[-1])

    def _keeps_plugin(self, folder: str, filename: str) -> bool:
        if folder not in self.plugins:
            return False
        allowed = self.plugins[folder]
        return allowed is None or plugin_name(filename) in allowed


def plugin_name(filename: str) -> str:
    """`libqxcb.so` / `qwindows.dll` / `libqcocoa.dylib` -> `xcb` / `windows` / `cocoa`."""
    stem = filename.split(".")[0]
    stem = stem.removeprefix("lib")
    return stem[1:] if stem.startswith("q") else stem


def _keeps_translation(filename: str) -> bool:
    match = re.fullmatch(r"qtbase_([a-z]{2,3})(?:_[A-Za-z]+)?\.qm", filename)
    return match is not None and match.group(1) in QT_TRANSLATIONS


def _is_dropped_qt_library(filename: str) -> bool:
    match = re.match(r"(?:lib)?Qt6([A-Za-z0-9]+?)(?:\.so|\.dll|\.dylib|$)", filename)
    if match is None:
        # macOS frameworks: QtNetwork (inside QtNetwork.framework)
        match = re.fullmatch(r"Qt([A-Za-z0-9]+)", filename)
    return match is not None and match.group(1) in DROPPED_QT_LIBRARIES


def not_from_site_packages(pure: list[tuple[str, str, str]]) -> list[str]:
    """The `moddesk` modules that Analysis found outside an installed wheel.

    `pure` is PyInstaller's (module name, source path, type) list. A wheel
    installs into `site-packages`; an editable install points into the checkout,
    and a bundle frozen from it would carry whatever is on disk there.
    """
    return [src for name, src, _ in pure
            if name.split(".")[0] == "moddesk" and "site-packages" not in Path(src).parts]


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """`0.1.0`, `1.2.3rc1`, `2.0` -> four numbers for a Windows version resource."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:3]]
    return (*numbers, *[0] * (4 - len(numbers)))  # type: ignore[return-value]


def windows_version_info(version: str) -> str:
    """The version resource shown in Explorer's file properties."""
    numbers = version_tuple(version)
    strings = {
        "CompanyName": APP_NAME, "FileDescription": APP_NAME, "FileVersion": version,
        "InternalName": EXE_NAME, "LegalCopyright": "GPL-3.0-or-later",
        "OriginalFilename": f"{EXE_NAME}.exe", "ProductName": APP_NAME,
        "ProductVersion": version,
    }
    table = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return (
        "VSVersionInfo(\n"
        f"  ffi=FixedFileInfo(filevers={numbers!r}, prodvers={numbers!r}, mask=0x3f,\n"
        "                    flags=0x0, OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),\n"
        "  kids=[\n"
        "    StringFileInfo([StringTable('040904B0', [\n"
        f"          {table}])]),\n"
        "    VarFileInfo([VarStruct('Translation', [1033, 1200])]),\n"
        "  ],\n"
        ")\n"
    )


def mac_bundle(version: str) -> MacBundle:
    """The `.app` settings: sharp on Retina, follows the system's dark mode."""
    return MacBundle(
        name=f"{APP_NAME}.app",
        bundle_identifier=APP_ID,
        icon=ICONS / "moddesk.icns",
        info_plist={
            "CFBundleName": APP_NAME,
            "CFBundleDisplayName": APP_NAME,
            "CFBundleShortVersionString": version,
            "CFBundleVersion": version,
            "NSHighResolutionCapable": True,
            "NSRequiresAquaSystemAppearance": False,
            "LSApplicationCategoryType": "public.app-category.productivity",
            "NSHumanReadableCopyright": "GPL-3.0-or-later",
        },
    )


def bundle_config(platform: str, version: str) -> BundleConfig:
    """The bundle settings for `platform` (a `sys.platform` value)."""
    target = "linux" if platform.startswith("linux") else platform
    if target not in PLATFORMS:
        raise ValueError(f"no bundle settings for platform {platform!r}; "
                         f"known: {', '.join(PLATFORMS)}")
    plugins = {**COMMON_PLUGINS, **PLATFORM_PLUGINS[target]}
    return BundleConfig(
        platform=target,
        version=version,
        console=target == "linux",
        strip=target == "linux",
        cli_name=f"{EXE_NAME}-cli" if target == "win32" else None,
        icon={"win32": ICONS / "moddesk.ico", "darwin": ICONS / "moddesk.icns"}.get(target),
        version_info=windows_version_info(version) if target == "win32" else None,
        mac_bundle=mac_bundle(version) if target == "darwin" else None,
        plugins=plugins,
    )
