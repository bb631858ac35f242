"""Read helpers for the inbox screens and the CLI: rows, hits, context, counts.

Everything here only reads. Rows come back as frozen dataclasses that carry
what a view shows (the chat's name, the message's text and author), so a Qt
model can cache them by id and never build SQL itself. Options are
keyword-only. Spans are `[start, end)` offsets into the message text, as the
detectors stored them; `clean_spans` makes them safe to slice with.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import tomllib
from collections.abc import Iterable, Sequence

import sqlite_utils

from moddesk.storage import guideline_store
from moddesk.storage import inbox_store as store
from moddesk.storage.message_store import SEQ_BITS, ts_seconds

STATE_FILTERS: dict[str, tuple[str, ...]] = {
    "open": store.OPEN_STATES, "new": ("new",), "in_review": ("in_review",),
    "escalated": ("escalated",), "resolved": ("resolved",), "dismissed": ("dismissed",),
    "snoozed": store.OPEN_STATES, "all": store.STATES,
}
# Snoozing hides an item from the to-do queue only; the lists of closed
# items show everything, whatever its snooze date.
_SHOW_SNOOZED = {"resolved", "dismissed", "all"}
CONTEXT = 5


@dataclasses.dataclass(frozen=True)
class ItemRow:
    """One inbox item as the queue shows it (timestamps are the export's wall clock)."""

    id: int
    chat_id: int
    chat: str
    pack_key: str
    rule_id: str
    severity: str
    bucket: str
    state: str
    author: str | None
    hits: int
    first_message_id: int
    last_message_id: int
    first_ts: str | None
    last_ts: str | None
    snoozed_until: str | None
    handled_by: str | None
    reason: str | None


@dataclasses.dataclass(frozen=True)
class MediaInfo:
    """A stored media file, without its bytes."""

    id: int
    mime: str
    size: int


@dataclasses.dataclass(frozen=True)
class Message:
    """One message of a chat, with the media stored for it."""

    id: int
    chat_id: int
    ts: str
    author: str | None
    kind: str
    system_kind: str | None
    text: str | None
    attachment: str | None
    edited: bool
    removed: bool
    media: tuple[MediaInfo, ...] = ()


@dataclasses.dataclass(frozen=True)
class HitMessage:
    """A message that tripped an item's rule: which detectors, and where in the text."""

    message: Message
    detectors: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]


@dataclasses.dataclass(frozen=True)
class GroupNeeds:
    """What one group needs now (open, unsnoozed items by bucket)."""

    chat_id: int
    chat: str
    urgent: int
    attention: int
    reply: int

    @property
    def total(self) -> int:
        """All open items of the group."""
        return self.urgent + self.attention + self.reply


@dataclasses.dataclass(frozen=True)
class RuleText:
    """A rule's title and plain-language description, from its guideline pack."""

    title: str
    description: str | None


# -- the queue ----------------------------------------------------------------------


def queue(db: sqlite_utils.Database, *, today: str, state: str = "open",
          chat_ids: Sequence[int] | None = None, rule_id: str | None = None,
          severity: str | None = None, since: dt.date | None = None,
          until: dt.date | None = None, include_snoozed: bool = False) -> list[int]:
    """Item ids in queue order (most severe, then longest waiting) for one filter.

    `state` is a key of `STATE_FILTERS`; "snoozed" lists only the open items
    that are snoozed past `today`. `since`/`until` are inclusive days.
    """
    def ids(snoozed: bool) -> list[int]:
        return store.queue_ids(db, today=today, states=STATE_FILTERS[state], chat_ids=chat_ids,
                               rule_id=rule_id, severity=severity, since_id=_day_start_id(since),
                               until_id=_day_end_id(until), snoozed=snoozed)

    if state != "snoozed":
        return ids(include_snoozed or state in _SHOW_SNOOZED)
    awake = set(ids(False))
    return [i for i in ids(True) if i not in awake]


def _day_start_id(day: dt.date | None) -> int | None:
    return None if day is None else ts_seconds(f"{day.isoformat()}T00:00:00") << SEQ_BITS


def _day_end_id(day: dt.date | None) -> int | None:
    if day is None:
        return None
    return ((ts_seconds(f"{day.isoformat()}T00:00:00") + 86400) << SEQ_BITS) - 1


_ITEM_SQL = """
SELECT i.id, i.chat_id, coalesce(c.display_name, c.name), i.pack_key, i.rule_id, i.severity,
       i.bucket, i.state, i.author, i.hits, i.first_message_id, i.last_message_id,
       fm.ts, lm.ts, i.snoozed_until, i.handled_by, i.reason
FROM inbox_items i
JOIN chats c ON c.id = i.chat_id
LEFT JOIN messages fm ON fm.id = i.first_message_id
LEFT JOIN messages lm ON lm.id = i.last_message_id
WHERE i.id IN ({marks})
"""


def item_rows(db: sqlite_utils.Database, ids: Iterable[int]) -> dict[int, ItemRow]:
    """The rows of `ids` (missing ids are left out), by id."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return {}
    rows = db.execute(_ITEM_SQL.format(marks=", ".join("?" * len(wanted))), wanted)
    return {int(r[0]): ItemRow(*r) for r in rows}


def rule_ids(db: sqlite_utils.Database) -> list[tuple[str, str]]:
    """(pack_key, rule_id) of every rule that has filed an item, sorted."""
    return [(str(p), str(r)) for p, r in db.execute(
        "SELECT DISTINCT pack_key, rule_id FROM inbox_items ORDER BY rule_id, pack_key")]


def chat_ids_named(db: sqlite_utils.Database, name: str) -> list[int]:
    """Chats whose name or display name is `name` (ignoring case)."""
    folded = name.casefold()
    return [int(cid) for cid, n, d in db.execute("SELECT id, name, display_name FROM chats")
            if folded in (str(n).casefold(), str(d or "").casefold())]


# -- one item -----------------------------------------------------------------------

_MESSAGE_COLUMNS = ("id, chat_id, ts, author, kind, system_kind, text, attachment, edited, "
                    "removed_in_export IS NOT NULL")


def item_hits(db: sqlite_utils.Database, item_id: int) -> list[HitMessage]:
    """The item's hit messages in time order, each with all its detectors and spans."""
    grouped: dict[int, tuple[list[str], list[tuple[int, int]]]] = {}
    for message_id, detector, spans in db.execute(
            "SELECT message_id, detector, spans FROM inbox_hits WHERE item_id = ? "
            "ORDER BY message_id, detector", [item_id]):
        detectors, all_spans = grouped.setdefault(int(message_id), ([], []))
        detectors.append(str(detector))
        all_spans.extend((int(a), int(b)) for a, b in json.loads(spans))
    messages = messages_by_id(db, grouped)
    return [HitMessage(messages[mid], tuple(d), tuple(sorted(set(s))))
            for mid, (d, s) in grouped.items() if mid in messages]


def messages_by_id(db: sqlite_utils.Database, ids: Iterable[int]) -> dict[int, Message]:
    """Messages by id, with their media (unknown ids are left out)."""
    wanted = list(ids)
    if not wanted:
        return {}
    sql = f"SELECT {_MESSAGE_COLUMNS} FROM messages WHERE id IN ({', '.join('?' * len(wanted))})"
    return {m.id: m for m in _with_media(db, [_message(r) for r in db.execute(sql, wanted)])}


def context(db: sqlite_utils.Database, message_id: int, *, before: int = CONTEXT,
            after: int = CONTEXT) -> list[Message]:
    """The message and up to `before`/`after` messages of the same chat around it."""
    row = db.execute("SELECT chat_id FROM messages WHERE id = ?", [message_id]).fetchone()
    if row is None:
        return []
    sql = f"SELECT {_MESSAGE_COLUMNS} FROM messages WHERE chat_id = ? AND id {{op}} ? " \
          "ORDER BY id {order} LIMIT ?"
    older = db.execute(sql.format(op="<", order="DESC"), [row[0], message_id, before])
    newer = db.execute(sql.format(op=">=", order="ASC"), [row[0], message_id, after + 1])
    rows = [*reversed(list(older)), *newer]
    return _with_media(db, [_message(r) for r in rows])


def _message(row: Sequence[object]) -> Message:
    mid, chat_id, ts, author, kind, system_kind, text, attachment, edited, removed = row
    return Message(int(mid), int(chat_id), str(ts), author, str(kind), system_kind,  # type: ignore[arg-type]
                   text, attachment, bool(edited), bool(removed))  # type: ignore[arg-type]


def _with_media(db: sqlite_utils.Database, messages: list[Message]) -> list[Message]:
    ids = [m.id for m in messages if m.kind == "media"]
    if not ids:
        return messages
    found: dict[int, list[MediaInfo]] = {}
    for mid, media_id, mime, size in db.execute(
            "SELECT mm.message_id, md.id, md.mime, md.size FROM message_media mm "
            f"JOIN media md ON md.id = mm.media_id WHERE mm.message_id IN "
            f"({', '.join('?' * len(ids))}) ORDER BY md.id", ids):
        found.setdefault(int(mid), []).append(MediaInfo(int(media_id), str(mime), int(size)))
    return [dataclasses.replace(m, media=tuple(found.get(m.id, ()))) for m in messages]


def media_data(db: sqlite_utils.Database, media_id: int) -> tuple[str, bytes] | None:
    """(mime, bytes) of a stored media file, for an explicit reveal only."""
    row = db.execute("SELECT mime, data FROM media WHERE id = ?", [media_id]).fetchone()
    return None if row is None else (str(row[0]), bytes(row[1]))


def clean_spans(text: str, spans: Iterable[Sequence[int]]) -> list[tuple[int, int]]:
    """Spans clipped to the text, empty ones dropped, overlaps merged, in order."""
    clipped = sorted((max(0, int(a)), min(len(text), int(b))) for a, b in spans)
    merged: list[tuple[int, int]] = []
    for start, end in clipped:
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def matched_words(text: str | None, spans: Iterable[Sequence[int]]) -> list[str]:
    """The matched pieces of `text`, in order."""
    return [text[a:b] for a, b in clean_spans(text, spans)] if text else []


# -- rules ----------------------------------------------------------------------------


def rule_text(db: sqlite_utils.Database, pack_key: str, rule_id: str, *,
              language: str = "en") -> RuleText | None:
    """The rule's title and description from the latest version of its pack, if it has them."""
    return rule_texts(db, [(pack_key, rule_id)], language=language)[(pack_key, rule_id)]


def rule_texts(db: sqlite_utils.Database, rules: Iterable[tuple[str, str]], *,
               language: str = "en") -> dict[tuple[str, str], RuleText | None]:
    """Title and description of each (pack_key, rule_id), reading each pack once.

    In `language` ("de", "de_DE") where the pack has it (`[rules.translations.de]`),
    field by field, else as written. Tolerant on purpose: the pack format
    belongs to the triage packs; a rule is looked up as `[rules.<id>]` or as
    an `[[rules]]` entry with `id`, and anything else (no pack, no title, bad
    TOML) gives None, so the caller shows the rule id.
    """
    packs: dict[str, object] = {}
    found: dict[tuple[str, str], RuleText | None] = {}
    code = _language_code(language)
    for pack_key, rule_id in rules:
        if pack_key not in packs:
            packs[pack_key] = _pack_rules(db, pack_key)
        found[(pack_key, rule_id)] = _rule_text(_rule_entry(packs[pack_key], rule_id), code)
    return found


def rule_titles(db: sqlite_utils.Database, pack_key: str, rule_id: str,
                languages: Iterable[str]) -> dict[str, str]:
    """One rule's title in each of `languages` (see `rule_texts`), reading the pack once; "" if unknown."""
    entry = _rule_entry(_pack_rules(db, pack_key), rule_id)
    return {language: _text(entry, "title", _language_code(language)) or ""
            for language in languages}


def _language_code(language: str) -> str:
    return (language or "en").replace("-", "_").split("_")[0].lower()


def _pack_rules(db: sqlite_utils.Database, pack_key: str) -> object:
    latest = guideline_store.pack_source(db, pack_key)
    if latest is None:
        return None
    try:
        return tomllib.loads(latest[1]).get("rules")
    except tomllib.TOMLDecodeError:
        return None


def _rule_text(entry: dict[str, object] | None, language: str) -> RuleText | None:
    title = _text(entry, "title", language)
    if title is None:
        return None
    return RuleText(title, _text(entry, "description", language))


def _text(entry: dict[str, object] | None, name: str, language: str) -> str | None:
    """A rule's field in `language` when the pack has it, else as written; None if blank."""
    translations = entry.get("translations") if entry else None
    texts = translations.get(language) if isinstance(translations, dict) else None
    for value in (texts.get(name) if isinstance(texts, dict) else None,
                  entry.get(name) if entry else None):
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _rule_entry(rules: object, rule_id: str) -> dict[str, object] | None:
    if isinstance(rules, dict):
        entry = rules.get(rule_id)
        return entry if isinstance(entry, dict) else None
    if isinstance(rules, list):
        return next((r for r in rules if isinstance(r, dict) and r.get("id") == rule_id), None)
    return None


# -- counts -----------------------------------------------------------------------------


def group_needs(db: sqlite_utils.Database, *, today: str) -> list[GroupNeeds]:
    """Every chat with its open counts, the neediest first (urgent, then attention, then reply)."""
    counts = store.group_counts(db, today=today)
    chats = db.execute("SELECT id, coalesce(display_name, name) FROM chats "
                       "WHERE merged_into IS NULL")
    needs = []
    for chat_id, name in chats:
        c = counts.get(int(chat_id))
        needs.append(GroupNeeds(int(chat_id), str(name), c.urgent if c else 0,
                                c.attention if c else 0, c.reply if c else 0))
    return sorted(needs, key=lambda g: (-g.urgent, -g.attention, -g.reply, g.chat.casefold()))
