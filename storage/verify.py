"""`moddesk verify`: page integrity, SQLite integrity and schema state."""

from __future__ import annotations

import dataclasses

from moddesk.storage import migrations
from moddesk.storage.vault import Vault

EXPECTED_TABLES = frozenset({
    "settings", "vault_meta", "_sqlite_migrations",
    "chats", "exports", "messages", "media", "message_media", "messages_fts",
    "watched_folders", "seen_files", "originals", "message_stamps",
    "rule_packs", "chat_packs", "chat_admins", "inbox_items", "inbox_hits", "triage_log",
    "triage_progress",
})


@dataclasses.dataclass(frozen=True)
class VerifyReport:
    """What a full check of an open vault found."""

    bad_pages: int
    integrity: list[str]
    pending_migrations: list[str]
    missing_tables: list[str]

    @property
    def ok(self) -> bool:
        """True when nothing is wrong."""
        return not (self.bad_pages or self.integrity != ["ok"]
                    or self.pending_migrations or self.missing_tables)

    def lines(self) -> list[str]:
        """Plain-English findings, one per line."""
        if self.ok:
            return ["Vault is healthy: every page and the schema check out."]
        out = []
        if self.bad_pages:
            out.append(f"{self.bad_pages} page(s) fail their encryption check.")
        if self.integrity != ["ok"]:
            out.append(f"SQLite integrity check: {len(self.integrity)} problem(s).")
        if self.pending_migrations:
            out.append(f"Schema is behind: {', '.join(self.pending_migrations)} not applied.")
        if self.missing_tables:
            out.append(f"Tables missing: {', '.join(self.missing_tables)}.")
        return out


def verify_vault(vault: Vault) -> VerifyReport:
    """Check every page's HMAC, SQLite's own integrity and the schema."""
    db = vault.db
    bad = db.execute("PRAGMA cipher_integrity_check").fetchall()
    integrity = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    tables = set(db.table_names())
    return VerifyReport(
        bad_pages=len(bad),
        integrity=integrity,
        pending_migrations=migrations.pending(db),
        missing_tables=sorted(EXPECTED_TABLES - tables),
    )
