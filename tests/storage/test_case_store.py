"""The incident list: filters, full-text search over titles and notes, follow-ups due, no plaintext."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from moddesk.cases import incidents
from moddesk.cases.chain import CHAIN_PURPOSE
from moddesk.storage import case_queries
from tests.helpers.vault_files import files_containing, make_markers

NOW = dt.datetime(2026, 11, 16, 9, 0)


@pytest.fixture
def kw(vault) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {"mac_key": vault.mac_key(CHAIN_PURPOSE), "moderator": "Nadia", "now": NOW}


def _new(vault, kw, title: str, **fields: object) -> int:  # type: ignore[no-untyped-def]
    iid, _ = incidents.create_incident(vault.db, **kw, title=title)
    if fields:
        incidents.set_fields(vault.db, **kw, incident_id=iid, **fields)
    return iid


def _search(vault, text: str, **filters: object) -> list[int]:  # type: ignore[no-untyped-def]
    return [r.id for r in case_queries.list_incidents(vault.db, text=text, **filters)]


def test_search_finds_titles_and_current_notes_folded(vault, kw) -> None:  # type: ignore[no-untyped-def]
    a = _new(vault, kw, "Belästigung im Elterncafé")
    b = _new(vault, kw, "नौकरी धोखा")
    c = _new(vault, kw, "Quiet week")
    note, _ = incidents.add_note(vault.db, **kw, incident_id=c, text="Marc wrote to Léo privately")
    assert _search(vault, "elterncafe") == [a]
    assert _search(vault, "BELÄSTIGUNG") == [a]
    assert _search(vault, "धोखा") == [b]
    assert _search(vault, "leo") == [c]
    assert _search(vault, "pri", as_you_type=True) == [c]
    incidents.edit_note(vault.db, **kw, note_id=note, text="Marc wrote to a child privately")
    assert _search(vault, "leo") == []  # the index holds the current version
    assert _search(vault, "child") == [c]
    assert _search(vault, '"wrote to') == [c]  # odd input is words, never FTS syntax
    assert _search(vault, "child) OR (quiet") == []  # "or" is a word here, not an operator
    incidents.set_fields(vault.db, **kw, incident_id=a, title="Harassment at the parents' café")
    assert _search(vault, "belästigung") == [] and _search(vault, "harassment") == [a]


def test_filters_and_order(vault, kw) -> None:  # type: ignore[no-untyped-def]
    low = _new(vault, kw, "Spam", severity="low")
    urgent = _new(vault, kw, "Threat", severity="urgent",
                  category=("child-protection", "urgent-help"))
    closed = _new(vault, kw, "Old", severity="urgent")
    incidents.set_status(vault.db, **kw, incident_id=closed, status="closed")
    assert [r.id for r in case_queries.list_incidents(vault.db)] == [urgent, low, closed]
    assert [r.id for r in case_queries.list_incidents(vault.db, status="open")] == [urgent, low]
    assert [r.id for r in case_queries.list_incidents(vault.db, status="closed")] == [closed]
    assert [r.id for r in case_queries.list_incidents(vault.db, severity="urgent")] == [
        urgent, closed]
    assert [r.id for r in case_queries.list_incidents(
        vault.db, category=("child-protection", "urgent-help"))] == [urgent]
    assert case_queries.categories_in_use(vault.db) == [("child-protection", "urgent-help")]


def test_follow_ups_due_today_or_overdue_and_not_closed(vault, kw) -> None:  # type: ignore[no-untyped-def]
    overdue = _new(vault, kw, "Call back Olga", follow_up="2026-11-14")
    today = _new(vault, kw, "Check on Amira", follow_up="2026-11-16")
    _new(vault, kw, "Later", follow_up="2026-11-30")
    _new(vault, kw, "No date")
    done = _new(vault, kw, "Done", follow_up="2026-11-10")
    incidents.set_status(vault.db, **kw, incident_id=done, status="closed")
    assert [r.id for r in case_queries.followups_due(vault.db, today="2026-11-16")] == [
        overdue, today]
    incidents.set_fields(vault.db, **kw, incident_id=overdue, follow_up=None)
    assert [r.id for r in case_queries.followups_due(vault.db, today="2026-11-16")] == [today]


def test_no_plaintext_of_incidents_in_the_vault_files(vault, kw, vault_dir: Path) -> None:  # type: ignore[no-untyped-def]
    title, first, second, person, tag = make_markers()
    iid, _ = incidents.create_incident(vault.db, **kw, title=title)
    note, _ = incidents.add_note(vault.db, **kw, incident_id=iid, text=first)
    incidents.edit_note(vault.db, **kw, note_id=note, text=second)
    incidents.add_person(vault.db, **kw, incident_id=iid, name=person, role="affected")
    incidents.set_fields(vault.db, **kw, incident_id=iid, tags=[tag])
    assert _search(vault, first) == []  # stored (older version), indexed only while current
    assert _search(vault, second) == [iid]
    assert files_containing(vault_dir, [title, first, second, person, tag]) == []
    vault.close()
    assert files_containing(vault_dir, [title, first, second, person, tag]) == []
