"""`moddesk inbox` and `moddesk triage`: the moderator inbox from a terminal.

`inbox` lists the queue the way the app orders it (most severe first, then
the longest waiting; snoozed items hidden unless `--snoozed`). The table
shows no message text, so a glance over the shoulder reveals little;
`--json` prints one JSON object per line with the text and matched words,
for scripts. `triage` resolves, dismisses or escalates one item through the
same store the app uses, so the append-only log records who and when.

The subcommands are registered through `COMMANDS`; the shared parser
helpers are imported from `moddesk.cli` when the parser is built (by then
that module is fully loaded, so there is no import cycle).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Callable, Iterator

import sqlite_utils

from moddesk.storage import get_setting
from moddesk.storage import inbox_queries as queries
from moddesk.storage import inbox_store

DEFAULT_MODERATOR = "Moderator"
_TABLE = "{id:>6}  {severity:<7}  {state:<10}  {when:<16}  {chat:<24}  {rule:<24}  {author}"


def add_inbox(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register `moddesk inbox`."""
    from moddesk.cli import _command

    p = _command(sub, "inbox", "list the moderator inbox, most urgent first", _cmd_inbox)
    p.add_argument("--state", choices=list(queries.STATE_FILTERS), default="open",
                   help="which items (default: open = new and in review)")
    p.add_argument("--chat", metavar="NAME", help="only the group with this name")
    p.add_argument("--snoozed", action="store_true", help="include snoozed items")
    p.add_argument("--json", action="store_true",
                   help="one JSON object per line, with the message text and matched words")


def add_triage(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register `moddesk triage`."""
    from moddesk.cli import _command

    p = _command(sub, "triage", "resolve, dismiss or escalate one inbox item", _cmd_triage)
    p.add_argument("item_id", type=int, metavar="ID", help="the item's id (from `moddesk inbox`)")
    action = p.add_mutually_exclusive_group(required=True)
    action.add_argument("--resolve", action="store_true", help="the situation was dealt with")
    action.add_argument("--dismiss", metavar="REASON", help="nothing to do, and why")
    action.add_argument("--escalate", action="store_true", help="needs someone else to decide")


COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [  # type: ignore[type-arg]
    add_inbox, add_triage,
]


def _cmd_inbox(args: argparse.Namespace) -> int:
    from moddesk.cli import EXIT_OK, EXIT_USAGE, _fail, _open

    vault = _open(args)
    try:
        ids = _ids(vault.db, args)
        if ids is None:
            return _fail(f"no group named {args.chat!r}", EXIT_USAGE)
        for line in (_json_lines if args.json else _table_lines)(vault.db, ids):
            print(line)
    finally:
        vault.close()
    return EXIT_OK


def _ids(db: sqlite_utils.Database, args: argparse.Namespace) -> list[int] | None:
    chat_ids = queries.chat_ids_named(db, args.chat) if args.chat else None
    if chat_ids == []:
        return None
    return queries.queue(db, today=dt.date.today().isoformat(), state=args.state,
                         chat_ids=chat_ids, include_snoozed=args.snoozed)


def records(db: sqlite_utils.Database, ids: list[int]) -> Iterator[dict[str, object]]:
    """One plain dict per item, in queue order (the JSON Lines payload)."""
    rows = queries.item_rows(db, ids)
    for item_id in ids:
        row, hits = rows[item_id], queries.item_hits(db, item_id)
        first = hits[0].message if hits else None
        yield {
            "id": item_id, "chat": row.chat, "timestamp": first.ts if first else row.first_ts,
            "author": row.author if row.author is not None else (first.author if first else None),
            "text": first.text if first else None, "message_id": first.id if first else None,
            "rule": row.rule_id, "pack": row.pack_key, "severity": row.severity,
            "bucket": row.bucket, "state": row.state, "hits": row.hits,
            "matched": [w for h in hits for w in queries.matched_words(h.message.text, h.spans)],
            "detectors": sorted({d for h in hits for d in h.detectors}),
            "snoozed_until": row.snoozed_until, "handled_by": row.handled_by,
            "reason": row.reason,
        }


def _json_lines(db: sqlite_utils.Database, ids: list[int]) -> Iterator[str]:
    for record in records(db, ids):
        yield json.dumps(record, ensure_ascii=False)


def _table_lines(db: sqlite_utils.Database, ids: list[int]) -> Iterator[str]:
    if not ids:
        yield "Nothing in this part of the inbox."
        return
    yield _TABLE.format(id="ID", severity="LEVEL", state="STATE", when="FIRST MESSAGE",
                        chat="GROUP", rule="RULE", author="AUTHOR")
    rows = queries.item_rows(db, ids)
    for item_id in ids:
        row = rows[item_id]
        yield _TABLE.format(id=item_id, severity=row.severity, state=row.state,
                            when=(row.first_ts or "").replace("T", " ")[:16],
                            chat=_cut(row.chat, 24), rule=_cut(row.rule_id, 24),
                            author=row.author or "")


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _cmd_triage(args: argparse.Namespace) -> int:
    from moddesk.cli import EXIT_FAIL, EXIT_OK, _fail, _open

    to_state, reason = _wanted(args)
    vault = _open(args)
    try:
        moderator = str(get_setting(vault.db, "moderator_name") or DEFAULT_MODERATOR)
        steps = inbox_store.triage(vault.db, args.item_id, to_state=to_state,
                                   moderator=moderator, reason=reason)
    except KeyError:
        return _fail(f"there is no inbox item {args.item_id}", EXIT_FAIL)
    except inbox_store.TriageRefused as exc:
        return _fail(str(exc), EXIT_FAIL)
    finally:
        vault.close()
    print(f"Item {args.item_id} is {to_state}." if steps else
          f"Item {args.item_id} was already {to_state}; nothing changed.")
    return EXIT_OK


def _wanted(args: argparse.Namespace) -> tuple[str, str | None]:
    if args.resolve:
        return "resolved", None
    if args.escalate:
        return "escalated", None
    return "dismissed", args.dismiss
