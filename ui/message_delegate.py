"""Draws one chat message: day separator, author, time, text, media, marks.

Layout per row, top to bottom: a day separator when the row starts a new
day; the author (coloured, on the first message of a run); the text,
word-wrapped with each paragraph in its own direction (Arabic and Hebrew
paragraphs run right to left); a media box; and, for a message that a later
export no longer showed, a red bar and "Removed since an earlier export",
because that is evidence. Time and "edited" sit in a left gutter. System
notices are centred, muted and italic.

Layouts are built with QTextLayout only for rows on screen and cached
(keyed by message id, width and state); `clear_cache()` drops them on lock,
since they hold message text.
"""

from __future__ import annotations

import dataclasses
import zlib
from collections import OrderedDict

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
    QTime,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QPalette,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from moddesk.ingest.mime_types import guess_mime
from moddesk.reports.scripts import is_rtl
from moddesk.storage.chat_queries import MessageView
from moddesk.ui.chat_view_model import (
    DayStartRole,
    GroupStartRole,
    MessageRole,
    RevealedRole,
    ThumbnailRole,
)
from moddesk.ui.theme import readable_on

Index = QModelIndex | QPersistentModelIndex
PAD, GAP, MAX_TEXT, DAY_H, MEDIA_H, CACHE = 16, 12, 720, 40, 46, 600
ACCENT, REMOVED = QColor("#2f6f73"), QColor("#c0392b")
AUTHOR_COLOURS = tuple(QColor(c) for c in (
    "#2f7f83", "#7b4fa8", "#b0600a", "#2a6db5", "#a8407a", "#3b7d2c", "#8a5a35", "#4f6b8a"))
CONTEXT = "MessageDelegate"
KIND_CAPTIONS = {"poll": QT_TRANSLATE_NOOP("MessageDelegate", "Poll"),
                 "location": QT_TRANSLATE_NOOP("MessageDelegate", "Location"),
                 "contact": QT_TRANSLATE_NOOP("MessageDelegate", "Contact card")}
MEDIA_LABELS = (("image/", QT_TRANSLATE_NOOP("MessageDelegate", "Photo")),
                ("video/", QT_TRANSLATE_NOOP("MessageDelegate", "Video")),
                ("audio/", QT_TRANSLATE_NOOP("MessageDelegate", "Audio")))


def tr(text: str) -> str:
    """Translate a string marked in this module."""
    return QCoreApplication.translate(CONTEXT, text)


    return False


def author_colour(author: str, base: QColor | None = None) -> QColor:
    """A stable colour per author name (the same in every session), readable on `base`."""
    colour = AUTHOR_COLOURS[zlib.crc32(author.encode("utf-8")) % len(AUTHOR_COLOURS)]
    return colour if base is None else readable_on(colour, base)


def human_size(size: int) -> str:
    """1536 -> "1.5 KiB"."""
    value = float(size)
    for unit in ("bytes", "KiB", "MiB"):
        if value < 1024:
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GiB"


@dataclasses.dataclass(frozen=True)
class Metrics:
    """The fonts a row uses and their heights, for one view font and locale."""

    font: QFont
    bold: QFont
    small: QFont
    italic: QFont
    line_h: int
    bold_h: int
    small_h: int
    gutter: int

    @classmethod
    def of(cls, base: QFont, locale: QLocale) -> Metrics:
        """Derive the bold, small and italic fonts from the view's font."""
        bold, small, italic = QFont(base), QFont(base), QFont(base)
        bold.setWeight(QFont.Weight.DemiBold)
        small.setPointSizeF(max(base.pointSizeF() * 0.86, 7.0))
        italic.setItalic(True)
        sample = QTime(22, 22).toString(locale.timeFormat(QLocale.FormatType.ShortFormat))
        small_fm = QFontMetrics(small)
        return cls(base, bold, small, italic, QFontMetrics(base).height(),
                   QFontMetrics(bold).height(), small_fm.height(),
                   small_fm.horizontalAdvance(sample) + GAP)


@dataclasses.dataclass
class RowLayout:
    """Where the parts of one row go, relative to the row's top-left corner."""

    height: int = 0
    day: QRect | None = None
    author_y: int | None = None
    time_y: int = 0
    caption_y: int | None = None
    paragraphs: list[QTextLayout] = dataclasses.field(default_factory=list)
    media: QRect | None = None
    removed_y: int | None = None
    notice: QRect | None = None


def selected_option(option: QStyleOptionViewItem) -> QStyleOptionViewItem:
    """A copy of `option` whose text colours read on the palette's Highlight."""
    chosen = QStyleOptionViewItem(option)
    palette = QPalette(option.palette)
    on = palette.color(QPalette.ColorRole.HighlightedText)
    muted = QColor(on)
    muted.setAlpha(200)
    palette.setColor(QPalette.ColorRole.Text, on)
    palette.setColor(QPalette.ColorRole.PlaceholderText, muted)
    palette.setColor(QPalette.ColorRole.Mid, muted)
    chosen.palette = palette
    return chosen


class MessageDelegate(QStyledItemDelegate):
    """Paints and measures chat messages for `ChatView` (no editing)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cache: OrderedDict[tuple, RowLayout] = OrderedDict()
        self._metrics: dict[tuple[str, str], Metrics] = {}

    def clear_cache(self) -> None:
        """Drop every cached layout (they hold message text)."""
        self._cache.clear()

    # -- fonts and columns ---------------------------------------------------------

    def metrics(self, option: QStyleOptionViewItem) -> Metrics:
        """Fonts and sizes for the view's font and locale (built once, then cached)."""
        key = (option.font.key(), option.locale.name())
        found = self._metrics.get(key)
        if found is None:
            found = self._metrics[key] = Metrics.of(option.font, option.locale)
        return found

    def text_column(self, option: QStyleOptionViewItem) -> tuple[int, int]:
        """(x, width) of the message text, capped for readable line lengths."""
        x = PAD + self.metrics(option).gutter + GAP
        return x, max(min(option.rect.width() - x - PAD, MAX_TEXT), 80)

    # -- measuring -----------------------------------------------------------------

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return QSize(option.rect.width(), self.layout_for(option, index).height)

    def layout_for(self, option: QStyleOptionViewItem, index: Index) -> RowLayout:
        """The (cached) layout of the row at `index` for this width."""
        msg: MessageView | None = index.data(MessageRole)
        if msg is None:
            return RowLayout(height=QFontMetrics(option.font).height() + 8)
        thumb = index.data(ThumbnailRole)
        key = (msg.id, option.rect.width(), bool(index.data(DayStartRole)),
               bool(index.data(GroupStartRole)), bool(index.data(RevealedRole)),
               None if thumb is None else thumb.size().toTuple())
        layout = self._cache.get(key)
        if layout is None:
            layout = self._cache[key] = self._build(option, index, msg, thumb)
            while len(self._cache) > CACHE:
                self._cache.popitem(last=False)
        return layout

    def _build(self, option: QStyleOptionViewItem, index: Index, msg: MessageView,
               thumb: QImage | None) -> RowLayout:
        out, y = RowLayout(), 0
        if index.data(DayStartRole):
            out.day, y = QRect(0, 0, option.rect.width(), DAY_H), DAY_H
        if msg.kind == "system":
            return self._build_notice(option, msg, out, y + 4)
        m = self.metrics(option)
        if index.data(GroupStartRole):
            y += 8
            out.author_y = y
            y += m.bold_h + 1
        else:
            y += 2
        out.time_y = out.author_y if out.author_y is not None else y
        y = self._build_body(option, index, msg, thumb, out, y)
        if msg.removed:
            out.removed_y = y + 2
            y += m.small_h + 4
        out.height = y + 4
        return out

    def _build_body(self, option: QStyleOptionViewItem, index: Index, msg: MessageView,
                    thumb: QImage | None, out: RowLayout, y: int) -> int:
        x, width = self.text_column(option)
        m = self.metrics(option)
        if msg.kind in KIND_CAPTIONS:
            out.caption_y = y
            y += m.small_h
        if msg.kind == "media" or msg.media_mime is not None:
            out.media = self._media_box(option, msg, thumb, index.data(RevealedRole), x, y)
            y = out.media.bottom() + 1 + (4 if self._body_text(msg) else 0)
        text = self._body_text(msg)
        if text:
            font = m.italic if msg.kind == "deleted" else option.font
            out.paragraphs, y = self._paragraphs(text, font, x, y, width)
        gutter_lines = 2 if msg.edited else 1
        return max(y, out.time_y + m.small_h * gutter_lines + 4)

    def _body_text(self, msg: MessageView) -> str:
        if msg.kind == "deleted":
            return msg.text or self.tr("This message was deleted")
        return msg.text or ""

    def _media_box(self, option: QStyleOptionViewItem, msg: MessageView, thumb: QImage | None,
                   revealed: bool, x: int, y: int) -> QRect:
        if revealed and thumb is not None and not thumb.isNull():
            caption = self.metrics(option).small_h + 4
            return QRect(x, y + 2, thumb.width(), thumb.height() + caption)
        return QRect(x, y + 2, min(340, self.text_column(option)[1]), MEDIA_H)

    def _build_notice(self, option: QStyleOptionViewItem, msg: MessageView, out: RowLayout,
                      y: int) -> RowLayout:
        m = self.metrics(option)
        width = min(option.rect.width() - 4 * PAD, 560)
        text = f"{msg.text or ''} · {self._time(option, msg)}"
        paragraphs, bottom = self._paragraphs(text, m.italic, 0, y + 5, width,
                                              Qt.AlignmentFlag.AlignHCenter)
        left = (option.rect.width() - width) // 2
        for p in paragraphs:
            p.setPosition(QPointF(left, p.position().y()))
        used = max((p.lineAt(i).naturalTextWidth() for p in paragraphs
                    for i in range(p.lineCount())), default=0)
        out.paragraphs = paragraphs
        out.notice = QRect(int((option.rect.width() - used) / 2) - 12, y,
                           int(used) + 24, bottom - y + 5)
        if msg.removed:
            out.removed_y = bottom + 8
            bottom += m.small_h + 4
        out.height = bottom + 12
        return out

    def _paragraphs(self, text: str, font: QFont, x: int, y: int, width: int,
                    align: Qt.AlignmentFlag | None = None) -> tuple[list[QTextLayout], int]:
        layouts = []
        for para in text.split("\n"):
            layout = QTextLayout(para, font)
            rtl = is_rtl(para)
            opt = QTextOption(align if align is not None else (
                Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
                | Qt.AlignmentFlag.AlignAbsolute)
            opt.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            opt.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl
                                 else Qt.LayoutDirection.LeftToRight)
            layout.setTextOption(opt)
            y = self._lay_out(layout, width, y)
            layout.setPosition(QPointF(x, 0))
            layouts.append(layout)
        if align is None:
            self._hug_right_to_left(layouts, x, width)
        return layouts, y

    @staticmethod
    def _hug_right_to_left(layouts: list[QTextLayout], x: int, width: int) -> None:
        # Right-to-left lines end at the message's widest line, not at the far
        # edge of the column, so a short Arabic reply sits under its author.
        block = max((p.lineAt(i).naturalTextWidth() for p in layouts
                     for i in range(p.lineCount())), default=0)
        for layout in layouts:
            if layout.textOption().textDirection() == Qt.LayoutDirection.RightToLeft:
                layout.setPosition(QPointF(x - (width - block), 0))

    @staticmethod
    def _lay_out(layout: QTextLayout, width: int, y: int) -> int:
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            y += int(line.height() + 0.999)
        layout.endLayout()
        return y

    # -- painting ------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        msg: MessageView | None = index.data(MessageRole)
        layout = self.layout_for(option, index)
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRect(0, 0, option.rect.width(), layout.height))
        if layout.day is not None:
            self._paint_day(painter, option, layout.day, msg)
        if msg is not None:
            self._paint_row(painter, option, index, msg, layout)
        painter.restore()

    def _paint_row(self, painter: QPainter, option: QStyleOptionViewItem, index: Index,
                   msg: MessageView, layout: RowLayout) -> None:
        top = layout.day.height() if layout.day is not None else 0
        body = QRect(0, top, option.rect.width(), layout.height - top)
        if option.state & QStyle.StateFlag.State_Selected:
            option = selected_option(option)
        self._paint_background(painter, option, msg, body)
        if layout.notice is not None:
            self._paint_notice(painter, option, layout)
        else:
            self._paint_message(painter, option, index, msg, layout)
        if layout.removed_y is not None:
            self._paint_removed(painter, option, layout)
        if option.state & QStyle.StateFlag.State_HasFocus:
            self._paint_focus(painter, option, body)

    def _paint_background(self, painter: QPainter, option: QStyleOptionViewItem,
                          msg: MessageView, body: QRect) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if msg.removed:
            painter.fillRect(body, QColor(192, 57, 43, 30))
            painter.fillRect(QRect(0, body.top(), 4, body.height()), REMOVED)
        if selected:
            # The palette's selection colours, as in every other list of the app;
            # `selected_option` switched the text colours to HighlightedText.
            painter.fillRect(body, option.palette.color(QPalette.ColorRole.Highlight))
            if msg.removed:
                painter.fillRect(QRect(0, body.top(), 4, body.height()), REMOVED)

    def _paint_focus(self, painter: QPainter, option: QStyleOptionViewItem, body: QRect) -> None:
        # Where the keys are (Ctrl+arrows move it without selecting): a thin frame.
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pen = QPen(option.palette.color(QPalette.ColorRole.HighlightedText if selected
                                        else QPalette.ColorRole.Highlight))
        pen.setStyle(Qt.PenStyle.DotLine if selected else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(body.adjusted(1, 1, -2, -2))

    def _paint_message(self, painter: QPainter, option: QStyleOptionViewItem, index: Index,
                       msg: MessageView, layout: RowLayout) -> None:
        m = self.metrics(option)
        muted = option.palette.color(QPalette.ColorRole.PlaceholderText)
        x, width = self.text_column(option)
        self._paint_gutter(painter, option, msg, layout, m, muted)
        if layout.author_y is not None:
            painter.setFont(m.bold)
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            painter.setPen(option.palette.color(QPalette.ColorRole.HighlightedText) if selected
                           else author_colour(msg.author or "",
                                              option.palette.color(QPalette.ColorRole.Base)))
            author = QFontMetrics(m.bold).elidedText(msg.author or "", Qt.TextElideMode.ElideRight,
                                                     width)
            painter.drawText(QRect(x, layout.author_y, width, m.bold_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, author)
        if layout.caption_y is not None:
            painter.setFont(m.small)
            painter.setPen(muted)
            painter.drawText(QRect(x, layout.caption_y, width, m.small_h),
                             Qt.AlignmentFlag.AlignLeft, tr(KIND_CAPTIONS[msg.kind]))
        if layout.media is not None:
            self._paint_media(painter, option, index, msg, layout.media)
        painter.setPen(muted if msg.kind == "deleted" else option.palette.color(QPalette.ColorRole.Text))
        for para in layout.paragraphs:
            para.draw(painter, QPointF(0, 0))

    def _paint_gutter(self, painter: QPainter, option: QStyleOptionViewItem, msg: MessageView,
                      layout: RowLayout, m: Metrics, muted: QColor) -> None:
        rect = QRect(PAD, layout.time_y + (m.line_h - m.small_h) // 2, m.gutter, m.small_h)
        painter.setFont(m.small)
        painter.setPen(muted)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self._time(option, msg))
        if msg.edited:
            painter.drawText(rect.translated(0, m.small_h), Qt.AlignmentFlag.AlignLeft,
                             self.tr("edited"))

    def _time(self, option: QStyleOptionViewItem, msg: MessageView) -> str:
        time = QTime.fromString(msg.ts[11:16], "HH:mm")
        return option.locale.toString(time, option.locale.FormatType.ShortFormat)

    def _paint_day(self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect,
                   msg: MessageView | None) -> None:
        if msg is None:
            return
        date = QDate.fromString(msg.ts[:10], "yyyy-MM-dd")
        text = option.locale.toString(date, option.locale.FormatType.LongFormat)
        bold = self.metrics(option).bold
        fm = QFontMetrics(bold)
        pill = QRect(0, 0, fm.horizontalAdvance(text) + 28, fm.height() + 8)
        pill.moveCenter(rect.center())
        line_pen = QPen(option.palette.color(QPalette.ColorRole.Mid))
        painter.setPen(line_pen)
        y = rect.center().y()
        painter.drawLine(PAD, y, pill.left() - 8, y)
        painter.drawLine(pill.right() + 8, y, rect.width() - PAD, y)
        painter.setFont(bold)
        painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_notice(self, painter: QPainter, option: QStyleOptionViewItem,
                      layout: RowLayout) -> None:
        assert layout.notice is not None
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(option.palette.color(QPalette.ColorRole.Mid))
        fill.setAlpha(40)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(layout.notice, 10, 10)
        painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        for para in layout.paragraphs:
            para.draw(painter, QPointF(0, 0))

    def _paint_removed(self, painter: QPainter, option: QStyleOptionViewItem,
                       layout: RowLayout) -> None:
        assert layout.removed_y is not None
        small = QFont(self.metrics(option).small)
        small.setWeight(QFont.Weight.DemiBold)
        x, width = self.text_column(option) if layout.notice is None else (0, option.rect.width())
        align = Qt.AlignmentFlag.AlignLeft if layout.notice is None else Qt.AlignmentFlag.AlignHCenter
        painter.setFont(small)
        painter.setPen(readable_on(REMOVED, option.palette.color(QPalette.ColorRole.Base)))
        painter.drawText(QRect(x, layout.removed_y, width, QFontMetrics(small).height()), align,
                         self.tr("Removed since an earlier export — kept as evidence"))

    # -- media -----------------------------------------------------------------------

    def media_label(self, msg: MessageView) -> str:
        """"Photo", "Video", … from the stored type or the attachment's name."""
        mime = msg.media_mime or (guess_mime(msg.attachment, b"") if msg.attachment else "")
        if mime == "image/webp":
            return self.tr("Sticker")
        for prefix, label in MEDIA_LABELS:
            if mime.startswith(prefix):
                return tr(label)
        if mime == "text/vcard":
            return self.tr("Contact card")
        return self.tr("Document") if mime else self.tr("Media")

    def media_text(self, msg: MessageView, revealed: bool, thumb: QImage | None) -> str:
        """What the media box says in its current state."""
        label = self.media_label(msg)
        if msg.media_mime is None:
            return self.tr("%1 not included in the export").replace("%1", label)
        size = human_size(msg.media_size or 0)
        if not revealed:
            return self.tr("%1 hidden — click to show").replace("%1", label)
        if not msg.media_mime.startswith("image/"):
            return f"{label} · {msg.media_mime} · {size}"
        # Whole phrases per kind: a lowercased label would break German nouns.
        sticker = msg.media_mime == "image/webp"
        if thumb is None:
            return self.tr("Opening sticker…") if sticker else self.tr("Opening photo…")
        if thumb.isNull():
            failed = self.tr("This sticker could not be shown (%1, %2)") if sticker \
                else self.tr("This photo could not be shown (%1, %2)")
            return failed.replace("%1", msg.media_mime).replace("%2", size)
        return self.tr("%1 · %2 — click to hide").replace("%1", label).replace("%2", size)

    def media_rect(self, option: QStyleOptionViewItem, index: Index) -> QRect | None:
        """The media box of `index` in the view's coordinates, if it has one."""
        box = self.layout_for(option, index).media
        return None if box is None else box.translated(option.rect.topLeft())

    def _paint_media(self, painter: QPainter, option: QStyleOptionViewItem, index: Index,
                     msg: MessageView, box: QRect) -> None:
        revealed, thumb = bool(index.data(RevealedRole)), index.data(ThumbnailRole)
        small = self.metrics(option).small
        muted = option.palette.color(QPalette.ColorRole.PlaceholderText)
        text = self.media_text(msg, revealed, thumb)
        if revealed and thumb is not None and not thumb.isNull():
            painter.drawImage(box.topLeft(), thumb)
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Mid)))
            painter.drawRect(QRect(box.topLeft(), thumb.size()).adjusted(0, 0, -1, -1))
            painter.setFont(small)
            painter.setPen(muted)
            painter.drawText(QRect(box.left(), box.top() + thumb.height() + 4, box.width(),
                                   QFontMetrics(small).height()), Qt.AlignmentFlag.AlignLeft, text)
            return
        self._paint_media_box(painter, option, msg, box, text, revealed)

    def _paint_media_box(self, painter: QPainter, option: QStyleOptionViewItem, msg: MessageView,
                         box: QRect, text: str, revealed: bool) -> None:
        stored = msg.media_mime is not None
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(ACCENT if stored else option.palette.color(QPalette.ColorRole.Mid))
        fill.setAlpha(28 if stored else 22)
        pen = QPen(ACCENT if stored else option.palette.color(QPalette.ColorRole.Mid))
        pen.setStyle(Qt.PenStyle.SolidLine if revealed else Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(box.adjusted(0, 0, -1, -1), 6, 6)
        inner = box.adjusted(12, 0, -12, 0)
        if stored and not revealed:
            self._paint_media_hint(painter, option, msg, inner)
        painter.setFont(option.font)
        painter.setPen(option.palette.color(QPalette.ColorRole.Text) if stored
                       else option.palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(option.font).elidedText(text, Qt.TextElideMode.ElideRight,
                                                              inner.width() - 70))

    def _paint_media_hint(self, painter: QPainter, option: QStyleOptionViewItem,
                          msg: MessageView, inner: QRect) -> None:
        painter.setFont(self.metrics(option).small)
        painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        hint = human_size(msg.media_size or 0) + " · " + self.tr("Space")
        painter.drawText(inner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, hint)
