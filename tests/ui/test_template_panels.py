"""The Replies, Resources and Group description tabs, driven as a moderator would."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from moddesk.cases import templates_library as library
from moddesk.cases.templates_shipped import shipped
from moddesk.session import Session
from moddesk.storage import guideline_store, set_setting
from moddesk.storage import template_store as store
from moddesk.ui.guidelines_text_panel import GuidelinesTextPanel
from moddesk.ui.resources_panel import ResourcesPanel
from moddesk.ui.templates_panel import TemplatesPanel
from tests.helpers.inbox_data import seed

WAIT_MS = 10_000


@pytest.fixture
def session(qtbot: QtBot, vault, fast_params, app_env) -> Iterator[Session]:  # type: ignore[no-untyped-def]
    """An unlocked session on a vault with three imported chats."""
    seed(vault.db, spam=False)
    set_setting(vault.db, "moderator_name", "Nadia")
    session = Session(vault.paths.folder, vault_params=fast_params)
    session.unlock_with(vault)
    yield session
    session.lock("quit")


def shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(980, 620)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def answer_next_box(button: QMessageBox.StandardButton | str) -> None:
    """Press a button of the message box that is about to open (by role or by text)."""
    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        target = box.button(button) if not isinstance(button, str) else next(
            b for b in box.buttons() if b.text() == button)
        target.click()
    QTimer.singleShot(0, press)


def saved(qtbot: QtBot, session: Session, action: Callable[[], object]) -> None:
    with qtbot.waitSignal(session.changed, timeout=WAIT_MS, check_params_cb=lambda c: c.templates):
        action()


# -- Replies ------------------------------------------------------------------------------------


def test_a_typo_in_a_placeholder_blocks_save_and_says_where(qtbot: QtBot, session: Session) -> None:
    panel = shown(qtbot, TemplatesPanel(session))
    assert isinstance(panel, TemplatesPanel)
    panel.select("warning", "de")
    assert panel.body_edit.toPlainText() == shipped().texts[("warning", "de")].body
    assert not panel.save_button.isEnabled()  # nothing changed yet
    panel.body_edit.setPlainText("Hallo {membr}, bitte {rule} beachten.")
    assert not panel.save_button.isEnabled()
    assert panel.check_label.text().startswith("Line 1, column 7: {membr} is not a placeholder.")
    panel.body_edit.setPlainText("Hallo {member}, bitte „{rule}“ beachten.\n{moderator}")
    assert panel.save_button.isEnabled()
    assert panel.check_label.text() == "Filled in when used: Member, Rule, Your name"
    saved(qtbot, session, lambda: qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton))
    edited = library.get_template(session.gui_db(), "warning", "de")
    assert (edited.origin, edited.body) == ("edited", "Hallo {member}, bitte „{rule}“ beachten.\n{moderator}")
    assert panel.tree.currentItem().text(1) == "Edited"
    assert panel.reset_button.isEnabled()
    answer_next_box(QMessageBox.StandardButton.Yes)
    saved(qtbot, session, lambda: qtbot.mouseClick(panel.reset_button, Qt.MouseButton.LeftButton))
    assert library.get_template(session.gui_db(), "warning", "de") == shipped().texts[("warning", "de")]
    assert panel.body_edit.toPlainText() == shipped().texts[("warning", "de")].body
    assert not panel.reset_button.isEnabled()


def test_a_new_reply_in_another_language_is_added_and_can_be_deleted(qtbot: QtBot,
                                                                      session: Session) -> None:
    panel = shown(qtbot, TemplatesPanel(session))
    assert isinstance(panel, TemplatesPanel)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.title_edit, "Boas-vindas")
    panel.language_combo.setEditText("pt")
    panel.body_edit.setPlainText("Olá {member}, bem-vinda ao {group}!\n{moderator}")
    saved(qtbot, session, lambda: qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton))
    added = library.get_template(session.gui_db(), "boas-vindas", "pt")
    assert added is not None and added.origin == "added"
    assert panel.tree.currentItem().data(0, Qt.ItemDataRole.UserRole) == ("boas-vindas", "pt")
    assert panel.delete_button.isEnabled() and not panel.reset_button.isEnabled()
    answer_next_box(QMessageBox.StandardButton.Yes)
    saved(qtbot, session, lambda: qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton))
    assert library.get_template(session.gui_db(), "boas-vindas", "pt") is None


# -- Resources ----------------------------------------------------------------------------------


def test_resources_start_empty_with_the_reason_and_edits_are_kept(qtbot: QtBot,
                                                                  session: Session) -> None:
    panel = shown(qtbot, ResourcesPanel(session))
    assert isinstance(panel, ResourcesPanel)
    assert panel.stack.currentIndex() == 0
    assert "comes without hotlines" in panel.empty_text.text()
    assert panel.empty_text.isVisible()
    saved(qtbot, session, lambda: qtbot.mouseClick(panel.empty_add_button,
                                                   Qt.MouseButton.LeftButton))
    qtbot.waitUntil(lambda: panel.table.state() == panel.table.State.EditingState,
                    timeout=WAIT_MS)
    editor = QApplication.focusWidget()
    editor.selectAll()  # type: ignore[union-attr]
    qtbot.keyClicks(editor, "Frauenberatung Mitte")
    saved(qtbot, session, lambda: qtbot.keyClick(editor, Qt.Key.Key_Return))
    phone = panel.table.item(0, 2)
    saved(qtbot, session, lambda: phone.setText("030 000 000"))
    [entry] = store.resources(session.gui_db())
    assert (entry.name, entry.phone) == ("Frauenberatung Mitte", "030 000 000")
    assert panel.stack.currentIndex() == 1
    panel.table.setCurrentCell(0, 0)
    answer_next_box(QMessageBox.StandardButton.Yes)
    saved(qtbot, session, lambda: qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton))
    assert store.resources(session.gui_db()) == [] and panel.stack.currentIndex() == 0


# -- Group description --------------------------------------------------------------------------


@pytest.fixture
def english_numbers() -> Iterator[None]:
    """Numbers written the English way ("2,048"), whatever the machine's locale."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def test_group_description_counts_live_and_turns_red_over_the_limit(
        qtbot: QtBot, session: Session, english_numbers: None) -> None:
    berlin = session.gui_db().execute("SELECT id FROM chats WHERE name = 'Mütter Berlin'"
                                      ).fetchone()[0]
    future = session.submit(lambda db: guideline_store.set_chat_packs(db, berlin,
                                                                      ["support-community"]))
    qtbot.waitUntil(future.done, timeout=WAIT_MS)
    panel = shown(qtbot, GuidelinesTextPanel(session))
    assert isinstance(panel, GuidelinesTextPanel)
    assert panel.source_combo.itemText(0) == "Group: Mütter Berlin"
    text = panel.text()
    assert text.startswith("Rules of Mütter Berlin\n\n")
    assert "\n1. Stay kind and on topic\n2. No personal information in the group\n" in text
    assert "No pictures of children" not in text  # a child-protection rule; Berlin does not use it
    assert "New member" not in text and "Someone may be in danger" not in text
    panel.source_combo.setCurrentText("Pack: Child protection group")
    assert "No pictures of children" in panel.text()
    assert panel.count_label.text() == f"{len(panel.text())} of 2,048 characters"
    assert panel.count_label.property("over") is False
    panel.editor.setPlainText("x" * 2040 + "👍👍👍👍👍")  # an emoji counts two, as in WhatsApp
    assert panel.count_label.text() == "2,050 of 2,048 characters (too long for WhatsApp: remove 2)"
    assert panel.count_label.property("over") is True
    panel.editor.setPlainText("x" * 2048)
    assert panel.count_label.property("over") is False
    panel.copy()
    assert QGuiApplication.clipboard().text() == "x" * 2048


def test_pdf_asks_first_says_it_is_not_encrypted_and_writes_only_the_chosen_file(
        qtbot: QtBot, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = shown(qtbot, GuidelinesTextPanel(session))
    assert isinstance(panel, GuidelinesTextPanel)
    target = tmp_path / "out" / "regeln.pdf"
    target.parent.mkdir()
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (asked.append("path"), (str(target), ""))[1])
    answer_next_box(QMessageBox.StandardButton.Cancel)
    assert panel.save_pdf() is None
    assert asked == [] and not target.exists()

    def check_warning_then_save() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        assert "not encrypted" in box.text()
        next(b for b in box.buttons() if b.text() == "Save PDF").click()

    QTimer.singleShot(0, check_warning_then_save)
    assert panel.save_pdf() == target
    assert sorted(p.name for p in target.parent.iterdir()) == ["regeln.pdf"]
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is needed to read the PDF back")
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Rules of" in text and "Stay kind and on topic" in text
