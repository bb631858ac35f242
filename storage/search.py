"""Full-text search over stored messages, newest first.

The moderator's words become a safe FTS5 query (`fts_query`): every token is
quoted, so no input can reach FTS5's own syntax and fail; words are ANDed
and looked for in the message text, "quoted text" is a phrase, a trailing
`*` (or, while typing, the last word) is a prefix; the author filter looks
in the author column. Case and diacritics fold in the index (müller = MÜLLER =
muller) and combining marks stay inside tokens, so Devanagari and Arabic
words are found whole.

Message ids grow with time, so "newest first" is the index read backwards
by rowid and a date range is a rowid range: nothing is ever sorted. A chat
filter cannot live in the index, so it is checked while walking candidates,
at most `SCAN_BUDGET` of them per call; the returned page then says where to
continue ("more results…"). `snippet()` runs only for the hits returned.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import unicodedata
from collections.abc import Iterable, Iterator

import sqlite_utils

from moddesk.storage.message_store import SEQ_BITS

log = logging.getLogger("moddesk.storage.search")

MARK_START, MARK_END = "\x02", "\x03"
SNIPPET_TOKENS = 24
SCAN_BUDGET = 20000
_FETCH = 1000
_DENSE = 8  # a chat with more index rows than this many per candidate is "dense"
_BY_KEY = 100
_HITS_PER_QUERY = 500  # well below SQLite's limit on bound parameters
_EPOCH = dt.datetime(1970, 1, 1)
_MAX_ID = (1 << 63) - 1


@dataclasses.dataclass(frozen=True)
class SearchHit:
    """One message found; `snippet` marks matches with MARK_START/MARK_END.

    `chat` is the display name of the chat the moderator sees it in (for a
    chat merged into another, the one it was merged into).
    """

    id: int
    chat_id: int
    chat: str
    ts: str
    author: str | None
    text: str | None
    snippet: str
    removed: bool


@dataclasses.dataclass(frozen=True)
class SearchPage:
    """One page of hits and where the next page starts (None: nothing more)."""

    hits: list[SearchHit]
    next_before_id: int | None


@dataclasses.dataclass(frozen=True)
class _Term:
    """One word or phrase of the query, and whether its last word is a prefix."""

    tokens: tuple[str, ...]
    prefix: bool

    def render(self) -> str:
        """The term in FTS5 syntax: always one quoted string, so never an operator."""
        return '"' + " ".join(self.tokens).replace('"', '""') + '"' + ("*" if self.prefix else "")


def is_token_char(ch: str) -> bool:
    """True for characters the index keeps inside words (categories L*, N*, Co, M*)."""
    cat = unicodedata.category(ch)
    return cat[0] in "LNM" or cat == "Co"


def _tokens(text: str) -> tuple[str, ...]:
    """The words the index would make of `text` (split at non-token characters)."""
    out, word = [], []
    for ch in text:
        if is_token_char(ch):
            word.append(ch)
        elif word:
            out.append("".join(word))
            word = []
    if word:
        out.append("".join(word))
    return tuple(out)


def _chunk_terms(text: str) -> Iterator[_Term]:
    # One term per space-separated chunk: "don't" and "e-mail" are indexed as
    # two adjacent tokens, so they must match as a phrase, not as two words.
    for chunk in text.split():
        tokens = _tokens(chunk)
        if tokens:
            yield _Term(tokens, chunk.endswith("*"))


def _terms(query: str, as_you_type: bool) -> list[_Term]:
    text = unicodedata.normalize("NFC", query)
    parts = text.split('"')
    terms: list[_Term] = []
    for i, part in enumerate(parts):
        if i % 2 == 0:
            terms.extend(_chunk_terms(part))
            continue
        tokens = _tokens(part)  # inside quotes: one phrase
        after = parts[i + 1] if i + 1 < len(parts) else ""
        if tokens:
            terms.append(_Term(tokens, part.rstrip().endswith("*") or after.startswith("*")))
    # While typing, a query ending inside a word (not after a space, a
    # closing quote or punctuation) means that word is not finished yet.
    if terms and as_you_type and is_token_char(text[-1]):
        terms[-1] = dataclasses.replace(terms[-1], prefix=True)
    return terms


def fts_query(query: str, *, as_you_type: bool = False, author: str | None = None) -> str:
    """The FTS5 MATCH expression for what the moderator typed; "" when nothing to find.

    `author` adds a filter on the author column (words of the name, the last
    one as a prefix, so a partly typed name works).
    """
    # Words are looked for in the text only: names of people are what the
    # author filter is for, and a name otherwise floods the list with every
    # message that person wrote.
    words = " AND ".join(t.render() for t in _terms(query, as_you_type))
    expr = f"text : ({words})" if words else ""
    who = _terms(author or "", True)
    if who:
        who[-1] = dataclasses.replace(who[-1], prefix=True)
        author_expr = "author : (" + " AND ".join(t.render() for t in who) + ")"
        expr = f"{expr} AND {author_expr}" if expr else author_expr
    return expr


# -- filters -------------------------------------------------------------------


def _seconds(moment: dt.datetime) -> int:
    return int((moment.replace(tzinfo=None) - _EPOCH).total_seconds())


def _as_moment(value: dt.date | str, *, end_of_day: bool) -> dt.datetime:
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value) if "T" in value or " " in value \
            else dt.date.fromisoformat(value)
    if isinstance(value, dt.datetime):
        return value
    clock = dt.time(23, 59, 59) if end_of_day else dt.time(0, 0, 0)
    return dt.datetime.combine(value, clock)


def id_range(*, since: dt.date | str | None = None, until: dt.date | str | None = None,
             before_id: int | None = None) -> tuple[int, int]:
    """The inclusive message-id range for a date range (dates are whole days)."""
    lo, hi = 0, _MAX_ID
    if since is not None:
        lo = max(_seconds(_as_moment(since, end_of_day=False)), 0) << SEQ_BITS
    if until is not None:
        hi = ((_seconds(_as_moment(until, end_of_day=True)) + 1) << SEQ_BITS) - 1
    if before_id is not None:
        hi = min(hi, before_id - 1)
    return lo, hi


def chat_family(db: sqlite_utils.Database, chat_ids: Iterable[int]) -> set[int]:
    """`chat_ids` plus every chat merged into them (at any depth)."""
    ids = {int(c) for c in chat_ids}
    if not ids:
        return ids
    marks = ",".join("?" * len(ids))
    rows = db.execute(
        f"WITH RECURSIVE fam(id) AS (SELECT id FROM chats WHERE id IN ({marks}) "
        "UNION SELECT c.id FROM chats c JOIN fam ON c.merged_into = fam.id) SELECT id FROM fam",
        list(ids))
    return {int(r[0]) for r in rows}


def chat_display_names(db: sqlite_utils.Database) -> dict[int, str]:
    """Chat id -> the name shown for it (merged chats show their target's name)."""
    rows = db.execute("SELECT id, coalesce(display_name, name), merged_into FROM chats").fetchall()
    own = {int(r[0]): (str(r[1]), r[2]) for r in rows}
    names: dict[int, str] = {}
    for chat_id in own:
        target, seen = chat_id, set()
        while own[target][1] is not None and target not in seen and own[target][1] in own:
            seen.add(target)
            target = int(own[target][1])
        names[chat_id] = own[target][0]
    return names


# -- search ----------------------------------------------------------------------


def search_messages(db: sqlite_utils.Database, query: str, *,
                    chat_ids: Iterable[int] | None = None, author: str | None = None,
                    since: dt.date | str | None = None, until: dt.date | str | None = None,
                    limit: int = 50, before_id: int | None = None,
                    as_you_type: bool = False) -> list[SearchHit]:
    """Messages matching `query`, newest first (see `search_page` for paging)."""
    return search_page(db, query, chat_ids=chat_ids, author=author, since=since, until=until,
                       limit=limit, before_id=before_id, as_you_type=as_you_type).hits


def search_page(db: sqlite_utils.Database, query: str, *,
                chat_ids: Iterable[int] | None = None, author: str | None = None,
                since: dt.date | str | None = None, until: dt.date | str | None = None,
                limit: int = 50, before_id: int | None = None,
                as_you_type: bool = False) -> SearchPage:
    """Up to `limit` hits, newest first, and the `before_id` of the next page.

    `chat_ids` includes the chats merged into them. With a chat filter at
    most `SCAN_BUDGET` candidates are looked at, so a page may hold fewer
    than `limit` hits and still have a next page.
    """
    match = fts_query(query, as_you_type=as_you_type, author=author)
    if not match or limit <= 0:
        return SearchPage([], None)
    lo, hi = id_range(since=since, until=until, before_id=before_id)
    if lo > hi:
        return SearchPage([], None)
    chats = chat_family(db, chat_ids) if chat_ids is not None else None
    if chats is not None and not chats:
        return SearchPage([], None)
    ids, next_before = (_newest_ids(db, match, lo, hi, limit) if chats is None
                        else _newest_in_chats(db, match, lo, hi, limit, chats))
    hits = _hits(db, match, ids)
    log.debug("search: %d hits, more=%s", len(hits), next_before is not None)
    return SearchPage(hits, next_before)


def _newest_ids(db: sqlite_utils.Database, match: str, lo: int, hi: int,
                limit: int) -> tuple[list[int], int | None]:
    rows = db.execute(
        "SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? "
        "AND rowid >= ? AND rowid <= ? ORDER BY rowid DESC LIMIT ?",
        [match, lo, hi, limit + 1]).fetchall()
    ids = [int(r[0]) for r in rows]
    if len(ids) > limit:
        return ids[:limit], ids[limit - 1]
    return ids, None


def _newest_in_chats(db: sqlite_utils.Database, match: str, lo: int, hi: int, limit: int,
                     chats: set[int]) -> tuple[list[int], int | None]:
    """Walk candidates newest first, keeping those in `chats`, within the scan budget."""
    cur = db.execute("SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? "
                     "AND rowid >= ? AND rowid <= ? ORDER BY rowid DESC", [match, lo, hi])
    found: list[int] = []
    scanned = 0
    while rows := cur.fetchmany(_FETCH):
        ids = [int(r[0]) for r in rows]
        found.extend(_in_chats(db, ids, chats, want=limit + 1 - len(found)))
        if len(found) > limit:
            return found[:limit], found[limit - 1]
        scanned += len(ids)
        if scanned >= SCAN_BUDGET:
            return found, ids[-1]
    return found, None


def _in_chats(db: sqlite_utils.Database, ids: list[int], chats: set[int], *,
              want: int) -> list[int]:
    """Those of `ids` (newest first) that belong to `chats`, in order.

    Reads the chats' own (chat_id, id) index over the chunk's id span: a few
    dense index pages. Where a chat is dense in that span, the candidates are
    looked up by key instead, a few at a time, stopping at `want`: random
    page reads cost a decryption each, so they are kept few.
    """
    cap = _DENSE * len(ids)
    keep: set[int] = set()
    for chat_id in chats:
        rows = db.execute("SELECT id FROM messages WHERE chat_id = ? AND id BETWEEN ? AND ? "
                          "ORDER BY id DESC LIMIT ?", [chat_id, ids[-1], ids[0], cap]).fetchall()
        if len(rows) == cap:
            return _in_chats_by_key(db, ids, chats, want)
        keep.update(int(r[0]) for r in rows)
    return [i for i in ids if i in keep]


def _in_chats_by_key(db: sqlite_utils.Database, ids: list[int], chats: set[int],
                     want: int) -> list[int]:
    found: list[int] = []
    for start in range(0, len(ids), _BY_KEY):
        part = ids[start:start + _BY_KEY]
        rows = db.execute(f"SELECT id, chat_id FROM messages WHERE id IN ({','.join('?' * len(part))})",
                          part)
        keep = {int(r[0]) for r in rows if r[1] in chats}
        found.extend(i for i in part if i in keep)
        if len(found) >= want:
            break
    return found


def _hits(db: sqlite_utils.Database, match: str, ids: list[int]) -> list[SearchHit]:
    """The hits for `ids` (newest first) with their snippets."""
    names = chat_display_names(db) if ids else {}
    hits: list[SearchHit] = []
    for start in range(0, len(ids), _HITS_PER_QUERY):
        hits.extend(_hits_chunk(db, match, ids[start:start + _HITS_PER_QUERY], names))
    return hits


def _hits_chunk(db: sqlite_utils.Database, match: str, ids: list[int],
                names: dict[int, str]) -> Iterator[SearchHit]:
    # One statement per chunk, not one per id: a prefix without its own
    # prefix index is expanded each time a MATCH starts. `rowid + 0` makes
    # the id list a filter on the walk rather than a lookup per id.
    marks = ",".join("?" * len(ids))
    rows = db.execute(
        "SELECT m.id, m.chat_id, m.ts, m.author, m.text, m.removed_in_export IS NOT NULL, "
        f"snippet(messages_fts, 0, '{MARK_START}', '{MARK_END}', '…', {SNIPPET_TOKENS}) "
        "FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid "
        "WHERE messages_fts MATCH ? AND messages_fts.rowid BETWEEN ? AND ? "
        f"AND messages_fts.rowid + 0 IN ({marks}) ORDER BY messages_fts.rowid DESC",
        [match, ids[-1], ids[0], *ids])
    for mid, chat_id, ts, author, text, removed, snippet in rows:
        yield SearchHit(int(mid), int(chat_id), names.get(int(chat_id), ""), ts, author, text,
                        snippet or "", bool(removed))


# -- filter choices ----------------------------------------------------------------


def chat_choices(db: sqlite_utils.Database) -> list[tuple[int, str]]:
    """(id, display name) of every chat a moderator can pick (merged ones left out)."""
    rows = db.execute("SELECT id, coalesce(display_name, name) AS n FROM chats "
                      "WHERE merged_into IS NULL ORDER BY n COLLATE NOCASE")
    return [(int(r[0]), str(r[1])) for r in rows]


def recent_authors(db: sqlite_utils.Database, *, chat_ids: Iterable[int] | None = None,
                   window: int = 20000) -> list[str]:
    """Authors of the newest `window` messages, most active first.

    Bounded on purpose: it feeds a completer, and the people active lately
    are the ones a moderator looks for.
    """
    if chat_ids is None:
        inner, params = "SELECT author FROM messages ORDER BY id DESC LIMIT ?", [window]
    else:
        chats = sorted(chat_family(db, chat_ids)) or [-1]
        inner = (f"SELECT author FROM messages WHERE chat_id IN ({','.join('?' * len(chats))}) "
                 "ORDER BY id DESC LIMIT ?")
        params = [*chats, window]
    rows = db.execute(f"SELECT author, count(*) AS n FROM ({inner}) WHERE author IS NOT NULL "
                      "GROUP BY author ORDER BY n DESC, author", params)
    return [str(r[0]) for r in rows]
