"""Render the Inbox offscreen to PNG files (run by hand, not by pytest).

    .venv/bin/python tests/ui/make_inbox_screenshots.py OUTDIR

A throwaway vault with tiny KDF parameters gets three imported chats
(German, Hindi, French) and realistic inbox items, then the real app shell
is unlocked and the Inbox photographed: the queue, an item with context,
a revealed photo, the groups overview filtered to one group, the shortcut
overlay, the dismiss and snooze dialogs and a bulk selection.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from moddesk.app import AppShell, make_application  # noqa: E402
from moddesk.storage import create_vault, passphrase_bytes, set_setting  # noqa: E402
from moddesk.storage.kdf import KdfParams, insecure_floor_for_tests, new_salt  # noqa: E402
from tests.helpers.inbox_data import seed  # noqa: E402
from tests.helpers.screens import pump, save  # noqa: E402

PASSPHRASE = "correct horse battery staple"




def make_vault(folder: Path) -> dict[str, int]:
    vault = create_vault(folder, passphrase_bytes(PASSPHRASE), params=KdfParams(64, 1, 1, new_salt()))
    try:
        set_setting(vault.db, "moderator_name", "Sam")
        return seed(vault.db).items
    finally:
        vault.close()


def shoot(out: Path, tmp: Path, size: tuple[int, int], suffix: str) -> None:
    items = make_vault(tmp / f"vault{suffix}")
    shell = AppShell(tmp / f"vault{suffix}", vault_params=KdfParams(64, 1, 1, new_salt()))
    shell.start()
    shell.window.resize(*size)
    shell.dialog.passphrase.setText(PASSPHRASE)  # type: ignore[union-attr]
    shell.dialog.unlock_button.click()  # type: ignore[union-attr]
    pump(lambda: shell.session.is_unlocked)
    window = shell.window
    window.show_page("inbox")
    page = window.page("inbox")
    pump(lambda: page.model.rowCount() > 0)
    save(window, out, f"inbox_queue{suffix}")
    page.select_id(items["anna_phone"])
    save(window, out, f"inbox_item_context{suffix}")
    page.detail.browser.setFocus()  # the selection must stay visible while reading
    save(window, out, f"inbox_reading{suffix}")
    page.queue.setFocus()
    page.select_id(items["job_scam"])
    save(window, out, f"inbox_item_hindi{suffix}")
    page.select_id(items["photo"])
    save(window, out, f"inbox_media_hidden{suffix}")
    page.toggle_media()
    pump(lambda: page.detail.revealed)
    save(window, out, f"inbox_media_revealed{suffix}")
    page.overview.choose(_chat(page, items))
    pump(seconds=0.5)
    save(window, out, f"inbox_group_filtered{suffix}")
    save(page.overview, out, f"groups_overview{suffix}")
    page.overview.choose(None)
    pump(seconds=0.5)
    page.queue.selectAll()
    save(window, out, f"inbox_bulk_selection{suffix}")
    page.select_id(items["grooming"])
    page.toggle_help()
    save(window, out, f"inbox_help{suffix}")
    page.toggle_help()
    page.ask_dismiss()
    pump(seconds=0.3)
    dialog = QApplication.activeModalWidget() or next(
        w for w in QApplication.topLevelWidgets() if w.objectName() == "dismiss_dialog" and w.isVisible())
    save(dialog, out, f"dismiss_dialog{suffix}")
    dialog.reject()
    pump(seconds=0.2)
    page.ask_snooze()
    pump(seconds=0.3)
    snooze = next(w for w in QApplication.topLevelWidgets()
                  if w.objectName() == "snooze_dialog" and w.isVisible())
    save(snooze, out, f"snooze_dialog{suffix}")
    snooze.reject()
    shell.shutdown()
    window.close()


def _chat(page, items) -> int:  # type: ignore[no-untyped-def]
    row = page.model.item(page.model.row_of(items["grooming"]))
    return row.chat_id


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    make_application(["moddesk"])
    with insecure_floor_for_tests(), tempfile.TemporaryDirectory() as tmp:
        shoot(out, Path(tmp), (1280, 800), "")
        shoot(out, Path(tmp), (900, 600), "_small")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
