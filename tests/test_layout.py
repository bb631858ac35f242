"""Guards on the project's shape: the package list and the import direction.

setuptools silently leaves an unlisted package out of the wheel, and one
stray import can pull Qt into storage or a widget into the domain. These
tests read the source as text (AST), so they hold for modules no test imports.
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PACKAGE_DIR: dict[str, str] = PYPROJECT["tool"]["setuptools"]["package-dir"]
PACKAGES: list[str] = PYPROJECT["tool"]["setuptools"]["packages"]
DOMAIN = ("moddesk.ingest", "moddesk.triage", "moddesk.cases", "moddesk.reports")
NETWORK = ("PySide6.QtNetwork", "PySide6.QtWebEngine", "urllib.request", "http.client",
           "requests", "socket")
TOP_LEVEL = {".ci", ".gitignore", "README.md", "desktop", "packaging", "pyproject.toml",
             "storage", "tests", "ui"}


def _folder_packages() -> dict[str, Path]:
    """Every dotted package name that a mapped folder holds, by its folder."""
    found = {}
    for name, folder in PACKAGE_DIR.items():
        base = ROOT / folder
        for init in base.rglob("__init__.py"):
            rel = init.parent.relative_to(base)
            dotted = ".".join([name, *rel.parts]) if rel.parts else name
            found[dotted] = init.parent
    return found


def _owner_name(path: Path) -> str:
    best = ""
    for name, folder in PACKAGE_DIR.items():
        if path.is_relative_to(ROOT / folder) and len(folder) >= len(PACKAGE_DIR.get(best, "")):
            best = name
    return best


def _module_name(path: Path) -> str:
    owner = _owner_name(path)
    rel = path.relative_to(ROOT / PACKAGE_DIR[owner]).with_suffix("")
    parts = [p for p in rel.parts if p != "__init__"]
    return ".".join([owner, *parts])


def _imports(path: Path) -> set[str]:
    """Absolute names a module imports (relative imports resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    module = _module_name(path)
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                pkg = module.split(".")[: -node.level] if not path.name == "__init__.py" \
                    else module.split(".")[: len(module.split(".")) - node.level + 1]
                base = ".".join([*pkg, base]) if base else ".".join(pkg)
            names.add(base)
            names.update(f"{base}.{a.name}" for a in node.names)
    return names


def _sources(prefix: str) -> list[Path]:
    return sorted(p for p in ROOT.glob("**/*.py")
                  if ".venv" not in p.parts and "build" not in p.parts
                  and p.is_relative_to(ROOT) and _in_package(p)
                  and _module_name(p).startswith(prefix))


def _in_package(path: Path) -> bool:
    return any(path.is_relative_to(ROOT / folder) for folder in PACKAGE_DIR.values())


def _hits(prefix: str, forbidden: tuple[str, ...]) -> list[str]:
    out = []
    for path in _sources(prefix):
        for name in sorted(_imports(path)):
            if any(name == f or name.startswith(f + ".") for f in forbidden):
                out.append(f"{path.relative_to(ROOT)} imports {name}")
    return out


def test_top_level_is_the_design_card() -> None:
    tracked = {p.name for p in ROOT.iterdir()
               if not p.name.startswith((".git", ".venv", "build", "dist", "moddesk.egg-info",
                                         ".hypothesis", "screenshots"))
               or p.name in (".ci", ".gitignore")}
    assert tracked == TOP_LEVEL


def test_every_package_folder_is_listed_in_pyproject() -> None:
    missing = sorted(set(_folder_packages()) - set(PACKAGES))
    assert not missing, (
        f"packages {missing} have an __init__.py but are not in [tool.setuptools] packages "
        "in pyproject.toml; add them or they are silently left out of the wheel"
    )


def test_every_listed_package_exists() -> None:
    assert sorted(set(PACKAGES) - set(_folder_packages())) == []


def test_desktop_ui_and_storage_map_to_one_import_root() -> None:
    assert PACKAGE_DIR == {"moddesk": "desktop", "moddesk.ui": "ui", "moddesk.storage": "storage"}
    assert (ROOT / "desktop" / "py.typed").exists()


def test_storage_imports_no_qt_and_nothing_above_it() -> None:
    desktop_modules = tuple(
        m for m in (_module_name(p) for p in _sources("moddesk"))
        if not m.startswith(("moddesk.storage",)) and m != "moddesk"
    )
    assert _hits("moddesk.storage", ("PySide6", "shiboken6", "moddesk.ui", *desktop_modules)) == []


def test_domain_imports_no_widgets_and_no_ui() -> None:
    for domain in DOMAIN:
        assert _hits(domain, ("PySide6.QtWidgets", "moddesk.ui", "moddesk.app",
                              "moddesk.session")) == []


def test_ui_never_imports_the_app_shell() -> None:
    shell = tuple(m for m in (_module_name(p) for p in _sources("moddesk"))
                  if m.count(".") == 1 and not m.startswith(("moddesk.ui", "moddesk.storage"))
                  and m.split(".")[1] not in {d.split(".")[1] for d in DOMAIN})
    assert _hits("moddesk.ui", shell) == []


def test_no_network_module_is_imported_anywhere() -> None:
    assert _hits("moddesk", NETWORK) == []


def test_vault_data_never_goes_through_stdlib_sqlite3() -> None:
    assert _hits("moddesk", ("sqlite3",)) == []
    offenders = []
    for path in _sources("moddesk"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(
                    node.func, "id", "")) == "Database" and node.args
                    and isinstance(node.args[0], (ast.Constant, ast.JoinedStr))):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == [], "Database('path') writes plaintext; pass a sqlcipher3 connection"


def test_the_guard_sees_a_stray_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The import-direction check must fail on a bad module, or it proves nothing.
    bad = ROOT / "storage" / "_layout_probe.py"
    bad.write_text("from PySide6 import QtCore\nimport moddesk.ui\n", encoding="utf-8")
    try:
        hits = _hits("moddesk.storage", ("PySide6", "moddesk.ui"))
    finally:
        bad.unlink()
    assert hits == ["storage/_layout_probe.py imports PySide6",
                    "storage/_layout_probe.py imports PySide6.QtCore",
                    "storage/_layout_probe.py imports moddesk.ui"]
