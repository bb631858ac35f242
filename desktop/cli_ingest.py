"""`moddesk parse`, `import`, `chats` and `search`: chat exports from a terminal.

`parse` needs no vault: it prints what the parser makes of one export, as
JSON Lines, for scripts and bug reports. `import` stores exports (files, or
folders searched for .txt/.zip/.json) through the same importer the app
uses and ends with one summary line. `chats` lists what is stored; `search`
runs the app's search. Errors name the file and the reason, never content.

The subcommands are registered through `COMMANDS`; the shared parser
helpers are imported from `moddesk.cli` when the parser is built (by then
that module is fully loaded, so there is no import cycle).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import sqlite_utils

from moddesk.ingest import ParseError
from moddesk.ingest.date_order import ORDERS
from moddesk.ingest.importer import ImportResult
from moddesk.triage.import_overlap import import_and_triage
from moddesk.ingest.jsonl import parse_to_jsonl
from moddesk.storage import message_store
from moddesk.storage.search import MARK_END, MARK_START, chat_choices, search_page

EXPORT_SUFFIXES = (".txt", ".zip", ".json")
_CHATS_ROW = "{id:>5}  {name:<32}  {messages:>8}  {first:<10}  {last:<10}  {imported:<10}  {flag}"


def add_parse(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register `moddesk parse`."""
    from moddesk.cli import _command

    p = _command(sub, "parse", "print one chat export as JSON Lines (no vault needed)", _cmd_parse)
    p.add_argument("file", type=Path, metavar="FILE", help="a WhatsApp .txt/.zip or Telegram .json")
    _add_date_order(p)


def add_import(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register `moddesk import`."""
    from moddesk.cli import _command

    p = _command(sub, "import", "import chat exports (files or folders) into the vault", _cmd_import)
    p.add_argument("paths", type=Path, nargs="+", metavar="PATH",
                   help="export files, or folders searched for .txt, .zip and .json files")
    _add_date_order(p)


def add_chats(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register `moddesk chats`."""
    from moddesk.cli import _command

    p = _command(sub, "chats", "list the imported chats", _cmd_chats)
    p.add_argument("--json", action="store_true", help="one JSON object per line")


def add_search(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register `moddesk search`."""
    from moddesk.cli import _command

    p = _command(sub, "search", "search all messages, newest first", _cmd_search)
    p.add_argument("query", metavar="QUERY",
                   help='words (all must appear), "an exact phrase", or a prefix*')
    p.add_argument("--chat", metavar="NAME", help="only this chat (and chats merged into it)")
    p.add_argument("--author", metavar="NAME", help="only messages by this person")
    p.add_argument("--limit", type=_positive, default=50, metavar="N",
                   help="at most N messages (default 50)")
    p.add_argument("--json", action="store_true", help="one JSON object per line")


def _add_date_order(p: argparse.ArgumentParser) -> None:
    p.add_argument("--date-order", choices=ORDERS, metavar="|".join(ORDERS),
                   help="how dates are written (day-month-year, ...); default: detected")


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


COMMANDS: list[Callable[[argparse._SubParsersAction], None]] = [  # type: ignore[type-arg]
    add_parse, add_import, add_chats, add_search,
]


def _utf8_stdout() -> None:
    # JSON Lines and message text are UTF-8 whatever the console's code page.
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(encoding="utf-8", errors="replace")


# -- parse ---------------------------------------------------------------------------


def _cmd_parse(args: argparse.Namespace) -> int:
    from moddesk.cli import EXIT_FAIL, EXIT_OK, _fail

    _utf8_stdout()
    try:
        count = parse_to_jsonl(args.file, sys.stdout, date_order=args.date_order)
    except ParseError as exc:
        return _fail(str(exc), EXIT_FAIL)
    print(f"{count} messages", file=sys.stderr)
    return EXIT_OK


# -- import --------------------------------------------------------------------------


@dataclasses.dataclass
class ImportTally:
    """What a run of `moddesk import` did, for the summary line."""

    files: int = 0
    new_messages: int = 0
    chats_with_new: set[int] = dataclasses.field(default_factory=set)
    already: int = 0
    uncertain: int = 0
    failed: list[tuple[Path, str]] = dataclasses.field(default_factory=list)

    def add(self, results: list[ImportResult]) -> None:
        """Count the exports one file held."""
        for r in results:
            self.new_messages += r.messages_new
            if r.messages_new:
                self.chats_with_new.add(r.chat_id)
            self.already += r.already_imported
            self.uncertain += not r.date_order_certain

    def summary(self) -> str:
        """The one line the command ends with."""
        return (f"{self.files} files: {self.new_messages} new messages in "
                f"{len(self.chats_with_new)} chats, {self.already} already imported, "
                f"{self.uncertain} date order uncertain, {len(self.failed)} failed")


def export_files(paths: list[Path]) -> Iterator[Path]:
    """The files named, and the export files found under the folders named, in order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*")
                              if p.is_file() and p.suffix.lower() in EXPORT_SUFFIXES)
        else:
            yield path


def _cmd_import(args: argparse.Namespace) -> int:
    from moddesk.cli import EXIT_FAIL, EXIT_OK, _open

    files = list(export_files(args.paths))
    vault = _open(args)
    tally = ImportTally(files=len(files))
    try:
        for number, path in enumerate(files, start=1):
            print(f"[{number}/{len(files)}] {path.name}", file=sys.stderr)
            _import_file(vault.db, path, args.date_order, tally)
    finally:
        vault.close()
    print(tally.summary())
    for path, reason in tally.failed:
        print(f"moddesk: failed: {path}: {reason}", file=sys.stderr)
    return EXIT_FAIL if tally.failed else EXIT_OK


def _import_file(db: sqlite_utils.Database, path: Path, date_order: str | None,
                 tally: ImportTally) -> None:
    try:
        data = path.read_bytes()
    except OSError as exc:
        tally.failed.append((path, f"cannot be read ({exc.strerror or type(exc).__name__})"))
        return
    try:
        # The inbox sees what the app's own import would show it (same overlapped path).
        results, _found = import_and_triage(db, data, name=path.name, date_order=date_order,
                                            now=dt.datetime.now())
    except ParseError as exc:
        tally.failed.append((path, str(exc)))
        return
    tally.add(results)


# -- chats ---------------------------------------------------------------------------


def _cmd_chats(args: argparse.Namespace) -> int:
    from moddesk.cli import EXIT_OK, _open

    _utf8_stdout()
    vault = _open(args)
    try:
        chats = message_store.chat_summaries(vault.db)
    finally:
        vault.close()
    if args.json:
        for chat in chats:
            print(json.dumps(_chat_record(chat), ensure_ascii=False))
        return EXIT_OK
    print(_CHATS_ROW.format(id="id", name="name", messages="messages", first="first",
                            last="last", imported="imported", flag="date order"))
    for chat in chats:
        print(_chat_row(chat))
    return EXIT_OK


def _chat_record(chat: dict[str, object]) -> dict[str, object]:
    return {"id": chat["id"], "name": chat["name"], "family": chat["family"],
            "messages": chat["messages"], "first": chat["first_ts"], "last": chat["last_ts"],
            "last_import": chat["last_import"],
            "date_order_uncertain": bool(chat["date_uncertain"])}


def _chat_row(chat: dict[str, object]) -> str:
    def day(value: object) -> str:
        return str(value)[:10] if value else "-"

    name = str(chat["name"])
    return _CHATS_ROW.format(
        id=chat["id"], name=name if len(name) <= 32 else name[:31] + "…",
        messages=chat["messages"], first=day(chat["first_ts"]), last=day(chat["last_ts"]),
        imported=day(chat["last_import"]), flag="uncertain" if chat["date_uncertain"] else "ok")


# -- search --------------------------------------------------------------------------


def _cmd_search(args: argparse.Namespace) -> int:
    from moddesk.cli import EXIT_OK, EXIT_USAGE, _fail, _open

    _utf8_stdout()
    vault = _open(args)
    try:
        chat_ids = _chat_ids(vault.db, args.chat) if args.chat else None
        if chat_ids == []:
            return _fail(f"no chat named {args.chat!r} (see `moddesk chats`)", EXIT_USAGE)
        page = search_page(vault.db, args.query, chat_ids=chat_ids, author=args.author,
                           limit=args.limit)
    finally:
        vault.close()
    for hit in page.hits:
        print(_hit_json(hit) if args.json else _hit_row(hit))
    if page.next_before_id is not None:
        print(f"(more results: raise --limit above {args.limit})", file=sys.stderr)
    return EXIT_OK


def _chat_ids(db: sqlite_utils.Database, name: str) -> list[int]:
    wanted = name.casefold()
    return [cid for cid, shown in chat_choices(db) if shown.casefold() == wanted]


def _hit_json(hit) -> str:  # type: ignore[no-untyped-def]
    return json.dumps({"id": hit.id, "chat": hit.chat, "chat_id": hit.chat_id,
                       "timestamp": hit.ts, "author": hit.author, "text": hit.text,
                       "removed_in_later_export": hit.removed}, ensure_ascii=False)


def _hit_row(hit) -> str:  # type: ignore[no-untyped-def]
    bold = sys.stdout.isatty()
    snippet = (hit.snippet or hit.text or "").replace("\n", " ")
    snippet = snippet.replace(MARK_START, "\x1b[1m" if bold else "") \
                     .replace(MARK_END, "\x1b[0m" if bold else "")
    when = hit.ts.replace("T", " ")[:16]
    return f"{hit.id:>20}  {when}  {hit.chat[:24]:<24}  {hit.author or '(system)'}: {snippet}"
