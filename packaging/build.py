"""`python3 packaging/build.py`: wheel -> clean venv -> PyInstaller onedir bundle.

1. `pip wheel --no-deps` builds ModDesk's wheel from the checkout.
2. A fresh virtual environment under `build/venv` gets the wheel, its
   dependencies and the pinned build tools (`packaging/requirements-build.txt`).
3. PyInstaller, run from that venv with `packaging/moddesk.spec`, freezes the
   installed package (never the editable checkout) into `dist/moddesk/`.
4. On Linux, the menu entry, metainfo and icons go into `dist/moddesk/share/`
   with `add-to-menu.sh` beside the executable.
5. `bundle_check.py` looks at the result: nothing excluded crept in, every
   bundled Qt library resolves, and the size stays under the limit. A listing
   goes to `build/bundle-contents.txt`. `--archive` then packs the download.

Needs only Python 3.11+ and PyPI. Exits non-zero with a one-line reason when
any step fails.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import time
import venv
from pathlib import Path

import bundle_check
from bundle_config import APP_ID, EXE_NAME

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
SPEC = PACKAGING / "moddesk.spec"
REQUIREMENTS = PACKAGING / "requirements-build.txt"


class StepFailed(Exception):
    """A build step failed; the message says which and why."""


def run(cmd: list[str | Path], *, what: str, cwd: Path | None = None) -> None:
    """Run one command, raising `StepFailed` naming `what` when it fails."""
    result = subprocess.run([str(c) for c in cmd], cwd=cwd)
    if result.returncode != 0:
        raise StepFailed(f"{what} failed (exit {result.returncode}); see the output above")


def venv_python(folder: Path) -> Path:
    """The interpreter of a venv, on any OS."""
    scripts = "Scripts" if sys.platform == "win32" else "bin"
    return folder / scripts / ("python.exe" if sys.platform == "win32" else "python")


def build_wheel(out: Path) -> Path:
    """Build ModDesk's wheel into `out` (emptied first) and return its path."""
    shutil.rmtree(out, ignore_errors=True)
    # setuptools stages files in build/lib and never prunes it: a module deleted
    # from the checkout would ride along into the wheel.
    for stale in (ROOT / "build" / "lib", *ROOT.glob("build/bdist.*")):
        shutil.rmtree(stale, ignore_errors=True)
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", out, ROOT],
        what="building the wheel")
    wheels = sorted(out.glob("moddesk-*.whl"))
    if len(wheels) != 1:
        raise StepFailed(f"expected one moddesk wheel in {out}, found {len(wheels)}")
    return wheels[0]


def make_venv(folder: Path, wheel: Path) -> Path:
    """A fresh venv with the wheel and the build tools; returns its python."""
    shutil.rmtree(folder, ignore_errors=True)
    venv.EnvBuilder(with_pip=True, clear=True).create(folder)
    python = venv_python(folder)
    run([python, "-m", "pip", "install", "-q", "--disable-pip-version-check", wheel,
         "-r", REQUIREMENTS], what="installing the wheel and PyInstaller into the build venv")
    return python


def freeze(python: Path, dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; returns the bundle folder."""
    work.mkdir(parents=True, exist_ok=True)
    # cwd=work: the checkout's folders and its moddesk.egg-info stay off sys.path.
    run([python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", dist, "--workpath", work / "pyinstaller", SPEC],
        what="PyInstaller", cwd=work)
    return dist / EXE_NAME


def add_desktop_files(bundle: Path) -> None:
    """Linux: the menu entry, metainfo and icons under `share/`, laid out like /usr/share.

    `add-to-menu.sh` beside the executable installs them for the current user.
    """
    linux = PACKAGING / "linux"
    share = bundle / "share"
    shutil.rmtree(share, ignore_errors=True)
    shutil.copytree(linux / "icons", share / "icons")
    for folder, name in (("applications", f"{APP_ID}.desktop"),
                         ("metainfo", f"{APP_ID}.metainfo.xml")):
        (share / folder).mkdir(parents=True)
        shutil.copy2(linux / name, share / folder / name)
    shutil.copy2(linux / "add-to-menu.sh", bundle / "add-to-menu.sh")


def make_archive(dist: Path, version: str) -> Path:
    """The download for moderators: the bundle folder in one archive, named per OS."""
    if sys.platform == "darwin":
        target = dist / f"ModDesk-{version}-macos.zip"
        # ditto keeps the .app's symlinks and signatures; zipfile would not.
        run(["ditto", "-c", "-k", "--keepParent", dist / "ModDesk.app", target],
            what="archiving ModDesk.app")
        return target
    if sys.platform == "win32":
        return Path(shutil.make_archive(str(dist / f"moddesk-{version}-windows"), "zip",
                                        dist, EXE_NAME))
    name = f"moddesk-{version}-linux-{platform.machine()}"
    return Path(shutil.make_archive(str(dist / name), "gztar", dist, EXE_NAME))


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Build the ModDesk onedir bundle.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist",
                        help="where the bundle goes (default: dist/; the bundle is DIST/moddesk)")
    parser.add_argument("--work", type=Path, default=ROOT / "build",
                        help="scratch folder for the wheel, venv and PyInstaller (default: build/)")
    parser.add_argument("--archive", action="store_true",
                        help="also pack the bundle into the archive moderators download")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    """Build, freeze and check; print each step's time and the bundle size."""
    args = parse_args(argv)
    work, dist = args.work.resolve(), args.dist.resolve()
    started = time.monotonic()
    try:
        step = time.monotonic()
        wheel = build_wheel(work / "wheel")
        print(f"build: wheel {wheel.name} ({time.monotonic() - step:.0f} s)", flush=True)
        step = time.monotonic()
        python = make_venv(work / "venv", wheel)
        print(f"build: clean venv ready ({time.monotonic() - step:.0f} s)", flush=True)
        step = time.monotonic()
        bundle = freeze(python, dist, work)
        if sys.platform.startswith("linux"):
            add_desktop_files(bundle)
        print(f"build: frozen into {bundle} ({time.monotonic() - step:.0f} s)", flush=True)
        report = bundle_check.check_contents(bundle, listing=work / "bundle-contents.txt")
        if args.archive:
            archive = make_archive(dist, wheel.name.split("-")[1])
            print(f"build: archive {archive} ({archive.stat().st_size / 1e6:.1f} MB)")
    except (StepFailed, bundle_check.BundleProblem) as exc:
        print(f"build: FAILED: {exc}", file=sys.stderr)
        return 1
    print(report)
    print(f"build: done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
