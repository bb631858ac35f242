"""Render the main window, the inbox and the unlock dialog in each language (run by hand).

    .venv/bin/python tests/ui/make_language_screenshots.py OUTDIR [hi de fr es]
    .venv/bin/python tests/ui/make_language_screenshots.py OUTDIR --packs de hi
    QT_SCALE_FACTOR=2 .venv/bin/python tests/ui/make_language_screenshots.py OUTDIR de

For each language it sets MODDESK_LANGUAGE (as a moderator or support would),
opens a fresh demo vault, and writes <lang>_page_<key>.png for every page,
<lang>_inbox_<rule>.png (an item of each of two rules, whose title and
description come from the guideline pack), <lang>_rules_<pack>.png (the
Guidelines page's rules tab for each shipped pack), <lang>_lock.png and
<lang>_unlock.png (the dialog after an idle lock); `--packs` writes only the
inbox items and rules tabs. With
QT_SCALE_FACTOR set, names end in _x<factor>. Look at every file: the
script cannot tell whether Devanagari shaped or a button cut its label.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


from moddesk.app import AppShell, make_application  # noqa: E402
from moddesk.demo import make_demo_folder, remove_demo_folder  # noqa: E402
from moddesk.ui.translator import (  # noqa: E402
    LANGUAGE_ENV,
    SHIPPED,
    LanguageSwitcher,
    resolve_language,
)
from tests.helpers.screens import pump, save  # noqa: E402

RULES_SHOWN = ("personal-info", "urgent-help")


def suffix() -> str:
    """"_x2" under QT_SCALE_FACTOR=2, "" at 100 %."""
    factor = os.environ.get("QT_SCALE_FACTOR", "")
    return f"_x{factor}" if factor not in ("", "1") else ""


def shoot(code: str, languages: LanguageSwitcher, out: Path, *, packs_only: bool = False) -> None:
    """Every page, the lock screen and the unlock dialog of a demo vault in `code`."""
    os.environ[LANGUAGE_ENV] = code
    languages.apply(resolve_language(None))
    assert languages.language == code, languages.language
    folder = make_demo_folder()
    shell = AppShell(folder, demo=True, languages=languages)
    try:
        shell.start()
        pump(lambda: shell.session.is_unlocked, seconds=60)
        window, tag = shell.window, suffix()
        if packs_only:
            shoot_pack_texts(window, f"{code}_", tag, out)
            return
        for page in window.pages:
            window.show_page(page.spec.key)
            pump(seconds=1.0)  # reads from the vault land
            save(window, out, f"{code}_page_{page.spec.key}{tag}")
        shoot_pack_texts(window, f"{code}_", tag, out)
        shell.session.lock("idle")
        save(window, out, f"{code}_lock{tag}")
        pump(lambda: shell.dialog is not None and shell.dialog.isVisible(), seconds=5)
        if shell.dialog is None or not shell.dialog.isVisible():
            shell.show_unlock_dialog()
        save(shell.dialog, out, f"{code}_unlock{tag}")  # type: ignore[arg-type]
        shell.dialog.done(0)  # type: ignore[union-attr]
    finally:
        shell.shutdown()
        shell.window.close()
        remove_demo_folder(folder)


def shoot_pack_texts(window, prefix: str, tag: str, out: Path) -> None:  # type: ignore[no-untyped-def]
    """Inbox items and the rules tab, where the guideline packs' own texts show."""
    window.show_page("inbox")
    inbox = window.page("inbox")
    pump(lambda: inbox.model.rowCount() > 0, seconds=10)
    shown: set[str] = set()
    for row in range(inbox.model.rowCount()):
        item = inbox.model.item(row)
        if item is not None and item.rule_id in RULES_SHOWN and item.rule_id not in shown:
            inbox.select_id(item.id)
            pump(seconds=0.5)
            save(window, out, f"{prefix}inbox_{item.rule_id}{tag}")
            shown.add(item.rule_id)
    window.show_page("guidelines")
    guidelines = window.page("guidelines")
    guidelines.tabs.setCurrentWidget(guidelines.packs)
    pump(lambda: guidelines.packs.model.rowCount() > 0, seconds=10)
    for key in ("support-community", "child-protection"):
        guidelines.packs.choose(key)
        pump(seconds=0.3)
        save(window, out, f"{prefix}rules_{key}{tag}")


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    packs_only = "--packs" in argv
    codes = [a for a in argv[2:] if a != "--packs"] or list(SHIPPED)
    app = make_application(["moddesk"])
    languages = LanguageSwitcher(app)
    for code in codes:
        shoot(code, languages, out, packs_only=packs_only)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
