"""Numbered schema migrations for the vault.

Rule: a migration that has shipped is never edited. Change the schema by
adding `m00N_...` at the end; `tests/storage/test_migrations.py` keeps a
fingerprint of every shipped migration's source to hold us to it.
"""

from __future__ import annotations

import sqlite_utils

MIGRATIONS = sqlite_utils.Migrations("moddesk")


@MIGRATIONS()
def m001_settings(db: sqlite_utils.Database) -> None:
    """Settings that reveal the work live here, never in QSettings."""
    db["settings"].create({"key": str, "value": str}, pk="key")
    db["vault_meta"].create({"key": str, "value": str}, pk="key")


@MIGRATIONS()
def m002_messages(db: sqlite_utils.Database) -> None:
    """Chats, exports, messages with provenance, media blobs and the FTS5 index.

    Message ids are time-ordered ((wall-clock seconds << 20) | sequence), so
    "newest first" reads the full-text index in rowid order without sorting.
    The tokenizer keeps combining marks inside tokens (Devanagari, Arabic
    vowel signs) and folds case and diacritics.
    """
    db.executescript(_M002_SQL)


_M002_SQL = """
CREATE TABLE chats (
    id INTEGER PRIMARY KEY,
    family TEXT NOT NULL,
    name TEXT NOT NULL,
    display_name TEXT,
    merged_into INTEGER REFERENCES chats(id),
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX chats_identity ON chats(family, name);
CREATE TABLE exports (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    chat_id INTEGER NOT NULL REFERENCES chats(id),
    source_name TEXT NOT NULL,
    platform TEXT NOT NULL,
    date_order TEXT NOT NULL,
    date_order_certain INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    messages_total INTEGER NOT NULL,
    messages_new INTEGER NOT NULL,
    failed_lines INTEGER NOT NULL,
    first_ts TEXT,
    last_ts TEXT
);
CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    chat_id INTEGER NOT NULL REFERENCES chats(id),
    ts TEXT NOT NULL,
    author TEXT,
    kind TEXT NOT NULL,
    system_kind TEXT,
    text TEXT,
    attachment TEXT,
    edited INTEGER NOT NULL DEFAULT 0,
    export_id INTEGER NOT NULL REFERENCES exports(id),
    line INTEGER NOT NULL,
    fingerprint BLOB NOT NULL,
    occurrence INTEGER NOT NULL,
    removed_in_export INTEGER REFERENCES exports(id)
);
CREATE UNIQUE INDEX messages_identity ON messages(chat_id, fingerprint, occurrence);
CREATE INDEX messages_chat ON messages(chat_id, id);
CREATE TABLE media (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mime TEXT NOT NULL,
    data BLOB NOT NULL
);
CREATE TABLE message_media (
    message_id INTEGER NOT NULL REFERENCES messages(id),
    media_id INTEGER NOT NULL REFERENCES media(id),
    PRIMARY KEY (message_id, media_id)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE messages_fts USING fts5(
    text, author,
    content = 'messages', content_rowid = 'id',
    tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'",
    prefix = '1 2 3'
);
"""


@MIGRATIONS()
def m003_watch(db: sqlite_utils.Database) -> None:
    """Watched folders, the files seen there, originals moved in, raw date stamps.

    `seen_files` remembers (path, size, mtime) so a rescan hashes only what
    changed; `sha256` is the truth for "imported exactly once".
    `message_stamps` keeps the date fields as written for exports whose date
    order was uncertain, so the moderator can re-decide it later.
    """
    db.executescript(_M003_SQL)


_M003_SQL = """
CREATE TABLE watched_folders (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    added_at TEXT NOT NULL
);
CREATE TABLE seen_files (
    id INTEGER PRIMARY KEY,
    folder_id INTEGER REFERENCES watched_folders(id),
    path TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sha256 TEXT,
    status TEXT NOT NULL,
    detail TEXT,
    export_id INTEGER REFERENCES exports(id),
    seen_at TEXT NOT NULL
);
CREATE INDEX seen_files_sha ON seen_files(sha256);
CREATE INDEX messages_removed ON messages(chat_id) WHERE removed_in_export IS NOT NULL;
CREATE TABLE originals (
    export_id INTEGER PRIMARY KEY REFERENCES exports(id),
    source_name TEXT NOT NULL,
    size INTEGER NOT NULL,
    data BLOB NOT NULL,
    stored_at TEXT NOT NULL
);
CREATE TABLE message_stamps (
    message_id INTEGER PRIMARY KEY REFERENCES messages(id),
    stamp TEXT NOT NULL
);
"""


@MIGRATIONS()
def m004_inbox(db: sqlite_utils.Database) -> None:
    """Guideline packs (versioned), per-chat packs and admins, the inbox and its log.

    `inbox_items.group_key` folds repeated hits of one rule on one author in
    a short time into one item. `triage_log` is append-only: the app never
    updates or deletes its rows (the incidents issue chains them).
    """
    db.executescript(_M004_SQL)


_M004_SQL = """
CREATE TABLE rule_packs (
    id INTEGER PRIMARY KEY,
    pack_key TEXT NOT NULL,
    version INTEGER NOT NULL,
    source TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT,
    UNIQUE (pack_key, version)
);
CREATE TABLE chat_packs (
    chat_id INTEGER NOT NULL REFERENCES chats(id),
    pack_key TEXT NOT NULL,
    PRIMARY KEY (chat_id, pack_key)
) WITHOUT ROWID;
CREATE TABLE chat_admins (
    chat_id INTEGER NOT NULL REFERENCES chats(id),
    author TEXT NOT NULL,
    is_admin INTEGER NOT NULL,
    source TEXT NOT NULL,
    set_at TEXT NOT NULL,
    PRIMARY KEY (chat_id, author)
) WITHOUT ROWID;
CREATE TABLE inbox_items (
    id INTEGER PRIMARY KEY,
    chat_id INTEGER NOT NULL REFERENCES chats(id),
    pack_key TEXT NOT NULL,
    rule_id TEXT NOT NULL,
    severity TEXT NOT NULL,
    bucket TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'new',
    group_key TEXT NOT NULL UNIQUE,
    author TEXT,
    first_message_id INTEGER NOT NULL,
    last_message_id INTEGER NOT NULL,
    hits INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    snoozed_until TEXT,
    handled_by TEXT,
    reason TEXT,
    incident_id INTEGER
);
CREATE INDEX inbox_items_queue ON inbox_items(state, severity, last_message_id);
CREATE INDEX inbox_items_chat ON inbox_items(chat_id, state);
CREATE TABLE inbox_hits (
    item_id INTEGER NOT NULL REFERENCES inbox_items(id),
    message_id INTEGER NOT NULL REFERENCES messages(id),
    detector TEXT NOT NULL,
    spans TEXT NOT NULL,
    PRIMARY KEY (item_id, message_id, detector)
) WITHOUT ROWID;
CREATE INDEX inbox_hits_message ON inbox_hits(message_id);
CREATE TABLE triage_log (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES inbox_items(id),
    at TEXT NOT NULL,
    moderator TEXT NOT NULL,
    action TEXT NOT NULL,
    from_state TEXT,
    to_state TEXT,
    detail TEXT
);
CREATE INDEX triage_log_item ON triage_log(item_id, id);
CREATE TABLE triage_progress (
    chat_id INTEGER PRIMARY KEY REFERENCES chats(id),
    scanned_to INTEGER NOT NULL,
    packs_version TEXT NOT NULL
);
"""


def apply(db: sqlite_utils.Database) -> list[str]:
    """Apply pending migrations and return the names applied (ids only)."""
    names = [m.name for m in MIGRATIONS.pending(db)]
    if names:
        MIGRATIONS.apply(db)
    return names


def pending(db: sqlite_utils.Database) -> list[str]:
    """Names of migrations not yet applied."""
    return [m.name for m in MIGRATIONS.pending(db)]


@MIGRATIONS()
def m005_cases(db: sqlite_utils.Database) -> None:
    """Incidents, the people in them, their chained timeline, notes, evidence and search.

    `incident_entries` is the timeline: append-only, each row sealed with a
    MAC over its fields and the previous row's MAC (`moddesk.cases.chain`).
    It has no foreign key and no unique index on purpose: rows removed,
    duplicated or reordered behind the app's back must stay readable so the
    check can name them. `incident_chain` holds the wrapped chain key (and, during a passphrase
    change, its wrap under the new key) and the
    sealed head (entry count and last MAC per incident) that exposes a log
    cut short. Evidence rows copy the snapshot and its provenance in, and
    name their message without a reference, so they outlive re-imports,
    merges and deleted chats. `incidents_fts` indexes titles and current
    notes with the tokenizer of `messages_fts`.
    """
    db.executescript(_M005_SQL)


_M005_SQL = """
CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    pack_key TEXT,
    rule_id TEXT,
    severity TEXT NOT NULL,
    status TEXT NOT NULL,
    follow_up TEXT,
    tags TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX incidents_status ON incidents(status, severity);
CREATE INDEX incidents_follow_up ON incidents(follow_up) WHERE follow_up IS NOT NULL;
CREATE TABLE incident_people (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    UNIQUE (incident_id, name, role)
);
CREATE TABLE incident_entries (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    at TEXT NOT NULL,
    by TEXT NOT NULL,
    kind TEXT NOT NULL,
    detail TEXT NOT NULL,
    prev_mac BLOB NOT NULL,
    mac BLOB NOT NULL
);
CREATE INDEX incident_entries_incident ON incident_entries(incident_id, id);
CREATE TABLE incident_chain (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    wrapped_key BLOB NOT NULL,
    key_tag BLOB NOT NULL,
    heads TEXT NOT NULL,
    heads_mac BLOB NOT NULL,
    pending_key BLOB,
    pending_tag BLOB
);
CREATE TABLE incident_notes (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX incident_notes_incident ON incident_notes(incident_id);
CREATE TABLE incident_note_versions (
    note_id INTEGER NOT NULL REFERENCES incident_notes(id),
    version INTEGER NOT NULL,
    text TEXT NOT NULL,
    at TEXT NOT NULL,
    by TEXT NOT NULL,
    PRIMARY KEY (note_id, version)
) WITHOUT ROWID;
CREATE TABLE incident_evidence (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    message_id INTEGER,
    chat_name TEXT NOT NULL,
    source_name TEXT NOT NULL,
    export_sha256 TEXT NOT NULL,
    line INTEGER NOT NULL,
    snapshot TEXT NOT NULL,
    snapshot_sha256 TEXT NOT NULL,
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL
);
CREATE INDEX incident_evidence_incident ON incident_evidence(incident_id, id);
CREATE VIRTUAL TABLE incidents_fts USING fts5(
    title, notes,
    tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'",
    prefix = '1 2 3'
);
"""


@MIGRATIONS()
def m006_templates(db: sqlite_utils.Database) -> None:
    """Moderator-edited and added reply templates, and the resource directory.

    Shipped templates live in package data; a row in `template_texts` is an
    edit of one (origin 'edited', deleting it resets to the shipped text) or
    a template the moderator added (origin 'added'). `resources` starts
    empty: only services the moderator has checked go in.
    """
    db.executescript(_M006_SQL)


_M006_SQL = """
CREATE TABLE template_texts (
    key TEXT NOT NULL,
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    kind TEXT NOT NULL,
    audience TEXT NOT NULL,
    origin TEXT NOT NULL,
    version INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT,
    PRIMARY KEY (key, language)
) WITHOUT ROWID;
CREATE TABLE resources (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    helps_with TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
"""


@MIGRATIONS()
def m007_lean_message_index(db: sqlite_utils.Database) -> None:
    """The message index rebuilt without the 2- and 3-letter prefix indexes or column sizes.

    Measured on a million generated messages, same machine and run: the
    m002 index took 6.8-7.7 s of CPU to build and 250 MB; this one 3.1 s
    and 125 MB. Searches for 2 and 3 letters walk the term list instead
    (p95 2 ms); 1-letter prefixes keep their index, the only ones that
    would otherwise be slow (p95 94 ms without it). Nothing ranks messages, so the per-row column
    sizes (for bm25) were never read. Existing messages are indexed again.

    Statement by statement, not `executescript`: that commits first, and
    this must land whole inside the migration's transaction.
    """
    for statement in _M007_SQL.split(";\n"):
        if statement.strip():
            db.execute(statement)


_M007_SQL = """
DROP TABLE messages_fts;
CREATE VIRTUAL TABLE messages_fts USING fts5(
    text, author,
    content = 'messages', content_rowid = 'id',
    tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'",
    prefix = '1', columnsize = 0
);
INSERT INTO messages_fts(messages_fts) VALUES ('rebuild');
"""
