"""Writing a PDF leaves no other copy: nothing in the temp folder, only the chosen file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDir

from moddesk.reports import ReportWriteError, prepare, write_pdf
from tests.reports.conftest import flat, make_summary, pdf_text


@pytest.fixture
def empty_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """TMPDIR (and so QDir.tempPath and Python's tempfile) pointed at an empty folder."""
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    assert Path(QDir.tempPath()) == temp
    return temp


def test_export_writes_only_the_chosen_file(qapp, tmp_path: Path, empty_temp: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    out.mkdir()
    target = out / "INC-0007 für Polizei.pdf"
    pages = write_pdf(prepare(make_summary(), profile="authorities"), target)
    assert pages >= 3
    assert [p.name for p in out.iterdir()] == [target.name]
    assert list(empty_temp.iterdir()) == []
    assert "INC-0007" in flat(pdf_text(target))


def test_an_unwritable_place_is_a_plain_error(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "no such folder" / "x.pdf"
    with pytest.raises(ReportWriteError, match="Could not write .*x.pdf"):
        write_pdf(prepare(make_summary()), target)
    assert not target.parent.exists()
