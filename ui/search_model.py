"""Search results as a Qt list model, and how a hit reads on screen.

The model holds the `SearchHit`s of the pages fetched so far, newest first;
"Load more" appends the next page. The display role is a plain one-line
summary (for accessibility and copying); the delegate paints the snippet
with its matches in bold from `snippet_html`, which escapes the message
text first, so a message can never inject markup.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QObject,
    Qt,
    QTime,
)

from moddesk.storage.search import MARK_END, MARK_START, SearchHit

CONTEXT = "Search"
HIT_ROLE = Qt.ItemDataRole.UserRole + 1
DATE_FORMAT = "d MMM yyyy"
Index = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    """Translate a string of the search screen."""
    return QCoreApplication.translate(CONTEXT, text)


def snippet_html(hit: SearchHit) -> str:
    """The snippet as safe rich text: escaped, matches in bold, on one line."""
    text = hit.snippet or hit.text or ""
    if not text:
        return "<i>" + html.escape(tr("(no text: a photo, file or notice)")) + "</i>"
    flat = " ".join(text.split())  # newlines and runs of spaces read as one space
    return html.escape(flat, quote=False).replace(MARK_START, "<b>").replace(MARK_END, "</b>")


def when_text(ts: str) -> str:
    """A stored 'YYYY-MM-DDTHH:MM:SS' as "14 Mar 2024, 21:07" in the user's language.

    The month is spelled out: exports disagree on day/month order, and a
    moderator comparing dates must never have to guess which one this is.
    """
    moment = dt.datetime.fromisoformat(ts)
    locale = QLocale()
    day = locale.toString(QDate(moment.year, moment.month, moment.day), DATE_FORMAT)
    clock = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return f"{day}, {clock}"


def meta_text(hit: SearchHit) -> str:
    """The line above the snippet: chat · author · date (and whether it was removed)."""
    parts = [hit.chat, hit.author or tr("System notice"), when_text(hit.ts)]
    if hit.removed:
        parts.append(tr("gone from a later export"))
    return "  ·  ".join(parts)


class SearchResultsModel(QAbstractListModel):
    """The hits shown, newest first; one row per message."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            plain = (hit.snippet or hit.text or "").replace(MARK_START, "").replace(MARK_END, "")
            return f"{meta_text(hit)}: {' '.join(plain.split())}"
        if role == HIT_ROLE:
            return hit
        return None

    def hit(self, row: int) -> SearchHit:
        """The hit shown in `row`."""
        return self._hits[row]

    def set_hits(self, hits: list[SearchHit]) -> None:
        """Show `hits` instead of what was shown."""
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def append_hits(self, hits: list[SearchHit]) -> None:
        """Add the next page below the rows shown."""
        if not hits:
            return
        first = len(self._hits)
        self.beginInsertRows(QModelIndex(), first, first + len(hits) - 1)
        self._hits.extend(hits)
        self.endInsertRows()

    def clear(self) -> None:
        """Drop every hit (on lock and for a new query)."""
        self.set_hits([])
