"""The one timeline of an incident: every recorded step, oldest first, in plain sentences.

Creation, field and status changes, people, evidence, notes and their
edits, templates used, referrals and the inbox's triage steps all come
from the same sealed log, so they are shown together here. Each row
carries the entry's number, because a failed chain check names entries by
number ("Entry 4 was altered.").
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser, QWidget

from moddesk.cases.summary import TimelineEntry
from moddesk.reports.wording import Describer
from moddesk.ui.incident_text import tr, when_text

KIND_COLORS = {"created": "#2f6f73", "status": "#2f6f73", "note": "#5b5b9a",
               "note_edit": "#5b5b9a", "evidence": "#8a6d1b", "template": "#4a7a3c",
               "referral": "#b86e00", "triage": "#6b7280"}


class IncidentTimeline(QTextBrowser):
    """A read-only list of timeline entries."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incident_timeline")
        self.setOpenLinks(False)
        self.setAccessibleName(tr("Timeline"))
        self.sentences: list[str] = []

    def show_entries(self, entries: tuple[TimelineEntry, ...], describer: Describer) -> None:
        """Word and show every entry."""
        self.sentences = [describer.describe(e) for e in entries]
        rows = "".join(self._row(e, s) for e, s in zip(entries, self.sentences, strict=True))
        self.setHtml(f"<table width='100%' cellspacing='0' cellpadding='4'>{rows}</table>")

    def clear_all(self) -> None:
        """Forget what is shown (on lock)."""
        self.sentences = []
        self.clear()
        self.document().clear()

    @staticmethod
    def _row(entry: TimelineEntry, sentence: str) -> str:
        color = KIND_COLORS.get(entry.kind, "#6b7280")
        meta = f"{when_text(entry.at)} · {entry.by}"
        return (f"<tr><td width='34' align='right' style='color:gray'>{entry.seq}</td>"
                f"<td width='4' bgcolor='{color}'></td>"
                f"<td style='padding-left:8px'>{html.escape(sentence)}<br>"
                f"<span style='color:gray; font-size:small'>{html.escape(meta)}</span></td></tr>")
