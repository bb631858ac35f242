"""The incident timeline is tamper-evident (security P7).

Each attack is done the way someone with the vault open in an SQL shell
would do it: raw SQL on the real vault, bypassing the app. Attacks that need
the chain key get it the way such a person could (from the vault key); one
uses a wrong key. The check must name the problem in plain words and never
repair it.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from moddesk.cases import chain, incidents
from moddesk.storage import open_vault, passphrase_bytes
from tests.cases.conftest import Desk
from tests.conftest import PASSPHRASE


def _incident_with_entries(desk: Desk, notes: int = 5) -> int:
    """An incident with 1 created entry and `notes` note entries (seq 2..notes+1)."""
    iid, _ = incidents.create_incident(desk.db, **desk.kw(), title="Threats in the parents group")
    for n in range(notes):
        incidents.add_note(desk.db, **desk.kw(n + 1), incident_id=iid, text=f"Observation {n + 1}")
    return iid


def _check(desk: Desk, iid: int):  # type: ignore[no-untyped-def]
    return incidents.verify_chain(desk.db, mac_key=desk.key, incident_id=iid)


def _raw(desk: Desk, sql: str, params: list[object]) -> None:
    with desk.db.conn:
        desk.db.execute(sql, params)


def test_an_untouched_log_verifies(desk: Desk) -> None:
    iid = _incident_with_entries(desk)
    check = _check(desk, iid)
    assert (check.ok, check.entries, check.problems) == (True, 6, ())


def test_an_edited_entry_is_reported(desk: Desk) -> None:
    iid = _incident_with_entries(desk)
    _raw(desk, "UPDATE incident_entries SET by = 'Someone else' WHERE incident_id = ? AND seq = 4",
         [iid])
    check = _check(desk, iid)
    assert not check.ok
    assert check.problems == ("Entry 4 was altered.",)


def test_a_deleted_entry_in_the_middle_is_reported(desk: Desk) -> None:
    iid = _incident_with_entries(desk)
    _raw(desk, "DELETE FROM incident_entries WHERE incident_id = ? AND seq = 3", [iid])
    assert _check(desk, iid).problems == ("Entry 3 is missing.",)


def test_reordered_entries_are_reported(desk: Desk) -> None:
    iid = _incident_with_entries(desk)
    rows = {r.seq: r for r in chain.store.entries(desk.db, iid)}
    # Swap the stored order of entries 3 and 4, seals and all.
    _raw(desk, "UPDATE incident_entries SET id = -1 WHERE id = ?", [rows[3].id])
    _raw(desk, "UPDATE incident_entries SET id = ? WHERE id = ?", [rows[3].id, rows[4].id])
    _raw(desk, "UPDATE incident_entries SET id = ? WHERE id = -1", [rows[4].id])
    assert _check(desk, iid).problems == ("Entries 3 and 4 are out of order.",)


def test_cutting_the_last_entries_is_reported_as_rolled_back(desk: Desk) -> None:
    iid = _incident_with_entries(desk)
    _raw(desk, "DELETE FROM incident_entries WHERE incident_id = ? AND seq >= 5", [iid])
    check = _check(desk, iid)
    assert not check.ok and check.entries == 4
    assert "The log ends earlier than it did (rolled back)." in check.problems


def test_removing_a_whole_incident_is_reported(desk: Desk) -> None:
    keep = _incident_with_entries(desk, notes=1)
    gone = _incident_with_entries(desk, notes=2)
    for table in ("incident_note_versions", "incident_notes", "incident_entries"):
        column = "note_id IN (SELECT id FROM incident_notes WHERE incident_id = ?)" \
            if table == "incident_note_versions" else "incident_id = ?"
        _raw(desk, f"DELETE FROM {table} WHERE {column}", [gone])
    _raw(desk, "DELETE FROM incidents_fts WHERE rowid = ?", [gone])
    _raw(desk, "DELETE FROM incidents WHERE id = ?", [gone])
    checks = incidents.verify_all(desk.db, mac_key=desk.key)
    assert checks[keep].ok
    assert checks[gone].problems == ("The log ends earlier than it did (rolled back).",
                                     "The incident itself was removed from the vault.")


def test_an_entry_forged_with_a_wrong_key_is_reported(desk: Desk) -> None:
    iid = _incident_with_entries(desk, notes=2)
    last = chain.store.entries(desk.db, iid)[-1]
    detail = chain.canonical_json({"from": "open", "to": "closed"})
    wrong = os.urandom(32)
    mac = chain.entry_mac(wrong, incident_id=iid, seq=4, at="2026-11-16T11:00:00", by="Nadia",
                          kind="status", detail=detail, prev_mac=last.mac)
    _raw(desk, "INSERT INTO incident_entries(incident_id, seq, at, by, kind, detail, prev_mac, mac) "
         "VALUES (?, 4, '2026-11-16T11:00:00', 'Nadia', 'status', ?, ?, ?)",
         [iid, detail, last.mac, mac])
    assert _check(desk, iid).problems == ("Entry 4 was added outside ModDesk.",)


def test_an_entry_sealed_with_the_right_key_but_behind_the_apps_back_is_reported(desk: Desk) -> None:
    iid = _incident_with_entries(desk, notes=2)
    last = chain.store.entries(desk.db, iid)[-1]
    secret = chain.chain_secret(desk.db, desk.key)
    assert secret is not None
    detail = chain.canonical_json({"from": "open", "to": "closed"})
    mac = chain.entry_mac(secret, incident_id=iid, seq=4, at="2026-11-16T11:00:00", by="Nadia",
                          kind="status", detail=detail, prev_mac=last.mac)
    _raw(desk, "INSERT INTO incident_entries(incident_id, seq, at, by, kind, detail, prev_mac, mac) "
         "VALUES (?, 4, '2026-11-16T11:00:00', 'Nadia', 'status', ?, ?, ?)",
         [iid, detail, last.mac, mac])
    _raw(desk, "UPDATE incidents SET status = 'closed' WHERE id = ?", [iid])
    assert "Entry 4 was added outside ModDesk." in _check(desk, iid).problems


def test_rows_changed_behind_the_chain_are_reported(desk: Desk) -> None:
    iid = _incident_with_entries(desk, notes=1)
    incidents.add_person(desk.db, **desk.kw(5), incident_id=iid, name="Marc", role="subject")
    _raw(desk, "UPDATE incident_note_versions SET text = 'Nothing happened' WHERE note_id = "
         "(SELECT id FROM incident_notes WHERE incident_id = ?)", [iid])
    _raw(desk, "UPDATE incidents SET status = 'closed', severity = 'low' WHERE id = ?", [iid])
    _raw(desk, "DELETE FROM incident_people WHERE incident_id = ?", [iid])
    assert _check(desk, iid).problems == (
        "Note 1 (version 1) was altered.",
        "The incident's severity was changed outside ModDesk.",
        "The incident's status was changed outside ModDesk.",
        "The people involved were changed outside ModDesk.")


def test_an_altered_head_is_reported_and_writing_on_top_does_not_hide_it(desk: Desk) -> None:
    iid = _incident_with_entries(desk, notes=3)
    _raw(desk, "DELETE FROM incident_entries WHERE incident_id = ? AND seq = 4", [iid])
    # Shorten the head's record to match, without the key to reseal it.
    state = chain.store.chain_state(desk.db)
    assert state is not None
    _raw(desk, "UPDATE incident_chain SET heads = replace(heads, '[4,', '[3,')", [])
    incidents.add_note(desk.db, **desk.kw(30), incident_id=iid, text="Written after the damage")
    assert _check(desk, iid).problems == (
        "The log's record of how long each incident's timeline is was altered.",
        "Entry 4 does not follow entry 3.")


def test_a_spliced_old_page_of_the_timeline_is_detected(vault, vault_dir: Path,  # type: ignore[no-untyped-def]
                                                         tmp_path: Path) -> None:
    """Security §2.1.2: someone without the key swaps an older page into the file."""
    desk = Desk(vault.db, None, vault.mac_key(chain.CHAIN_PURPOSE))  # type: ignore[arg-type]
    iid = _incident_with_entries(desk, notes=2)
    # The table and its index, as a careful attacker would revert both.
    roots = [int(r[0]) for r in vault.db.execute(
        "SELECT rootpage FROM sqlite_schema WHERE tbl_name = 'incident_entries'")]
    assert len(roots) == 2
    vault.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    old = tmp_path / "old.db"
    shutil.copyfile(vault_dir / "vault.db", old)
    incidents.add_note(vault.db, **desk.kw(10), incident_id=iid, text="Added later")
    vault.close()
    page = 4096
    data = bytearray((vault_dir / "vault.db").read_bytes())
    before = old.read_bytes()
    for root in roots:
        data[(root - 1) * page: root * page] = before[(root - 1) * page: root * page]
    (vault_dir / "vault.db").write_bytes(data)
    reopened = open_vault(vault_dir, passphrase_bytes(PASSPHRASE))
    try:
        check = incidents.verify_chain(reopened.db, mac_key=reopened.mac_key(chain.CHAIN_PURPOSE),
                                       incident_id=iid)
    finally:
        reopened.close()
    assert check.entries == 3
    assert "The log ends earlier than it did (rolled back)." in check.problems


def test_a_passphrase_change_keeps_the_chain_verifiable(vault, vault_dir: Path,  # type: ignore[no-untyped-def]
                                                        fast_params) -> None:
    desk = Desk(vault.db, None, vault.mac_key(chain.CHAIN_PURPOSE))  # type: ignore[arg-type]
    iid = _incident_with_entries(desk, notes=1)
    old_key = desk.key
    vault.change_passphrase(passphrase_bytes("a brand new passphrase"), params=fast_params)
    new_key = vault.mac_key(chain.CHAIN_PURPOSE)
    assert new_key != old_key
    with pytest.raises(chain.ChainKeyMismatch):
        incidents.add_note(vault.db, mac_key=new_key, moderator="Nadia", incident_id=iid,
                           text="refused until re-wrapped")
    chain.rewrap(vault.db, old_key=old_key, new_key=new_key)
    incidents.add_note(vault.db, mac_key=new_key, moderator="Nadia", incident_id=iid, text="after")
    assert incidents.verify_chain(vault.db, mac_key=new_key, incident_id=iid).ok
    wrong = incidents.verify_chain(vault.db, mac_key=old_key, incident_id=iid)
    assert not wrong.ok and "seal does not match" in wrong.problems[0]


@pytest.mark.parametrize("killed", ["before the re-key", "after the re-key"])
def test_a_kill_during_a_passphrase_change_leaves_the_chain_opening(  # type: ignore[no-untyped-def]
        vault, vault_dir: Path, fast_params, killed: str) -> None:
    """Whichever passphrase the vault opens with afterwards, the chain opens and verifies."""
    desk = Desk(vault.db, None, vault.mac_key(chain.CHAIN_PURPOSE))  # type: ignore[arg-type]
    iid = _incident_with_entries(desk, notes=2)
    new_pass = "a brand new passphrase"

    def prepare(next_mac_key):  # type: ignore[no-untyped-def]
        chain.prepare_rewrap(vault.db, old_key=desk.key,
                             new_key=next_mac_key(chain.CHAIN_PURPOSE))
        if killed == "before the re-key":
            raise KeyboardInterrupt  # stands in for the kill: the re-key never runs

    try:
        vault.change_passphrase(passphrase_bytes(new_pass), params=fast_params,
                                before_rekey=prepare)
    except KeyboardInterrupt:
        pass
    vault.close()  # no rewrap: the process died here
    survivor = PASSPHRASE if killed == "before the re-key" else new_pass
    reopened = open_vault(vault_dir, passphrase_bytes(survivor))
    try:
        key = reopened.mac_key(chain.CHAIN_PURPOSE)
        incidents.add_note(reopened.db, mac_key=key, moderator="Nadia", incident_id=iid,
                           text="written after the interrupted change")
        check = incidents.verify_chain(reopened.db, mac_key=key, incident_id=iid)
    finally:
        reopened.close()
    assert check.ok and check.entries == 4
