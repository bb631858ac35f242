"""The selected inbox item: its rule, the message with the matched words, and context.

The message that tripped the rule is shown with five messages either side,
like a short stretch of the chat, and the matched words marked. Media never
appear by themselves: each stays a labelled placeholder until the moderator
reveals the item's media (Space), and is forgotten again on the next item.
Rows and context are small indexed reads on the GUI thread's connection;
media bytes are read on the background reader only when revealed.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QEvent, QLocale, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QImage, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from moddesk.storage import inbox_queries as queries
from moddesk.storage.case_queries import item_incident
from moddesk.storage.inbox_queries import HitMessage, ItemRow, MediaInfo, Message, RuleText
from moddesk.ui.inbox_model import SEVERITY_COLORS, ntr, severity_label, state_label, tr
from moddesk.ui.session_api import SessionApi

log = logging.getLogger("moddesk.ui.inbox")
MAX_IMAGE = 360
MARK_BG, MARK_FG = "#f5d46b", "#1b1b1b"
_MEDIA_URL = "moddesk-media:{}"
_ACTIVATE = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
# Reads as a link; the frame shows where the keyboard focus is.
_LINK_STYLE = ("QPushButton { color: palette(link); text-decoration: underline; text-align: left;"
               " border: 1px solid transparent; border-radius: 3px; padding: 2px 4px; }"
               " QPushButton:focus { border-color: palette(highlight); }")
# What each detector type found, in the words of "found by %1".
_DETECTORS = {
    "phone": QT_TRANSLATE_NOOP("Inbox", "phone number"),
    "email": QT_TRANSLATE_NOOP("Inbox", "e-mail address"),
    "address": QT_TRANSLATE_NOOP("Inbox", "street address"),
    "keywords": QT_TRANSLATE_NOOP("Inbox", "words"),
    "signals": QT_TRANSLATE_NOOP("Inbox", "warning words"),
    "regex": QT_TRANSLATE_NOOP("Inbox", "text pattern"),
    "links": QT_TRANSLATE_NOOP("Inbox", "links"),
    "flood": QT_TRANSLATE_NOOP("Inbox", "many messages at once"),
    "needs_reply": QT_TRANSLATE_NOOP("Inbox", "unanswered question"),
    "message_kind": QT_TRANSLATE_NOOP("Inbox", "kind of message"),
    "system_event": QT_TRANSLATE_NOOP("Inbox", "group notice"),
    "payment": QT_TRANSLATE_NOOP("Inbox", "payment details"),
    "distress": QT_TRANSLATE_NOOP("Inbox", "signs of danger"),
    "grooming": QT_TRANSLATE_NOOP("Inbox", "grooming pattern"),
    "removed": QT_TRANSLATE_NOOP("Inbox", "deleted message"),
}


def highlight(text: str, spans: list[tuple[int, int]] | tuple[tuple[int, int], ...]) -> str:
    """Escaped HTML of `text` with the spans marked (spans are offsets into `text`)."""
    out, pos = [], 0
    for start, end in queries.clean_spans(text, spans):
        out.append(html.escape(text[pos:start]))
        out.append(f'<span style="background-color:{MARK_BG}; color:{MARK_FG};">'
                   f"{html.escape(text[start:end])}</span>")
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out).replace("\n", "<br>")


def media_kind(mime: str) -> str:
    """What a file is, in the moderator's words."""
    kinds = {"image": tr("Photo"), "video": tr("Video"), "audio": tr("Audio")}
    return kinds.get(mime.split("/", 1)[0], tr("File"))


class Colors:
    """The few colours the message HTML needs, taken from the widget's palette."""

    def __init__(self, palette: QPalette) -> None:
        base, accent = palette.base().color(), QColor(SEVERITY_COLORS["normal"])
        self.text = palette.text().color().name()
        self.muted = palette.placeholderText().color().name()
        self.hit = _mix(base, accent, 0.10)
        self.accent = accent.name()
        self.box = _mix(base, palette.text().color(), 0.06)


def _mix(a: QColor, b: QColor, share: float) -> str:
    def channel(x: int, y: int) -> int:
        return round(x + (y - x) * share)
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()),
                  channel(a.blue(), b.blue())).name()


class MessageRenderer:
    """Builds the context HTML: day lines, message cards, marks and media placeholders."""

    def __init__(self, colors: Colors, revealed: dict[int, QImage | None],
                 spans: dict[int, tuple[tuple[int, int], ...]], current: int) -> None:
        self.c, self.revealed, self.spans, self.current = colors, revealed, spans, current

    def page(self, messages: list[Message]) -> str:
        """The whole stretch of chat as one HTML document."""
        parts, day = [], None
        for msg in messages:
            when = dt.datetime.fromisoformat(msg.ts)
            if when.date() != day:
                day = when.date()
                parts.append(self._day_line(when))
            parts.append(self._card(msg, when))
        return "".join(parts)

    def _day_line(self, when: dt.datetime) -> str:
        text = QLocale().toString(QDateTime(when), "dddd d MMMM yyyy")
        return (f'<p align="center" style="color:{self.c.muted}; margin-top:10px; '
                f'margin-bottom:4px;">{html.escape(text)}</p>')

    def _card(self, msg: Message, when: dt.datetime) -> str:
        inner = self._body(msg)
        # A table inside a <div> gets an empty line above it in Qt's rich text.
        body = self._header(msg, when) + (inner if inner.startswith("<table") else f"<div>{inner}</div>")
        if msg.id in self.spans:
            width = 4 if msg.id == self.current else 2
            anchor = '<a name="hit"></a>' if msg.id == self.current else ""
            return (f'{anchor}<table width="100%" cellspacing="0" cellpadding="0" style="margin:4px 0px;">'
                    f'<tr><td width="{width}" bgcolor="{self.c.accent}"></td>'
                    f'<td bgcolor="{self.c.hit}" style="padding:8px 10px;">{body}</td></tr></table>')
        return ('<table width="100%" cellspacing="0" cellpadding="0" style="margin:2px 0px;">'
                f'<tr><td style="padding:5px 10px 5px 16px;">{body}</td></tr></table>')

    def _header(self, msg: Message, when: dt.datetime) -> str:
        time = html.escape(QLocale().toString(when.time(), QLocale.FormatType.ShortFormat))
        notes = [tr("edited")] if msg.edited else []
        if msg.removed:
            notes.append(tr("missing from a later export"))
        extra = "".join(f" · {html.escape(n)}" for n in notes)
        author = (f' · <span style="color:{self.c.text}; font-weight:600;">'
                  f"{html.escape(msg.author)}</span>") if msg.author else ""
        return f'<div style="color:{self.c.muted};">{time}{author}{extra}</div>'

    def _body(self, msg: Message) -> str:
        if msg.kind == "media":
            return self._media(msg)
        if msg.kind in ("system", "deleted"):
            text = msg.text or tr("This message was deleted")
            return f'<i style="color:{self.c.muted};">{html.escape(text)}</i>'
        return highlight(msg.text or "", self.spans.get(msg.id, ()))

    def _media(self, msg: Message) -> str:
        if not msg.media:
            note = tr("Media not included in the export")
            name = f" ({html.escape(msg.attachment)})" if msg.attachment else ""
            return f'<i style="color:{self.c.muted};">{html.escape(note)}{name}</i>'
        return "<br>".join(self._one_media(m) for m in msg.media)

    def _one_media(self, media: MediaInfo) -> str:
        if media.id not in self.revealed:
            return self._placeholder(media)
        image = self.revealed[media.id]
        if image is None:
            note = tr("%1 shown only as a file: ModDesk does not open this type.")
            return f'<i style="color:{self.c.muted};">{html.escape(note.replace("%1", media_kind(media.mime)))}</i>'
        return (f'<img src="{_MEDIA_URL.format(media.id)}" width="{image.width()}" '
                f'height="{image.height()}">')

    def _placeholder(self, media: MediaInfo) -> str:
        size = QLocale().formattedDataSize(media.size)
        label = tr("%1 hidden").replace("%1", media_kind(media.mime))
        hint = tr("Press Space to show the media of this item.")
        return (f'<table cellspacing="0" cellpadding="0"><tr><td bgcolor="{self.c.box}" '
                f'style="padding:10px 14px;"><b>{html.escape(label)}</b>'
                f'<span style="color:{self.c.muted};"> · {html.escape(media.mime)} · '
                f'{html.escape(size)}<br>{html.escape(hint)}</span></td></tr></table>')


class InboxItemView(QWidget):
    """Shows one item: rule, facts, the hit message in context, media on request.

    Args:
        rule_text: (pack_key, rule_id) -> the rule's title and description, if known.

    Signals:
        open_message(object): the moderator wants the chat opened at this message id
            (a Python int: message ids need 64 bits).
        reveal_changed(bool): media of the item were shown (True) or hidden again.
        open_incident(object): the moderator wants to see the incident (id, a Python
            int) this item was escalated to.
    """

    open_message = Signal(object)  # message ids need 64 bits; a Qt int has 32
    reveal_changed = Signal(bool)
    open_incident = Signal(object)

    def __init__(self, session: SessionApi, rule_text: Callable[[str, str], RuleText | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inbox_item_view")
        self._session, self._rule_text = session, rule_text
        self._row: ItemRow | None = None
        self._incident: int | None = None
        self._hits: list[HitMessage] = []
        self._hit_index = 0
        self._context: list[Message] = []
        self._revealed: dict[int, QImage | None] = {}
        self._keep_scroll = False
        self._build()
        self.clear()

    # -- construction ---------------------------------------------------------------------

    def _build(self) -> None:
        self.badge = QLabel(self)
        self.badge.setObjectName("severity_badge")
        self.title = QLabel(self)
        self.title.setObjectName("item_title")
        self.title.setWordWrap(True)
        self.description = QLabel(self)
        self.description.setObjectName("muted")
        self.description.setWordWrap(True)
        self.facts = QLabel(self)
        self.facts.setObjectName("item_facts")
        self.facts.setWordWrap(True)
        self.open_button = QPushButton(tr("Open in chat"), self)
        self.open_button.setToolTip(tr("Open the chat at this message (Enter)"))
        self.open_button.clicked.connect(self._on_open_button_clicked)
        # "Escalated to incident INC-0001": a flat button, so Tab reaches it and
        # Enter or Space opens the incident.
        self.incident_button = QPushButton(self)
        self.incident_button.setObjectName("escalated_incident")
        self.incident_button.setFlat(True)
        self.incident_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.incident_button.setAutoDefault(False)
        self.incident_button.setStyleSheet(_LINK_STYLE)
        self.incident_button.clicked.connect(self._on_incident_button_clicked)
        self.incident_button.installEventFilter(self)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("item_context")
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.empty = QLabel(tr("Choose an item in the list to see the message and what led to it."),
                            self)
        self.empty.setObjectName("empty_state")
        self.empty.setWordWrap(True)
        self._build_layout(self._build_hit_nav())

    def _build_hit_nav(self) -> QHBoxLayout:
        self.hit_label = QLabel(self)
        self.hit_label.setObjectName("muted")
        self.previous_hit = QPushButton("‹", self)
        self.next_hit = QPushButton("›", self)
        self.previous_hit.setToolTip(tr("Previous flagged message of this item"))
        self.next_hit.setToolTip(tr("Next flagged message of this item"))
        self.previous_hit.clicked.connect(lambda: self.step_hit(-1))
        self.next_hit.clicked.connect(lambda: self.step_hit(1))
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(self.hit_label)
        for button in (self.previous_hit, self.next_hit):
            button.setObjectName("hit_step")
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _build_layout(self, hit_nav: QHBoxLayout) -> None:
        head = QHBoxLayout()
        head.setSpacing(10)
        head.addWidget(self.badge)
        head.addWidget(self.title, 1)
        head.addWidget(self.open_button)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(head)
        for widget in (self.description, self.facts):
            layout.addWidget(widget)
        layout.addWidget(self.incident_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(hit_nav)
        layout.addWidget(self.browser, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    # -- what is shown ------------------------------------------------------------------

    @property
    def item_id(self) -> int | None:
        """The item shown, if any."""
        return self._row.id if self._row else None

    @property
    def revealed(self) -> bool:
        """True while the item's media are shown."""
        return bool(self._revealed)

    def current_message_id(self) -> int | None:
        """The flagged message in view (what "Open in chat" opens)."""
        return self._hits[self._hit_index].message.id if self._hits else None

    def media_in_view(self) -> list[MediaInfo]:
        """Every media file of the messages on screen."""
        return [m for msg in self._context for m in msg.media]

    def show_item(self, item_id: int | None) -> None:
        """Show another item (hiding media again), or nothing."""
        if item_id == self.item_id:
            self.refresh()
            return
        self._forget()
        if item_id is not None:
            self._load(item_id)
        self._render()

    def refresh(self) -> None:
        """Read the shown item again (after a change), keeping the hit and reveal."""
        if self._row is not None and self._session.is_unlocked:
            self._load(self._row.id)
            self._render()

    def clear(self) -> None:
        """Show nothing and drop every text and revealed image (on lock)."""
        self._forget()
        self._render()

    def step_hit(self, step: int) -> None:
        """Show the previous (-1) or next (+1) flagged message of the item."""
        if self._hits:
            self._hit_index = (self._hit_index + step) % len(self._hits)
            self._keep_scroll = False
            self._load_context()
            self._render()

    def _forget(self) -> None:
        was_revealed = bool(self._revealed)
        self._row, self._hits, self._hit_index, self._context = None, [], 0, []
        self._incident = None
        self.incident_button.setText("")
        self._revealed, self._keep_scroll = {}, False
        self.browser.clear()  # also drops the document's image resources
        for label in (self.badge, self.title, self.description, self.facts, self.hit_label):
            label.clear()
        if was_revealed:
            self.reveal_changed.emit(False)

    def _load(self, item_id: int) -> None:
        db = self._session.gui_db()
        self._row = queries.item_rows(db, [item_id]).get(item_id)
        self._incident = item_incident(db, item_id) if self._row else None
        self._hits = queries.item_hits(db, item_id) if self._row else []
        self._hit_index = min(self._hit_index, max(len(self._hits) - 1, 0))
        self._load_context()

    def _load_context(self) -> None:
        message_id = self.current_message_id()
        self._context = ([] if message_id is None
                         else queries.context(self._session.gui_db(), message_id))

    # -- media ------------------------------------------------------------------------------

    def toggle_media(self) -> bool:
        """Reveal the media in view, or hide them again; False when there are none."""
        media = self.media_in_view()
        if self._revealed:
            self._revealed = {}
            self._render()
            self.reveal_changed.emit(False)
            return True
        if not media:
            return False
        wanted, item_id = [m.id for m in media], self.item_id
        self._session.read(lambda db: {i: queries.media_data(db, i) for i in wanted},
                           lambda found: self._on_media_read(item_id, found))
        return True

    def _on_media_read(self, item_id: int | None, found: dict[int, tuple[str, bytes] | None]) -> None:
        if item_id != self.item_id:
            return  # the moderator moved on before the bytes arrived
        self._revealed = {mid: _image(data) for mid, data in found.items()}
        log.info("media revealed (item=%s, files=%d)", item_id, len(found))
        self._render()
        self.reveal_changed.emit(True)

    # -- rendering ----------------------------------------------------------------------------

    def _render(self) -> None:
        if self._row is None:
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self._render_header(self._row)
        self._render_hit_nav()
        self._render_context()

    def _render_header(self, row: ItemRow) -> None:
        self.badge.setText(severity_label(row.severity))
        self.badge.setStyleSheet(f"background:{SEVERITY_COLORS.get(row.severity, '#6b7280')};")
        rule = self._rule_text(row.pack_key, row.rule_id)
        self.title.setText(rule.title if rule else row.rule_id)
        self.title.setToolTip(tr("Rule %1 of the %2 guidelines").replace("%1", row.rule_id)
                              .replace("%2", row.pack_key))
        self.description.setText(rule.description if rule and rule.description else "")
        self.description.setVisible(bool(self.description.text()))
        self.facts.setText(self._facts(row))
        self._render_incident()

    def _render_incident(self) -> None:
        shown = self._incident is not None
        self.incident_button.setVisible(shown)
        if shown:
            number = f"INC-{self._incident:04d}"
            self.incident_button.setText(tr("Escalated to incident %1").replace("%1", number))
            self.incident_button.setToolTip(
                tr("Open incident %1 on the Incidents page").replace("%1", number))

    def _facts(self, row: ItemRow) -> str:
        detectors = sorted({tr(_DETECTORS.get(d, d)) for h in self._hits for d in h.detectors})
        # An escalated item says so on its own line ("Escalated to incident …").
        escalated = self._incident is not None and row.state == "escalated"
        parts = [row.chat, row.author or tr("unknown author"),
                 ntr("%n flagged message", "%n flagged messages", row.hits),
                 tr("found by %1").replace("%1", ", ".join(detectors)) if detectors else "",
                 "" if escalated else state_label(row.state)]
        if row.handled_by:
            parts.append(tr("last handled by %1").replace("%1", row.handled_by))
        if row.reason and not escalated:
            parts.append(tr("reason: %1").replace("%1", row.reason))
        return "  ·  ".join(p for p in parts if p)

    def _render_hit_nav(self) -> None:
        several = len(self._hits) > 1
        self.hit_label.setText(tr("Flagged message %1 of %2").replace(
            "%1", str(self._hit_index + 1)).replace("%2", str(len(self._hits))) if several else "")
        for widget in (self.hit_label, self.previous_hit, self.next_hit):
            widget.setVisible(several)
        self.open_button.setEnabled(bool(self._hits))

    def _render_context(self) -> None:
        document = self.browser.document()
        for media_id, image in self._revealed.items():
            if image is not None:
                document.addResource(QTextDocument.ResourceType.ImageResource,
                                     QUrl(_MEDIA_URL.format(media_id)), image)
        spans = {h.message.id: h.spans for h in self._hits}
        current = self.current_message_id() or 0
        renderer = MessageRenderer(Colors(self.palette()), self._revealed, spans, current)
        bar = self.browser.verticalScrollBar()
        scroll = bar.value()
        self.browser.setHtml(renderer.page(self._context))
        if self._keep_scroll:
            bar.setValue(scroll)
        else:
            # The hit at about a third of the height: earlier context stays in view.
            self.browser.scrollToAnchor("hit")
            bar.setValue(max(0, bar.value() - self.browser.viewport().height() // 3))
        self._keep_scroll = True

    def _on_open_button_clicked(self) -> None:
        self.request_open()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # The inbox binds Space and Enter page-wide (media, open in chat); on the
        # focused incident button they open the incident instead.
        kinds = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
        if watched is self.incident_button and event.type() in kinds and \
                event.key() in _ACTIVATE:  # type: ignore[attr-defined]
            event.accept()
            if event.type() == QEvent.Type.KeyPress:
                self.incident_button.click()
                return True
        return super().eventFilter(watched, event)

    def _on_incident_button_clicked(self) -> None:
        if self._incident is not None:
            self.open_incident.emit(self._incident)

    def request_open(self) -> None:
        """Ask for the chat to be opened at the flagged message in view."""
        message_id = self.current_message_id()
        if message_id is not None:
            self.open_message.emit(message_id)


def _image(found: tuple[str, bytes] | None) -> QImage | None:
    """A decoded, size-capped image for an image file; None for anything else."""
    if found is None or not found[0].startswith("image/"):
        return None
    image = QImage.fromData(found[1])
    if image.isNull():
        return None
    if image.width() > MAX_IMAGE or image.height() > MAX_IMAGE:
        image = image.scaled(MAX_IMAGE, MAX_IMAGE, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    return image
