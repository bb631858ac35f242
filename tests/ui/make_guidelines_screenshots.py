"""Render the Guidelines page offscreen to PNG files (run by hand, not by pytest).

    .venv/bin/python tests/ui/make_guidelines_screenshots.py OUTDIR

A throwaway vault (tiny KDF parameters) gets the demo chats through the
real importer and triage; then the main window shows the Guidelines page:
the rules of each pack, the editor with a mistake in it, the versions,
an import question, the per-group tab with admins, a rescan in progress
and its summary, and the page at a small window size.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from moddesk.app import make_application  # noqa: E402
from moddesk.demo_chats import fill_demo_chats  # noqa: E402
from moddesk.session import Session  # noqa: E402
from moddesk.storage import create_vault, guideline_store, passphrase_bytes, set_setting  # noqa: E402
from moddesk.storage.kdf import KdfParams, insecure_floor_for_tests, new_salt  # noqa: E402
from moddesk.triage import pack_import  # noqa: E402
from moddesk.triage.vault_scan import ensure_builtin_packs  # noqa: E402
from moddesk.ui.main_window import MainWindow  # noqa: E402
from moddesk.ui.pack_versions_dialog import PackVersionsDialog  # noqa: E402
from tests.helpers.screens import pump, save  # noqa: E402


def make_vault(folder: Path) -> tuple[Session, int]:
    with insecure_floor_for_tests():
        vault = create_vault(folder, passphrase_bytes("shots"), params=KdfParams(64, 1, 1, new_salt()))
    set_setting(vault.db, "moderator_name", "Nadia")
    fill_demo_chats(vault.db)
    ensure_builtin_packs(vault.db)
    text = pack_import.export_text(vault.db, "support-community")[1]
    pack_import.save_text(vault.db, text.replace('"shut up", ', '"shut up", "get lost", ', 1),
                          moderator="Nadia")
    chat = int(vault.db.execute("SELECT id FROM chats ORDER BY id LIMIT 1").fetchone()[0])
    guideline_store.set_chat_packs(vault.db, chat, ["support-community"])
    authors = [str(r[0]) for r in vault.db.execute(
        "SELECT author FROM messages WHERE chat_id = ? AND author IS NOT NULL "
        "GROUP BY author ORDER BY count(*) DESC LIMIT 2", [chat])]
    guideline_store.set_admin(vault.db, chat, authors[0], is_admin=True, source="system")
    guideline_store.set_admin(vault.db, chat, authors[1], is_admin=True)
    session = Session(folder)
    session.unlock_with(vault)
    return session, chat


def dialog_of(kind: type) -> QApplication:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def shoot(out: Path, tmp: Path) -> None:
    session, chat = make_vault(tmp / "vault")
    window = MainWindow(session)
    window.resize(1280, 820)
    window.show()
    window.show_unlocked()
    window.show_page("guidelines")
    page = window.page("guidelines")
    pump(lambda: page.packs.model.rowCount() > 0)
    page.packs.choose("support-community")
    save(window, out, "guidelines_rules_support")
    page.packs.choose("child-protection")
    save(window, out, "guidelines_rules_child")
    shoot_editor(page, out)
    shoot_versions(page, out)
    shoot_import(page, out, tmp)
    page.tabs.setCurrentWidget(page.chats)
    pump(lambda: page.chats.members.count() > 0)
    page.chats.choose_chat(chat)
    pump(lambda: page.chats.title.text().startswith("Mamas"))
    save(window, out, "guidelines_per_group")
    page.chats.set_admin_checked(page.chats.members.item(2).data(257), True)
    save(window, out, "guidelines_per_group_edited")
    shoot_rescan(window, page, out)
    window.resize(900, 600)
    page.tabs.setCurrentWidget(page.packs)
    save(window, out, "guidelines_small")
    page.tabs.setCurrentWidget(page.chats)
    save(window, out, "guidelines_per_group_small")
    session.lock("quit")


def shoot_editor(page, out: Path) -> None:  # type: ignore[no-untyped-def]
    page.packs.choose("support-community")
    dialog = page.packs.edit_current()
    text = dialog.text().replace('severity = "normal"', 'severity = "medium"', 1)
    dialog.editor.setPlainText(text)
    dialog.try_save()
    save(dialog, out, "guidelines_editor_problem")
    dialog.done(0)
    pump(seconds=0.2)


def shoot_versions(page, out: Path) -> None:  # type: ignore[no-untyped-def]
    page.packs.choose("support-community")
    page.packs.versions_current()
    pump(lambda: any(isinstance(w, PackVersionsDialog) and w.isVisible()
                     for w in QApplication.topLevelWidgets()))
    dialog = dialog_of(PackVersionsDialog)
    dialog.show_version(1)
    save(dialog, out, "guidelines_versions")
    dialog.done(0)
    pump(seconds=0.2)


def shoot_import(page, out: Path, tmp: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp / "support-community.toml"
    page.packs.export_to("child-protection", path)
    page.packs.import_from(path)
    pump(seconds=0.3)
    box = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.isVisible())
    save(box, out, "guidelines_import_confirm")
    box.done(0)
    broken = tmp / "broken.toml"
    broken.write_text(path.read_text(encoding="utf-8").replace("count = ", "count = -", 1),
                      encoding="utf-8")
    page.packs.import_from(broken)
    pump(seconds=0.3)
    box = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.isVisible())
    save(box, out, "guidelines_import_problem")
    box.done(0)
    pump(seconds=0.2)


def shoot_rescan(window, page, out: Path) -> None:  # type: ignore[no-untyped-def]
    # A frozen frame of a long check: the demo's groups are checked in a blink.
    page.rescan_bar._on_runner_progressed(2, 6)  # noqa: SLF001
    save(window, out, "guidelines_rescan_running")
    page.rescan_bar.clear()
    page.runner.request(pack_import.chats_using(page._session.gui_db(), "support-community"))  # noqa: SLF001
    pump(lambda: not page.runner.running, seconds=60)
    pump(seconds=0.3)
    save(window, out, "guidelines_rescan_done")


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots/guidelines")
    out.mkdir(parents=True, exist_ok=True)
    make_application([])
    with tempfile.TemporaryDirectory() as tmp:
        shoot(out, Path(tmp))
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
