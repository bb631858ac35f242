"""Printable incident summaries: layout, redaction profiles and PDF output.

Uses QtGui's text layout and PDF writer (no widgets): a summary is rendered
from `moddesk.cases.summary.IncidentSummary`, never from the database directly.
"""
