"""The README's run command, as a process: the demo vault opens, locks, unlocks, quits.

`moddesk --demo --smoke` drives the real window offscreen; the demo folder
must be gone afterwards (it is removed on exit).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.slow
def test_demo_opens_locks_unlocks_and_cleans_up(tmp_path: Path, app_env: Path) -> None:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    shots = tmp_path / "shots"
    env = {**os.environ, "TMPDIR": str(tmp), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "moddesk", "--demo", "--smoke", "--screenshots", str(shots)],
        env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in shots.iterdir()) == [
        "smoke-locked.png", "smoke-main-1.png", "smoke-main-2.png", "smoke-unlock-dialog.png"]
    assert list(tmp.iterdir()) == []  # the demo vault folder was removed


def test_smoke_refuses_a_real_vault(tmp_path: Path, app_env: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "moddesk", "--smoke"],
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "only with --demo" in result.stderr
