"""Store a parsed export in the vault: dedupe, overlap, removals, media.

Identity of a message inside its chat is (fingerprint, occurrence): the
fingerprint hashes what the export shows (time, author, kind, text,
attachment); occurrence counts repeats of that fingerprint within the
export, so "ok" sent twice in one minute stays twice, and an overlapping
later export matches message for message. Runs on the writer thread, in one
transaction: an import lands whole or not at all.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
from collections import Counter
from collections.abc import Iterable, Iterator

import sqlite_utils

from moddesk.ingest.model import ParsedExport, ParsedMessage
from moddesk.storage import message_store as store
from moddesk.storage.message_store import SEQ_BITS, ExportRecord, MessageRow

log = logging.getLogger("moddesk.ingest.importer")
BATCH = 20000


@dataclasses.dataclass(frozen=True)
class ImportResult:
    """What one import did, in counts (safe to log and to show)."""

    chat_id: int
    export_id: int
    already_imported: bool
    messages_total: int
    messages_new: int
    messages_removed: int
    media_stored: int
    date_order_certain: bool
    failed_lines: int


def fingerprint(msg: ParsedMessage) -> bytes:
    """16 bytes that identify what a message shows, independent of the file."""
    parts = (msg.timestamp.isoformat(timespec="seconds"), msg.author or "", msg.kind,
             msg.text or "", msg.attachment or "")
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()[:16]


def to_rows(messages: Iterable[ParsedMessage]) -> Iterator[MessageRow]:
    """Storage rows with their per-export occurrence counts."""
    seen: Counter[bytes] = Counter()
    for m in messages:
        fp = fingerprint(m)
        seen[fp] += 1
        yield MessageRow(ts=m.timestamp.isoformat(timespec="seconds"), author=m.author,
                         kind=m.kind, system_kind=m.system_kind, text=m.text,
                         attachment=m.attachment, edited=m.edited, line=m.line,
                         fingerprint=fp, occurrence=seen[fp])


def import_export(db: sqlite_utils.Database, export: ParsedExport) -> ImportResult:
    """Import `export` into the vault behind `db` (call on the writer thread)."""
    with db.conn:
        existing = store.export_id_for(db, export.sha256)
        if existing is not None:
            return _already(db, existing, export)
        return _import_new(db, export)


def _family(platform: str) -> str:
    return "telegram" if platform == "telegram" else "whatsapp"


def _import_new(db: sqlite_utils.Database, export: ParsedExport) -> ImportResult:
    chat_id = store.ensure_chat(db, family=_family(export.platform), name=export.chat_name)
    rows = list(to_rows(export.messages))
    first = rows[0].ts if rows else None
    last = rows[-1].ts if rows else None
    export_id = store.insert_export(db, chat_id, _record(export, first, last))
    known = store.known_identities(db, chat_id, first, last) if rows else {}
    new_ids = _insert_new(db, chat_id, export_id, rows, known)
    removed = _mark_removed(db, export_id, rows, known, first, last)
    media = _store_media(db, export, new_ids)
    store.finish_export(db, export_id, new=len(new_ids))
    log.info("export %d into chat %d: %d messages, %d new, %d removed since, %d media",
             export_id, chat_id, len(rows), len(new_ids), removed, media)
    return ImportResult(chat_id, export_id, False, len(rows), len(new_ids), removed, media,
                        export.date_order_certain, len(export.failed_lines))


def _record(export: ParsedExport, first: str | None, last: str | None) -> ExportRecord:
    return ExportRecord(export.sha256, export.source_name, export.platform, export.date_order,
                        export.date_order_certain, len(export.messages),
                        len(export.failed_lines), first, last)


def _insert_new(db: sqlite_utils.Database, chat_id: int, export_id: int,
                rows: list[MessageRow], known: dict[tuple[bytes, int], int]) -> dict[int, int]:
    """Insert rows not stored yet; return {index in export: new message id}."""
    ids = store.IdAllocator(db)
    new_ids: dict[int, int] = {}
    batch: list[tuple[int, MessageRow]] = []
    for i, row in enumerate(rows):
        if (row.fingerprint, row.occurrence) in known:
            continue
        new_ids[i] = ids.next_id(row.ts)
        batch.append((new_ids[i], row))
        if len(batch) >= BATCH:
            store.insert_messages(db, chat_id, export_id, batch)
            batch = []
    store.insert_messages(db, chat_id, export_id, batch)
    return new_ids


def _mark_removed(db: sqlite_utils.Database, export_id: int, rows: list[MessageRow],
                  known: dict[tuple[bytes, int], int], first: str | None,
                  last: str | None) -> int:
    """Stored messages inside this export's time span that it no longer shows.

    The first and last second are left out: an export cut mid-minute may
    legitimately start or end part-way through that minute's messages.
    """
    if not known or first is None or last is None:
        return 0
    present = {(r.fingerprint, r.occurrence) for r in rows}
    lo, hi = store.ts_seconds(first), store.ts_seconds(last)
    gone = [mid for ident, mid in known.items()
            if ident not in present and lo < (mid >> SEQ_BITS) < hi]
    return store.mark_removed(db, export_id, gone)


def _store_media(db: sqlite_utils.Database, export: ParsedExport, new_ids: dict[int, int]) -> int:
    stored = 0
    for index, message_id in new_ids.items():
        name = export.messages[index].attachment
        data = export.attachments.get(name) if name else None
        if data is None:
            continue
        media_id = store.store_media(db, sha256=data.sha256, mime=data.mime, data=data.data)
        store.link_media(db, message_id, media_id)
        stored += 1
    return stored


def _already(db: sqlite_utils.Database, export_id: int, export: ParsedExport) -> ImportResult:
    row = db.execute("SELECT chat_id FROM exports WHERE id = ?", [export_id]).fetchone()
    log.info("export %d already imported; nothing added", export_id)
    return ImportResult(int(row[0]), export_id, True, len(export.messages), 0, 0, 0,
                        export.date_order_certain, len(export.failed_lines))
