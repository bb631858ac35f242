"""Shows an unexpected error (a bug) with a traceback safe to share.

The text it gets holds only the exception type and the code frames (file,
line, function, source line): never local variables and never the
exception's message, which could quote chat content. The moderator can copy
it, continue, or quit.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class CrashDialog(QDialog):
    """The crash report window.

    Signals:
        quit_requested(): the moderator chose Quit (the app locks and exits).
    """

    quit_requested = Signal()

    def __init__(self, report: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crash_dialog")
        self.setWindowTitle(self.tr("ModDesk ran into a problem"))
        self.report = QPlainTextEdit(report, self)
        self.report.setReadOnly(True)
        self.report.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("&Copy details"), self)
        self.continue_button = QPushButton(self.tr("C&ontinue"), self)
        self.quit_button = QPushButton(self.tr("&Quit ModDesk"), self)
        self._build()
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.continue_button.clicked.connect(self.reject)
        self.quit_button.clicked.connect(self._on_quit_button_clicked)
        self.resize(620, 420)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Something went wrong inside ModDesk. This is a bug in ModDesk, not "
            "something you did. Your vault is safe: saved work stays saved."), self)
        intro.setWordWrap(True)
        note = QLabel(self.tr(
            "The details below name only the place in the program where it happened; "
            "they contain no messages, names or passphrases. You can copy them into a "
            "bug report."), self)
        note.setWordWrap(True)
        note.setObjectName("muted")
        role = QDialogButtonBox.ButtonRole
        self.buttons.addButton(self.copy_button, role.ActionRole)
        self.buttons.addButton(self.continue_button, role.RejectRole)
        self.buttons.addButton(self.quit_button, role.DestructiveRole)
        for widget in (intro, note, self.report, self.buttons):
            layout.addWidget(widget)

    def text(self) -> str:
        """The report as shown."""
        return self.report.toPlainText()

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    def _on_quit_button_clicked(self) -> None:
        self.quit_requested.emit()
        self.reject()
