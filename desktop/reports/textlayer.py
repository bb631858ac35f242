"""An exact text layer for the scripts Qt's PDF writer cannot map back to text.

Qt writes text into a PDF as glyph numbers and maps each glyph back to a
character through the font's character map alone (the code that would write
`/ActualText` for complex scripts is disabled in qpdf.cpp). Joined letters —
Arabic lam-alef, Devanagari conjuncts and vowel-sign variants — are glyphs no
character maps to, so `pdftotext`, search and copy-paste lose them
("तस्वीरें" comes out as "त वीर", "السلام" as "الس م").

For runs of those scripts (`scripts.COMPLEX`) the shaped glyphs are drawn
as filled outlines instead (a transparent text outline makes Qt paint glyph
paths, which carry no text), and this module adds, word by word in the same
place, the word's characters in reading order as unshaped glyphs of the same
font with a fully transparent pen: invisible on paper and on screen, exact
for extraction, search and selection.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QPointF
from PySide6.QtGui import (
    QColor,
    QFont,
    QGlyphRun,
    QPainter,
    QPen,
    QRawFont,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLine,
)

from moddesk.reports.scripts import COMPLEX, is_rtl, runs

Range = tuple[int, int]  # document positions [start, end)


@dataclasses.dataclass(frozen=True)
class LayerWord:
    """One word of the invisible layer: where it sits and what it says."""

    page: int
    left: float
    right: float
    baseline: float  # document coordinates
    text: str
    rtl: bool
    font: QRawFont  # the visible run's font, at its size


def outline_complex_runs(doc: QTextDocument) -> list[Range]:
    """Draw complex-script runs as outlines; return their document ranges."""
    ranges = []
    block = doc.begin()
    while block.isValid():
        offset = 0
        for script, piece in runs(block.text()):
            if script in COMPLEX:
                ranges.append((block.position() + offset, block.position() + offset + len(piece)))
            offset += len(piece)
        block = block.next()
    outline = QTextCharFormat()
    outline.setTextOutline(QPen(QColor(0, 0, 0, 0), 0))
    for start, end in ranges:
        cursor = QTextCursor(doc)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(outline)
    return ranges


def collect(doc: QTextDocument, ranges: list[Range], page_height: float,
            fallbacks: list[str]) -> list[LayerWord]:
    """The words of `ranges` as laid out now (call after the final layout)."""
    words: list[LayerWord] = []
    for start, end in ranges:
        block = doc.findBlock(start)
        layout = block.layout()
        for i in range(layout.lineCount()):
            words += _line_words(doc, block, layout.lineAt(i), (start, end), page_height, fallbacks)
    return words


def _line_words(doc: QTextDocument, block: QTextBlock, line: QTextLine, span: Range,
                page_height: float, fallbacks: list[str]) -> list[LayerWord]:
    origin = doc.documentLayout().blockBoundingRect(block).topLeft()
    text, base = block.text(), block.position()
    lo = max(span[0] - base, line.textStart())
    hi = min(span[1] - base, line.textStart() + line.textLength())
    top = origin.y() + line.y()
    out = []
    i = lo
    while i < hi:
        if text[i].isspace():
            i += 1
            continue
        j = i
        while j < hi and not text[j].isspace():
            j += 1
        stop = j + 1 if j < hi else j  # keep one following space, so words stay apart
        xs = (line.cursorToX(i)[0], line.cursorToX(stop)[0])
        glyph_runs = block.layout().glyphRuns(i, j - i)
        raw = glyph_runs[0].rawFont() if glyph_runs else _fallback_font(fallbacks, line)
        out.append(LayerWord(page=int(top // page_height), left=origin.x() + min(xs),
                             right=origin.x() + max(xs), baseline=top + line.ascent(),
                             text=text[i:stop], rtl=is_rtl(text[i:j]), font=raw))
        i = stop
    return out


def _fallback_font(families: list[str], line: QTextLine) -> QRawFont:
    font = QFont()
    font.setFamilies(families)
    raw = QRawFont.fromFont(font)
    raw.setPixelSize(max(1.0, line.ascent() + line.descent()) * 0.75)
    return raw


def draw(painter: QPainter, words: list[LayerWord], page: int, fallbacks: list[str]) -> None:
    """Paint the invisible words of `page` (painter in document coordinates)."""
    painter.save()
    painter.setPen(QPen(QColor(0, 0, 0, 0)))
    sized: dict[tuple[str, float], QRawFont] = {}
    for word in words:
        if word.page != page:
            continue
        glyph_runs, width = _glyph_runs(word, fallbacks, sized)
        if not glyph_runs:
            continue
        # Squeeze the unshaped glyphs into the word's visible width: glyph boxes
        # that overlapped their neighbours would merge words when read back.
        painter.save()
        painter.translate(word.left, word.baseline)
        painter.scale((word.right - word.left) / width, 1.0)
        for run in glyph_runs:
            painter.drawGlyphRun(QPointF(0, 0), run)
        painter.restore()
    painter.restore()


def _glyph_runs(word: LayerWord, fallbacks: list[str],
                sized: dict[tuple[str, float], QRawFont]) -> tuple[list[QGlyphRun], float]:
    """Unshaped glyphs for each character in reading order, and their total width.

    Positions run from 0 rightwards, or leftwards from the total width for
    right-to-left words, on the baseline at y 0.
    """
    picked = [g for ch in word.text if (g := _glyph(word.font, ch, fallbacks, sized))]
    advances = [font.advancesForGlyphIndexes([glyph])[0].x() for font, glyph in picked]
    total = sum(advances)
    if not picked or total <= 0:
        return [], 0.0
    out: list[QGlyphRun] = []
    x = total if word.rtl else 0.0
    for (font, glyph), advance in zip(picked, advances, strict=True):
        if word.rtl:
            x -= advance
        if not out or out[-1].rawFont() != font:
            out.append(QGlyphRun())
            out[-1].setRawFont(font)
        run = out[-1]
        run.setGlyphIndexes([*run.glyphIndexes(), glyph])
        run.setPositions([*run.positions(), QPointF(x, 0)])
        if not word.rtl:
            x += advance
    return out, total


def _glyph(font: QRawFont, ch: str, fallbacks: list[str],
           sized: dict[tuple[str, float], QRawFont]) -> tuple[QRawFont, int] | None:
    """The unshaped glyph for `ch`: from the visible font, else the first fallback having it."""
    if found := _cmap_glyph(font, ch):
        return font, found
    # A raw font taken from a laid-out run may not answer character lookups;
    # the same family loaded by name does.
    for family in (font.familyName(), *fallbacks):
        key = (family, font.pixelSize())
        if key not in sized:
            sized[key] = QRawFont.fromFont(QFont(family))
            sized[key].setPixelSize(font.pixelSize())
        if found := _cmap_glyph(sized[key], ch):
            return sized[key], found
    return None


def _cmap_glyph(font: QRawFont, ch: str) -> int:
    if not font.isValid() or not font.supportsCharacter(ord(ch)):
        return 0
    glyphs = font.glyphIndexesForString(ch)
    return glyphs[0] if glyphs else 0
