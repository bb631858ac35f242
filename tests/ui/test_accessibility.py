"""Screen readers and keyboards across the whole app: every page, every main dialog.

A demo vault (the content a moderator sees in `moddesk --demo`) is opened in
a real shell; each page (and each of its tabs) is shown and each main dialog
opened. For every visible control a moderator could operate the test asks
Qt's accessibility layer for its spoken name (as a screen reader would: an
explicit name, a buddy label or the control's own text), checks that Tab
reaches it and that Tab moves on from it, and that an icon-only button says
what it does in a tooltip.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSlider,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from moddesk.app import AppShell, make_application
from moddesk.storage.chat_queries import DateSample, uncertain_samples
from moddesk.ui import new_incident_dialog, report_dialog, template_dialog
from moddesk.ui.change_passphrase_dialog import ChangePassphraseDialog
from moddesk.ui.date_order_dialog import DateOrderDialog
from moddesk.ui.jump_to_date_dialog import JumpToDateDialog
from moddesk.ui.language_dialog import LanguageDialog
from moddesk.ui.merge_chats_dialog import MergeChatsDialog
from moddesk.ui.pack_jobs import read_versions
from moddesk.ui.pack_versions_dialog import PackVersionsDialog
from moddesk.ui.referral_dialog import ReferralDialog
from moddesk.ui.session_api import SessionApi
from moddesk.ui.settings_dialog import SettingsDialog
from moddesk.ui.watched_folders_dialog import WatchedFoldersDialog
from tests.ui.helpers import WAIT_MS, visible_dialogs

CONTROLS = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox,
            QAbstractSpinBox, QAbstractItemView, QSlider, QTabBar, QCalendarWidget)
"""What a moderator operates; a read-only text view is read, not operated."""


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name).replace("&", "").strip()


def is_part_of_another_control(widget: QWidget) -> bool:
    """A combo's or spin box's line edit, a tab bar's arrows, a table's header: Qt's own parts.

    A header sorts by click (the keyboard has the view's own keys); a calendar's
    month buttons and grid are one control, driven by arrows and Page Up/Down.
    """
    parent = widget.parentWidget()
    calendar = parent is not None and isinstance(parent.parentWidget(), QCalendarWidget)
    return isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar, QCalendarWidget)) \
        or isinstance(widget, QHeaderView) or calendar


def controls(root: QWidget) -> list[QWidget]:
    """The visible controls under `root` a moderator could operate."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisible():
            continue
        if isinstance(widget, (QTextEdit, QPlainTextEdit)) and widget.isReadOnly():
            continue
        if not is_part_of_another_control(widget):
            found.append(widget)
    return found


def describe(widget: QWidget) -> str:
    """The control as its module names it: `Owner.attribute`, object name or text."""
    owner = widget.parentWidget()
    while owner is not None:
        attribute = next((k for k, v in vars(owner).items() if v is widget), None)
        if attribute:
            return f"{type(owner).__name__}.{attribute}"
        owner = owner.parentWidget()
    text = widget.text() if isinstance(widget, (QAbstractButton, QLineEdit)) else ""
    return f"{type(widget).__name__}({widget.objectName() or text or '?'})"


def is_arrow_reached(widget: QWidget) -> bool:
    """An unchecked radio button of a group: Tab goes to the checked one, arrows move on."""
    return isinstance(widget, QRadioButton) and widget.autoExclusive() and not widget.isChecked()


def tab_moves_on(qtbot: QtBot, widget: QWidget) -> bool:
    """True when Tab in `widget` gives the focus to another control.

    A date edit first steps through its day, month and year, so it gets one
    Tab per section.
    """
    if not widget.isEnabled():
        return True  # not reachable now, so nothing to be stuck in
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    if not widget.hasFocus():
        return False
    presses = widget.sectionCount() if isinstance(widget, QDateTimeEdit) else 1
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is not None and now is not widget and not widget.isAncestorOf(now):
            return True
    return False


def problems(qtbot: QtBot, root: QWidget, where: str) -> list[str]:
    """Every control under `root` a screen reader or a keyboard could not use."""
    found = []
    root.activateWindow()
    qtbot.waitUntil(root.window().isActiveWindow, timeout=WAIT_MS)
    for widget in controls(root):
        name = f"{where}: {describe(widget)}"
        if not spoken_name(widget):
            found.append(f"{name} has no accessible name")
        if is_arrow_reached(widget):
            pass
        elif not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(f"{name} cannot be reached with Tab")
        elif not tab_moves_on(qtbot, widget):
            found.append(f"{name} keeps the focus on Tab")
        if isinstance(widget, QAbstractButton) and not widget.text().strip() \
                and not widget.icon().isNull() and not widget.toolTip().strip():
            found.append(f"{name} shows only an icon and has no tooltip")
    return found


def page_problems(qtbot: QtBot, page: QWidget, where: str) -> list[str]:
    """The page as shown, then once with each tab of its tab widgets current."""
    found = problems(qtbot, page, where)
    for tabs in page.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            found += problems(qtbot, tabs.currentWidget(), f"{where}/{tabs.tabText(index)}")
        tabs.setCurrentIndex(0)
    return found


@pytest.fixture
def demo_shell(qtbot: QtBot, app_env: Path, tmp_path: Path) -> Iterator[AppShell]:
    """A started shell on a fresh demo vault (chats, inbox items, incidents, packs)."""
    make_application()
    shell = AppShell(tmp_path / "demo", demo=True)
    qtbot.addWidget(shell.window)
    shell.start()
    qtbot.waitUntil(lambda: shell.session.is_unlocked, timeout=WAIT_MS * 3)
    yield shell
    for dialog in visible_dialogs():
        dialog.done(0)
    shell.shutdown()


def show_page(qtbot: QtBot, shell: AppShell, key: str) -> QWidget:
    window = shell.window
    window.show_page(key)
    page = next(p for p in window.pages if p.spec.key == key)
    qtbot.waitUntil(page.isVisible, timeout=WAIT_MS)
    return page


def test_every_page_control_has_a_name_and_takes_tab(qtbot: QtBot, demo_shell: AppShell) -> None:
    found = []
    for key in ("inbox", "chats", "search", "incidents", "guidelines"):
        page = show_page(qtbot, demo_shell, key)
        qtbot.wait(300)  # lets the page's first read land, so its lists have rows
        found += page_problems(qtbot, page, key)
    found += problems(qtbot, demo_shell.window.nav, "nav")
    assert found == [], "\n".join(found)


def shown_dialog(qtbot: QtBot, kind: type[QDialog]) -> QDialog:
    qtbot.waitUntil(lambda: any(isinstance(d, kind) for d in visible_dialogs()),
                    timeout=WAIT_MS)
    return next(d for d in visible_dialogs() if isinstance(d, kind))


def check_dialog(qtbot: QtBot, dialog: QDialog | None) -> list[str]:
    assert dialog is not None
    if not dialog.isVisible():
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
    qtbot.waitExposed(dialog)
    found = page_problems(qtbot, dialog, dialog.objectName())
    dialog.done(0)
    return found


def test_every_dialog_control_has_a_name_and_takes_tab(qtbot: QtBot,
                                                       demo_shell: AppShell) -> None:
    session, window = demo_shell.session, demo_shell.window
    found = []
    found += check_dialog(qtbot, SettingsDialog(session, window))
    found += check_dialog(qtbot, ChangePassphraseDialog(session, window))
    found += check_dialog(qtbot, WatchedFoldersDialog(demo_shell.imports, session, window))
    found += check_dialog(qtbot, LanguageDialog("en", window))
    chats = show_page(qtbot, demo_shell, "chats")
    found += check_dialog(qtbot, JumpToDateDialog(QDate(2026, 1, 1), QDate(2026, 3, 1),
                                                  QDate(2026, 2, 1), chats))
    found += check_dialog(qtbot, MergeChatsDialog("Parents of Class 3B",
                                                  [(2, "Foster Carers Circle")], chats))
    found += check_dialog(qtbot, DateOrderDialog(date_samples(session), "dmy", chats))
    inbox = show_page(qtbot, demo_shell, "inbox")
    qtbot.waitUntil(lambda: inbox.current_id() is not None, timeout=WAIT_MS)
    found += check_dialog(qtbot, new_incident_dialog.open_for_inbox_page(inbox))
    found += check_dialog(qtbot, template_dialog.open_for_inbox_page(inbox))
    incidents = show_page(qtbot, demo_shell, "incidents")
    found += check_dialog(qtbot, ReferralDialog(["Childline 0800 1111"], already_referred=False,
                                                parent=incidents))
    report_dialog.open_report(session, incidents.current_id(), incidents)
    found += check_dialog(qtbot, shown_dialog(qtbot, report_dialog.ReportDialog))
    guidelines = show_page(qtbot, demo_shell, "guidelines")
    packs = guidelines.packs
    qtbot.waitUntil(lambda: packs.model.rowCount() > 0, timeout=WAIT_MS)
    packs.choose(packs.model.info(0).key)
    found += check_dialog(qtbot, packs.edit_current())
    versions = read_versions(session.gui_db(), packs.current_info().key)
    found += check_dialog(qtbot, PackVersionsDialog("Child protection group", versions, packs))
    assert found == [], "\n".join(found)


def date_samples(session: SessionApi) -> list[DateSample]:
    """The demo's chat whose exports could be read day-first or month-first."""
    db = session.gui_db()
    chat_id = db.execute("SELECT chat_id FROM exports WHERE date_order_certain = 0").fetchone()
    assert chat_id is not None, "the demo has a chat of uncertain date order"
    return uncertain_samples(db, chat_id[0])
