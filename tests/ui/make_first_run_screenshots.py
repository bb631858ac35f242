"""Render the first-run wizard, page by page, to PNG files (run by hand, not by pytest).

    .venv/bin/python tests/ui/make_first_run_screenshots.py OUTDIR [LANG ...]

One folder per language (default: en de), with the shipped translations;
`rtl` renders English mirrored (pseudo right-to-left), wizard and main window.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from moddesk.app import AppShell, make_application  # noqa: E402
from moddesk.storage.kdf import KdfParams, insecure_floor_for_tests, new_salt  # noqa: E402
from moddesk.ui.translator import LanguageSwitcher  # noqa: E402
from tests.helpers.screens import pump, save  # noqa: E402


def shoot(out: Path, tmp: Path, language: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    languages = LanguageSwitcher()
    mirrored = language == "rtl"
    languages.apply("en" if mirrored else language, mirrored=mirrored)
    shell = AppShell(tmp / language, vault_params=KdfParams(64, 1, 1, new_salt()),
                     languages=languages)
    shell.start()
    wizard = shell.dialog
    wizard.moderator_page.name.setText("Amira K.")  # type: ignore[union-attr]
    for n in range(6):
        save(wizard, out, f"{n + 1}-{wizard.currentPage().objectName()}")  # type: ignore
        wizard.next()  # type: ignore[union-attr]
    if mirrored:
        shell.window.root.setCurrentWidget(shell.window.content)
        save(shell.window, out, "main-window")
    wizard.done(0)  # type: ignore[union-attr]
    shell.shutdown()
    shell.window.close()
    languages.apply("en")


def main() -> None:
    out = Path(sys.argv[1])
    make_application()
    with insecure_floor_for_tests(), tempfile.TemporaryDirectory() as tmp:
        for language in sys.argv[2:] or ["en", "de"]:
            shoot(out / language, Path(tmp), language)
    pump(seconds=0.2)


if __name__ == "__main__":
    main()
