"""Render the Incidents page offscreen to PNG files (run by hand, not by pytest).

    .venv/bin/python tests/ui/make_incident_screenshots.py [OUTDIR]   # default /tmp/shots/incidents

The real app shell opens the demo vault (`moddesk --demo`: synthetic chats,
two demo incidents), then photographs the incident list, an incident's
evidence, timeline, notes and people, the "New incident" dialog opened
with E from the inbox, the follow-up strip, and an incident whose log was
altered with raw SQL (the warning after the next unlock).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from moddesk.app import AppShell, make_application  # noqa: E402
from moddesk.ui.incident_view import EVIDENCE, NOTES, PEOPLE, TIMELINE  # noqa: E402
from moddesk.ui.new_incident_dialog import NewIncidentDialog  # noqa: E402
from moddesk.ui.note_editor import NoteHistoryDialog  # noqa: E402
from tests.helpers.screens import pump, save  # noqa: E402


def _dialog(kind: type) -> object:
    pump(lambda: any(isinstance(w, kind) and w.isVisible() for w in QApplication.topLevelWidgets()))
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def shoot(out: Path, folder: Path) -> None:
    shell = AppShell(folder, demo=True)
    shell.start()
    pump(lambda: shell.session.is_unlocked, seconds=30)
    window = shell.window
    window.resize(1280, 820)
    inbox = window.page("inbox")
    pump(lambda: inbox.model.rowCount() > 0 and inbox.followups.count > 0)
    save(window, out, "inbox_followup_strip")
    inbox.queue.setFocus()
    QTest.keyClick(inbox.queue, Qt.Key.Key_E)
    dialog = _dialog(NewIncidentDialog)
    save(dialog, out, "new_incident_dialog")  # type: ignore[arg-type]
    dialog.reject()  # type: ignore[attr-defined]
    window.show_page("incidents")
    page = window.page("incidents")
    pump(lambda: page.model.rowCount() > 0 and page.view.detail is not None)
    save(window, out, "incident_list_notes")
    for tab, name in ((EVIDENCE, "incident_evidence"), (TIMELINE, "incident_timeline"),
                      (PEOPLE, "incident_people")):
        page.view.tabs.setCurrentIndex(tab)
        save(window, out, name)
    page.view.tabs.setCurrentIndex(NOTES)
    page.view.notes.list.setCurrentRow(0)
    page.view.notes.show_history()
    history = _dialog(NoteHistoryDialog)
    save(history, out, "note_history")  # type: ignore[arg-type]
    history.reject()  # type: ignore[attr-defined]
    inbox.followups.show_requested.emit()
    pump(lambda: page.due_button.isChecked())
    pump(seconds=0.5)
    save(window, out, "incident_followups_due")
    _tamper_and_reopen(shell, out)
    shell.shutdown()


def _tamper_and_reopen(shell: AppShell, out: Path) -> None:
    db = shell.session.gui_db()
    iid = db.execute("SELECT min(id) FROM incidents").fetchone()[0]
    # Raw SQL behind ModDesk's back: change what an entry says (entry 4 of the first incident).
    db.execute("UPDATE incident_entries SET detail = replace(detail, 'affected', 'witness') "
               "WHERE incident_id = ? AND seq = 4", [iid])
    page = shell.window.page("incidents")
    shell.session.lock("manual")
    pump(seconds=0.3)
    shell.window.lock_screen.button.click()
    pump(lambda: shell.dialog is not None and shell.dialog.isVisible())
    shell.dialog.passphrase.setText(shell.demo_passphrase or "demo")  # type: ignore[union-attr]
    shell.dialog.unlock_button.click()  # type: ignore[union-attr]
    pump(lambda: shell.session.is_unlocked and page.checks.done, seconds=20)
    shell.window.show_page("incidents")
    page.select_id(iid)
    pump(lambda: page.view.banner.isVisible())
    save(shell.window, out, "incident_tampered_warning")


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots/incidents")
    out.mkdir(parents=True, exist_ok=True)
    make_application()
    folder = Path(tempfile.mkdtemp(prefix="moddesk-shots-"))
    try:
        shoot(out, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
