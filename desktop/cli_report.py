"""`moddesk report ID`: an incident summary as a PDF, or the digest that checks one.

`--out FILE.pdf` writes the summary there and nowhere else (the PDF is not
encrypted; the command says so). `--profile` picks the redaction profile
(`moddesk.reports.redaction`): internal (default), authorities, reporter.
`--digest` prints the content digest a printed copy carries, and
`--canonical FILE` writes the bytes that digest is the SHA-256 of ("-" for
standard output), so a copy handed to a hotline or the police can be checked
against the vault later. Registered through `COMMANDS`, like
`moddesk.cli_inbox`. Needs Qt's text layout, so it starts a QGuiApplication
on the offscreen platform when there is none.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

from moddesk.cases.chain import CHAIN_PURPOSE
from moddesk.cases.errors import IncidentError
from moddesk.cli_inbox import DEFAULT_MODERATOR
from moddesk.storage import Vault, get_setting

PROFILE_CHOICES = ("internal", "authorities", "reporter")


def add_report(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register `moddesk report`."""
    from moddesk.cli import _command

    p = _command(sub, "report", "write an incident summary as a PDF (not encrypted)", _cmd_report)
    p.add_argument("incident_id", type=incident_id, metavar="ID", help="7 or INC-0007")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--out", metavar="FILE.pdf", type=Path, help="write the PDF to FILE.pdf")
    what.add_argument("--digest", action="store_true",
                      help="print the content digest a copy with this profile carries")
    what.add_argument("--canonical", metavar="FILE",
                      help="write the bytes the digest is computed from ('-': standard output)")
    p.add_argument("--profile", choices=PROFILE_CHOICES, default="internal",
                   help="internal: everything; authorities: uninvolved members pseudonymised, "
                        "contacts masked; reporter: only what concerns the reporting member")
    p.add_argument("--reporter", metavar="NAME",
                   help="with --profile reporter: whose copy, when several members reported")


COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [add_report]  # type: ignore[type-arg]


def incident_id(text: str) -> int:
    """An incident id as typed: "7" or its number "INC-0007"."""
    found = re.fullmatch(r"(?:INC-)?0*(\d+)", text.strip(), re.IGNORECASE)
    if not found:
        raise argparse.ArgumentTypeError(f"{text!r} is not an incident id (7 or INC-0007)")
    return int(found.group(1))


def _cmd_report(args: argparse.Namespace) -> int:
    from moddesk.cli import EXIT_FAIL, EXIT_OK, _fail, _open
    from moddesk.reports import RedactionRefused, ReportWriteError

    app = _gui_app()  # noqa: F841 - must outlive the layout below
    vault = _open(args)
    try:
        report = _prepared(vault, args)
    except (IncidentError, RedactionRefused) as exc:
        return _fail(str(exc), EXIT_FAIL)
    finally:
        vault.close()
    try:
        _emit(report, args)
    except (ReportWriteError, OSError) as exc:
        return _fail(str(exc), EXIT_FAIL)
    return EXIT_OK


def _prepared(vault: Vault, args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from moddesk.cases.incidents import load_summary
    from moddesk.reports import prepare

    moderator = str(get_setting(vault.db, "moderator_name") or DEFAULT_MODERATOR)
    summary = load_summary(vault.db, mac_key=vault.mac_key(CHAIN_PURPOSE),
                           incident_id=args.incident_id, moderator=moderator)
    return prepare(summary, profile=args.profile, reporter=args.reporter)


def _emit(report, args: argparse.Namespace) -> None:  # type: ignore[no-untyped-def]
    from moddesk.reports import write_pdf

    if args.digest:
        print(report.digest)
    elif args.canonical is not None:
        _write_canonical(report.canonical(), args.canonical)
    else:
        pages = write_pdf(report, args.out)
        print(f"Wrote {report.summary.number} ({report.profile} copy, {pages} pages) to {args.out}.")
        print(f"Content digest: {report.digest}")
        print("The PDF is not encrypted: keep it somewhere safe and delete it when it is no "
              "longer needed.")
        if report.missing_scripts:
            print(f"No font installed for: {', '.join(report.missing_scripts)}; that text may "
                  "show as empty boxes.", file=sys.stderr)


def _write_canonical(data: bytes, target: str) -> None:
    if target == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        Path(target).write_bytes(data)


def _gui_app():  # type: ignore[no-untyped-def]
    """The running Qt application, or a new one on the offscreen platform."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["moddesk", "-platform", "offscreen"])
