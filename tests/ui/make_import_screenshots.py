"""Render the import UI offscreen to PNG files (run by hand, not by pytest).

    .venv/bin/python tests/ui/make_import_screenshots.py OUTDIR

Uses a throwaway vault with tiny KDF parameters and a watched folder in a
temporary directory. Writes folders.png, importing.png, importing_counts.png,
finished.png and summary.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from moddesk.app import AppShell, make_application  # noqa: E402
from moddesk.storage import create_vault, passphrase_bytes, set_setting  # noqa: E402
from moddesk.storage import watch_store as ws  # noqa: E402
from moddesk.storage.kdf import insecure_floor_for_tests  # noqa: E402
from moddesk.ui.import_controller import ImportProgress  # noqa: E402
from moddesk.ui.import_summary_dialog import ImportSummaryDialog  # noqa: E402
from moddesk.ui.watched_folders_dialog import WatchedFoldersDialog  # noqa: E402
from tests.ingest.watch_helpers import chat_text, chat_zip  # noqa: E402
from tests.ui.make_screenshots import PASSPHRASE, params, pump, save  # noqa: E402

AMBIGUOUS = "\n".join(f"0{d}/0{d + 1}/2024, 10:0{d} - Asha: day {d}" for d in range(1, 5)) + "\n"


def make_files(folder: Path) -> list[str]:
    files = {
        "WhatsApp Chat with Parents Group.txt": chat_text(*(f"message {i}" for i in range(40))),
        "WhatsApp Chat with Parents Group (1).txt": chat_text(*(f"message {i}" for i in range(40))),
        "WhatsApp Chat with Youth Group.zip": chat_zip("hello", "see you at 6"),
        "WhatsApp Chat with Volunteers.txt": AMBIGUOUS.encode(),
        "shopping list.txt": b"milk\neggs\n",
        "WhatsApp Chat with Trip.zip": chat_zip("hello")[:-30],
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return [str(folder / n) for n in files]


def open_shell(tmp: Path, folder: Path) -> AppShell:
    vault = create_vault(tmp / "vault", passphrase_bytes(PASSPHRASE), params=params())
    set_setting(vault.db, "moderator_name", "Sam")
    ws.add_folder(vault.db, str(folder))
    vault.close()
    shell = AppShell(tmp / "vault", vault_params=params())
    shell.window.resize(1000, 620)
    shell.start()
    dialog = shell.dialog
    dialog.passphrase.setText(PASSPHRASE)  # type: ignore[union-attr]
    dialog.unlock_button.click()  # type: ignore[union-attr]
    pump(lambda: shell.session.is_unlocked)
    return shell


def shoot(out: Path, tmp: Path) -> None:
    folder = tmp / "Downloads"
    folder.mkdir()
    shell = open_shell(tmp, folder)
    window, imports = shell.window, shell.imports
    folders = WatchedFoldersDialog(imports, shell.session, window)
    folders.show()
    save(folders, out, "folders")
    folders.close()

    gate = threading.Event()
    shell.session.submit(lambda db: gate.wait(10))
    paths = make_files(tmp)
    imports.import_paths(paths)
    pump(lambda: imports.progress is not None)
    save(window, out, "importing")
    imports.progress_changed.emit(ImportProgress(2, 5, "x", 120_000, 300_000))
    save(window, out, "importing_counts")
    gate.set()
    pump(lambda: not imports.running and bool(imports.last_summary))
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ImportSummaryDialog):
            save(widget, out, "summary")
            widget.close()
    save(window, out, "finished")
    shell.shutdown()
    window.close()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    make_application()
    with insecure_floor_for_tests(), tempfile.TemporaryDirectory() as tmp:
        shoot(out, Path(tmp))


if __name__ == "__main__":
    main()
