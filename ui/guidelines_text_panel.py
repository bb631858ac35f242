"""The "Group description" tab: the community's rules as WhatsApp text and as a printable page.

Pick a group (its packs) or a pack; the member-facing rules become a short
numbered text (`templates_description`) the moderator can edit. A live
count shows how much of WhatsApp's 2,048-character group description it
uses and turns red over the limit. "Copy" goes through the sensitive
clipboard; "Print preview" and "Save as PDF" lay the same text out as a
page to pin up or hand out. Saving a PDF asks first and says plainly that
the file is not encrypted (P29); preview and printing keep no copy.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moddesk.cases.templates_description import (
    WHATSAPP_DESCRIPTION_LIMIT,
    Source,
    description_text,
    rules_for,
    sources,
    whatsapp_length,
)
from moddesk.storage import Changes
from moddesk.ui import message_bridge, sensitive_clipboard
from moddesk.ui.session_api import SessionApi
from moddesk.ui.template_dialog import tr

OVER_STYLE = "color: #b3261e; font-weight: 600;"


def printable_html(text: str) -> str:
    """The description as a page: the first paragraph is the heading, the rest paragraphs."""
    blocks = [b for b in text.strip().split("\n\n") if b.strip()]
    if not blocks:
        return ""
    # One paragraph per line, a wider gap between blocks: easy to read on a wall.
    body = "".join(
        f"<p style='margin-top: {14 if i == 0 else 5}px; margin-bottom: 0'>{html.escape(line)}</p>"
        for block in blocks[1:] for i, line in enumerate(block.splitlines()))
    return (f"<h1 style='font-size: 22pt'>{html.escape(blocks[0])}</h1>"
            f"<div style='font-size: 14pt'>{body}</div>")


class GuidelinesTextPanel(QWidget):
    """The group description: source, editable text, live count, copy, print, PDF.

    Signals: none; the text lives only in the editor (nothing is stored).
    """

    def __init__(self, session: SessionApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidelines_text_panel")
        self._session = session
        self._sources: list[Source] = []
        self._build()
        self.source_combo.currentIndexChanged.connect(self.rebuild)
        self.editor.textChanged.connect(self._update_count)
        self.copy_button.clicked.connect(self.copy)
        self.preview_button.clicked.connect(self.print_preview)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.reload()

    def _build(self) -> None:
        self.source_combo = QComboBox(self)
        self.source_combo.setObjectName("source_combo")
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("description_editor")
        self.editor.setAccessibleName(tr("Group description"))
        self.editor.setTabChangesFocus(True)  # WhatsApp descriptions have no tab characters
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count_label")
        self.copy_button = QPushButton(tr("&Copy"), self)
        self.preview_button = QPushButton(tr("Print pre&view…"), self)
        self.pdf_button = QPushButton(tr("Save as &PDF…"), self)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Rules from:"), self))
        top.addWidget(self.source_combo, 1)
        hint = QLabel(tr("Edit the text as you like, then paste it into the group's "
                         "description in WhatsApp, or print it."), self)
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        for button in (self.copy_button, self.preview_button, self.pdf_button):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.editor, 1)
        layout.addLayout(bottom)

    # -- page protocol --------------------------------------------------------------------------

    def clear(self) -> None:
        """Forget the sources and the text (on lock)."""
        self._sources = []
        self.source_combo.blockSignals(True)
        self.source_combo.clear()
        self.source_combo.blockSignals(False)
        self.editor.clear()

    def reload(self) -> None:
        """Read the groups and packs again (on unlock), keeping the chosen one."""
        if not self._session.is_unlocked:
            return
        chosen = self.source_combo.currentText()
        self._sources = sources(self._session.gui_db(), language=QLocale().name())
        self.source_combo.blockSignals(True)
        self.source_combo.clear()
        for source in self._sources:
            label = tr("Group: %1") if source.kind == "chat" else tr("Pack: %1")
            self.source_combo.addItem(label.replace("%1", source.name))
        self.source_combo.setCurrentIndex(max(self.source_combo.findText(chosen), 0))
        self.source_combo.blockSignals(False)
        self.rebuild()

    def on_changes(self, changes: Changes) -> None:
        """Re-read when packs or chats changed."""
        if changes.packs or changes.chats or changes.inbox:
            self.reload()

    # -- the text -------------------------------------------------------------------------------

    def current_source(self) -> Source | None:
        """The group or pack the rules come from."""
        index = self.source_combo.currentIndex()
        return self._sources[index] if 0 <= index < len(self._sources) else None

    def rebuild(self) -> None:
        """Write the description from the chosen source's rules (replacing edits)."""
        source = self.current_source()
        if source is None:
            self.editor.setPlainText("")
            return
        rules = rules_for(self._session.gui_db(), source, language=QLocale().name())
        self.editor.setPlainText(description_text(
            heading=tr("Rules of %1").replace("%1", source.name) if source.kind == "chat"
            else tr("Our group rules"),
            intro=tr("This group is here so we can support each other. To keep it kind and "
                     "safe for everyone, please:"),
            rules=rules,
            footer=tr("If you or someone else is in danger, call the emergency number first. "
                      "Questions about the rules? Write to an admin.")))

    def text(self) -> str:
        """The description as edited."""
        return self.editor.toPlainText()

    def _update_count(self) -> None:
        count = whatsapp_length(self.text())
        over = count > WHATSAPP_DESCRIPTION_LIMIT
        locale = QLocale()
        shown = tr("%1 of %2 characters").replace("%1", locale.toString(count)).replace(
            "%2", locale.toString(WHATSAPP_DESCRIPTION_LIMIT))
        if over:
            shown += " " + tr("(too long for WhatsApp: remove %1)").replace(
                "%1", locale.toString(count - WHATSAPP_DESCRIPTION_LIMIT))
        self.count_label.setText(shown)
        self.count_label.setProperty("over", over)
        self.count_label.setStyleSheet(OVER_STYLE if over else "")

    # -- out ------------------------------------------------------------------------------------

    def copy(self) -> None:
        """Copy the text through the sensitive clipboard."""
        sensitive_clipboard.for_session(self._session).copy(self.text())  # type: ignore[arg-type]
        message_bridge.info(tr("Copied. ModDesk clears the clipboard in 60 seconds."))

    def document(self) -> QTextDocument:
        """The printable page."""
        doc = QTextDocument(self)
        doc.setDefaultFont(QFont(self.font().family(), 13))
        doc.setHtml(printable_html(self.text()))
        return doc

    def print_preview(self) -> None:
        """Show the page in Qt's print preview (nothing is written to disk)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setObjectName("guidelines_print_preview")
        dialog.paintRequested.connect(lambda p: self.document().print_(p))
        dialog.exec()

    def save_pdf(self) -> Path | None:
        """Ask, warn that the PDF is not encrypted, and write only the chosen file."""
        if not self._confirm_unencrypted():
            return None
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Save the group rules as PDF"), str(Path.home() / "group-rules.pdf"),
            tr("PDF files (*.pdf)"), options=QFileDialog.Option.DontUseNativeDialog)
        if not name:
            return None
        path = Path(name) if name.lower().endswith(".pdf") else Path(name + ".pdf")
        write_pdf(self.document(), path)
        message_bridge.info(tr("Saved %1.").replace("%1", path.name))
        return path

    def _confirm_unencrypted(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Save as PDF"),
                          tr("The PDF is not encrypted: anyone who gets the file can read it. "
                             "Save it only where you mean to keep it."),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("pdf_confirm")
        save = box.addButton(tr("Save PDF"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is save


def write_pdf(document: QTextDocument, path: Path) -> None:
    """Render the page to an A4 PDF at `path`, and nowhere else."""
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     # QTextDocument.print_ adds 2 cm of its own.
                                     QMarginsF(5, 5, 5, 5), QPageLayout.Unit.Millimeter))
    writer.setTitle(tr("Group rules"))
    writer.setCreator("ModDesk")
    document.print_(writer)
