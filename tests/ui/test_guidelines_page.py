"""The Guidelines page as a moderator uses it: read rules, edit a pack, restore a version."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTextBrowser

from moddesk.storage import Changes, guideline_store
from moddesk.ui.pack_editor_dialog import PackEditorDialog
from moddesk.ui.pack_versions_dialog import PackVersionsDialog
from tests.ui.guidelines_fixtures import (  # noqa: F401 - fixture
    WAIT_MS,
    GuidelinesRig,
    find_visible,
    rig,
    support_text,
    with_word,
)


def pack_rows(r: GuidelinesRig) -> list[list[str]]:
    model = r.page.packs.model
    return [[model.index(row, col).data() for col in range(model.columnCount())]
            for row in range(model.rowCount())]


def open_editor(r: GuidelinesRig, key: str = "support-community") -> PackEditorDialog:
    r.page.packs.choose(key)
    r.page.packs.buttons["edit"].click()
    dialog = find_visible(PackEditorDialog)
    assert isinstance(dialog, PackEditorDialog)
    dialog.activateWindow()
    r.qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
    return dialog


def test_packs_are_listed_with_version_author_and_groups_and_rules_read_plainly(
        rig: GuidelinesRig) -> None:
    rows = pack_rows(rig)
    assert [row[0] for row in rows] == ["Child protection group", "Support community"]
    assert [row[1] for row in rows] == ["1", "1"]
    assert [row[3] for row in rows] == ["ModDesk (shipped)"] * 2
    assert [row[4] for row in rows] == ["2 groups", "2 groups"]
    rig.page.packs.choose("support-community")
    shown = rig.page.packs.rules.toPlainText()
    assert "Someone may be in danger" in shown and "Urgent" in shown
    assert "Floods: 8 or more messages by one member within 2 minutes" in shown
    assert "Phone numbers" in shown and "Suggested responses" in shown
    assert "[[rules" not in shown and 'severity = "' not in shown  # never raw TOML


def test_a_mistake_is_named_with_its_line_and_the_text_is_kept(rig: GuidelinesRig) -> None:
    dialog = open_editor(rig)
    broken = with_word(support_text(), "flohmarkt").replace('severity = "normal"',
                                                           'severity = "medium"', 1)
    dialog.editor.setPlainText(broken)
    rig.qtbot.keyClick(dialog.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    line = broken.splitlines().index('severity = "medium"') + 1
    assert dialog.isVisible()
    assert dialog.problem.isVisible()
    assert f"Line {line}:" in dialog.problem.text()
    assert "'medium' is not a severity" in dialog.problem.text()
    assert dialog.text() == broken
    assert dialog.editor.textCursor().blockNumber() + 1 == line
    assert guideline_store.pack_source(rig.db(), "support-community")[0] == 1  # nothing saved


def test_a_fixed_edit_saves_version_2_and_the_rescan_raises_the_new_word(
        rig: GuidelinesRig) -> None:
    assert ("Joy", "respectful-conduct") not in rig.flagged()
    dialog = open_editor(rig)
    dialog.editor.setPlainText(with_word(support_text(), "flohmarkt").replace(
        'severity = "normal"', 'severity = "medium"', 1))
    dialog.try_save()
    assert dialog.problem.isVisible()
    dialog.editor.setPlainText(with_word(support_text(), "flohmarkt"))
    with rig.qtbot.waitSignal(rig.page.runner.finished, timeout=WAIT_MS) as done:
        dialog.save_button.click()
    assert find_visible(PackEditorDialog) is None  # closed (and deleted) after saving
    assert guideline_store.pack_source(rig.db(), "support-community")[0] == 2
    found = done.args[0]
    assert (found.chats, found.done, found.items_created, found.cancelled) == (2, 2, 2, False)
    assert {("Joy", "respectful-conduct"), ("Ben", "respectful-conduct")} <= rig.flagged()
    bar = rig.page.rescan_bar
    assert bar.isVisible() and bar.label.text() == "Checked 2 groups again: 2 new inbox items."
    rig.qtbot.waitUntil(lambda: pack_rows(rig)[1][1] == "2", timeout=WAIT_MS)
    assert pack_rows(rig)[1][3] == "Nadia"


def test_restoring_version_1_stores_its_text_as_version_3(rig: GuidelinesRig) -> None:
    dialog = open_editor(rig)
    dialog.editor.setPlainText(with_word(support_text(), "flohmarkt"))
    with rig.qtbot.waitSignal(rig.page.runner.finished, timeout=WAIT_MS):
        dialog.save_button.click()
    rig.page.packs.buttons["versions"].click()
    rig.qtbot.waitUntil(lambda: find_visible(PackVersionsDialog) is not None, timeout=WAIT_MS)
    versions = find_visible(PackVersionsDialog)
    assert isinstance(versions, PackVersionsDialog)
    assert versions.versions() == [2, 1]
    assert not versions.restore.isEnabled()  # the version in use needs no restoring
    versions.show_version(1)
    assert versions.viewer.toPlainText() == support_text()
    assert versions.viewer.isReadOnly()
    with rig.qtbot.waitSignal(rig.page.runner.finished, timeout=WAIT_MS):
        versions.restore.click()
    assert guideline_store.pack_source(rig.db(), "support-community") == (3, support_text())
    assert [v["created_by"] for v in guideline_store.pack_versions(rig.db(), "support-community")] \
        == [None, "Nadia", "Nadia"]


def test_lock_clears_everything_and_unlock_reads_it_again(rig: GuidelinesRig) -> None:
    page = rig.page
    page.clear()
    assert page.packs.model.rowCount() == 0 and page.chats.chats.count() == 0
    assert "Support" not in page.packs.rules.toPlainText()
    with rig.qtbot.waitSignals([page.packs.loaded, page.chats.loaded], timeout=WAIT_MS):
        page.reload()
    assert page.packs.model.rowCount() == 2 and page.chats.chats.count() == 2


def test_added_panels_get_lock_unlock_and_changes(rig: GuidelinesRig) -> None:
    class Replies(QLabel):
        def __init__(self) -> None:
            super().__init__("Replies")
            self.calls: list[str] = []

        def clear(self) -> None:
            self.calls.append("clear")

        def reload(self) -> None:
            self.calls.append("reload")

        def on_changes(self, changes: object) -> None:
            self.calls.append("changes")

    panel = Replies()
    before = rig.page.tabs.count()
    index = rig.page.add_panel(panel, "More")
    assert rig.page.tabs.tabText(index) == "More" and rig.page.tabs.count() == before + 1
    assert rig.page.panels()[-1] is panel
    rig.page.clear()
    rig.page.reload()
    rig.session.changed.emit(Changes(templates=True))
    assert panel.calls == ["clear", "reload", "changes"]
    assert isinstance(rig.page.packs.rules, QTextBrowser)


def test_the_keyboard_reaches_tabs_and_pack_actions(rig: GuidelinesRig) -> None:
    page = rig.page
    page.activateWindow()
    rig.qtbot.waitUntil(page.isActiveWindow, timeout=WAIT_MS)
    page.packs.table.setFocus()
    rig.qtbot.keyClick(page.packs.table, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentWidget() is page.chats
    rig.qtbot.keyClick(page.tabs, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert page.tabs.currentWidget() is page.packs
    page.packs.choose("child-protection")
    rig.qtbot.keyClick(page.packs.table, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    rig.qtbot.waitUntil(lambda: find_visible(PackEditorDialog) is not None, timeout=WAIT_MS)
    dialog = find_visible(PackEditorDialog)
    assert isinstance(dialog, PackEditorDialog) and dialog.key == "child-protection"
    assert dialog.editor.hasFocus() or dialog.editor.isVisible()
    dialog.reject()  # nothing edited: closes without asking
    assert find_visible(PackEditorDialog) is None


def test_a_hidden_page_waits_and_reads_once_when_shown(rig: GuidelinesRig) -> None:
    page = rig.page
    page.hide()
    page.clear()
    page.reload()  # an unlock while another page is in front
    rig.session.changed.emit(Changes(packs=True))
    assert page.packs.model.rowCount() == 0
    with rig.qtbot.waitSignals([page.packs.loaded, page.chats.loaded], timeout=WAIT_MS):
        page.show()
    assert page.packs.model.rowCount() == 2 and page.chats.chats.count() == 2
