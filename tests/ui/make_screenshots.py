"""Render ModDesk's main screens offscreen to PNG files (run by hand, not by pytest).

    .venv/bin/python tests/ui/make_screenshots.py OUTDIR

Uses a throwaway vault with tiny KDF parameters in a temporary folder and
fakes nothing else. Writes create.png, unlock_wrong.png, unlock_damaged.png,
page_<key>.png, lock.png, settings.png and change_passphrase.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


from moddesk.app import AppShell, make_application  # noqa: E402
from moddesk.storage import create_vault, passphrase_bytes, set_setting  # noqa: E402
from moddesk.storage.kdf import KdfParams, insecure_floor_for_tests, new_salt  # noqa: E402
from moddesk.ui.change_passphrase_dialog import ChangePassphraseDialog  # noqa: E402
from moddesk.ui.settings_dialog import SettingsDialog  # noqa: E402
from tests.helpers.screens import pump, save  # noqa: E402

PASSPHRASE = "correct horse battery staple"




def params() -> KdfParams:
    return KdfParams(64, 1, 1, new_salt())


def shoot_create(out: Path, tmp: Path) -> None:
    shell = AppShell(tmp / "new", vault_params=params())
    shell.start()
    wizard = shell.dialog
    while wizard.currentPage() is not wizard.create_page:  # type: ignore[union-attr]
        wizard.next()  # type: ignore[union-attr]
    form = wizard.create_page.form  # type: ignore[union-attr]
    form.first.setText("moderator")
    form.second.setText("moderat")
    save(shell.dialog, out, "create")
    shell.dialog.done(0)  # type: ignore[union-attr]
    shell.shutdown()
    shell.window.close()


def shoot_unlock_and_main(out: Path, tmp: Path) -> None:
    folder = tmp / "vault"
    vault = create_vault(folder, passphrase_bytes(PASSPHRASE), params=params())
    set_setting(vault.db, "moderator_name", "Sam")
    vault.close()
    shell = AppShell(folder, vault_params=params())
    shell.start()
    dialog = shell.dialog
    dialog.passphrase.setText("wrong guess")  # type: ignore[union-attr]
    dialog.unlock_button.click()  # type: ignore[union-attr]
    pump(lambda: dialog.message.isVisible())  # type: ignore[union-attr]
    dialog.failures = 3  # type: ignore[union-attr]
    dialog._note_failure()  # type: ignore[union-attr]  # show a longer countdown
    save(dialog, out, "unlock_wrong")  # type: ignore[arg-type]
    dialog.passphrase.setText(PASSPHRASE)  # type: ignore[union-attr]
    dialog.not_before = 0  # type: ignore[union-attr]
    dialog._refresh_button()  # type: ignore[union-attr]
    dialog.unlock_button.click()  # type: ignore[union-attr]
    pump(lambda: shell.session.is_unlocked)
    window = shell.window
    for page in window.pages:
        window.show_page(page.spec.key)
        save(window, out, f"page_{page.spec.key}")
    window.show_page("inbox")
    for kind, name in ((SettingsDialog, "settings"), (ChangePassphraseDialog, "change_passphrase")):
        dlg = kind(shell.session, window)
        dlg.show()
        save(dlg, out, name)
        dlg.done(0)
    shell.session.lock("idle")
    save(window, out, "lock")
    shell.shutdown()
    shoot_damaged(out, folder)
    window.close()


def shoot_damaged(out: Path, folder: Path) -> None:
    db = folder / "vault.db"
    data = bytearray(db.read_bytes())
    data[4196:4236] = bytes(40)
    db.write_bytes(bytes(data))
    shell = AppShell(folder, vault_params=params())
    shell.start()
    dialog = shell.dialog
    dialog.passphrase.setText(PASSPHRASE)  # type: ignore[union-attr]
    dialog.unlock_button.click()  # type: ignore[union-attr]
    pump(lambda: dialog.message.isVisible())  # type: ignore[union-attr]
    save(dialog, out, "unlock_damaged")  # type: ignore[arg-type]
    dialog.done(0)  # type: ignore[union-attr]
    shell.shutdown()
    shell.window.close()


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    make_application(["moddesk"])
    with insecure_floor_for_tests(), tempfile.TemporaryDirectory() as tmp:
        shoot_create(out, Path(tmp))
        shoot_unlock_and_main(out, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
