"""Print an incident summary: choose whose copy, preview it, print it or export a PDF.

The summary arrives already loaded (`open_report` loads it on the reader);
changing the profile redacts it again (`moddesk.reports.prepare`), so the
preview, the printout and the PDF only ever hold what that copy may show.
Exporting asks first and says the PDF is not encrypted; it writes the chosen
file and nothing else. Preview and printing paint straight onto the printer
(previews are kept in memory), so neither leaves a temporary copy; the
dialog says that the system's print queue may keep the job for a while.
The file dialog is Qt's own, so the desktop's "recent files" list does not
learn the file name.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moddesk.cases.summary import IncidentSummary
from moddesk.reports import (
    PROFILES,
    RedactionRefused,
    Report,
    ReportWriteError,
    paint,
    prepare,
    write_pdf,
)
from moddesk.reports.pages import setup_a4
from moddesk.reports.wording import PROFILE_TITLES, fill, profile_note, tr
from moddesk.ui.session_api import SessionApi


class ReportDialog(QDialog):
    """Profile choice, preview, print and PDF export for one incident summary.

    Signals:
        exported(str): a PDF was written to this path.
        painted(int): pages were painted for a preview or a printout.
    """

    exported = Signal(str)
    painted = Signal(int)

    def __init__(self, summary: IncidentSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report_dialog")
        self.setWindowTitle(fill(self.tr("Print %1"), summary.number))
        self.summary = summary
        self.report: Report | None = None
        self.preview: QPrintPreviewDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.profile = QComboBox(self)
        for key in PROFILES:
            self.profile.addItem(tr(PROFILE_TITLES[key]), key)
        self.reporter = QComboBox(self)
        self.reporter.addItems([p.name for p in summary.people if p.role == "reporter"])
        self.about, self.status = QLabel(self), QLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.preview_button = self._button(self.tr("Pre&view…"), self.show_preview)
        self.print_button = self._button(self.tr("&Print…"), self.print_report)
        self.export_button = self._button(self.tr("&Export PDF…"), self.export_pdf)
        self._build()
        self.profile.currentIndexChanged.connect(self._on_choice_changed)
        self.reporter.currentIndexChanged.connect(self._on_choice_changed)
        self.buttons.rejected.connect(self.reject)
        self._refresh()

    def _button(self, text: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(slot)
        return button

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Copy for:"), self.profile)
        form.addRow(self.tr("&Reporting member:"), self.reporter)
        self.reporter_label = form.labelForField(self.reporter)
        warning = QLabel(self.tr(
            "PDF files are not encrypted: anyone who gets the file can read it. Printing goes "
            "through the system's print queue, which may keep a copy of the job for a while."), self)
        warning.setObjectName("warning")
        self.status.setObjectName("status")
        self.about.setObjectName("about")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for label in (self.about, warning, self.status):
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _on_choice_changed(self, _index: int) -> None:
        self._refresh()

    def _refresh(self) -> None:
        """Redact again for the chosen profile and say what this copy shows."""
        key = str(self.profile.currentData())
        several = self.reporter.count() > 1 and key == "reporter"
        self.reporter.setVisible(several)
        if self.reporter_label is not None:
            self.reporter_label.setVisible(several)
        try:
            self.report = prepare(self.summary, profile=key,
                                  reporter=self.reporter.currentText() if several else None)
        except RedactionRefused as exc:
            self.report = None
            self.about.setText(self.refusal_text(exc))
        else:
            self.about.setText(profile_note(key, reporter=self.report.redacted.reporter))
        for button in (self.preview_button, self.print_button, self.export_button):
            button.setEnabled(self.report is not None)
        self.status.clear()

    def refusal_text(self, refused: RedactionRefused) -> str:
        """Why this copy cannot be made, and what to do, in the moderator's language."""
        names = ", ".join(refused.names)
        if refused.kind == "not_reporter":
            text = self.tr("%1 is not a reporting member of %2. Choose one of: %3.")
            return fill(text, refused.chosen, refused.number, names or self.tr("nobody yet"))
        if refused.kind == "several_reporters":
            return fill(self.tr("%1 names several reporting members (%2). Choose whose copy "
                                "to make."), refused.number, names)
        return fill(self.tr("%1 names no reporting member. Add the member who reported it "
                            "(role: Reporter) to make their copy."), refused.number)

    def show_preview(self) -> None:
        """Open the print preview (in memory; printing from it goes to the printer)."""
        printer = self._printer()
        self.preview = QPrintPreviewDialog(printer, self)
        self.preview.setObjectName("report_preview")
        self.preview.paintRequested.connect(self._paint)
        self.preview.open()

    def print_report(self) -> None:
        """Ask for a printer, then print."""
        printer = self._printer()
        chooser = QPrintDialog(printer, self)
        chooser.accepted.connect(lambda: self.print_to(printer))
        chooser.open()

    def print_to(self, printer: QPrinter) -> None:
        """Paint the summary onto `printer`."""
        self._paint(printer)
        self.status.setText(self.tr("Sent to the printer."))

    def _printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        setup_a4(printer)
        printer.setDocName(fill(self.tr("%1 incident summary"), self.summary.number))
        return printer

    def _paint(self, printer: QPrinter) -> None:
        if self.report is not None:
            self.painted.emit(paint(self.report, printer))

    def export_pdf(self) -> None:
        """Ask where to save (Qt's own dialog: no "recent files" entry), then confirm."""
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export incident summary"), str(Path.home() / self._file_name()),
            self.tr("PDF files (*.pdf)"), options=QFileDialog.Option.DontUseNativeDialog)
        if name:
            self.export_to(Path(name))

    def _file_name(self) -> str:
        return f"{self.summary.number}-{self.profile.currentData()}.pdf"

    def export_to(self, path: Path) -> None:
        """Ask to confirm (the PDF is not encrypted); write `path` once confirmed."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export PDF"), fill(self.tr(
            "Export %1 to %2?\n\nThe PDF is not encrypted: anyone who gets the file can read "
            "it. ModDesk writes only this file. Keep it safe and delete it when it is no "
            "longer needed."), self.summary.number, str(path)),
            QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirm_export")
        export = box.addButton(self.tr("&Export"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self._on_confirm_finished(box.clickedButton() is export, path))
        self.confirm_box = box
        box.open()

    def _on_confirm_finished(self, confirmed: bool, path: Path) -> None:
        self.confirm_box = None
        if not confirmed or self.report is None:
            self.status.setText(self.tr("Nothing was exported."))
            return
        try:
            pages = write_pdf(self.report, path)
        except ReportWriteError as exc:
            self.status.setText(str(exc))
            return
        self.status.setText(fill(self.tr("Exported %1 pages to %2."), str(pages), str(path)))
        self.exported.emit(str(path))


def open_report(session: SessionApi, incident_id: int, parent: QWidget | None = None) -> None:
    """Load incident `incident_id` on the reader, then show its `ReportDialog`."""
    from moddesk.cases.incidents import load_summary

    key = session.case_key()
    moderator = str(session.setting("moderator_name") or QCoreApplication.translate("ReportDialog", "Moderator"))

    language = QLocale().name()  # the copy is printed in the interface language

    def job(db):  # type: ignore[no-untyped-def]
        return load_summary(db, mac_key=key, incident_id=incident_id, moderator=moderator,
                            language=language)

    def show(summary: IncidentSummary) -> None:
        dialog = ReportDialog(summary, parent)
        dialog.open()

    session.read(job, show)
