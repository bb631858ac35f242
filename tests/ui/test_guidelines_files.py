"""Packs exported to and imported from real .toml files through the Guidelines page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from moddesk.storage import guideline_store
from moddesk.ui import message_bridge
from tests.ui.guidelines_fixtures import (  # noqa: F401 - fixture
    WAIT_MS,
    GuidelinesRig,
    find_visible,
    rig,
    support_text,
    with_word,
)


def test_export_then_import_an_edited_file_is_a_new_version_after_confirming(
        rig: GuidelinesRig, tmp_path: Path) -> None:
    path = tmp_path / "support.toml"
    assert rig.page.packs.export_to("support-community", path)
    assert path.read_text(encoding="utf-8") == support_text()  # comments and layout kept
    path.write_text(with_word(support_text(), "flohmarkt"), encoding="utf-8")
    rig.page.packs.import_from(path)
    box = rig.box("import_confirm")
    assert "already in the vault (version 1)" in box.text() and "version 2" in box.text()
    with rig.qtbot.waitSignal(rig.page.runner.finished, timeout=WAIT_MS) as done:
        box.button(QMessageBox.StandardButton.Save).click()
    assert guideline_store.pack_source(rig.db(), "support-community") == (
        2, with_word(support_text(), "flohmarkt"))
    assert done.args[0].items_created == 2
    again = tmp_path / "again.toml"
    rig.qtbot.waitUntil(lambda: rig.page.packs.model.infos()[1].version == 2, timeout=WAIT_MS)
    assert rig.page.packs.export_to("support-community", again)
    assert again.read_bytes() == path.read_bytes()


def test_cancelling_the_question_changes_nothing(rig: GuidelinesRig, tmp_path: Path) -> None:
    path = tmp_path / "support.toml"
    path.write_text(with_word(support_text(), "flohmarkt"), encoding="utf-8")
    rig.page.packs.import_from(path)
    rig.box("import_confirm").button(QMessageBox.StandardButton.Cancel).click()
    with rig.qtbot.waitCallback(timeout=WAIT_MS) as barrier:
        rig.session.submit(lambda db: None, barrier)  # the writer is serial: any save ran before
    assert guideline_store.pack_source(rig.db(), "support-community")[0] == 1


def test_a_new_pack_is_added_without_asking_and_shown(rig: GuidelinesRig, tmp_path: Path) -> None:
    path = tmp_path / "ours.toml"
    path.write_text(support_text().replace('id = "support-community"', 'id = "our-rules"', 1)
                    .replace('name = "Support community"', 'name = "Our rules"', 1),
                    encoding="utf-8")
    with rig.qtbot.waitSignal(rig.page.runner.finished, timeout=WAIT_MS):
        rig.page.packs.import_from(path)
    rig.qtbot.waitUntil(lambda: rig.page.packs.model.rowCount() == 3, timeout=WAIT_MS)
    assert guideline_store.pack_source(rig.db(), "our-rules")[0] == 1
    assert [i.name for i in rig.page.packs.model.infos()] == [
        "Child protection group", "Our rules", "Support community"]


def test_a_broken_file_is_refused_with_its_line_and_nothing_changes(
        rig: GuidelinesRig, tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    text = support_text().replace('title = "No flooding"', 'title = "No flooding', 1)
    assert text != support_text()
    path.write_text(text, encoding="utf-8")
    rig.page.packs.import_from(path)
    box = rig.box("import_problem")
    line = text.splitlines().index('title = "No flooding') + 1
    assert f"Line {line}:" in box.text() and "broken.toml" in box.text()
    assert "Nothing was changed" in box.text()
    box.button(QMessageBox.StandardButton.Ok).click()
    assert guideline_store.pack_source(rig.db(), "support-community")[0] == 1


def test_an_unwritable_export_place_is_said_plainly(rig: GuidelinesRig, tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "support.toml"
    with rig.qtbot.waitSignal(message_bridge.bridge().message, timeout=WAIT_MS) as said:
        assert not rig.page.packs.export_to("support-community", target)
    level, text = said.args
    assert level == message_bridge.ERROR and "could not be written" in text
    assert find_visible(QMessageBox) is None
