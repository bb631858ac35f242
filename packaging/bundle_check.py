"""Checks on a built bundle: what is inside it, and whether it starts.

`check_contents()` (run by build.py) fails when an excluded Qt module, library or
plugin is in the bundle, when a required one is missing, when a bundled Qt
library cannot find another it links to, or when the bundle is over the size
limit. `check_runs()` (run by `.ci/run`) starts the frozen app offscreen:
where `moddesk` is loaded from, `--version`, and `--demo --smoke`; under Xvfb
too when `xvfb-run` is there, so the xcb plugin is proven as well.

    python3 packaging/bundle_check.py [--bundle dist/moddesk] [--run]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bundle_config import EXE_NAME, bundle_config

ROOT = Path(__file__).resolve().parents[1]
SIZE_LIMIT = 200_000_000
FORBIDDEN = re.compile(
    r"Qt6?(Network|WebEngine\w*|Qml\w*|Quick\w*|3D\w*|Multimedia\w*|Charts|Pdf\w*|Sql|"
    r"VirtualKeyboard)\b|qtvirtualkeyboard|/(tls|networkinformation|sqldrivers|qmltooling)/")
REQUIRED_LINUX = (
    "PySide6/QtWidgets", "PySide6/QtPrintSupport", "PySide6/QtSvg", "PySide6/QtDBus",
    "PySide6/QtTest", "libQt6Svg", "libQt6PrintSupport", "plugins/platforms/libqoffscreen",
    "plugins/platforms/libqxcb", "plugins/platforms/libqwayland",
    "plugins/imageformats/libqsvg", "plugins/imageformats/libqjpeg",
    "plugins/platformthemes/", "plugins/printsupport/", "moddesk/ui/resources/moddesk.svg",
    "moddesk/ui/resources/app.qss", "moddesk/triage/packs/",
)
SMOKE_TIMEOUT = 180


class BundleProblem(Exception):
    """The bundle is wrong in a way the message names."""


def internal_dir(bundle: Path) -> Path:
    """Where PyInstaller 6 puts everything but the executable."""
    return bundle / "_internal"


def bundle_files(bundle: Path) -> list[tuple[str, int]]:
    """(path relative to the bundle, size) of every file, sorted."""
    return sorted((p.relative_to(bundle).as_posix(), p.stat().st_size)
                  for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())


def check_contents(bundle: Path, *, listing: Path | None = None) -> str:
    """Raise `BundleProblem` for a wrong bundle; else return a short report."""
    executable = bundle / (EXE_NAME + (".exe" if sys.platform == "win32" else ""))
    if not executable.is_file():
        raise BundleProblem(f"no executable at {executable}")
    files = bundle_files(bundle)
    if listing is not None:
        listing.parent.mkdir(parents=True, exist_ok=True)
        listing.write_text("".join(f"{size:>12} {name}\n" for name, size in files),
                           encoding="utf-8")
    _check_exclusions([name for name, _ in files])
    if sys.platform.startswith("linux"):
        _check_required([name for name, _ in files])
        _check_qt_links(bundle)
    total = sum(size for _, size in files)
    if total > SIZE_LIMIT:
        raise BundleProblem(f"bundle is {total / 1e6:.1f} MB, over the "
                            f"{SIZE_LIMIT / 1e6:.0f} MB limit; see {listing}")
    return _report(files, total)


def _check_exclusions(names: list[str]) -> None:
    config = bundle_config(sys.platform, "0")
    internal = "_internal/"
    wrong = [n for n in names if FORBIDDEN.search("/" + n)
             or (n.startswith(internal) and not config.keeps(n[len(internal):]))]
    if wrong:
        raise BundleProblem(f"{len(wrong)} excluded file(s) in the bundle, e.g. "
                            + ", ".join(wrong[:5]))


def _check_required(names: list[str]) -> None:
    missing = [need for need in REQUIRED_LINUX if not any(need in n for n in names)]
    if missing:
        raise BundleProblem("the bundle lacks " + ", ".join(missing))


def _check_qt_links(bundle: Path) -> None:
    """Every bundled Qt/PySide library finds the Qt libraries it links to."""
    if shutil.which("ldd") is None:
        return
    internal = internal_dir(bundle)
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}
    libraries = [p for p in internal.rglob("*.so*")
                 if p.is_file() and re.search(r"Qt|PySide|pyside|shiboken|plugins", str(p))]
    unresolved = set()
    for lib in libraries:
        out = subprocess.run(["ldd", str(lib)], env=env, capture_output=True, text=True).stdout
        unresolved |= {f"{lib.name} -> {m}" for m in
                       re.findall(r"^\s*(lib(?:Qt6|pyside|shiboken)\S*) => not found", out, re.M)}
    if unresolved:
        raise BundleProblem("bundled libraries link to Qt libraries that were left out: "
                            + "; ".join(sorted(unresolved)[:5]))


def _report(files: list[tuple[str, int]], total: int) -> str:
    plugins = sorted({n.split("plugins/")[1] for n, _ in files if "/plugins/" in n})
    biggest = sorted(files, key=lambda f: -f[1])[:8]
    lines = [f"bundle: {len(files)} files, {total / 1e6:.1f} MB (limit {SIZE_LIMIT / 1e6:.0f} MB)",
             "bundle: Qt plugins: " + ", ".join(plugins),
             "bundle: largest: " + ", ".join(f"{Path(n).name} {s / 1e6:.1f} MB"
                                             for n, s in biggest)]
    return "\n".join(lines)


# -- starting the frozen app ---------------------------------------------------------


def isolated_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment for a frozen run: settings, logs and temp files under `home`."""
    env = {name: value for name, value in os.environ.items()
           if not name.startswith(("MODDESK_", "PYTHON"))}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME",
                 "TMPDIR"):
        folder = home / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        env[name] = str(folder)
    return {**env, "QT_QPA_PLATFORM": "offscreen", **extra}


def _start(cmd: list[str], env: dict[str, str], what: str) -> str:
    try:
        result = subprocess.run(cmd, env=env, capture_output=True, text=True,
                                timeout=SMOKE_TIMEOUT)
    except subprocess.TimeoutExpired as exc:
        raise BundleProblem(f"the frozen app hung during {what} "
                            f"(killed after {SMOKE_TIMEOUT} s)") from exc
    if result.returncode != 0:
        tail = "\n  ".join((result.stderr or result.stdout).strip().splitlines()[-12:])
        raise BundleProblem(f"the frozen app failed {what} (exit {result.returncode}):\n  {tail}")
    return result.stdout.strip()


def check_runs(bundle: Path) -> list[str]:
    """Start the frozen app the ways CI does; returns one line per passed check."""
    exe = str(bundle / EXE_NAME)
    with tempfile.TemporaryDirectory(prefix="moddesk-frozen-") as tmp:
        home = Path(tmp)
        passed = [_check_origin(exe, bundle, home),
                  _start([exe, "--version"], isolated_env(home), "'--version'")]
        vault, secret = home / "vault", home / "passphrase.txt"
        secret.write_text("frozen bundle check\n", encoding="utf-8")
        for command in ("init", "verify"):
            _start([exe, command, "--vault", str(vault), "--passphrase-file", str(secret)],
                   isolated_env(home), f"'moddesk {command}' (SQLCipher and Argon2 from the bundle)")
        passed.append("moddesk init + verify: a real vault created and checked")
        _start([exe, "--demo", "--smoke"], isolated_env(home), "'--demo --smoke' offscreen")
        passed.append("--demo --smoke (offscreen): opened, locked, unlocked, quit")
        if sys.platform.startswith("linux") and shutil.which("xvfb-run"):
            # No window manager under Xvfb, so no active window for the smoke run's
            # shortcuts; the unlock dialog's first paint proves the xcb plugin instead.
            _start(["xvfb-run", "-a", exe, "--vault", str(vault)],
                   isolated_env(home, QT_QPA_PLATFORM="xcb", MODDESK_STARTUP_PROBE="1"),
                   "to show the unlock dialog under Xvfb (xcb)")
            passed.append("unlock dialog painted on X11 (xcb under Xvfb)")
    return passed


def _check_origin(exe: str, bundle: Path, home: Path) -> str:
    origin = Path(_start([exe], isolated_env(home, MODDESK_PRINT_ORIGIN="1"),
                         "to report where moddesk comes from"))
    if not origin.resolve().is_relative_to(bundle.resolve()):
        raise BundleProblem(f"the frozen app loads moddesk from {origin}, outside the bundle")
    return f"moddesk.__file__ = {origin.relative_to(bundle.resolve().parent)}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Check a built ModDesk bundle.")
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / EXE_NAME)
    parser.add_argument("--run", action="store_true",
                        help="also start the frozen app (--version, --demo --smoke)")
    args = parser.parse_args(argv)
    if not args.bundle.is_dir():
        print(f"bundle_check: no bundle at {args.bundle}; build it with "
              "'python3 packaging/build.py'", file=sys.stderr)
        return 1
    try:
        print(check_contents(args.bundle))
        for line in check_runs(args.bundle) if args.run else []:
            print(f"frozen app: ok: {line}", flush=True)
    except BundleProblem as exc:
        print(f"bundle_check: FAILED: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
