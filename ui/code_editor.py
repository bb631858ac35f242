"""A monospace plain-text editor with line numbers, for pack files.

Qt's own "code editor" pattern: a `QPlainTextEdit` with a margin widget
that paints the number of each visible block. `go_to_line` puts the cursor
on a line and marks it, so an error message and the text it names meet.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontDatabase, QPainter, QPaintEvent, QResizeEvent, QTextCursor, \
    QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

MARK = QColor(192, 57, 43, 48)


class _LineNumbers(QWidget):
    """The margin that shows line numbers; the editor does the painting."""

    def __init__(self, editor: CodeEditor) -> None:
        super().__init__(editor)
        self._editor = editor

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(self._editor.number_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        self._editor.paint_numbers(event)


class CodeEditor(QPlainTextEdit):
    """Monospace text with line numbers; no wrapping, tabs as spaces."""

    def __init__(self, parent: QWidget | None = None, *, read_only: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("code_editor")
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setTabChangesFocus(True)  # Tab leaves the editor: the dialog stays keyboard-usable
        self.setReadOnly(read_only)
        self._numbers = _LineNumbers(self)
        self.blockCountChanged.connect(self._on_block_count_changed)
        self.updateRequest.connect(self._on_update_request)
        self._on_block_count_changed(0)

    def number_width(self) -> int:
        """Pixels the line-number margin needs for the largest number."""
        digits = max(len(str(self.blockCount())), 3)
        return 12 + self.fontMetrics().horizontalAdvance("9") * digits

    def go_to_line(self, line: int) -> None:
        """Put the cursor at the start of 1-based `line`, mark it and scroll to it."""
        block = self.document().findBlockByNumber(max(line - 1, 0))
        cursor = QTextCursor(block)
        self.setTextCursor(cursor)
        self.centerCursor()
        selection = QTextEdit.ExtraSelection()
        selection.format.setBackground(MARK)  # type: ignore[attr-defined]
        selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)  # type: ignore[attr-defined]
        selection.cursor = cursor  # type: ignore[attr-defined]
        self.setExtraSelections([selection])

    def clear_mark(self) -> None:
        """Remove the marked line."""
        self.setExtraSelections([])

    def paint_numbers(self, event: QPaintEvent) -> None:
        """Paint the numbers of the visible lines into the margin."""
        painter = QPainter(self._numbers)
        painter.fillRect(event.rect(), self.palette().alternateBase())
        painter.setPen(self.palette().placeholderText().color())
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        height = self.fontMetrics().height()
        width = self._numbers.width() - 6
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible():
                painter.drawText(0, top, width, height, int(Qt.AlignmentFlag.AlignRight),
                                 str(block.blockNumber() + 1))
            top += round(self.blockBoundingRect(block).height())
            block = block.next()
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        rect = self.contentsRect()
        self._numbers.setGeometry(QRect(rect.left(), rect.top(), self.number_width(), rect.height()))

    def _on_block_count_changed(self, _count: int) -> None:
        self.setViewportMargins(self.number_width(), 0, 0, 0)

    def _on_update_request(self, rect: QRect, dy: int) -> None:
        if dy:
            self._numbers.scroll(0, dy)
        else:
            self._numbers.update(0, rect.y(), self._numbers.width(), rect.height())
