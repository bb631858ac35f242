"""Printable incident summaries: redaction profiles, layout and PDF output.

Uses QtGui's text layout and PDF writer (no widgets): a summary is rendered
from `moddesk.cases.summary.IncidentSummary`, never from the database.

    report = prepare(summary, profile="authorities")   # redact, digest, mark up
    write_pdf(report, path)                             # only `path` is written
    paint(report, printer)                              # print or preview

`prepare` redacts first (`redaction.py`), then computes the content digest of
what is left (`digest.py`), then builds the rich text from that alone. The
layout (`sections.py`, `pages.py`) never sees what the profile hides.
Nothing is written anywhere but the file asked for: the PDF writer writes
straight to it, and printing paints straight to the printer.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice, QPainter, QPdfWriter

import moddesk
from moddesk.cases.summary import IncidentSummary
from moddesk.reports.digest import canonical, content_digest
from moddesk.reports.fonts import FontPlan, installed_plan
from moddesk.reports.markup import Markup, when
from moddesk.reports.pages import Bands, PagedText, setup_a4
from moddesk.reports.redaction import PROFILES, Redacted, RedactionRefused, redact, texts
from moddesk.reports.scripts import scripts_in
from moddesk.reports.sections import document_html
from moddesk.reports.wording import PROFILE_TITLES, fill, masks, tr

__all__ = ["PROFILES", "RedactionRefused", "Report", "ReportWriteError", "canonical",
           "paint", "prepare", "write_pdf"]

PDF_DPI = 300


class ReportWriteError(OSError):
    """The PDF could not be written where asked; the message says where and what to do."""


@dataclasses.dataclass(frozen=True)
class Report:
    """A summary ready to print: redacted, its digest fixed, its text marked up."""

    redacted: Redacted
    digest: str
    html: str
    missing_scripts: tuple[str, ...]
    fonts: FontPlan

    @property
    def summary(self) -> IncidentSummary:
        """The redacted summary this copy shows."""
        return self.redacted.summary

    @property
    def profile(self) -> str:
        """internal, authorities or reporter."""
        return self.redacted.profile

    def canonical(self) -> bytes:
        """The bytes the content digest is the SHA-256 of (see `digest.py`)."""
        return canonical(self.summary, self.profile)


def prepare(summary: IncidentSummary, *, profile: str = "internal", reporter: str | None = None,
            fonts: FontPlan | None = None) -> Report:
    """Redact `summary` for `profile`, fix its digest and build its rich text.

    Needs a QGuiApplication (fonts). Raises `RedactionRefused` when the
    profile cannot apply (a reporter's copy of an incident without one).
    """
    fonts = fonts or installed_plan()
    redacted = redact(summary, profile, reporter=reporter)
    digest = content_digest(redacted.summary, profile)
    # The same redaction in the reader's words; the digest keeps the fixed tokens
    # and the rule titles as the pack writes them.
    shown = redact(summary.as_printed(), profile, reporter=reporter, masks=masks())
    missing = tuple(fonts.missing(scripts_in(texts(shown.summary))))
    html = document_html(shown, Markup(fonts), digest=digest, missing=list(missing),
                         version=moddesk.__version__)
    return Report(redacted, digest, html, missing, fonts)


def paint(report: Report, device: QPagedPaintDevice) -> int:
    """Lay out and paint every page on `device` (a printer or PDF writer); the page count."""
    text = PagedText(report.html, report.fonts, device)
    painter = QPainter()
    if not painter.begin(device):
        raise ReportWriteError(tr("The printer or file could not be opened."))
    try:
        text.paint(painter, device, bands(report))
    finally:
        painter.end()
    return text.page_count()


def write_pdf(report: Report, path: Path) -> int:
    """Write the summary as a PDF to `path` and nowhere else; the page count."""
    if not path.parent.is_dir() or not os.access(path.parent, os.W_OK):
        raise ReportWriteError(_cannot_write(path))
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setCreator(f"ModDesk {moddesk.__version__}")
    writer.setTitle(fill(tr("%1 incident summary"), report.summary.number))
    setup_a4(writer)
    try:
        return paint(report, writer)
    except ReportWriteError as exc:
        raise ReportWriteError(_cannot_write(path)) from exc


def _cannot_write(path: Path) -> str:
    return fill(tr("Could not write %1. Check that the folder exists and that you may write "
                   "there."), str(path))


def bands(report: Report) -> Bands:
    """Header and footer texts: incident number, "Confidential", copy and page."""
    s = report.summary
    return Bands(
        header_left=fill(tr("%1 · Incident summary"), s.number),
        header_right=tr("Confidential"),
        footer_left=fill(tr("%1 · generated %2 by %3"), tr(PROFILE_TITLES[report.profile]),
                         when(s.generated_at), s.moderator),
        footer_right=tr("Page {page} of {pages}"),
    )
