"""Tab walks the Inbox, the Incidents page and the new-incident dialog in reading order.

Reading order is left to right, top to bottom: the page's header, then its
left column, then the right one. The chains start at the navigation list, as
a moderator's Tab does after choosing a page.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from moddesk.app import AppShell
from moddesk.ui import new_incident_dialog
from tests.ui.helpers import WAIT_MS
from tests.ui.test_accessibility import demo_shell, show_page  # noqa: F401 - fixture


def tab_chain(qtbot: QtBot, start: QWidget, steps: int) -> list[QWidget]:
    """The controls Tab visits from `start` (a date edit's sections count once)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus, timeout=WAIT_MS)
    seen = [start]
    while len(seen) <= steps:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not seen[-1]:
            seen.append(QApplication.focusWidget())
    return seen


def top_left(widget: QWidget) -> QPoint:
    return widget.mapTo(widget.window(), QPoint(0, 0))


def test_inbox_tab_order_reads_header_groups_filters_queue_actions_item(
        qtbot: QtBot, demo_shell: AppShell) -> None:
    window = demo_shell.window
    inbox = show_page(qtbot, demo_shell, "inbox")
    qtbot.waitUntil(lambda: inbox.current_id() is not None, timeout=WAIT_MS)
    assert inbox.followups.button.isVisible()  # the demo has a follow-up due
    actions = [inbox.findChild(QWidget, f"action_{n}")
               for n in ("resolve", "dismiss", "escalate", "snooze", "undo")]
    expected = [window.nav, inbox.help_button, inbox.followups.button, inbox.overview.view,
                inbox.state_filter, inbox.severity_filter, inbox.rule_filter,
                inbox.date_filter, inbox.queue, *actions, inbox.detail.open_button,
                inbox.detail.browser, window.nav]
    assert tab_chain(qtbot, window.nav, len(expected) - 1) == expected
    filters = expected[4:8]
    assert [top_left(w).x() for w in filters] == sorted(top_left(w).x() for w in filters)
    assert [top_left(w).x() for w in actions] == sorted(top_left(w).x() for w in actions)


def test_incidents_tab_order_reads_header_filters_list_then_incident(
        qtbot: QtBot, demo_shell: AppShell) -> None:
    window = demo_shell.window
    page = show_page(qtbot, demo_shell, "incidents")
    view, fields = page.view, page.view.fields
    qtbot.waitUntil(view.template_button.isVisible, timeout=WAIT_MS)  # an incident is shown
    expected = [window.nav, page.due_button, page.new_button, page.search, page.status_filter,
                page.severity_filter, page.category_filter, page.list, view.template_button,
                view.referral_button, view.print_button, fields.title, fields.category,
                fields.severity, fields.status, fields.tags, fields.follow_check,
                fields.follow_date, view.tabs.tabBar(), view.notes.list]
    chain = tab_chain(qtbot, window.nav, len(expected) - 1)
    assert chain == expected
    header = [page.due_button, page.new_button]
    assert top_left(header[0]).x() < top_left(header[1]).x()


def test_new_incident_dialog_tab_order_is_top_to_bottom(qtbot: QtBot,
                                                        demo_shell: AppShell) -> None:
    page = show_page(qtbot, demo_shell, "incidents")
    dialog = new_incident_dialog.open_blank(demo_shell.session, page)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.title, "Threats in the group")  # enables Create
    buttons = sorted((b for b in dialog.findChildren(QPushButton) if b.isVisible()),
                     key=lambda b: top_left(b).x())
    expected = [dialog.title, dialog.category, dialog.severity, *buttons, dialog.title]
    chain = tab_chain(qtbot, dialog.title, len(expected) - 1)
    dialog.done(0)
    assert chain == expected
    rows = [top_left(w).y() for w in chain[:3]]
    assert rows == sorted(rows) and len(set(rows)) == 3
