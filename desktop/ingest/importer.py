"""Importing chat exports into the vault: `import_bytes` is the one entry point.

The UI, the folder watcher and the CLI all call `import_bytes(db, data, …)`
on the writer thread. It hashes the bytes first (a file imported before
returns at once), then streams the messages into the vault in batches:
WhatsApp text is read twice a chunk at a time and never held as a list,
archives are unpacked once and their media linked to the messages that
mention them, and a Telegram account export becomes one export per chat.

Dedupe: a message's identity in its chat is (fingerprint, occurrence), see
`identity`; re-importing adds nothing, an overlapping later export adds only
what is new, and messages it no longer shows are marked removed (never
deleted). Each file is one transaction: it lands whole or not at all, also
when cancelled or when the bytes turn out to be broken half-way. Logs carry
ids and counts only.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import itertools
import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence

import sqlite_utils

from moddesk.ingest.api import check_order, guarded
from moddesk.ingest.chat_names import chat_name_from_file
from moddesk.ingest.detect import sniff
from moddesk.ingest.errors import NotAChatExport
from moddesk.ingest.export_writer import Attachments, ExportMeta, ExportWriter, Tally
from moddesk.ingest.identity import fingerprint
from moddesk.ingest.import_pipeline import Helper
from moddesk.ingest.model import AttachmentData, ParsedExport, ParsedMessage
from moddesk.ingest.telegram_parser import parse_telegram_account
from moddesk.ingest.whatsapp_headers import detect_dialect
from moddesk.ingest.whatsapp_import import WhatsAppImport, gc_paused
from moddesk.ingest.whatsapp_parser import Row
from moddesk.ingest.zip_reader import read_export_zip
from moddesk.storage import Changes
from moddesk.storage import message_store as store

__all__ = ["ImportCancelled", "ImportResult", "changes_for", "fingerprint", "import_bytes",
           "import_export"]

log = logging.getLogger("moddesk.ingest.importer")
BATCH = 50_000
# The first batch is smaller, so a listener (the triage overlap) gets work
# sooner: the second core idles while the first pass reads the whole file.
FIRST_BATCH = 20_000
PROGRESS_EVERY = 0.1  # seconds: at most ~10 progress calls a second
FAILED_LINES_SHOWN = 10
_EPOCH = dt.datetime(1970, 1, 1)
Progress = Callable[[int, int], None]


class ImportCancelled(Exception):
    """The import was cancelled between two batches; nothing of it was stored."""


@dataclasses.dataclass(frozen=True)
class ImportResult:
    """What one import did, in counts (safe to log and to show).

    `chat_name` and `source_name` are for the moderator's summary only;
    `failed_line_numbers` holds the first few lines that could not be read.
    """

    chat_id: int
    export_id: int
    already_imported: bool
    messages_total: int
    messages_new: int
    messages_removed: int
    media_stored: int
    date_order_certain: bool
    failed_lines: int
    chat_name: str = ""
    source_name: str = ""
    warnings: tuple[str, ...] = ()
    failed_line_numbers: tuple[int, ...] = ()
    date_order: str = ""


def changes_for(results: Iterable[ImportResult]) -> Changes:
    """What a list of import results changed, for views to refresh."""
    results = list(results)
    chats = any(not r.already_imported for r in results)
    messages = any(r.messages_new or r.messages_removed for r in results)
    return Changes(chats=chats, messages=messages)


def import_bytes(db: sqlite_utils.Database, data: bytes, *, name: str,
                 date_order: str | None = None, progress: Progress | None = None,
                 cancel: threading.Event | None = None) -> list[ImportResult]:
    """Import one export file's bytes (call on the writer thread).

    Returns one result per chat (several for a Telegram account export).
    Raises `ParseError` subclasses for bad input and `ImportCancelled` when
    `cancel` is set; in both cases nothing of this file is stored.
    """
    check_order(date_order)
    sha = hashlib.sha256(data).hexdigest()
    stored = store.exports_for_hash(db, sha)
    if stored:
        log.info("export %s already imported; nothing added", stored[0]["id"])
        return [_already(row) for row in stored]
    with _Run.open(db, progress, cancel) as run:
        return _dispatch(db, data, name, sha, date_order, run)


def import_export(db: sqlite_utils.Database, export: ParsedExport) -> ImportResult:
    """Import an export parsed beforehand (one chat), like `import_bytes` does.

    The chats of a Telegram account export share one file hash: import those
    with `import_bytes`, which keeps them apart.
    """
    stored = store.exports_for_hash(db, export.sha256)
    if stored:
        log.info("export %s already imported; nothing added", stored[0]["id"])
        return _already(stored[0])
    with _Run.open(db, None, None) as run:
        run.total = len(export.messages)
        return _import_parsed(db, export, export.sha256, run)


# -- one import run ----------------------------------------------------------------


class _Run:
    """One file's import: its transaction, helper thread, progress and cancel.

    The transaction is `db.atomic()`: a savepoint inside a caller's own
    transaction, else BEGIN … COMMIT.
    """

    def __init__(self, helper: Helper, progress: Progress | None,
                 cancel: threading.Event | None) -> None:
        self.helper, self._progress, self._cancel = helper, progress, cancel
        self.done = self.total = 0
        self._last_report = float("-inf")  # the first report always goes out

    @classmethod
    @contextlib.contextmanager
    def open(cls, db: sqlite_utils.Database, progress: Progress | None,
             cancel: threading.Event | None) -> Iterator[_Run]:
        """Transaction, import settings and helper, unwound in the right order."""
        # Rows are tuples without cycles; the collector would only rescan them.
        with gc_paused(), db.atomic(), store.bulk_import_settings(db), Helper(db) as helper:
            run = cls(helper, progress, cancel)
            run.check_cancel()
            yield run
            run.report(final=True)

    def batches(self, rows: Iterable[Row]) -> Iterator[list[Row]]:
        """The rows in batches; cancel is checked and progress told between them."""
        it = iter(rows)
        size = min(FIRST_BATCH, BATCH)
        while True:
            self.check_cancel()
            batch = guarded(lambda: list(itertools.islice(it, size)))
            if not batch:
                return
            yield batch
            size = BATCH
            self.done += len(batch)
            self.report()

    def check_cancel(self) -> None:
        """Raise ImportCancelled when the caller asked to stop."""
        if self._cancel is not None and self._cancel.is_set():
            log.info("import cancelled after %d messages", self.done)
            raise ImportCancelled("The import was cancelled; nothing of this file was stored.")

    def report(self, *, final: bool = False) -> None:
        """Tell the caller how far we are, at most every PROGRESS_EVERY seconds."""
        now = time.monotonic()
        if self._progress is None or not (final or now - self._last_report >= PROGRESS_EVERY):
            return
        self._last_report = now
        total = max(self.total, self.done)
        self._progress(total if final else self.done, total)


# -- by kind of file -----------------------------------------------------------------


def _dispatch(db: sqlite_utils.Database, data: bytes, name: str, sha: str,
              order: str | None, run: _Run) -> list[ImportResult]:
    kind = sniff(data)
    if kind == "empty":
        raise NotAChatExport(f"{name} is empty: it holds no messages. Export the chat again.")
    if kind == "json":
        return _import_telegram(db, data, name, sha, run)
    if kind == "zip":
        return [_import_zip(db, data, name, sha, order, run)]
    return [_import_text(db, data, name, chat_name_from_file(name), sha, order, run)]


def _import_text(db: sqlite_utils.Database, data: bytes, name: str, chat_name: str, sha: str,
                 order: str | None, run: _Run, attachments: Attachments | None = None,
                 notes: Sequence[str] = ()) -> ImportResult:
    prepared = guarded(lambda: WhatsAppImport.prepare(
        data, name=name, chat_name=chat_name, date_order=order, locale_hint=None))
    run.total += prepared.message_count
    run.report()  # the total is known now; the first batch may take a while
    decision = prepared.decision
    meta = ExportMeta(chat_name, name, sha, prepared.dialect.platform, decision.order,
                      decision.certain, guarded(prepared.in_time_order))
    writer = ExportWriter(db, meta, run.helper, attachments)
    for batch in run.batches(prepared.rows()):
        writer.add(batch)
    if not writer.tally.total:
        raise NotAChatExport(f"{name} holds no readable messages.")
    failed = sorted(set(prepared.failed_lines))
    tally = writer.finish(failed_lines=len(failed))
    warnings = list(dict.fromkeys([*prepared.warnings(), *notes]))
    return _result(writer, tally, warnings, failed)


def _import_zip(db: sqlite_utils.Database, data: bytes, name: str, sha: str,
                order: str | None, run: _Run) -> ImportResult:
    contents = guarded(lambda: read_export_zip(data, name))
    return _import_text(db, contents.chat_bytes, name, contents.chat_name, sha, order, run,
                        _attachment_lookup(contents.attachments), contents.warnings)


def _attachment_lookup(members: dict[str, AttachmentData]) -> Attachments:
    """Find a message's attachment by exact name, else without iOS's `00000012-` prefix."""
    unprefixed = {k.split("-", 1)[1]: v for k, v in members.items() if k[:8].isdigit() and "-" in k}

    def lookup(wanted: str) -> AttachmentData | None:
        return members.get(wanted) or unprefixed.get(wanted)
    return lookup


def _import_telegram(db: sqlite_utils.Database, data: bytes, name: str, sha: str,
                     run: _Run) -> list[ImportResult]:
    exports = guarded(lambda: parse_telegram_account(data, name=name))
    # Empty chats of an account export are left out, unless nothing else is there.
    chosen = [e for e in exports if e.messages] or exports[:1]
    run.total = sum(len(e.messages) for e in chosen)
    # exports.sha256 is unique: the file's hash goes to its first chat.
    return [_import_parsed(db, export, sha if n == 0 else f"{sha}#{n}", run)
            for n, export in enumerate(chosen)]


def _import_parsed(db: sqlite_utils.Database, export: ParsedExport, sha: str,
                   run: _Run) -> ImportResult:
    messages = export.messages
    meta = ExportMeta(export.chat_name, export.source_name, sha, export.platform,
                      export.date_order, export.date_order_certain, _in_time_order(messages))
    lookup = _attachment_lookup(export.attachments) if export.attachments else None
    writer = ExportWriter(db, meta, run.helper, lookup)
    headers = None if export.date_order_certain else _headers(messages)
    for batch in run.batches(_rows(messages, headers)):
        writer.add(batch)
    tally = writer.finish(failed_lines=len(export.failed_lines))
    return _result(writer, tally, export.warnings, sorted(set(export.failed_lines)))


def _rows(messages: Sequence[ParsedMessage], headers: list[str | None] | None) -> Iterator[Row]:
    """Storage rows of parsed messages (the header as written kept when asked)."""
    for n, m in enumerate(messages):
        when = m.timestamp.replace(microsecond=0)
        yield (int((when - _EPOCH).total_seconds()), when.isoformat(), m.author, m.kind,
               m.system_kind, m.text, m.attachment, m.edited, m.line,
               headers[n] if headers else None)


def _headers(messages: Sequence[ParsedMessage]) -> list[str | None]:
    """Each message's header as written (WhatsApp text only), to re-read its date later."""
    firsts = [m.raw.split("\n", 1)[0] for m in messages]
    dialect = detect_dialect(firsts)
    if dialect is None:
        return [None] * len(firsts)
    found = [dialect.regex.match(line) for line in firsts]
    return [line[:m.end()] if m else None for line, m in zip(firsts, found)]


def _in_time_order(messages: Sequence[ParsedMessage]) -> bool:
    return all(a.timestamp <= b.timestamp for a, b in zip(messages, messages[1:]))


# -- results -------------------------------------------------------------------------


def _result(writer: ExportWriter, tally: Tally, warnings: Sequence[str],
            failed: Sequence[int]) -> ImportResult:
    meta = writer.meta
    return ImportResult(writer.chat_id, writer.export_id, False, tally.total, tally.new,
                        tally.removed, tally.media, meta.date_order_certain, len(failed),
                        meta.chat_name, meta.source_name, tuple(warnings),
                        tuple(failed[:FAILED_LINES_SHOWN]), meta.date_order)


def _already(row: dict[str, object]) -> ImportResult:
    return ImportResult(int(row["chat_id"]), int(row["id"]), True,  # type: ignore[call-overload]
                        int(row["messages_total"]), 0, 0, 0,  # type: ignore[call-overload]
                        bool(row["date_order_certain"]), int(row["failed_lines"]),  # type: ignore[call-overload]
                        str(row["chat_name"]), str(row["source_name"]), (), (),
                        str(row["date_order"]))
