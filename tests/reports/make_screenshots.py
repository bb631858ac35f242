"""By hand: print the sample summary in every profile and save each page as PNG.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.reports.make_screenshots [OUT]

Writes OUT/<profile>.pdf and OUT/<profile>-<page>.png (pdftoppm, 60 dpi) for
internal, authorities and reporter, plus a copy whose chain check failed and
one made as if no Devanagari font were installed, and the print dialog and
its preview. OUT defaults to /tmp/shots/reports. Look at every page.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from moddesk.cases.summary import ChainCheck
from moddesk.reports import prepare, write_pdf
from moddesk.reports.fonts import installed_plan
from moddesk.ui.report_dialog import ReportDialog
from tests.helpers.screens import pump, save
from tests.reports.conftest import make_summary


def pages(out: Path, name: str, report) -> None:  # type: ignore[no-untyped-def]
    """Write `name`.pdf and one PNG per page."""
    pdf = out / f"{name}.pdf"
    count = write_pdf(report, pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(out / name)], check=True)
    print(f"{pdf}: {count} pages")


def main(out: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv)  # noqa: F841
    out.mkdir(parents=True, exist_ok=True)
    for profile in ("internal", "authorities", "reporter"):
        pages(out, profile, prepare(make_summary(), profile=profile))
    broken = make_summary(chain=ChainCheck(ok=False, entries=15, problems=(
        "Entry 4 was altered.", "Entry 9 is missing.")))
    pages(out, "failed-chain", prepare(broken, profile="authorities"))
    pages(out, "no-devanagari-font",
          prepare(make_summary(), fonts=installed_plan().without("devanagari")))
    dialog = ReportDialog(make_summary())
    dialog.profile.setCurrentIndex(dialog.profile.findData("authorities"))
    dialog.show()
    save(dialog, out, "dialog")
    dialog.show_preview()
    assert dialog.preview is not None
    dialog.preview.resize(900, 1000)
    pump(seconds=1.0)
    save(dialog.preview, out, "preview")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/shots/reports"))
