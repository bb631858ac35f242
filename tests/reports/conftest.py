"""A rich, multilingual incident summary to print, and reading PDFs back as text.

The sample is a parents' support group where photos of a child were posted
without consent. It mixes German (diacritics), Hindi (Devanagari), Arabic
(right to left), Ukrainian (Cyrillic) and emoji, names members who are not
involved (Jonas Weber, Fatima Zahra, Dmitri Ivanov), and carries phone
numbers and e-mail addresses, so every profile has something to hide.
PDFs are read back with `pdftotext` only: Qt stores text as glyph numbers,
so grepping PDF bytes would find nothing and prove nothing.
"""

from __future__ import annotations

import dataclasses
import hashlib
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from moddesk.cases.summary import (
    ChainCheck,
    Evidence,
    IncidentSummary,
    Note,
    Person,
    SnapshotMessage,
    SourceExport,
    TimelineEntry,
)

PRIYA, KARL, AMIRA, OLENA = "Priya Sharma", "Karl Müller", "Amira Haddad", "Olena Kovalenko"
JONAS, FATIMA, DMITRI = "Jonas Weber", "Fatima Zahra", "Dmitri Ivanov"
MODERATOR = "Sam Moderator"
PHONE = "+49 30 1234567"
EMAIL = "jonas.weber@example.org"
HINDI = "कृपया मेरी बेटी की तस्वीरें साझा न करें।"
ARABIC = "من فضلك احذف صور أطفالي، السلام عليكم"
UKRAINIAN = "Будь ласка, не публікуйте фото дітей."
GROUP, GROUP_FILE = "Eltern Netzwerk Nord", "WhatsApp Chat with Eltern Netzwerk Nord.txt"
GROUP2, GROUP2_FILE = "Familien Treff", "WhatsApp Chat with Familien Treff.zip"


def sha(text: str) -> str:
    """A stand-in SHA-256 for fixed sample content."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def msg(ts: str, author: str | None, text: str | None, *, kind: str = "text",
        evidence: bool = False, attachment: str | None = None) -> SnapshotMessage:
    """One snapshot message (times are the export's wall time)."""
    return SnapshotMessage(ts=f"2026-03-12T{ts}:00", author=author, kind=kind, text=text,
                           attachment=attachment, is_evidence=evidence)


def _photos() -> Evidence:
    return Evidence(
        entry_seq=6, chat=GROUP, source_name=GROUP_FILE, export_sha256=sha("export-1"), line=418,
        snapshot_sha256=sha("snap-1"), added_at="2026-03-12T22:05:00", added_by=MODERATOR,
        messages=(
            msg("20:58", JONAS, "Wer bringt am Samstag Kuchen mit? 🎂"),
            msg("21:01", PRIYA, "मैं ला सकती हूँ 😊"),
            msg("21:03", None, f"{JONAS} hat {KARL} hinzugefügt", kind="system"),
            msg("21:10", KARL, None, kind="media", attachment="IMG-20260312-WA0007.jpg"),
            msg("21:11", KARL, f"Hier die Fotos vom Spielplatz, Lenas Schule ist gleich "
                               f"gegenüber. Ruft mich an: {PHONE}", evidence=True),
            msg("21:13", PRIYA, HINDI),
            msg("21:14", AMIRA, ARABIC),
            msg("21:16", JONAS, f"Karl, bitte lösch das. Schreib mir an {EMAIL}, Jonas"),
            msg("21:20", KARL, "Ist doch nur ein Foto 🙄"),
        ))


def _arabic() -> Evidence:
    return Evidence(
        entry_seq=7, chat=GROUP, source_name=GROUP_FILE, export_sha256=sha("export-1"), line=431,
        snapshot_sha256=sha("snap-2"), added_at="2026-03-12T22:07:00", added_by=MODERATOR,
        messages=(
            msg("21:25", FATIMA, "Ich habe es auch gesehen 😡 und gemeldet"),
            msg("21:27", AMIRA, ARABIC + " 🙏", evidence=True),
            msg("21:30", FATIMA, "Amira, ruf mich an: 0151 2345 6789"),
        ))


def _ukrainian() -> Evidence:
    return Evidence(
        entry_seq=8, chat=GROUP2, source_name=GROUP2_FILE, export_sha256=sha("export-2"), line=77,
        snapshot_sha256=sha("snap-3"), added_at="2026-03-13T09:12:00", added_by=MODERATOR,
        messages=(
            msg("08:40", DMITRI, "Доброе утро всем ☀️"),
            msg("08:41", OLENA, f"{UKRAINIAN} Дмитрий, {DMITRI} видел это тоже.", evidence=True),
            msg("08:45", DMITRI, "Да, я видел."),
        ))


def _timeline() -> tuple[TimelineEntry, ...]:
    def entry(seq: int, at: str, kind: str, **detail: str) -> TimelineEntry:
        return TimelineEntry(seq=seq, at=at, by=MODERATOR, kind=kind, detail=detail)
    return (
        entry(1, "2026-03-12T22:01:00", "created", title="Kinderfotos ohne Zustimmung geteilt",
              severity="high", category="Privacy: photos of children", status="open"),
        entry(2, "2026-03-12T22:02:00", "person", action="added", name=PRIYA, role="reporter"),
        entry(3, "2026-03-12T22:02:30", "person", action="added", name=KARL, role="subject"),
        entry(4, "2026-03-12T22:03:00", "person", action="added", name=AMIRA, role="affected"),
        entry(5, "2026-03-12T22:03:30", "person", action="added", name=OLENA, role="witness"),
        entry(6, "2026-03-12T22:05:00", "evidence", evidence="1", chat=GROUP, source=GROUP_FILE,
              line="418", sha256=sha("snap-1")),
        entry(7, "2026-03-12T22:07:00", "evidence", evidence="2", chat=GROUP, source=GROUP_FILE,
              line="431", sha256=sha("snap-2")),
        entry(8, "2026-03-13T09:12:00", "evidence", evidence="3", chat=GROUP2, source=GROUP2_FILE,
              line="77", sha256=sha("snap-3")),
        entry(9, "2026-03-13T09:20:00", "note", note="1", version="1", sha256=sha("note-1")),
        entry(10, "2026-03-13T09:40:00", "field", field="severity", **{"from": "high", "to": "urgent"}),
        entry(11, "2026-03-13T09:41:00", "status", **{"from": "open", "to": "escalated"}),
        entry(12, "2026-03-13T10:02:00", "template", template="Please don't share children's photos",
              language="de"),
        entry(13, "2026-03-13T11:30:00", "referral", to="Beratungsstelle Kinderschutz (Beispiel)",
              how=f"phone, asked {JONAS} to confirm the time"),
        entry(14, "2026-03-13T11:45:00", "note_edit", note="1", version="3", sha256=sha("note-1c")),
        entry(15, "2026-03-13T12:00:00", "triage", item="42", action="move",
              **{"from": "new", "to": "dismissed", "reason": "duplicate of this incident"}),
    )


def make_summary(**changes: object) -> IncidentSummary:
    """The sample summary, with any fields replaced."""
    summary = IncidentSummary(
        incident_id=7, number="INC-0007", title="Kinderfotos ohne Zustimmung geteilt",
        category="Privacy: photos of children", severity="urgent", status="escalated",
        created_at="2026-03-12T22:01:00", created_by=MODERATOR, follow_up="2026-03-20",
        tags=("Kinderschutz", "Fotos"),
        people=(Person(PRIYA, "reporter"), Person(KARL, "subject"), Person(AMIRA, "affected"),
                Person(OLENA, "witness")),
        timeline=_timeline(), evidence=(_photos(), _arabic(), _ukrainian()),
        notes=(
            Note(note_id=1, text=f"{JONAS} saw the post first and asked Karl to delete it. "
                                 f"Jonas can be reached at {EMAIL} or {PHONE}.",
                 at="2026-03-13T11:45:00", by=MODERATOR, versions=3, first_at="2026-03-13T09:20:00"),
            Note(note_id=2, text="Amira bittet darum, nicht direkt kontaktiert zu werden. "
                                 "Gespräch nur über Priya.",
                 at="2026-03-13T12:10:00", by="Ana Moderadora"),
        ),
        sources=(SourceExport(sha("export-1"), GROUP_FILE, GROUP),
                 SourceExport(sha("export-2"), GROUP2_FILE, GROUP2)),
        chain=ChainCheck(ok=True, entries=15),
        generated_at="2026-03-14T09:00:00", moderator=MODERATOR,
    )
    return dataclasses.replace(summary, **changes)  # type: ignore[arg-type]


@pytest.fixture
def summary() -> IncidentSummary:
    """The multilingual sample incident."""
    return make_summary()


def pdf_text(path: Path, *, first_page: int | None = None, last_page: int | None = None) -> str:
    """The PDF's text as `pdftotext` reads it, NFC-normalised."""
    args = ["pdftotext", "-enc", "UTF-8"]
    if first_page:
        args += ["-f", str(first_page)]
    if last_page:
        args += ["-l", str(last_page)]
    out = subprocess.run([*args, str(path), "-"], check=True, capture_output=True).stdout
    return unicodedata.normalize("NFC", out.decode("utf-8"))


def flat(text: str) -> str:
    """Text with bidi marks dropped and all whitespace as single spaces, for phrase search."""
    visible = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return " ".join(visible.split())


@pytest.fixture(autouse=True)
def _needs_pdftotext() -> None:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is missing: install poppler-utils (.ci/run does)")
