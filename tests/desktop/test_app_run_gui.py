"""`run_gui` end to end: the demo opens without a passphrase and is closed on return.

It runs in a child process: once `QApplication.exec()` has returned, Qt
treats the application as closing, which would disturb later tests.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from moddesk.storage import open_vault, passphrase_bytes

SCRIPT = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from moddesk.app import run_gui
from moddesk.ui.main_window import CONTENT_PAGE, MainWindow

seen = {}

def poke():
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if not windows or windows[0].root.currentIndex() != CONTENT_PAGE:
        QTimer.singleShot(20, poke)
        return
    seen["title"] = windows[0].windowTitle()
    seen["name"] = windows[0].moderator_label.text()
    windows[0].quit_action.trigger()

QTimer.singleShot(0, poke)
QTimer.singleShot(20000, QApplication.quit)  # never hang
seen["code"] = run_gui(Path(sys.argv[1]), demo=True, argv=["moddesk"])
print(json.dumps(seen))
"""


def test_demo_run_opens_unlocked_and_closes_the_vault(app_env: Path, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "demo")],
                          env=env, capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert seen == {"title": "ModDesk — DEMO", "name": "Moderator: Demo Moderator", "code": 0}
    # The vault was closed before run_gui returned: its folder lock is free.
    open_vault(tmp_path / "demo" / "vault", passphrase_bytes("demo")).close()
    log = app_env / "state" / "ModDesk" / "log" / "moddesk.log"
    assert log.exists() and "Demo Moderator" not in log.read_text()
    assert "Demo Moderator" not in proc.stderr
