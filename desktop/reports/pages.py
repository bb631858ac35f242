"""Pages of a printed summary: the laid-out text, a header and a footer on each.

The rich text is laid out for the device it is painted on (the PDF writer,
or the printer behind a print preview), so fonts and lengths are measured at
that device's resolution. Every page carries the incident number and
"Confidential" in its header, and what copy it is and "Page 2 of 5" in its
footer; a page lifted out of the pile still says what it belongs to.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPagedPaintDevice,
    QPainter,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

from moddesk.reports import textlayer
from moddesk.reports.fonts import FontPlan
from moddesk.reports.markup import Markup

PAGE_MARGINS_MM = QMarginsF(18, 12, 18, 12)  # left, top, right, bottom (A4 paper)
BAND_MM = 10.0  # header and footer bands inside the margins
BODY_PT = 9.5
BAND_PT = 7.5
ORPHAN_SHARE = 0.12  # a section heading needs this much of the page below it
UNIT_PREFIXES = ("keep:", "head:", "page:")
TOP_SLACK = 0.03  # a block this close to a page's top already starts that page
_RULE = QColor("#c9d0d6")
_BAND_TEXT = "#5b6670"


@dataclasses.dataclass(frozen=True)
class Bands:
    """The texts of the header and footer (plain; `{page}`/`{pages}` filled per page)."""

    header_left: str
    header_right: str
    footer_left: str
    footer_right: str  # e.g. "Page {page} of {pages}", already translated


def setup_a4(device: QPagedPaintDevice) -> None:
    """A4 portrait with the report's margins."""
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, PAGE_MARGINS_MM,
                                     QPageLayout.Unit.Millimeter))


class PagedText:
    """A summary's rich text laid out for one paged device, ready to paint."""

    def __init__(self, html: str, fonts: FontPlan, device: QPagedPaintDevice) -> None:
        self.fonts = fonts
        self.dpi = device.logicalDpiY()
        paint = device.pageLayout().paintRectPixels(self.dpi)
        self.band = BAND_MM * self.dpi / 25.4
        self.width, self.height = float(paint.width()), float(paint.height())
        self.body_height = self.height - 2 * self.band
        self.doc = _document(html, fonts, device, BODY_PT)
        ranges = textlayer.outline_complex_runs(self.doc)
        self.doc.setPageSize(QSizeF(self.width, self.body_height))
        keep_together(self.doc, self.body_height)
        self.layer = textlayer.collect(self.doc, ranges, self.body_height, fonts.everything())

    def page_count(self) -> int:
        """How many pages the text fills."""
        return self.doc.pageCount()

    def paint(self, painter: QPainter, device: QPagedPaintDevice, bands: Bands) -> None:
        """Paint every page on `device` (painter already begun on it)."""
        pages = self.page_count()
        for page in range(pages):
            if page:
                device.newPage()
            self._body(painter, page)
            self._bands(painter, device, bands, page, pages)

    def _body(self, painter: QPainter, page: int) -> None:
        painter.save()
        painter.translate(0, self.band - page * self.body_height)
        clip = QRectF(0, page * self.body_height, self.width, self.body_height)
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip
        self.doc.documentLayout().draw(painter, context)
        textlayer.draw(painter, self.layer, page, self.fonts.everything())
        painter.restore()

    def _bands(self, painter: QPainter, device: QPagedPaintDevice, bands: Bands,
               page: int, pages: int) -> None:
        numbers = {"{page}": str(page + 1), "{pages}": str(pages)}
        right = bands.footer_right
        for key, value in numbers.items():
            right = right.replace(key, value)
        top, bottom = QRectF(0, 0, self.width, self.band * 0.7), \
            QRectF(0, self.height - self.band * 0.7, self.width, self.band * 0.7)
        self._band_text(painter, device, bands.header_left, top, Qt.AlignmentFlag.AlignLeft)
        self._band_text(painter, device, bands.header_right, top, Qt.AlignmentFlag.AlignRight, bold=True)
        self._band_text(painter, device, bands.footer_left, bottom, Qt.AlignmentFlag.AlignLeft)
        self._band_text(painter, device, right, bottom, Qt.AlignmentFlag.AlignRight)
        painter.save()
        painter.setPen(QPen(_RULE, max(1.0, self.dpi / 200)))
        painter.drawLine(0, int(top.bottom()), int(self.width), int(top.bottom()))
        painter.drawLine(0, int(bottom.top()), int(self.width), int(bottom.top()))
        painter.restore()

    def _band_text(self, painter: QPainter, device: QPagedPaintDevice, text: str, rect: QRectF,
                   align: Qt.AlignmentFlag, *, bold: bool = False) -> None:
        body = Markup(self.fonts).text(text)
        html = f"<span style=\"color:{_BAND_TEXT};\">{'<b>' + body + '</b>' if bold else body}</span>"
        doc = _document(html, self.fonts, device, BAND_PT)
        option = QTextOption(align)
        doc.setDefaultTextOption(option)
        doc.setTextWidth(rect.width())
        painter.save()
        painter.translate(rect.left(), rect.bottom() - doc.size().height())
        doc.drawContents(painter)
        painter.restore()


def keep_together(doc: QTextDocument, page_height: float) -> None:
    """Start a unit on a new page where it would break badly (see `Markup.heading`).

    A "keep" unit (one piece of evidence with its context) that fits on a
    page never straddles two; a "head" unit (a section) never starts in the
    last lines of a page, away from its first rows; a "page" unit (the
    appendix) always starts a page. Done here rather than with CSS page
    breaks: Qt lets a table's bottom margin spill onto the next page, and a
    CSS break after it then leaves that page blank.
    """
    for block, kind in _unit_starts(doc):
        top = doc.documentLayout().blockBoundingRect(block).top()
        end = _unit_end(doc, block)
        room = page_height - top % page_height
        height = end - top
        breaks = (kind == "keep" and room < height <= page_height) or \
            (kind == "head" and room < min(height, ORPHAN_SHARE * page_height)) or \
            kind == "page"
        if breaks and top % page_height > TOP_SLACK * page_height:
            fmt = QTextBlockFormat()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            QTextCursor(block).mergeBlockFormat(fmt)
            # Qt relays out only around the changed block, leaving later pages
            # with stale positions (text then goes missing when painted).
            doc.markContentsDirty(0, doc.characterCount())


def _unit_starts(doc: QTextDocument) -> list[tuple[QTextBlock, str]]:
    found = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            names = it.fragment().charFormat().anchorNames()
            kinds = [n.split(":", 1)[0] for n in names if n.startswith(UNIT_PREFIXES)]
            if kinds:
                found.append((block, kinds[0]))
                break
            it += 1
        block = block.next()
    return found


def _unit_end(doc: QTextDocument, start: QTextBlock) -> float:
    """Where the next unit starts (or the document ends), in document coordinates."""
    starts = [b for b, _ in _unit_starts(doc) if b.position() > start.position()]
    if starts:
        return doc.documentLayout().blockBoundingRect(starts[0]).top()
    return doc.documentLayout().documentSize().height()


def _document(html: str, fonts: FontPlan, device: QPagedPaintDevice, points: float) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    font = QFont()
    font.setFamilies(fonts.body())
    font.setPointSizeF(points)
    # No "fi"/"fl" ligatures: they read back as U+FB01 and break search in the PDF.
    font.setFeature(QFont.Tag.fromString("liga"), 0)
    doc.setDefaultFont(font)
    doc.setHtml(html)
    return doc
