"""Render every page and the unlock dialog in a dark and a light system theme (run by hand).

    .venv/bin/python tests/ui/make_theme_screenshots.py [OUTDIR] [dark light]
    QT_SCALE_FACTOR=2 .venv/bin/python tests/ui/make_theme_screenshots.py /tmp/shots/theme light

A system theme reaches Qt as a style and a palette; this script sets Fusion
and the palette from `system_palette()` before any widget exists, opens a
fresh demo vault in English at 1180x760 (logical) and writes
<theme>_page_<key>.png for every page and <theme>_unlock.png (the dialog
after an idle lock). With QT_SCALE_FACTOR set, names end in _x<factor>.
Look at every file: the script cannot tell whether a label reads.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["MODDESK_LANGUAGE"] = "en"
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtGui import QColor, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from moddesk.app import AppShell, make_application  # noqa: E402
from moddesk.demo import make_demo_folder, remove_demo_folder  # noqa: E402
from moddesk.ui.theme import style_sheet  # noqa: E402
from moddesk.ui.translator import LanguageSwitcher, resolve_language  # noqa: E402
from tests.helpers.screens import pump, save  # noqa: E402
from tests.ui.make_language_screenshots import suffix  # noqa: E402

DARK = {
    QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1f1f1f", QPalette.ColorRole.AlternateBase: "#2a2a2a",
    QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#353535",
    QPalette.ColorRole.ButtonText: "#e6e6e6", QPalette.ColorRole.ToolTipBase: "#3a3a3a",
    QPalette.ColorRole.ToolTipText: "#e6e6e6", QPalette.ColorRole.Highlight: "#2f6f9f",
    QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.Link: "#7ab8ff",
    QPalette.ColorRole.PlaceholderText: "#a0a0a0", QPalette.ColorRole.Light: "#505050",
    QPalette.ColorRole.Midlight: "#404040", QPalette.ColorRole.Mid: "#555555",
    QPalette.ColorRole.Dark: "#1a1a1a", QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.BrightText: "#ff6b6b",
}
"""A dark palette like the ones KDE Breeze Dark, GNOME (adwaita-dark) or Windows dark mode hand Qt."""


def system_palette(theme: str) -> QPalette:
    """Fusion's standard light palette, or DARK on top of it."""
    palette = QApplication.style().standardPalette()
    if theme == "dark":
        for role, colour in DARK.items():
            palette.setColor(QPalette.ColorGroup.All, role, QColor(colour))
        disabled = QColor("#7a7a7a")
        for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                     QPalette.ColorRole.ButtonText):
            palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    """Fusion and the theme's palette, as a system theme would set them."""
    app.setStyle("Fusion")
    app.setPalette(system_palette(theme))
    app.setStyleSheet(style_sheet(app.palette()))


def shoot(theme: str, languages: LanguageSwitcher, out: Path) -> None:
    """Every page and the unlock dialog of a demo vault in `theme`."""
    apply_theme(QApplication.instance(), theme)  # type: ignore[arg-type]
    folder = make_demo_folder()
    shell = AppShell(folder, demo=True, languages=languages)
    try:
        shell.window.resize(1180, 760)
        shell.start()
        pump(lambda: shell.session.is_unlocked, seconds=60)
        window, tag = shell.window, suffix()
        for page in window.pages:
            window.show_page(page.spec.key)
            pump(seconds=1.0)  # reads from the vault land
            save(window, out, f"{theme}_page_{page.spec.key}{tag}")
        shell.session.lock("idle")
        pump(lambda: shell.dialog is not None and shell.dialog.isVisible(), seconds=5)
        if shell.dialog is None or not shell.dialog.isVisible():
            shell.show_unlock_dialog()
        save(shell.dialog, out, f"{theme}_unlock{tag}")  # type: ignore[arg-type]
        shell.dialog.done(0)  # type: ignore[union-attr]
    finally:
        shell.shutdown()
        shell.window.close()
        remove_demo_folder(folder)


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path("/tmp/shots/theme")
    out.mkdir(parents=True, exist_ok=True)
    themes = argv[2:] or ["dark", "light"]
    app = make_application(["moddesk"])
    languages = LanguageSwitcher(app)
    languages.apply(resolve_language(None))
    for theme in themes:
        shoot(theme, languages, out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
