"""`moddesk rules list|export|import`: the community's guideline packs from a terminal.

Packs live in the vault as the TOML text a moderator can read; `export`
writes that text to a file to edit or share, and `import` checks a file and
stores it as the pack's next version (older versions stay), then runs the
changed rules over every chat's history so the inbox reflects them.
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

from moddesk.storage import get_setting, guideline_store
from moddesk.triage import PackError, load_pack, load_pack_text
from moddesk.triage.vault_scan import ensure_builtin_packs, scan_chats


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
    for key, (version, text) in sorted(guideline_store.latest_packs(db).items()):
        pack = load_pack_text(text, source=f"vault:{key}")
        rules = [{"id": r.id, "title": r.title, "severity": r.severity} for r in pack.rules]
        if args.json:
            print(json.dumps({"pack": key, "name": pack.name, "version": version, "rules": rules},
                             ensure_ascii=False))
            continue
        print(f"{key}  (version {version}): {pack.name}")
        for r in rules:
            print(f"    {r['severity']:<7} {r['id']:<24} {r['title']}")
    return 0


def _export(db: sqlite_utils.Database, args: argparse.Namespace) -> int:
    from moddesk.cli import EXIT_FAIL, EXIT_USAGE, _fail

    packs = guideline_store.latest_packs(db)
    key = args.pack or (next(iter(packs)) if len(packs) == 1 else None)
    if key not in packs:
        choices = ", ".join(sorted(packs))
        return _fail(f"say which pack to export with --pack ID (one of: {choices})", EXIT_USAGE)
    try:
        args.file.write_text(packs[key][1], encoding="utf-8")
    except OSError as exc:
        return _fail(f"{args.file} could not be written ({exc.strerror or type(exc).__name__})",
                     EXIT_FAIL)
    print(f"pack {key} (version {packs[key][0]}) written to {args.file}", file=sys.stderr)
    return 0


def _import(db: sqlite_utils.Database, args: argparse.Namespace) -> int:
    from moddesk.cli import EXIT_FAIL, _fail

    try:
        pack = load_pack(args.file)
    except PackError as exc:
        return _fail(f"{exc}. Nothing was changed.", EXIT_FAIL)
    moderator = str(get_setting(db, "moderator_name") or "") or None
    version = guideline_store.save_pack(db, pack_key=pack.id, source=pack.text or "",
                                        moderator=moderator)
    print(f"pack {pack.id} saved as version {version}; checking every chat again…",
          file=sys.stderr)
    chats = [int(r[0]) for r in db.execute("SELECT id FROM chats ORDER BY id")]
    found = scan_chats(db, chats, now=dt.datetime.now(), progress=_progress)
    print(f"{found.messages} messages checked, {found.items_created} new inbox items",
          file=sys.stderr)
    return 0


def _progress(done: int, total: int) -> None:
    print(f"[{done}/{total}] chats checked", file=sys.stderr)
