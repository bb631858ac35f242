"""Render the reply-template screens offscreen to PNG files (run by hand, not by pytest).

    .venv/bin/python tests/ui/make_template_screenshots.py OUTDIR

A throwaway vault with tiny KDF parameters gets the three seeded chats and
the child-protection pack; the real app shell is unlocked, the reply
dialog is opened from the inbox with T (English and Hindi), and the
Guidelines page's Replies, Resources and Group description tabs are
photographed.
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
from moddesk.storage import create_vault, guideline_store, passphrase_bytes, set_setting  # noqa: E402
from moddesk.storage import template_store  # noqa: E402
from moddesk.storage.kdf import KdfParams, insecure_floor_for_tests, new_salt  # noqa: E402
from moddesk.triage.pack_loader import builtin_pack  # noqa: E402
from moddesk.ui.template_dialog import TemplateDialog  # noqa: E402
from tests.helpers.inbox_data import file_hit, seed  # noqa: E402
from tests.helpers.screens import pump, save  # noqa: E402

PASSPHRASE = "correct horse battery staple"


def make_vault(folder: Path, *, resources: bool) -> dict[str, int]:
    vault = create_vault(folder, passphrase_bytes(PASSPHRASE), params=KdfParams(64, 1, 1, new_salt()))
    try:
        set_setting(vault.db, "moderator_name", "Sam")
        data = seed(vault.db, spam=False)
        pack = builtin_pack("child-protection")
        guideline_store.save_pack(vault.db, pack_key=pack.id, source=pack.text or "")
        data.items["grooming_cp"] = file_hit(
            vault.db, data.chats["lyon"], "Marc", ["envoie-moi tes photos"], rule="grooming",
            severity="urgent", bucket="urgent", pack=pack.id, key="grooming-cp")
        if resources:
            template_store.add_resource(vault.db, name="Example counselling line",
                                        helps_with="Family worries", phone="(checked number)",
                                        country="FR", languages="fr, ar")
        return data.items
    finally:
        vault.close()


def unlock(tmp: Path, name: str) -> AppShell:
    shell = AppShell(tmp / name, vault_params=KdfParams(64, 1, 1, new_salt()))
    shell.start()
    shell.window.resize(1280, 820)
    shell.dialog.passphrase.setText(PASSPHRASE)  # type: ignore[union-attr]
    shell.dialog.unlock_button.click()  # type: ignore[union-attr]
    pump(lambda: shell.session.is_unlocked)
    return shell


def dialog_shots(out: Path, tmp: Path) -> None:
    items = make_vault(tmp / "vault", resources=True)
    shell = unlock(tmp, "vault")
    window = shell.window
    window.show_page("inbox")
    page = window.page("inbox")
    pump(lambda: page.model.rowCount() > 0)
    page.select_id(items["grooming_cp"])
    page.actions_by_name["reply"].trigger()  # what T does (the tests press the key)
    pump(lambda: isinstance(QApplication.activeModalWidget(), TemplateDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, TemplateDialog)
    save(dialog, out, "dialog_suggested_en")
    dialog.select("referral", "en")
    save(dialog, out, "dialog_missing_en")
    dialog.resource_combo.setCurrentIndex(1)
    dialog.resource_combo.activated.emit(1)
    save(dialog, out, "dialog_ready_en")
    dialog.select("no-child-images", "hi")
    save(dialog, out, "dialog_hindi")
    dialog.select("welcome", "de")
    save(dialog, out, "dialog_german")
    dialog.reject()
    window.show_page("guidelines")
    guidelines = window.page("guidelines")
    for index, name in ((2, "panel_replies"), (3, "panel_resources"),
                        (4, "panel_group_description")):
        guidelines.tabs.setCurrentIndex(index)
        save(window, out, name)
    replies = guidelines.tabs.widget(2)
    replies.select("warning", "hi")
    replies.body_edit.setPlainText("नमस्ते {membr}, कृपया नियम “{rule}” का पालन करें।")
    guidelines.tabs.setCurrentIndex(2)
    save(window, out, "panel_replies_error")
    text = guidelines.tabs.widget(4)
    text.editor.setPlainText(text.text() + "\n" + "Lorem ipsum dolor sit amet. " * 70)
    guidelines.tabs.setCurrentIndex(4)
    save(window, out, "panel_group_description_over")
    shell.shutdown()


def empty_resources_shot(out: Path, tmp: Path) -> None:
    make_vault(tmp / "vault_empty", resources=False)
    shell = unlock(tmp, "vault_empty")
    shell.window.show_page("guidelines")
    guidelines = shell.window.page("guidelines")
    guidelines.tabs.setCurrentIndex(3)
    save(shell.window, out, "panel_resources_empty")
    shell.shutdown()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots/templates")
    out.mkdir(parents=True, exist_ok=True)
    make_application()
    with insecure_floor_for_tests(), tempfile.TemporaryDirectory() as tmp:
        dialog_shots(out, Path(tmp))
        empty_resources_shot(out, Path(tmp))


if __name__ == "__main__":
    main()
