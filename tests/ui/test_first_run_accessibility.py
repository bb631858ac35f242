"""Screen readers and keyboards: names on every control, focus in reading order.

The names are read through QAccessible, as a screen reader gets them (an
explicit accessible name, a buddy label or the control's own text).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from moddesk.app import AppShell
from moddesk.ui.first_run_wizard import FirstRunWizard
from moddesk.ui.unlock_dialog import UnlockDialog
from tests.ui.first_run_helpers import start_wizard
from tests.ui.helpers import fake_clock, shell  # noqa: F401 - fixtures


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name).replace("&", "").strip()


def tab_chain(qtbot: QtBot, start: QWidget, steps: int) -> list[QWidget]:
    """The widgets the focus visits from `start`, pressing Tab `steps` times."""
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    seen = [start]
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def page_controls(wizard: FirstRunWizard) -> list[QWidget]:
    page = wizard.currentPage()
    return [w for w in page.findChildren(QWidget)
            if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus]


def test_every_wizard_control_has_a_spoken_name(qtbot: QtBot, shell: AppShell) -> None:
    wizard = start_wizard(shell)
    unnamed = []
    while True:
        buttons = [wizard.button(b) for b in (wizard.WizardButton.NextButton,
                                              wizard.WizardButton.CancelButton)]
        for widget in page_controls(wizard) + buttons:
            if widget.isVisible() and not spoken_name(widget):
                unnamed.append(f"{wizard.currentPage().objectName()}: {widget!r}")
        if wizard.currentPage() is wizard.create_page:
            break
        wizard.next()
    assert unnamed == []
    assert spoken_name(wizard.create_page.form.first) == "New passphrase"


def test_wizard_focus_follows_reading_order(qtbot: QtBot, shell: AppShell) -> None:
    wizard = start_wizard(shell)
    orders = {}
    while wizard.currentPage() is not wizard.create_page:
        wizard.next()
        if wizard.currentPage() is wizard.folder_page:
            page = wizard.folder_page
            orders["folder"] = tab_chain(qtbot, page.path, 3)
    page = wizard.create_page
    orders["create"] = tab_chain(qtbot, page.form.first, 2)
    back, nxt = wizard.WizardButton.BackButton, wizard.WizardButton.NextButton
    folder = wizard.folder_page
    assert orders["folder"][:2] == [folder.path, folder.choose]
    assert orders["folder"][2] in (wizard.button(back), wizard.button(nxt))
    assert orders["create"][:2] == [page.form.first, page.form.second]
    assert orders["create"][2] in (wizard.button(back), page.create_button,
                                   wizard.button(wizard.WizardButton.CancelButton))


def test_unlock_dialog_focus_order_and_names(qtbot: QtBot, shell: AppShell) -> None:
    dialog = UnlockDialog(lambda pw: None, restore_fn=None)  # type: ignore[arg-type, return-value]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.passphrase.setText("x")  # enables Unlock, so it takes focus too
    chain = tab_chain(qtbot, dialog.passphrase, 3)
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    assert chain[0] is dialog.passphrase
    assert set(chain[1:3]) == {dialog.unlock_button, cancel}
    assert chain[3] is dialog.passphrase  # and round again
    assert spoken_name(dialog.passphrase) == "Passphrase"
    assert spoken_name(dialog.unlock_button) == "Unlock"


def test_shell_controls_have_names(qtbot: QtBot, shell: AppShell) -> None:
    window = shell.window
    assert spoken_name(window.nav) == "Sections"
    assert spoken_name(window.busy) == "Working…"
    assert spoken_name(window.lock_screen.button) == "Unlock…"
    assert spoken_name(window.lock_screen.icon) == "ModDesk logo"
    assert window.language_action.isEnabled()  # reachable while locked
