"""Edit one pack's TOML: Save checks it first and names the exact problem and line.

The text is never lost: a pack that does not load keeps the dialog open
with the moderator's words in it, the problem above, and the cursor on the
line it names. A pack that loads is handed to the page (`save_requested`),
which stores it as the pack's next version on the writer and closes the
dialog with `saved()`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from moddesk.triage import PackError
from moddesk.triage.pack_import import check_text, error_line
from moddesk.ui.code_editor import CodeEditor
from moddesk.ui.guidelines_text import fill, tr


class PackEditorDialog(QDialog):
    """A pack's text in a monospace editor, with Save that checks before storing.

    Args:
        key: the pack's id; the edited text must keep it.
        name, version: shown in the title.
        text: the pack's current text.

    Signals:
        save_requested(str): the text loads as a pack; store it.
    """

    save_requested = Signal(str)

    def __init__(self, key: str, name: str, version: int, text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("pack_editor")
        self.setWindowTitle(fill(tr("Edit “%1” (version %2)"), name, version))
        self.editor = CodeEditor(self)
        self.editor.setAccessibleName(self.windowTitle())
        self.editor.setPlainText(text)
        self.editor.document().setModified(False)
        self.problem = QLabel(self)
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem.hide()
        self._build(version)
        self.resize(860, 640)
        self.editor.setFocus()

    def _build(self, version: int) -> None:
        hint = QLabel(fill(tr("Saving checks the pack and stores it as version %1; every earlier "
                              "version stays and can be restored. The groups that use this pack "
                              "are then checked again."), version + 1), self)
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setToolTip(tr("Check and save (Ctrl+S)"))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.try_save)
        self.save_button.setAutoDefault(False)  # Enter belongs to the editor
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)

    def text(self) -> str:
        """The text as edited."""
        return self.editor.toPlainText()

    def try_save(self) -> None:
        """Check the text; show what is wrong, or ask the page to store it."""
        text = self.text()
        try:
            check_text(text, source=self.key, key=self.key)
        except PackError as exc:
            self.show_problem(exc)
            return
        self.problem.hide()
        self.editor.clear_mark()
        self.save_button.setEnabled(False)  # until the writer answers
        self.save_requested.emit(text)

    def show_problem(self, exc: PackError) -> None:
        """Say what is wrong (and where), keep the text, put the cursor on the line."""
        line = error_line(self.text(), exc)
        message = str(exc) if line is None else fill(tr("Line %1: %2"), line, exc)
        self.problem.setText(fill(tr("%1. Nothing was saved; fix it and save again."), message))
        self.problem.show()
        self.save_button.setEnabled(True)
        if line is not None:
            self.editor.go_to_line(line)
        self.editor.setFocus()

    def saved(self) -> None:
        """The page stored the text: close."""
        self.editor.document().setModified(False)
        self.accept()

    def save_failed(self) -> None:
        """The writer could not store it (the vault said why elsewhere): let them retry."""
        self.save_button.setEnabled(True)

    def reject(self) -> None:
        """Cancel; ask first when there are edits that would be lost."""
        if self.editor.document().isModified() and not self._discard_ok():
            return
        super().reject()

    def _discard_ok(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, tr("Discard changes?"),
                          tr("Your changes to this pack are not saved. Discard them?"),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName("discard_question")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Discard
