"""`moddesk incident new|note|list|show|verify`: the incident log from a terminal.

Writes go through the same `moddesk.cases` facade as the app, so every
change is a sealed timeline entry signed with the vault's moderator name.
`new` prints only the new incident's id (for scripts); `list --json` prints
one JSON object per line; `verify` checks every incident's chain and exits 1
with one plain line per problem when any fails. Registered through
`COMMANDS`, like `moddesk.cli_inbox`.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator

from moddesk.cases import incidents
from moddesk.cases.categories import find_rules
from moddesk.cases.chain import CHAIN_PURPOSE
from moddesk.cases.detail import IncidentDetail, incident_detail
from moddesk.cases.stamps import SEVERITIES
from moddesk.cases.summary import STATUSES, ChainCheck, Evidence
from moddesk.cli_inbox import DEFAULT_MODERATOR
from moddesk.storage import Vault, case_queries, get_setting
from moddesk.triage.vault_scan import ensure_builtin_packs

_TABLE = "{number:<9}  {status:<10}  {severity:<7}  {follow_up:<10}  {notes:>5}  {evidence:>8}  {title}"


def add_incident(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register `moddesk incident` and its actions."""
    from moddesk.cli import _add_common

    p = sub.add_parser("incident", help="open, note, list, show and check incidents",
                       description="The incident log: tamper-evident case notes.")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    for add in (_add_new, _add_note, _add_list, _add_show, _add_verify):
        _add_common(add(actions), in_subcommand=True)
    _add_common(p, in_subcommand=True)


def _action(actions: argparse._SubParsersAction, name: str, help_text: str,  # type: ignore[type-arg]
            handler: Callable[[argparse.Namespace], int]) -> argparse.ArgumentParser:
    p = actions.add_parser(name, help=help_text, description=help_text)
    p.set_defaults(handler=handler)
    return p


def _add_new(actions: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    p = _action(actions, "new", "open an incident and print its id", _cmd_new)
    p.add_argument("--title", required=True, help="a short, factual title")
    p.add_argument("--category", metavar="RULE",
                   help="the guideline rule: its id, its title, or PACK:RULE")
    p.add_argument("--severity", choices=SEVERITIES, default="normal")
    p.add_argument("--evidence", metavar="MESSAGE_ID", type=int, nargs="+", default=[],
                   help="messages to keep as evidence (ids from `moddesk search --json`)")
    return p


def _add_note(actions: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    p = _action(actions, "note", "add a note to an incident", _cmd_note)
    p.add_argument("incident_id", type=int, metavar="ID")
    p.add_argument("text", metavar="TEXT")
    return p


def _add_list(actions: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    p = _action(actions, "list", "list incidents, open ones first", _cmd_list)
    p.add_argument("--status", choices=["open", *STATUSES],
                   help="only this status (open = every status but closed)")
    p.add_argument("--search", metavar="WORDS", help="only incidents whose title or notes match")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    return p


def _add_show(actions: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    p = _action(actions, "show", "show one incident with notes, evidence and timeline", _cmd_show)
    p.add_argument("incident_id", type=int, metavar="ID")
    return p


def _add_verify(actions: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    return _action(actions, "verify", "check every incident's tamper-evident timeline", _cmd_verify)


COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [add_incident]  # type: ignore[type-arg]


def _writer(vault: Vault) -> dict[str, object]:
    moderator = str(get_setting(vault.db, "moderator_name") or DEFAULT_MODERATOR)
    return {"mac_key": vault.mac_key(CHAIN_PURPOSE), "moderator": moderator}


def _cmd_new(args: argparse.Namespace) -> int:
    from moddesk.cli import EXIT_OK, EXIT_USAGE, _fail, _open

    vault = _open(args)
    try:
        category = None
        if args.category:
            ensure_builtin_packs(vault.db)
            found = find_rules(vault.db, args.category)
            if len(found) != 1:
                return _fail(_category_problem(args.category, found), EXIT_USAGE)
            category = (found[0].pack_key, found[0].rule_id)
        incident_id, _ = incidents.create_incident(
            vault.db, **_writer(vault), title=args.title, category=category,  # type: ignore[arg-type]
            severity=args.severity, message_ids=args.evidence)
    finally:
        vault.close()
    print(incident_id)
    return EXIT_OK


def _category_problem(wanted: str, found: list) -> str:  # type: ignore[type-arg]
    if not found:
        return f"no guideline rule called {wanted!r}; `moddesk rules list` shows them"
    names = ", ".join(f"{c.pack_key}:{c.rule_id}" for c in found)
    return f"{wanted!r} names several rules ({names}); give one as PACK:RULE"


def _cmd_note(args: argparse.Namespace) -> int:
    from moddesk.cli import EXIT_OK, _open

    vault = _open(args)
    try:
        note_id, _ = incidents.add_note(vault.db, **_writer(vault),  # type: ignore[arg-type]
                                        incident_id=args.incident_id, text=args.text)
    finally:
        vault.close()
    print(f"Note {note_id} added to {incidents.incident_number(args.incident_id)}.")
    return EXIT_OK


def _cmd_list(args: argparse.Namespace) -> int:
    from moddesk.cli import EXIT_OK, _open

    vault = _open(args)
    try:
        rows = case_queries.list_incidents(vault.db, status=args.status, text=args.search)
    finally:
        vault.close()
    for line in (_json_lines if args.json else _table_lines)(rows):
        print(line)
    return EXIT_OK


def _json_lines(rows: list[case_queries.IncidentRow]) -> Iterator[str]:
    for row in rows:
        record = {"id": row.id, "number": row.number, "title": row.title,
                  "category": row.category, "rule": row.rule_id, "pack": row.pack_key,
                  "severity": row.severity, "status": row.status, "follow_up": row.follow_up,
                  "tags": list(row.tags), "created_at": row.created_at,
                  "created_by": row.created_by, "notes": row.notes, "evidence": row.evidence}
        yield json.dumps(record, ensure_ascii=False)


def _table_lines(rows: list[case_queries.IncidentRow]) -> Iterator[str]:
    if not rows:
        yield "No incidents here."
        return
    yield _TABLE.format(number="ID", status="STATUS", severity="LEVEL", follow_up="FOLLOW-UP",
                        notes="NOTES", evidence="EVIDENCE", title="TITLE")
    for r in rows:
        yield _TABLE.format(number=r.number, status=r.status, severity=r.severity,
                            follow_up=r.follow_up or "", notes=r.notes, evidence=r.evidence,
                            title=r.title)


def _cmd_show(args: argparse.Namespace) -> int:
    from moddesk.cli import EXIT_OK, _open

    vault = _open(args)
    try:
        detail = incident_detail(vault.db, args.incident_id)
        check = incidents.verify_chain(vault.db, mac_key=vault.mac_key(CHAIN_PURPOSE),
                                       incident_id=args.incident_id)
    finally:
        vault.close()
    for line in _show_lines(detail, check):
        print(line)
    return EXIT_OK


def _show_lines(d: IncidentDetail, check: ChainCheck) -> Iterator[str]:
    i = d.incident
    yield f"{i.number}  {i.title}"
    yield f"Status: {i.status}    Severity: {i.severity}    Category: {i.category or '-'}"
    yield f"Opened {_when(i.created_at)} by {i.created_by}    Follow-up: {i.follow_up or '-'}"
    if i.tags:
        yield "Tags: " + ", ".join(i.tags)
    yield from _section("People", [f"{p.name} ({p.role})" for p in d.people])
    yield from _section("Notes", [
        f"[{n.note_id}] {_when(n.current.at)} {n.current.by}"
        + (f" (edited; {len(n.versions)} versions)" if len(n.versions) > 1 else "")
        + f": {n.current.text}" for n in d.notes])
    yield from _section("Evidence", [line for e in d.evidence for line in _evidence_lines(e)])
    yield from _section("Timeline", [f"{t.seq:>3}  {_when(t.at)}  {t.by}  {t.kind}  "
                                     + ", ".join(f"{k}={v}" for k, v in sorted(t.detail.items()))
                                     for t in d.timeline])
    yield ""
    yield from _check_lines(i.number, check)


def _section(title: str, lines: list[str]) -> Iterator[str]:
    yield ""
    yield f"{title}:" if lines else f"{title}: none"
    for line in lines:
        yield f"  {line}"


def _evidence_lines(e: Evidence) -> Iterator[str]:
    yield f"{e.chat}, {e.source_name} line {e.line} (export {e.export_sha256[:16]}, " \
          f"snapshot {e.snapshot_sha256[:16]})"
    for m in e.messages:
        mark = ">" if m.is_evidence else " "
        yield f"  {mark} {_when(m.ts)}  {m.author or '-'}: {m.text or m.attachment or m.kind}"


def _when(iso: str) -> str:
    return iso.replace("T", " ")[:16]


def _check_lines(number: str, check: ChainCheck) -> Iterator[str]:
    if check.ok:
        entries = "1 entry" if check.entries == 1 else f"{check.entries} entries"
        yield f"{number}: timeline intact ({entries})."
        return
    for problem in check.problems:
        yield f"{number}: {problem}"


def _cmd_verify(args: argparse.Namespace) -> int:
    from moddesk.cli import EXIT_FAIL, EXIT_OK, _open

    vault = _open(args)
    try:
        checks = incidents.verify_all(vault.db, mac_key=vault.mac_key(CHAIN_PURPOSE))
    finally:
        vault.close()
    if not checks:
        print("No incidents yet.")
    for incident_id, check in checks.items():
        for line in _check_lines(incidents.incident_number(incident_id), check):
            print(line)
    return EXIT_OK if all(c.ok for c in checks.values()) else EXIT_FAIL

