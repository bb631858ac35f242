"""The incident timeline as a hash chain: sealing entries and checking them (security P7).

Each entry's MAC is HMAC-SHA256(chain key, canonical(fields) || previous MAC),
so altering, removing or reordering a row breaks the seal of that row or the
link of the next one. A row cut from the *end* leaves nothing to break, so the
vault also keeps a sealed head: per incident the number of entries and the
last MAC, under one MAC over all incidents. A log cut short, or an incident
removed with its whole timeline, disagrees with the head.

The chain key is a random secret made with the first incident, stored wrapped
under `Vault.mac_key(CHAIN_PURPOSE)` (the caller's `mac_key`). The wrap lets
a passphrase change re-wrap one row (`rewrap`) instead of re-sealing every
entry, which would also launder any damage already there; `prepare_rewrap`
stores the next wrap before the re-key, so a kill in between loses nothing. Whole-file
rollback to an older consistent vault cannot be seen from inside (security
§1.3); page splicing and raw SQL can.

Checks never repair: they return plain sentences, and writing on top of a
damaged chain keeps the damage visible.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
import os
from collections.abc import Callable

import sqlite_utils

from moddesk.cases.errors import ChainKeyMismatch
from moddesk.cases.summary import ChainCheck
from moddesk.storage import case_store as store
from moddesk.storage.case_store import ChainState, EntryRow
from moddesk.storage.kdf import KdfParams
from moddesk.storage.vault import Vault

CHAIN_PURPOSE = b"incident-chain"
GENESIS = bytes(32)
Heads = dict[int, tuple[int, str]]


def canonical_json(value: object) -> str:
    """The one JSON text of `value` that is sealed and hashed (sorted keys, no spaces)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def entry_mac(secret: bytes, *, incident_id: int, seq: int, at: str, by: str, kind: str,
              detail: str, prev_mac: bytes) -> bytes:
    """The seal of one entry; `detail` is the stored JSON text, sealed byte for byte."""
    body = canonical_json([incident_id, seq, at, by, kind, detail]).encode("utf-8")
    return hmac.new(secret, body + prev_mac, hashlib.sha256).digest()


# -- the chain key --------------------------------------------------------------------


def _wrap_pad(mac_key: bytes) -> bytes:
    return hmac.new(mac_key, b"moddesk/chain/wrap", hashlib.sha256).digest()


def _wrap_tag(mac_key: bytes, wrapped: bytes) -> bytes:
    return hmac.new(mac_key, b"moddesk/chain/tag" + wrapped, hashlib.sha256).digest()


def _xor(a: bytes, b: bytes) -> bytes:
    return bytes(x ^ y for x, y in zip(a, b, strict=True))


def _heads_mac(secret: bytes, heads_json: str) -> bytes:
    return hmac.new(secret, b"moddesk/chain/heads" + heads_json.encode(), hashlib.sha256).digest()


def chain_secret(db: sqlite_utils.Database, mac_key: bytes, *, create: bool = False) -> bytes | None:
    """The chain key, made on first use when `create`; None when there is none yet.

    Raises `ChainKeyMismatch` when the stored key does not open with `mac_key`.
    """
    state = store.chain_state(db)
    if state is None:
        return _new_secret(db, mac_key) if create else None
    secret = _unwrap(state, mac_key)
    if secret is None:
        raise ChainKeyMismatch()
    return secret


def _opens(mac_key: bytes, wrapped: bytes | None, tag: bytes | None) -> bool:
    return (wrapped is not None and tag is not None
            and hmac.compare_digest(tag, _wrap_tag(mac_key, wrapped)))


def _unwrap(state: ChainState, mac_key: bytes) -> bytes | None:
    """The secret from whichever wrap opens with `mac_key` (main, else pending)."""
    for wrapped, tag in ((state.wrapped_key, state.key_tag),
                         (state.pending_key, state.pending_tag)):
        if _opens(mac_key, wrapped, tag):
            assert wrapped is not None
            return _xor(wrapped, _wrap_pad(mac_key))
    return None


def _new_secret(db: sqlite_utils.Database, mac_key: bytes) -> bytes:
    secret = os.urandom(32)
    wrapped = _xor(secret, _wrap_pad(mac_key))
    heads = canonical_json({})
    store.save_chain_state(db, ChainState(wrapped, _wrap_tag(mac_key, wrapped), heads,
                                          _heads_mac(secret, heads)))
    return secret


def prepare_rewrap(db: sqlite_utils.Database, *, old_key: bytes, new_key: bytes) -> None:
    """Before a re-key: store the chain key wrapped under the next `Vault.mac_key` too.

    The re-key itself is one transaction, but re-wrapping is another; a kill
    between the two would leave a vault that opens with the new passphrase
    and a chain key that only the old one unwraps. With both wraps stored
    first, either outcome of the re-key opens the chain. A vault without
    incidents, or whose chain key already did not open, is left as it is.
    """
    with db.atomic():
        state = store.chain_state(db)
        secret = None if state is None else _unwrap(state, old_key)
        if state is None or secret is None:
            return  # nothing to carry over; a mismatch must stay visible anyway
        pending = _xor(secret, _wrap_pad(new_key))
        store.save_chain_state(db, dataclasses.replace(
            state, pending_key=pending, pending_tag=_wrap_tag(new_key, pending)))


def rewrap(db: sqlite_utils.Database, *, old_key: bytes, new_key: bytes) -> None:
    """After a re-key: the chain key is wrapped under `new_key` only.

    Nothing else changes: entries and heads keep their seals, and damage
    stays as visible as it was. Works after `prepare_rewrap` (promotes the
    pending wrap) and without it (unwraps with `old_key`).
    """
    with db.atomic():
        state = store.chain_state(db)
        if state is None:
            return
        secret = _unwrap(state, new_key) or _unwrap(state, old_key)
        if secret is None:
            return  # already not opening: re-wrapping would hide the mismatch
        wrapped = _xor(secret, _wrap_pad(new_key))
        store.save_chain_state(db, dataclasses.replace(
            state, wrapped_key=wrapped, key_tag=_wrap_tag(new_key, wrapped),
            pending_key=None, pending_tag=None))


def change_passphrase(vault: Vault, new_passphrase: bytes | bytearray, *,
                      params: KdfParams | None = None) -> None:
    """Re-key `vault` and carry the chain key over, safe against a kill at any point."""
    old_key = vault.mac_key(CHAIN_PURPOSE)

    def prepare(next_mac_key: Callable[[bytes], bytes]) -> None:
        prepare_rewrap(vault.db, old_key=old_key, new_key=next_mac_key(CHAIN_PURPOSE))

    vault.change_passphrase(new_passphrase, params=params, before_rekey=prepare)
    rewrap(vault.db, old_key=old_key, new_key=vault.mac_key(CHAIN_PURPOSE))


# -- appending --------------------------------------------------------------------------


def append(db: sqlite_utils.Database, *, mac_key: bytes, incident_id: int, at: str, by: str,
           kind: str, detail: dict[str, str]) -> int:
    """Seal and store one entry after the incident's last; returns its seq.

    Call inside the caller's `db.atomic()`, with the change the entry records.
    """
    secret = chain_secret(db, mac_key, create=True)
    assert secret is not None
    state = store.chain_state(db)
    assert state is not None
    heads, heads_ok = _read_heads(secret, state)
    seq, prev = _next_position(db, incident_id, heads.get(incident_id))
    text = canonical_json({k: str(v) for k, v in detail.items()})
    mac = entry_mac(secret, incident_id=incident_id, seq=seq, at=at, by=by, kind=kind,
                    detail=text, prev_mac=prev)
    store.insert_entry(db, incident_id=incident_id, seq=seq, at=at, by=by, kind=kind,
                       detail=text, prev_mac=prev, mac=mac)
    heads[incident_id] = (seq, mac.hex())
    _save_heads(db, secret, state, heads, reseal=heads_ok)
    return seq


def _next_position(db: sqlite_utils.Database, incident_id: int,
                   head: tuple[int, str] | None) -> tuple[int, bytes]:
    last_row = store.last_entry(db, incident_id)
    top = max(head[0] if head else 0, last_row[0] if last_row else 0)
    if head is not None and head[0] == top:
        return top + 1, bytes.fromhex(head[1])
    return top + 1, last_row[1] if last_row else GENESIS


def _read_heads(secret: bytes, state: ChainState) -> tuple[Heads, bool]:
    ok = hmac.compare_digest(state.heads_mac, _heads_mac(secret, state.heads))
    try:
        raw = json.loads(state.heads)
        heads = {int(k): (int(v[0]), str(v[1])) for k, v in raw.items()}
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        return {}, False
    return heads, ok


def _save_heads(db: sqlite_utils.Database, secret: bytes, state: ChainState, heads: Heads,
                *, reseal: bool) -> None:
    # A head that no longer verifies keeps its broken seal: sealing it again
    # would make a rolled-back log look whole.
    text = canonical_json({str(k): [n, mac] for k, (n, mac) in sorted(heads.items())})
    seal = _heads_mac(secret, text) if reseal else state.heads_mac
    store.save_chain_state(db, dataclasses.replace(state, heads=text, heads_mac=seal))


# -- checking ---------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class ChainReading:
    """What a check found: the problems and the entries whose seal and link hold."""

    problems: tuple[str, ...]
    entries: int
    sound: tuple[EntryRow, ...]

    def as_check(self, extra: tuple[str, ...] = ()) -> ChainCheck:
        """The result as the summary shows it, with `extra` problems found elsewhere."""
        problems = self.problems + extra
        return ChainCheck(ok=not problems, entries=self.entries, problems=problems)


class _Log:
    """The vault-wide view a check needs: the chain key and the sealed heads."""

    def __init__(self, db: sqlite_utils.Database, mac_key: bytes) -> None:
        self.secret = chain_secret(db, mac_key)
        state = store.chain_state(db)
        self.heads: Heads = {}
        self.head_problem: str | None = None
        if self.secret is not None and state is not None:
            self.heads, ok = _read_heads(self.secret, state)
            if not ok:
                self.head_problem = ("The log's record of how long each incident's timeline is "
                                     "was altered.")


def read_chain(db: sqlite_utils.Database, mac_key: bytes, incident_id: int) -> ChainReading:
    """Check one incident's timeline; raises `ChainKeyMismatch` for a foreign key."""
    return _read(db, _Log(db, mac_key), incident_id)


def read_all(db: sqlite_utils.Database, mac_key: bytes) -> dict[int, ChainReading]:
    """Check every incident that has a row, entries, or a place in the head."""
    log = _Log(db, mac_key)
    ids = set(store.incident_ids(db)) | set(store.entry_incident_ids(db)) | set(log.heads)
    return {i: _read(db, log, i) for i in sorted(ids)}


def _read(db: sqlite_utils.Database, log: _Log, incident_id: int) -> ChainReading:
    rows = store.entries(db, incident_id)
    if log.secret is None:
        problems = ("This incident's timeline has entries but the log has no key: it was "
                    "written outside ModDesk.",) if rows else ()
        return ChainReading(problems, len(rows), ())
    head = log.heads.get(incident_id)
    problems, sound = _walk(log.secret, incident_id, rows, head)
    if log.head_problem:
        problems.insert(0, log.head_problem)
    elif head is None and rows:
        problems.append("The log's record of this incident is missing (the log was rolled "
                        "back or changed outside ModDesk).")
    return ChainReading(tuple(problems), len(rows), tuple(sound))


def _walk(secret: bytes, incident_id: int, rows: list[EntryRow],
          head: tuple[int, str] | None) -> tuple[list[str], list[EntryRow]]:
    known = head[0] if head else 0
    problems: list[str] = []
    sealed: dict[int, EntryRow] = {}
    order: list[int] = []
    for row in rows:
        if not _seal_holds(secret, incident_id, row):
            problems.append(f"Entry {row.seq} was added outside ModDesk." if row.seq > known
                            else f"Entry {row.seq} was altered.")
        elif row.seq in sealed:
            problems.append(f"Entry {row.seq} appears twice.")
        else:
            sealed[row.seq] = row
            order.append(row.seq)
    problems += _order_problems(order)
    problems += _gap_problems({r.seq for r in rows}, known)
    problems += _link_problems(sealed)
    problems += _head_problems(sealed, head)
    sound = [sealed[s] for s in sorted(sealed) if s <= known or head is None]
    return problems, sound


def _seal_holds(secret: bytes, incident_id: int, row: EntryRow) -> bool:
    expected = entry_mac(secret, incident_id=incident_id, seq=row.seq, at=row.at, by=row.by,
                         kind=row.kind, detail=row.detail, prev_mac=row.prev_mac)
    return hmac.compare_digest(expected, row.mac)


def _order_problems(order: list[int]) -> list[str]:
    return [f"Entries {b} and {a} are out of order." for a, b in zip(order, order[1:]) if b < a]


def _gap_problems(present: set[int], known: int) -> list[str]:
    top = max(present, default=0)
    problems = [f"Entry {s} is missing." for s in range(1, top) if s not in present]
    if known > top:
        problems.append("The log ends earlier than it did (rolled back).")
    return problems


def _link_problems(sealed: dict[int, EntryRow]) -> list[str]:
    problems = []
    for seq, row in sorted(sealed.items()):
        before = GENESIS if seq == 1 else (sealed[seq - 1].mac if seq - 1 in sealed else None)
        if before is not None and not hmac.compare_digest(before, row.prev_mac):
            problems.append(f"Entry {seq} does not follow entry {seq - 1}." if seq > 1
                            else "Entry 1 is not the start of this incident's timeline.")
    return problems


def _head_problems(sealed: dict[int, EntryRow], head: tuple[int, str] | None) -> list[str]:
    if head is None:
        return []
    known, last_hex = head
    extra = [f"Entry {s} was added outside ModDesk." for s in sorted(sealed) if s > known]
    last = sealed.get(known)
    if last is not None and last.mac.hex() != last_hex:
        extra.append(f"Entry {known} is not the entry the log ended with.")
    return extra
