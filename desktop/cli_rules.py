"""`moddesk rules list|export|import`: the community's guideline packs from a terminal.

Packs live in the vault as the TOML text a moderator can read; `export`
writes that text to a file to edit or share, and `import` checks a file and
stores it as the pack's next version (older versions stay), then runs the
changed rules over the history of every chat that uses the pack, so the
inbox reflects them. The domain steps live in `moddesk.triage.pack_import`,
shared with the Guidelines page.
Registered through `COMMANDS`, like `moddesk.cli_inbox`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from moddesk.storage import get_setting
from moddesk.triage import PackError, pack_import
from moddesk.triage.vault_scan import ensure_builtin_packs


def add_rules(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register `moddesk rules` and its three actions."""
    from moddesk.cli import _command

    p = _command(sub, "rules", "list, export or import the guideline packs", _cmd_rules)
    p.add_argument("action", choices=("list", "export", "import"))
    p.add_argument("file", nargs="?", type=Path, metavar="FILE",
                   help="the pack file to write (export) or read (import)")
    p.add_argument("--pack", metavar="ID", help="which pack to export (see `rules list`)")
    p.add_argument("--json", action="store_true", help="list: one JSON object per pack")


COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [add_rules]  # type: ignore[type-arg]


def _cmd_rules(args: argparse.Namespace) -> int:
    from moddesk.cli import EXIT_USAGE, _fail, _open

    if args.action != "list" and args.file is None:
        return _fail(f"rules {args.action} needs a FILE", EXIT_USAGE)
    vault = _open(args)
    try:
        ensure_builtin_packs(vault.db)
        return {"list": _list, "export": _export, "import": _import}[args.action](vault.db, args)
    finally:
        vault.close()


def _list(db: sqlite_utils.Database, args: argparse.Namespace) -> int:
    for info in pack_import.overview(db):
        rules = [{"id": r.id, "title": r.title, "severity": r.severity}
                 for r in (info.pack.rules if info.pack else ())]
        if args.json:
            print(json.dumps({"pack": info.key, "name": info.name, "version": info.version,
                              "chats": info.chats, "rules": rules}, ensure_ascii=False))
            continue
        print(f"{info.key}  (version {info.version}): {info.name}")
        if info.problem:
            print(f"    cannot be used: {info.problem}")
        for r in rules:
            print(f"    {r['severity']:<7} {r['id']:<24} {r['title']}")
    return 0


def _export(db: sqlite_utils.Database, args: argparse.Namespace) -> int:
    from moddesk.cli import EXIT_FAIL, EXIT_USAGE, _fail

    keys = [info.key for info in pack_import.overview(db)]
    key = args.pack or (keys[0] if len(keys) == 1 else None)
    if key not in keys:
        return _fail(f"say which pack to export with --pack ID (one of: {', '.join(keys)})",
                     EXIT_USAGE)
    version, text = pack_import.export_text(db, key)
    try:
        args.file.write_text(text, encoding="utf-8")
    except OSError as exc:
        return _fail(f"{args.file} could not be written ({exc.strerror or type(exc).__name__})",
                     EXIT_FAIL)
    print(f"pack {key} (version {version}) written to {args.file}", file=sys.stderr)
    return 0


def _import(db: sqlite_utils.Database, args: argparse.Namespace) -> int:
    from moddesk.cli import EXIT_FAIL, _fail

    moderator = str(get_setting(db, "moderator_name") or "") or None
    try:
        saved = pack_import.import_file(db, args.file, moderator=moderator)
    except PackError as exc:
        return _fail(f"{exc}. Nothing was changed.", EXIT_FAIL)
    if not saved.changed:
        print(f"pack {saved.key} is unchanged (version {saved.version}); nothing to check",
              file=sys.stderr)
        return 0
    print(f"pack {saved.key} saved as version {saved.version}; checking its chats again…",
          file=sys.stderr)
    found = pack_import.rescan(db, pack_import.chats_using(db, saved.key), now=dt.datetime.now(),
                               progress=_progress)
    print(f"{found.done} chats checked, {found.items_created} new inbox items", file=sys.stderr)
    return 0


def _progress(done: int, total: int) -> None:
    print(f"[{done}/{total}] chats checked", file=sys.stderr)
