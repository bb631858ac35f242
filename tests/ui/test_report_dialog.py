"""The print dialog: profile choice, confirmed PDF export, preview and print without copies."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from moddesk.cases.summary import IncidentSummary, Person
from moddesk.reports import RedactionRefused
from moddesk.ui.report_dialog import ReportDialog
from tests.reports.conftest import JONAS, KARL, PRIYA, flat, make_summary, pdf_text
from moddesk.ui.translator import LanguageSwitcher
from tests.ui.first_run_helpers import switcher  # noqa: F401 - a fixture
from tests.ui.helpers import WAIT_MS


@pytest.fixture
def empty_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """TMPDIR, and with it QDir.tempPath(), pointed at an empty folder."""
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    assert Path(QDir.tempPath()) == temp
    return temp


def dialog_for(qtbot: QtBot, summary: IncidentSummary | None = None) -> ReportDialog:
    dialog = ReportDialog(summary or make_summary())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(dialog: ReportDialog, profile: str) -> None:
    dialog.profile.setCurrentIndex(dialog.profile.findData(profile))


def test_each_profile_says_what_its_copy_shows(qtbot: QtBot) -> None:
    dialog = dialog_for(qtbot)
    assert dialog.profile.currentData() == "internal"
    assert "every name, note and contact detail" in dialog.about.text()
    choose(dialog, "authorities")
    assert "Member A" in dialog.about.text()
    choose(dialog, "reporter")
    assert f"only what concerns {PRIYA}" in dialog.about.text()
    assert not dialog.reporter.isVisible()  # one reporter: nothing to choose
    assert dialog.export_button.isEnabled()


def test_several_reporters_need_a_choice_and_none_blocks_the_reporter_copy(qtbot: QtBot) -> None:
    base = make_summary()
    two = dialog_for(qtbot, dataclasses.replace(base, people=(*base.people, Person(JONAS, "reporter"))))
    choose(two, "reporter")
    assert two.reporter.isVisible()
    two.reporter.setCurrentText(JONAS)
    assert f"only what concerns {JONAS}" in two.about.text()

    none = dialog_for(qtbot, dataclasses.replace(base, people=(Person(KARL, "subject"),)))
    choose(none, "reporter")
    assert "names no reporting member" in none.about.text()
    assert f"{base.number} names" in none.about.text()
    assert not none.export_button.isEnabled() and not none.preview_button.isEnabled()


def test_why_a_copy_cannot_be_made_speaks_the_language(qtbot: QtBot,
                                                       switcher: LanguageSwitcher) -> None:
    base = make_summary()
    switcher.apply("de")
    none = dialog_for(qtbot, dataclasses.replace(base, people=(Person(KARL, "subject"),)))
    choose(none, "reporter")
    assert none.about.text().startswith(f"{base.number} nennt kein meldendes Mitglied.")
    assert "Meldende Person" in none.about.text()  # the role as the incident form names it
    two = dialog_for(qtbot, dataclasses.replace(base, people=(*base.people, Person(JONAS, "reporter"))))
    refused = two.refusal_text(RedactionRefused("several_reporters", base.number, [PRIYA, JONAS]))
    assert refused == (f"{base.number} nennt mehrere meldende Mitglieder ({PRIYA}, {JONAS}). "
                       "Wählen Sie, für wen die Fassung ist.")


def test_export_asks_first_says_unencrypted_and_writes_only_that_file(
        qtbot: QtBot, tmp_path: Path, empty_temp: Path) -> None:
    dialog = dialog_for(qtbot)
    choose(dialog, "authorities")
    out = tmp_path / "out"
    out.mkdir()
    target = out / "INC-0007.pdf"
    dialog.export_to(target)
    box = dialog.confirm_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "not encrypted" in box.text() and str(target) in box.text()
    assert not target.exists()  # nothing before the answer
    with qtbot.waitSignal(dialog.exported, timeout=WAIT_MS) as exported:
        next(b for b in box.buttons() if b.text() == "&Export").click()
    assert exported.args == [str(target)]
    assert list(out.iterdir()) == [target] and list(empty_temp.iterdir()) == []
    text = flat(pdf_text(target))
    assert "Member A" in text and JONAS not in text
    assert "Exported" in dialog.status.text()


def test_cancelled_export_writes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = dialog_for(qtbot)
    target = tmp_path / "no.pdf"
    dialog.export_to(target)
    assert dialog.confirm_box is not None
    dialog.confirm_box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: dialog.confirm_box is None, timeout=WAIT_MS)
    assert not target.exists() and dialog.status.text() == "Nothing was exported."


def test_export_uses_qts_own_file_dialog(qtbot: QtBot, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    asked = {}

    def fake(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.update(kwargs)
        return str(tmp_path / "chosen.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    dialog = dialog_for(qtbot)
    dialog.export_pdf()
    # The native dialog would add the file to the desktop's "recent files" list.
    assert asked["options"] == QFileDialog.Option.DontUseNativeDialog
    assert dialog.confirm_box is not None and "chosen.pdf" in dialog.confirm_box.text()
    dialog.confirm_box.reject()


def test_preview_and_print_leave_no_temporary_copy(qtbot: QtBot, tmp_path: Path,
                                                   empty_temp: Path) -> None:
    dialog = dialog_for(qtbot)
    choose(dialog, "reporter")
    with qtbot.waitSignal(dialog.painted, timeout=WAIT_MS) as painted:
        dialog.show_preview()
    assert painted.args[0] >= 2
    assert dialog.preview is not None and dialog.preview.isVisible()
    dialog.preview.close()
    # A printer that prints into a file stands in for a real one here.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printer-output.pdf"
    printer.setOutputFileName(str(printed))
    with qtbot.waitSignal(dialog.painted, timeout=WAIT_MS):
        dialog.print_to(printer)
    assert list(empty_temp.iterdir()) == []
    text = flat(pdf_text(printed))
    assert PRIYA in text and KARL not in text
