"""Draws one entry of the chat list: name, last activity, counts and badges.

Line one: the chat's name and, on the right, the day of its newest message.
Line two: how many messages and the date range. Line three, only when there
is something to flag: "Date order?" when an export's day/month order was a
guess, "N removed" when later exports no longer showed some messages, and
"N merged" when other chats were merged into this one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from moddesk.storage.chat_queries import ChatSummary
from moddesk.ui.chat_format import facts_line, short_date
from moddesk.ui.chat_list_model import SummaryRole
from moddesk.ui.theme import mix, muted_text, readable_on

Index = QModelIndex | QPersistentModelIndex
PAD_X, PAD_Y, LINE_GAP, BADGE_GAP = 14, 9, 3, 6
ACCENT, AMBER, RED, SLATE = QColor("#2f6f73"), QColor("#a86a00"), QColor("#c0392b"), QColor("#5f6b7a")
PILL_ALPHA = 34
CONTEXT = "ChatListDelegate"


def tr(text: str) -> str:
    """Translate a string of this module."""
    return QCoreApplication.translate(CONTEXT, text)


def badges(summary: ChatSummary) -> list[tuple[str, QColor]]:
    """(text, colour) of each badge the chat shows."""
    out = []
    if summary.date_uncertain:
        out.append((tr("Date order?"), AMBER))
    if summary.removed:
        out.append((tr("%1 removed").replace("%1", str(summary.removed)), RED))
    if summary.merged:
        out.append((tr("%1 merged").replace("%1", str(len(summary.merged))), SLATE))
    return out


def badge_inks(summary: ChatSummary, base: QColor) -> list[tuple[str, QColor, QColor]]:
    """(text, pill fill, text colour) of each badge on `base`, readable in light and dark themes.

    The pill is the badge's colour faint over the row; its words are that
    colour moved toward black or white until they pass AA on the pill.
    """
    out = []
    for text, colour in badges(summary):
        fill = QColor(colour)
        fill.setAlpha(PILL_ALPHA)
        out.append((text, fill, readable_on(colour, mix(colour, base, PILL_ALPHA / 255))))
    return out


class ChatListDelegate(QStyledItemDelegate):
    """Paints and measures chat list entries."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    @staticmethod
    def _fonts(base: QFont) -> tuple[QFont, QFont, QFont]:
        name, small, badge = QFont(base), QFont(base), QFont(base)
        name.setWeight(QFont.Weight.DemiBold)
        small.setPointSizeF(max(base.pointSizeF() * 0.9, 7.0))
        badge.setPointSizeF(max(base.pointSizeF() * 0.8, 7.0))
        badge.setWeight(QFont.Weight.DemiBold)
        return name, small, badge

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        summary: ChatSummary | None = index.data(SummaryRole)
        name, small, badge = self._fonts(option.font)
        height = 2 * PAD_Y + QFontMetrics(name).height() + LINE_GAP + QFontMetrics(small).height()
        if summary is not None and badges(summary):
            height += LINE_GAP + 2 + QFontMetrics(badge).height() + 4
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        summary: ChatSummary | None = index.data(SummaryRole)
        if summary is None:
            return
        painter.save()
        self._paint_background(painter, option)
        name_font, small, badge = self._fonts(option.font)
        rect = option.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        y = self._paint_name_line(painter, option, summary, rect, name_font, small)
        y = self._paint_facts(painter, option, summary, rect, y, small)
        self._paint_badges(painter, summary, rect.left(), y, badge,
                           option.palette.color(QPalette.ColorRole.Base))
        painter.restore()

    def _paint_background(self, painter: QPainter, option: QStyleOptionViewItem) -> None:
        if option.state & QStyle.StateFlag.State_Selected:
            tint = QColor(ACCENT)
            tint.setAlpha(60 if option.state & QStyle.StateFlag.State_HasFocus else 40)
            painter.fillRect(option.rect, tint)
            painter.fillRect(QRect(option.rect.left(), option.rect.top(), 3, option.rect.height()),
                             ACCENT)
        elif option.state & QStyle.StateFlag.State_MouseOver:
            hover = QColor(option.palette.color(QPalette.ColorRole.Mid))
            hover.setAlpha(30)
            painter.fillRect(option.rect, hover)
        painter.setPen(QColor(option.palette.color(QPalette.ColorRole.Mid)).lighter(115))
        painter.drawLine(option.rect.left() + PAD_X, option.rect.bottom(),
                         option.rect.right() - PAD_X, option.rect.bottom())

    def _paint_name_line(self, painter: QPainter, option: QStyleOptionViewItem,
                         summary: ChatSummary, rect: QRect, name_font: QFont, small: QFont) -> int:
        when = short_date(summary.last_ts, option.locale)
        small_fm, name_fm = QFontMetrics(small), QFontMetrics(name_font)
        when_w = small_fm.horizontalAdvance(when) + 8 if when else 0
        line = QRect(rect.left(), rect.top(), rect.width(), name_fm.height())
        painter.setFont(small)
        painter.setPen(muted_text(option.palette))
        painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, when)
        painter.setFont(name_font)
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        name = name_fm.elidedText(summary.name, Qt.TextElideMode.ElideRight, rect.width() - when_w)
        painter.drawText(line.adjusted(0, 0, -when_w, 0),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        return line.bottom() + 1 + LINE_GAP

    def _paint_facts(self, painter: QPainter, option: QStyleOptionViewItem,
                     summary: ChatSummary, rect: QRect, y: int, small: QFont) -> int:
        fm = QFontMetrics(small)
        painter.setFont(small)
        painter.setPen(muted_text(option.palette))
        text = fm.elidedText(facts_line(summary, option.locale), Qt.TextElideMode.ElideRight,
                             rect.width())
        painter.drawText(QRect(rect.left(), y, rect.width(), fm.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        return y + fm.height() + LINE_GAP + 2

    def _paint_badges(self, painter: QPainter, summary: ChatSummary, x: int, y: int,
                      font: QFont, base: QColor) -> None:
        fm = QFontMetrics(font)
        painter.setFont(font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for text, fill, ink in badge_inks(summary, base):
            pill = QRect(x, y, fm.horizontalAdvance(text) + 12, fm.height() + 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setPen(ink)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)
            x = pill.right() + BADGE_GAP
