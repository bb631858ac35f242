"""Paints one search hit: a muted line (chat, author, date) over the highlighted snippet.

The snippet is rich text from `snippet_html` (escaped, matches in bold),
laid out by a `QTextDocument` and clipped to two lines, so every row has the
same height and long messages never push the list around.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QFontMetrics, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from moddesk.ui.search_model import HIT_ROLE, meta_text, snippet_html

PAD_X, PAD_Y, GAP = 10, 7, 3
SNIPPET_LINES = 2
Index = QModelIndex | QPersistentModelIndex


class SnippetDelegate(QStyledItemDelegate):
    """Draws a `SearchHit` row; the list view gives it the hit through HIT_ROLE."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        hit = index.data(HIT_ROLE)
        if hit is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = option.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        painter.save()
        self._paint_meta(painter, option, rect, meta_text(hit), selected)
        top = rect.top() + QFontMetrics(self._meta_font(option)).height() + GAP
        self._paint_snippet(painter, option, QRect(rect.left(), top, rect.width(),
                                                   rect.bottom() - top), snippet_html(hit), role)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt API
        line = QFontMetrics(option.font).lineSpacing()
        meta = QFontMetrics(self._meta_font(option)).height()
        return QSize(200, PAD_Y * 2 + meta + GAP + line * SNIPPET_LINES)

    def _meta_font(self, option: QStyleOptionViewItem):  # type: ignore[no-untyped-def]
        font = option.font
        font.setPointSizeF(max(font.pointSizeF() * 0.9, 7.0))
        return font

    def _paint_meta(self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect,
                    text: str, selected: bool) -> None:
        painter.setFont(self._meta_font(option))
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        painter.setPen(option.palette.color(group))
        metrics = QFontMetrics(painter.font())
        painter.drawText(rect.left(), rect.top() + metrics.ascent(),
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width()))

    def _paint_snippet(self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect,
                       rich: str, role: QPalette.ColorRole) -> None:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setHtml(rich)
        doc.setTextWidth(rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.translate(rect.topLeft())
        painter.setClipRect(QRect(0, 0, rect.width(), rect.height()))
        doc.documentLayout().draw(painter, context)
