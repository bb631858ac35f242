"""The PyInstaller spec, for every platform, without freezing anything.

Only Linux is built here, so the Windows and macOS branches would rot unseen.
These tests run `packaging/moddesk.spec` itself with recording stand-ins for
PyInstaller's Analysis/PYZ/EXE/COLLECT/BUNDLE and check what each platform
would build: console or not, icon, version resource, `.app` and Info.plist,
and which collected Qt files survive the filter.
"""

from __future__ import annotations

import ast
import sys
import types
from pathlib import Path
from typing import Any

import pytest

import moddesk
from moddesk import app as moddesk_app
from tests.packaging.conftest import PACKAGING

import bundle_config  # noqa: E402  (packaging/ is on sys.path via conftest)

SITE = "/venv/lib/python3.11/site-packages"
COLLECTED_BINARIES = [
    "PySide6/Qt/lib/libQt6Widgets.so.6",
    "PySide6/Qt/lib/libQt6Network.so.6",
    "PySide6/Qt/lib/libQt6Qml.so.6",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/imageformats/libqpdf.so",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "PySide6/plugins/platforms/qwindows.dll",
    "PySide6/plugins/styles/qmodernwindowsstyle.dll",
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/translations/qtbase_ja.qm",
    "PySide6/Qt/translations/qtwebengine_de.qm",
]


class Recorder:
    """Stands in for one PyInstaller building block; remembers how it was called."""

    def __init__(self, block: str, *args: Any, **kwargs: Any) -> None:
        self.block, self.args, self.kwargs = block, args, kwargs


class FakeAnalysis(Recorder):
    """Analysis stand-in: 'finds' moddesk in a venv and the Qt files above."""

    pure_source = SITE

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__("Analysis", *args, **kwargs)
        self.pure = [("moddesk", f"{self.pure_source}/moddesk/__init__.py", "PYMODULE"),
                     ("moddesk.app", f"{self.pure_source}/moddesk/app.py", "PYMODULE")]
        self.binaries = [(dest, f"{SITE}/{dest}", "BINARY") for dest in COLLECTED_BINARIES]
        self.datas = [("moddesk/ui/resources/moddesk.svg", "x", "DATA")]
        self.scripts = ["entry"]


def run_spec(platform: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
             analysis: type[FakeAnalysis] = FakeAnalysis) -> dict[str, Any]:
    """Execute moddesk.spec as PyInstaller would, for `platform`; returns its namespace."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda package: [("data-of", package)]  # type: ignore[attr-defined]
    hooks.collect_submodules = lambda package: [f"{package}.all"]  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    namespace: dict[str, Any] = {
        "SPECPATH": str(PACKAGING), "workpath": str(tmp_path / "work"),
        "TARGET_PLATFORM": platform, "Analysis": analysis,
        **{block: (lambda block: lambda *a, **k: Recorder(block, *a, **k))(block)
           for block in ("PYZ", "EXE", "COLLECT", "BUNDLE")},
    }
    spec = PACKAGING / "moddesk.spec"
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), namespace)
    return namespace


def kept(namespace: dict[str, Any]) -> set[str]:
    return {dest for dest, _, _ in namespace["a"].binaries + namespace["a"].datas}


def test_linux_build_keeps_only_the_qt_parts_the_app_uses(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    ns = run_spec("linux", tmp_path, monkeypatch)
    assert kept(ns) == {
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "moddesk/ui/resources/moddesk.svg",
    }
    analysis = ns["a"]
    assert "PySide6.QtNetwork" in analysis.kwargs["excludes"]
    assert "PySide6.QtWebEngineCore" in analysis.kwargs["excludes"]
    assert {"PySide6.QtPrintSupport", "PySide6.QtSvg"} <= set(analysis.kwargs["hiddenimports"])
    assert analysis.kwargs["datas"] == [("data-of", "moddesk")]
    assert Path(analysis.args[0][0]) == PACKAGING / "moddesk_entry.py"
    assert ns["exe"].kwargs["name"] == "moddesk"
    assert ns["exe"].kwargs["console"] is True
    assert ns["exe"].kwargs["icon"] is None
    assert [arg.block for arg in ns["coll"].args if isinstance(arg, Recorder)] == ["EXE"]
    assert "app" not in ns


def test_windows_build_has_no_console_an_icon_and_a_version_resource(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ns = run_spec("win32", tmp_path, monkeypatch)
    exe = ns["exe"].kwargs
    assert exe["console"] is False
    assert exe["icon"] == str(PACKAGING / "icons" / "moddesk.ico")
    version_text = Path(exe["version"]).read_text(encoding="utf-8")
    numbers = bundle_config.version_tuple(moddesk.__version__)
    assert f"filevers={numbers!r}" in version_text
    assert f"StringStruct('ProductVersion', '{moddesk.__version__}')" in version_text
    # A windowed .exe has no console: the CLI (backup, restore, prompts) needs its twin.
    cli = ns["coll"].args[1]
    assert (cli.block, cli.kwargs["name"], cli.kwargs["console"]) == ("EXE", "moddesk-cli", True)
    assert ns["coll"].args[0] is ns["exe"]
    assert "PySide6/plugins/platforms/qwindows.dll" in kept(ns)
    assert "PySide6/plugins/styles/qmodernwindowsstyle.dll" in kept(ns)
    assert "PySide6/Qt/plugins/platforms/libqxcb.so" not in kept(ns)
    assert "app" not in ns


def test_windows_version_resource_is_one_pyinstaller_expression(tmp_path: Path) -> None:
    # PyInstaller eval()s this text with its versioninfo classes in scope.
    tree = ast.parse(bundle_config.windows_version_info("1.2.3rc1"), mode="eval")
    calls = {node.func.id for node in ast.walk(tree)
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    assert calls == {"VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable",
                     "StringStruct", "VarFileInfo", "VarStruct"}
    assert bundle_config.version_tuple("1.2.3rc1") == (1, 2, 3, 0)
    assert bundle_config.version_tuple("2.0") == (2, 0, 0, 0)


def test_macos_build_is_an_app_bundle_with_retina_and_dark_mode(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ns = run_spec("darwin", tmp_path, monkeypatch)
    bundle = ns["app"]
    assert bundle.block == "BUNDLE" and bundle.args == (ns["coll"],)
    assert bundle.kwargs["name"] == "ModDesk.app"
    assert bundle.kwargs["bundle_identifier"] == moddesk_app.APP_ID
    assert bundle.kwargs["icon"] == str(PACKAGING / "icons" / "moddesk.icns")
    plist = bundle.kwargs["info_plist"]
    assert plist["NSHighResolutionCapable"] is True
    assert plist["NSRequiresAquaSystemAppearance"] is False
    assert plist["CFBundleShortVersionString"] == moddesk.__version__
    assert ns["exe"].kwargs["console"] is False
    assert ns["exe"].kwargs["strip"] is False  # stripping breaks code signatures
    assert "PySide6/Qt/plugins/platforms/libqcocoa.dylib" in kept(ns)


def test_spec_refuses_to_freeze_the_editable_checkout(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    class FromCheckout(FakeAnalysis):
        pure_source = str(PACKAGING.parent / "desktop")

    with pytest.raises(SystemExit, match="collected from the checkout"):
        run_spec("linux", tmp_path, monkeypatch, analysis=FromCheckout)


def test_unknown_platform_is_named_in_the_error() -> None:
    with pytest.raises(ValueError, match="'freebsd14'"):
        bundle_config.bundle_config("freebsd14", "0.1.0")


@pytest.mark.parametrize(("filename", "name"), [
    ("libqxcb.so", "xcb"), ("qwindows.dll", "windows"), ("libqcocoa.dylib", "cocoa"),
    ("libcupsprintersupport.so", "cupsprintersupport"), ("libqsvgicon.so", "svgicon"),
])
def test_plugin_names_are_read_alike_on_every_platform(filename: str, name: str) -> None:
    assert bundle_config.plugin_name(filename) == name


def test_every_icon_the_spec_names_is_committed() -> None:
    for platform in bundle_config.PLATFORMS:
        config = bundle_config.bundle_config(platform, moddesk.__version__)
        for icon in (config.icon, config.mac_bundle.icon if config.mac_bundle else None):
            assert icon is None or icon.is_file(), icon
