"""The printed summary as a reader gets it: the PDF's text, read with pdftotext."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from moddesk.cases.summary import ChainCheck
from moddesk.reports import prepare, write_pdf
from moddesk.reports.digest import grouped
from moddesk.reports.fonts import installed_plan
from tests.reports.conftest import (
    AMIRA,
    ARABIC,
    DMITRI,
    EMAIL,
    FATIMA,
    HINDI,
    JONAS,
    KARL,
    OLENA,
    PHONE,
    PRIYA,
    UKRAINIAN,
    flat,
    make_summary,
    pdf_text,
)


@pytest.fixture(scope="module")
def printed(qapp, tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, str]]:  # type: ignore[no-untyped-def]
    """Each profile of the sample, written once: (path, flattened text)."""
    folder = tmp_path_factory.mktemp("printed")
    out = {}
    for profile in ("internal", "authorities", "reporter"):
        path = folder / f"{profile}.pdf"
        write_pdf(prepare(make_summary(), profile=profile), path)
        out[profile] = (path, flat(pdf_text(path)))
    return out


def test_internal_copy_shows_everything(printed: dict[str, tuple[Path, str]]) -> None:
    text = printed["internal"][1]
    for shown in (JONAS, FATIMA, DMITRI, KARL, PHONE, EMAIL, "Earlier versions are kept",
                  "Gespräch nur über Priya", "Urgent", "Kinderschutz, Fotos"):
        assert shown in text


def test_timeline_steps_read_as_on_screen(printed: dict[str, tuple[Path, str]]) -> None:
    text = printed["internal"][1]
    for sentence in ("Reply “Please don't share children's photos” copied, in Deutsch.",
                     "Inbox item 42 moved from new to dismissed. Reason: duplicate of this incident.",
                     "Note 1 edited: version 3 written, earlier versions kept.",
                     "Severity changed from “High” to “Urgent”."):
        assert sentence in text


def test_devanagari_arabic_and_cyrillic_evidence_read_back_exactly(
        printed: dict[str, tuple[Path, str]]) -> None:
    # Qt alone loses conjuncts and lam-alef ("त वीर", "الس م"); the text layer keeps them.
    text = printed["internal"][1]
    assert HINDI in text
    # pdftotext orders right-to-left runs by the page's main direction (Latin
    # here), so it emits the two halves of the Arabic sentence around the
    # comma in visual order; each half comes back letter for letter.
    first, second = ARABIC.split("، ")
    assert first in text and second in text and "،" in text
    assert UKRAINIAN in text
    assert "Müller" in text and "hinzugefügt" in text


def test_authorities_copy_hides_uninvolved_members_and_contacts(
        printed: dict[str, tuple[Path, str]]) -> None:
    text = printed["authorities"][1]
    for hidden in (JONAS, "Jonas", FATIMA, DMITRI, PHONE, "0151 2345 6789", EMAIL, "example.org"):
        assert hidden not in text
    for shown in (PRIYA, KARL, AMIRA, OLENA, "Member A", "Member B", "Member C",
                  "[phone number removed]", "[e-mail removed]", "Gespräch nur über Priya"):
        assert shown in text


def test_reporter_copy_shows_only_the_reporter(printed: dict[str, tuple[Path, str]]) -> None:
    text = printed["reporter"][1]
    for hidden in (KARL, "Karl", AMIRA, OLENA, JONAS, FATIMA, DMITRI, PHONE, EMAIL,
                   "Gespräch nur über", "saw the post first", "Urgent", "Kinderschutz, Fotos",
                   UKRAINIAN, "copied, in Deutsch"):
        assert hidden not in text
    assert PRIYA in text and HINDI in text
    # The front matter says what this copy leaves out.
    assert "only what concerns Priya Sharma" in text and "internal notes" in text


def test_every_page_has_number_confidential_and_page_of(printed: dict[str, tuple[Path, str]]) -> None:
    path = printed["authorities"][0]
    pages = int(re.findall(r"Page \d+ of (\d+)", printed["authorities"][1])[0])
    assert pages >= 3
    for page in range(1, pages + 1):
        text = flat(pdf_text(path, first_page=page, last_page=page))
        assert "INC-0007" in text and "Confidential" in text
        assert f"Page {page} of {pages}" in text


def test_integrity_appendix_lists_hashes_and_the_content_digest(
        printed: dict[str, tuple[Path, str]]) -> None:
    text = printed["internal"][1]
    summary = make_summary()
    for e in summary.evidence:
        assert grouped(e.snapshot_sha256) in text
    for s in summary.sources:
        assert grouped(s.sha256) in text
    digest = prepare(summary, profile="internal").digest
    assert grouped(digest) in text
    assert "all 15 entries of the incident log are intact" in text
    assert "moddesk report 7 --profile internal --digest" in text


def test_failed_chain_is_shown_on_page_one(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    broken = make_summary(chain=ChainCheck(ok=False, entries=15,
                                           problems=("Entry 4 was altered.", "Entry 9 is missing.")))
    path = tmp_path / "broken.pdf"
    write_pdf(prepare(broken, profile="authorities"), path)
    first = flat(pdf_text(path, first_page=1, last_page=1))
    assert "the incident log failed its check" in first
    assert "Entry 4 was altered." in first and "Entry 9 is missing." in first
    ok_first = flat(pdf_text(_written(tmp_path / "ok.pdf"), first_page=1, last_page=1))
    assert "failed its check" not in ok_first


def test_a_missing_font_still_renders_and_names_the_script(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = prepare(make_summary(), profile="internal", fonts=installed_plan().without("devanagari"))
    assert report.missing_scripts == ("Devanagari",)
    path = tmp_path / "nofont.pdf"
    assert write_pdf(report, path) >= 3
    first = flat(pdf_text(path, first_page=1, last_page=1))
    assert "no font for Devanagari is installed" in first
    assert "no font for" not in flat(pdf_text(_written(tmp_path / "ok.pdf"), first_page=1, last_page=1))


def test_message_text_cannot_inject_markup(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    summary = make_summary()
    first = summary.evidence[0]
    sneaky = dataclasses.replace(first.messages[0], text="<b>bold</b> &amp; <img src='x'> %2")
    summary = dataclasses.replace(summary, evidence=(
        dataclasses.replace(first, messages=(sneaky, *first.messages[1:])),))
    path = tmp_path / "sneaky.pdf"
    write_pdf(prepare(summary), path)
    assert "<b>bold</b> &amp; <img src='x'> %2" in flat(pdf_text(path))


def _written(path: Path) -> Path:
    write_pdf(prepare(make_summary(), profile="authorities"), path)
    return path
