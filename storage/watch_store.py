"""Watched folders, the files seen in them, and originals moved into the vault.

The facade over m003's `watched_folders`, `seen_files` and `originals`.
`seen_files` remembers each file by path with the (size, mtime) it had when
it was decided, so a rescan hashes only what changed; the SHA-256 decides
whether the content was already imported, whatever the file is called now.
All writes run on the writer thread; reads are small and indexed.
"""

from __future__ import annotations

import dataclasses
import json

import sqlite_utils

from moddesk.storage.changes import Changes
from moddesk.storage.message_store import now_iso

IMPORTED = "imported"
DUPLICATE = "duplicate"
FAILED = "failed"


@dataclasses.dataclass(frozen=True)
class WatchedFolder:
    """One watched folder and how many exports were imported from it."""

    id: int
    path: str
    added_at: str
    exports: int


@dataclasses.dataclass(frozen=True)
class SeenFile:
    """What was decided about one file (by path)."""

    path: str
    folder_id: int | None
    size: int
    mtime_ns: int
    sha256: str | None
    status: str
    export_id: int | None
    reason: str | None
    message: str | None


def list_folders(db: sqlite_utils.Database) -> list[WatchedFolder]:
    """Every watched folder, oldest first, with its count of imported exports."""
    rows = db.execute(
        "SELECT f.id, f.path, f.added_at, "
        "  (SELECT COUNT(DISTINCT s.export_id) FROM seen_files s "
        "   WHERE s.folder_id = f.id AND s.status = ?) "
        "FROM watched_folders f ORDER BY f.id", [IMPORTED]).fetchall()
    return [WatchedFolder(int(r[0]), str(r[1]), str(r[2]), int(r[3])) for r in rows]


def add_folder(db: sqlite_utils.Database, path: str) -> Changes:
    """Watch `path` (already watched: nothing changes)."""
    with db.atomic():
        db.execute("INSERT OR IGNORE INTO watched_folders(path, added_at) VALUES (?, ?)",
                   [path, now_iso()])
    return Changes(folders=True)


def remove_folder(db: sqlite_utils.Database, folder_id: int) -> Changes:
    """Stop watching a folder and forget the file names seen there.

    What was imported stays in the vault; its export's hash keeps it from
    being imported twice if the folder is added again.
    """
    with db.atomic():
        db.execute("DELETE FROM seen_files WHERE folder_id = ?", [folder_id])
        db.execute("DELETE FROM watched_folders WHERE id = ?", [folder_id])
    return Changes(folders=True)


def seen_stats(db: sqlite_utils.Database) -> dict[str, tuple[int, int]]:
    """{path: (size, mtime_ns)} of every decided file, to skip unchanged ones."""
    rows = db.execute("SELECT path, size, mtime_ns FROM seen_files").fetchall()
    return {str(r[0]): (int(r[1]), int(r[2])) for r in rows}


def seen_by_path(db: sqlite_utils.Database, path: str) -> SeenFile | None:
    """The decision recorded for `path`, if any."""
    return _one(db, "WHERE path = ?", [path])


def seen_by_hash(db: sqlite_utils.Database, sha256: str) -> SeenFile | None:
    """A decided file with this content: imported ones first, then failed ones."""
    return _one(db, "WHERE sha256 = ? AND status IN (?, ?) "
                    "ORDER BY status = ? DESC, id LIMIT 1",
                [sha256, IMPORTED, FAILED, IMPORTED])


def export_for_hash(db: sqlite_utils.Database, sha256: str) -> int | None:
    """The export imported from exactly these bytes (by any route), if any."""
    row = db.execute("SELECT id FROM exports WHERE sha256 = ?", [sha256]).fetchone()
    return int(row[0]) if row else None


def record_seen(db: sqlite_utils.Database, seen: SeenFile) -> None:
    """Remember the decision for `seen.path`, replacing an older one."""
    detail = None
    if seen.reason is not None:
        detail = json.dumps({"reason": seen.reason, "message": seen.message}, ensure_ascii=False)
    db.execute(
        "INSERT INTO seen_files(folder_id, path, size, mtime_ns, sha256, status, detail, "
        "  export_id, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(path) DO UPDATE SET folder_id = excluded.folder_id, size = excluded.size, "
        "  mtime_ns = excluded.mtime_ns, sha256 = excluded.sha256, status = excluded.status, "
        "  detail = excluded.detail, export_id = excluded.export_id, seen_at = excluded.seen_at",
        [seen.folder_id, seen.path, seen.size, seen.mtime_ns, seen.sha256, seen.status, detail,
         seen.export_id, now_iso()])


def store_original(db: sqlite_utils.Database, export_id: int, source_name: str,
                   data: bytes) -> bool:
    """Keep the export file's bytes in the vault; False if they are there already."""
    cur = db.execute(
        "INSERT OR IGNORE INTO originals(export_id, source_name, size, data, stored_at) "
        "VALUES (?, ?, ?, ?, ?)", [export_id, source_name, len(data), data, now_iso()])
    return cur.rowcount > 0


def original_bytes(db: sqlite_utils.Database, export_id: int) -> bytes | None:
    """The stored original of an export, if it was moved into the vault."""
    row = db.execute("SELECT data FROM originals WHERE export_id = ?", [export_id]).fetchone()
    return bytes(row[0]) if row else None


def _one(db: sqlite_utils.Database, where: str, params: list[object]) -> SeenFile | None:
    row = db.execute(
        "SELECT path, folder_id, size, mtime_ns, sha256, status, export_id, detail "
        f"FROM seen_files {where}", params).fetchone()
    if row is None:
        return None
    detail = json.loads(row[7]) if row[7] else {}
    return SeenFile(str(row[0]), row[1], int(row[2]), int(row[3]), row[4], str(row[5]), row[6],
                    detail.get("reason"), detail.get("message"))
