"""First run, walked by keyboard only: language, welcome, name, packs, folder, passphrase.

A real shell on an empty temp vault folder; the German texts come from a
small compiled sample, so the test sees the wizard retranslate itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from moddesk.app import AppShell
from moddesk.storage import vault_exists
from moddesk.storage.watch_store import list_folders
from moddesk.triage.vault_scan import DEFAULT_PACKS_SETTING
from moddesk.ui.first_run_wizard import FirstRunWizard
from moddesk.ui.translator import LanguageSwitcher, stored_language
from tests.conftest import PASSPHRASE
from tests.ui.first_run_helpers import compile_german, start_wizard, switcher  # noqa: F401
from tests.ui.helpers import WAIT_MS, FakeClock, fake_clock  # noqa: F401 - fixtures

GERMAN = {
    ("FirstRun", "Welcome to ModDesk"): "Willkommen bei ModDesk",
    ("FirstRun", "Three things to know"): "Drei Dinge, die Sie wissen sollten",
    ("FirstRunWizard", "&Next >"): "&Weiter >",
    ("FirstRunWizard", "Set up ModDesk"): "ModDesk einrichten",
    ("CreateVaultPage", "&Create vault"): "Tresor &anlegen",
    ("MainWindow", "Unlocked"): "Entsperrt",
}


@pytest.fixture
def german_shell(qtbot: QtBot, app_env: Path, vault_dir: Path, fast_params,  # type: ignore[no-untyped-def]
                 fake_clock: FakeClock, switcher: LanguageSwitcher,  # noqa: F811
                 tmp_path: Path) -> Iterator[AppShell]:
    """A shell whose translations folder holds the German sample."""
    (tmp_path / "qm").mkdir()
    switcher.folder = compile_german(tmp_path / "qm", GERMAN)
    shell = AppShell(vault_dir, vault_params=fast_params, clock=fake_clock, languages=switcher)
    yield shell
    # Not qtbot.addWidget: a language change replaces (and deletes) the first window.
    shell.shutdown()
    shell.window.hide()
    shell.window.deleteLater()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(qtbot: QtBot, key_: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        ) -> None:
    qtbot.keyClick(focused(), key_, modifier)


def press_next(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    """Enter presses the default button (Next) from wherever the focus is."""
    before = wizard.currentId()
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() != before)


def test_keyboard_walk_stores_language_name_packs_and_folder(
        qtbot: QtBot, german_shell: AppShell, vault_dir: Path, tmp_path: Path) -> None:
    shell = german_shell
    old_window = shell.window
    exports = tmp_path / "exports"
    exports.mkdir()
    wizard = start_wizard(shell)
    qtbot.waitUntil(lambda: wizard.language_page.list.hasFocus())

    key(qtbot, Qt.Key.Key_Down)  # English -> Deutsch, applied at once
    assert wizard.language_page.language() == "de"
    qtbot.waitUntil(lambda: wizard.windowTitle() == "ModDesk einrichten")  # LanguageChange is posted
    assert wizard.language_page.title() == "Willkommen bei ModDesk"
    assert wizard.button(wizard.WizardButton.NextButton).text() == "&Weiter >"
    press_next(qtbot, wizard)

    assert wizard.currentPage() is wizard.welcome_page
    assert wizard.welcome_page.title() == "Drei Dinge, die Sie wissen sollten"
    body = " ".join(b.text() for _h, b in wizard.welcome_page.sections)
    assert "nobody can open the vault again" in body
    assert "not encrypted" in body and "5 minutes without use" in body
    press_next(qtbot, wizard)

    assert focused() is wizard.moderator_page.name
    qtbot.keyClicks(focused(), "Amira K.")
    press_next(qtbot, wizard)

    support = wizard.packs_page.boxes["support-community"][0]
    child = wizard.packs_page.boxes["child-protection"][0]
    assert support.isChecked() and not child.isChecked()  # the general pack by default
    assert focused() is child  # packs are listed as shipped: child-protection first
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is support and child.isChecked()
    press_next(qtbot, wizard)

    assert focused() is wizard.folder_page.path
    qtbot.keyClicks(focused(), str(exports))
    press_next(qtbot, wizard)

    page = wizard.create_page
    assert focused() is page.form.first
    assert page.create_button.text() == "Tresor &anlegen"
    qtbot.keyClicks(focused(), PASSPHRASE)
    key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), PASSPHRASE)
    with qtbot.waitSignal(shell.session.unlocked, timeout=WAIT_MS):
        key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shell.session.setting(DEFAULT_PACKS_SETTING) != [],
                    timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(list_folders(shell.session.gui_db())) == 1, timeout=WAIT_MS)

    assert vault_exists(vault_dir)
    assert stored_language(vault_dir) == "de"
    assert shell.session.setting("moderator_name") == "Amira K."
    assert shell.session.setting(DEFAULT_PACKS_SETTING) == ["child-protection",
                                                            "support-community"]
    assert list_folders(shell.session.gui_db())[0].path == str(exports.resolve())
    # The main window was built again in German and shows the vault.
    assert shell.window is not old_window
    assert shell.window.state_label.text() == "Entsperrt"
    qtbot.waitUntil(lambda: "Amira K." in shell.window.moderator_label.text())


def test_cancel_writes_nothing(qtbot: QtBot, german_shell: AppShell, vault_dir: Path) -> None:
    wizard = start_wizard(german_shell)
    qtbot.waitUntil(lambda: wizard.language_page.list.hasFocus())
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    assert not vault_exists(vault_dir)
    assert stored_language(vault_dir) is None


def test_a_missing_folder_is_refused_with_a_plain_message(
        qtbot: QtBot, german_shell: AppShell, tmp_path: Path) -> None:
    wizard = start_wizard(german_shell)
    while wizard.currentPage() is not wizard.folder_page:
        wizard.next()
    wizard.folder_page.path.setText(str(tmp_path / "nowhere"))
    wizard.next()
    assert wizard.currentPage() is wizard.folder_page
    assert wizard.folder_page.error.isVisible()
    assert "nowhere" in wizard.folder_page.error.text()
    wizard.folder_page.path.clear()
    wizard.next()
    assert wizard.currentPage() is wizard.create_page


def test_no_pack_chosen_keeps_next_disabled(qtbot: QtBot, german_shell: AppShell) -> None:
    wizard = start_wizard(german_shell)
    while wizard.currentPage() is not wizard.packs_page:
        wizard.next()
    wizard.packs_page.boxes["support-community"][0].setChecked(False)
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    wizard.packs_page.boxes["child-protection"][0].setChecked(True)
    assert wizard.button(wizard.WizardButton.NextButton).isEnabled()
