"""The real thing: build the bundle from a wheel, look inside it, start it.

Takes minutes (a fresh venv, PyInstaller), so it runs only with
MODDESK_BUNDLE_TESTS=1; `.ci/run` builds and starts the bundle on every run.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.conftest import PACKAGING

import bundle_check  # noqa: E402  (packaging/ is on sys.path via conftest)


@pytest.mark.bundle
@pytest.mark.slow
def test_bundle_builds_from_the_wheel_and_starts(tmp_path: Path) -> None:
    dist, work = tmp_path / "dist", tmp_path / "work"
    result = subprocess.run([sys.executable, str(PACKAGING / "build.py"), "--dist", str(dist),
                             "--work", str(work)], capture_output=True, text=True, timeout=1800)
    assert result.returncode == 0, result.stderr[-3000:]
    bundle = dist / "moddesk"
    report = bundle_check.check_contents(bundle)
    assert "MB (limit 200 MB)" in report
    names = [name for name, _ in bundle_check.bundle_files(bundle)]
    assert not [n for n in names if "QtNetwork" in n or "WebEngine" in n]
    assert "share/applications/org.moddesk.ModDesk.desktop" in names
    assert "share/icons/hicolor/512x512/apps/org.moddesk.ModDesk.png" in names
    passed = bundle_check.check_runs(bundle)
    assert passed[0].startswith("moddesk.__file__ = moddesk/_internal/moddesk/")
    assert any("--demo --smoke" in line for line in passed)
