"""Deleting a chat from the vault: its messages, index entries, media, exports and inbox items.

One transaction: the chat is gone entirely, or nothing changed. What goes:
the chat's messages and their search-index entries, dates as written, media
links (and media files no other message uses), its exports and the stored
originals, its inbox items with their hits and triage log, its packs,
admins and triage progress. What stays:
- incidents and their evidence snapshots, which hold their own copies (the
  evidence forgets the deleted message's id, so nothing points at a row that
  is gone or at a later message that reuses the id);
- seen-file records of watched folders, without their export link, so a
  file still lying in a watched folder is not imported again behind the
  moderator's back;
- chats that were merged into this one, which become separate chats again.
With `secure_delete` on (a pinned pragma) the freed pages are zeroed.
"""

from __future__ import annotations

import logging

import sqlite_utils

from moddesk.storage import message_store
from moddesk.storage.changes import Changes

log = logging.getLogger("moddesk.storage.chats")
_BATCH = 5000
DELETED = Changes(chats=True, messages=True, inbox=True, incidents=True)


def delete_chat(db: sqlite_utils.Database, chat_id: int) -> Changes:
    """Delete chat `chat_id` and everything that belongs to it only.

    Raises KeyError when there is no such chat.
    """
    with db.atomic():
        if db.execute("SELECT 1 FROM chats WHERE id = ?", [chat_id]).fetchone() is None:
            raise KeyError(chat_id)
        _delete_inbox(db, chat_id)
        count = _delete_messages(db, chat_id)
        _delete_exports(db, chat_id)
        for table in ("chat_packs", "chat_admins", "triage_progress"):
            db.execute(f"DELETE FROM {table} WHERE chat_id = ?", [chat_id])
        db.execute("UPDATE chats SET merged_into = NULL WHERE merged_into = ?", [chat_id])
        db.execute("DELETE FROM chats WHERE id = ?", [chat_id])
    log.info("chat %d deleted (%d messages)", chat_id, count)
    return DELETED


def _delete_inbox(db: sqlite_utils.Database, chat_id: int) -> None:
    items = "SELECT id FROM inbox_items WHERE chat_id = ?"
    db.execute(f"DELETE FROM triage_log WHERE item_id IN ({items})", [chat_id])
    db.execute(f"DELETE FROM inbox_hits WHERE item_id IN ({items})", [chat_id])
    db.execute("DELETE FROM inbox_hits WHERE message_id IN "
               "(SELECT id FROM messages WHERE chat_id = ?)", [chat_id])
    db.execute("DELETE FROM inbox_items WHERE chat_id = ?", [chat_id])


def _delete_messages(db: sqlite_utils.Database, chat_id: int) -> int:
    db.execute("UPDATE incident_evidence SET message_id = NULL WHERE message_id IN "
               "(SELECT id FROM messages WHERE chat_id = ?)", [chat_id])
    media = [int(r[0]) for r in db.execute(
        "SELECT DISTINCT mm.media_id FROM message_media mm JOIN messages m ON m.id = mm.message_id "
        "WHERE m.chat_id = ?", [chat_id])]
    for table in ("message_media", "message_stamps"):
        db.execute(f"DELETE FROM {table} WHERE message_id IN "
                   "(SELECT id FROM messages WHERE chat_id = ?)", [chat_id])
    db.conn.executemany("DELETE FROM media WHERE id = ? AND NOT EXISTS "
                        "(SELECT 1 FROM message_media WHERE media_id = ?)",
                        [(m, m) for m in media])
    total = 0
    while True:
        rows = db.execute("SELECT id, text, author FROM messages WHERE chat_id = ? LIMIT ?",
                          [chat_id, _BATCH]).fetchall()
        if not rows:
            return total
        message_store.delete_messages(db, [(int(i), t, a) for i, t, a in rows])
        total += len(rows)


def _delete_exports(db: sqlite_utils.Database, chat_id: int) -> None:
    exports = "SELECT id FROM exports WHERE chat_id = ?"
    db.execute(f"UPDATE seen_files SET export_id = NULL WHERE export_id IN ({exports})", [chat_id])
    db.execute(f"DELETE FROM originals WHERE export_id IN ({exports})", [chat_id])
    # Messages of other chats can carry a "removed in export" mark from a
    # merged sibling's export; that export is gone, and so is the mark.
    db.execute(f"UPDATE messages SET removed_in_export = NULL WHERE removed_in_export IN "
               f"({exports})", [chat_id])
    db.execute("DELETE FROM exports WHERE chat_id = ?", [chat_id])
