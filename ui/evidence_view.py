"""An incident's evidence: each linked message with its context and where it came from.

Each snapshot is shown as a short stretch of the chat (up to five messages
either side), the evidence message itself marked with a bar and a tint,
followed by its provenance: the chat, the export's file name, the line in
that export, and the SHA-256 of the export and of the snapshot, in full, so
they can be compared with a printed summary. Snapshots hold no media bytes;
a photo or file stays a labelled placeholder and is never shown by itself.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QTextBrowser, QWidget

from moddesk.cases.summary import Evidence, SnapshotMessage
from moddesk.ui.incident_text import fill, tr, when_text

ACCENT, TINT = "#2f6f73", "rgba(47, 111, 115, 0.13)"
KIND_TEXTS = {"deleted": QT_TRANSLATE_NOOP("Incidents", "This message was deleted"),
              "poll": QT_TRANSLATE_NOOP("Incidents", "Poll"),
              "location": QT_TRANSLATE_NOOP("Incidents", "Location"),
              "contact": QT_TRANSLATE_NOOP("Incidents", "Contact card")}


class EvidenceView(QTextBrowser):
    """A read-only list of evidence snapshots with provenance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidence_view")
        self.setOpenLinks(False)
        self.setAccessibleName(tr("Evidence"))

    def show_evidence(self, evidence: tuple[Evidence, ...]) -> None:
        """Render every snapshot, in the order they were linked."""
        if not evidence:
            empty = tr("No evidence yet. Link messages from the chat view or search: "
                       "right-click a message, Add to incident…")
            self.setHtml(f"<p style='color:gray'>{html.escape(empty)}</p>")
            return
        self.setHtml("".join(self._snapshot(n, e) for n, e in enumerate(evidence, 1)))

    def clear_all(self) -> None:
        """Forget what is shown (on lock)."""
        self.clear()
        self.document().clear()

    def _snapshot(self, number: int, item: Evidence) -> str:
        heading = fill(tr("Evidence %1 · added %2 by %3"), number, when_text(item.added_at),
                       item.added_by)
        rows = "".join(self._message(m) for m in item.messages)
        return (f"<h4 style='margin-top:14px; margin-bottom:4px'>{html.escape(heading)}</h4>"
                f"<table width='100%' cellspacing='0' cellpadding='0'>{rows}</table>"
                f"{self._provenance(item)}")

    def _message(self, msg: SnapshotMessage) -> str:
        author = html.escape(msg.author) if msg.author else html.escape(tr("System message"))
        meta = (f"<span style='color:gray'>{html.escape(when_text(msg.ts))}</span> · "
                f"<b>{author}</b>")
        if msg.is_evidence:
            marker = html.escape(tr("Evidence message"))
            meta += f" · <b style='color:{ACCENT}'>{marker}</b>"
        body = f"<div>{meta}</div><div>{self._body(msg)}</div>"
        if msg.is_evidence:
            return (f"<tr><td width='4' bgcolor='{ACCENT}'></td>"
                    f"<td style='background:{TINT}; padding:7px 10px;'>{body}</td></tr>")
        return f"<tr><td width='4'></td><td style='padding:3px 10px 3px 14px;'>{body}</td></tr>"

    @staticmethod
    def _body(msg: SnapshotMessage) -> str:
        parts = []
        if msg.kind == "media" or msg.attachment:
            name = msg.attachment or tr("a file")
            text = fill(tr("Media: %1 (not stored with the evidence, never shown by itself)"),
                        name)
            parts.append(f"<i style='color:gray'>[{html.escape(text)}]</i>")
        if msg.kind in KIND_TEXTS and not msg.text:
            parts.append(f"<i>{html.escape(tr(KIND_TEXTS[msg.kind]))}</i>")
        if msg.text:
            parts.append(html.escape(msg.text).replace("\n", "<br>"))
        return "<br>".join(parts)

    @staticmethod
    def _provenance(item: Evidence) -> str:
        lines = [
            fill(tr("From “%1”, export file “%2”, line %3."), item.chat, item.source_name,
                 item.line),
            fill(tr("Export SHA-256: %1"), item.export_sha256),
            fill(tr("Snapshot SHA-256: %1"), item.snapshot_sha256),
        ]
        cells = "<br>".join(html.escape(line) for line in lines)
        return (f"<p style='color:gray; font-size:small; margin-top:4px; margin-bottom:10px'>"
                f"{cells}</p>")
