"""The queue model: rows fetched lazily a page at a time, ages from the injected clock."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt

from moddesk.storage import inbox_queries as queries
from moddesk.storage import inbox_store
from moddesk.ui.inbox_model import AGE, GROUP, RULE, SEVERITY, STATE, InboxModel, age_text, state_text
from tests.helpers.inbox_data import TODAY, message_id, seed

NOW = dt.datetime(2026, 11, 16, 9, 30)


@pytest.fixture
def model(qapp, vault):  # type: ignore[no-untyped-def]
    data = seed(vault.db)
    lyon = data.chats["lyon"]
    mid = message_id(vault.db, lyon, "Bon Plan", "bit.ly")
    inbox_store.record_hits(vault.db, [
        inbox_store.Hit(lyon, mid, "support", "spam_link", "low", "attention", f"wave/{k}",
                        f"Sender {k}", "link", [(0, 6)]) for k in range(150)])
    m = InboxModel(lambda: vault.db, lambda: NOW, lambda pack, rule: f"[{rule}]")
    m.set_ids(queries.queue(vault.db, today=TODAY))
    return m, data


def test_rows_are_fetched_a_page_at_a_time(model) -> None:  # type: ignore[no-untyped-def]
    m, _ = model
    assert m.rowCount() == 161 and m.cached_count() == 0
    assert m.index(0, SEVERITY).data() == "Urgent"
    assert m.cached_count() == 64
    assert m.index(160, GROUP).data() == "Parents Lyon"
    assert m.cached_count() == 64 + 33
    m.set_ids(m.ids()[:3])
    assert m.cached_count() == 0  # a refresh drops every cached row


def test_cells_show_group_rule_and_how_long_an_item_has_waited(model) -> None:  # type: ignore[no-untyped-def]
    m, data = model
    row = m.row_of(data.items["olga_urgent"])
    assert m.index(row, GROUP).data() == "Mütter Berlin"
    assert m.index(row, RULE).data() == "[urgent_help]"
    assert m.index(row, AGE).data() == "47 h"  # since 14 Nov 10:05
    assert m.index(row, AGE).data(Qt.ItemDataRole.ToolTipRole) == "First message: 2026-11-14 10:05:00"
    assert m.index(m.row_of(data.items["grooming"]), AGE).data() == "2 d"


def test_age_and_snooze_texts() -> None:
    assert age_text("2026-11-16T09:18:00", NOW) == "12 min"
    assert age_text("2026-11-16T10:00:00", NOW) == "0 min"  # a clock behind the export
    assert age_text(None, NOW) == ""
    row = queries.ItemRow(1, 1, "G", "p", "r", "low", "attention", "new", None, 1, 1, 1, None, None,
                          "2026-11-20", None, None)
    assert state_text(row, "2026-11-16") == "Snoozed to 2026-11-20"
    assert state_text(dataclasses.replace(row, state="in_review"), "2026-11-20") == "In review"


def test_missing_rows_show_nothing(model) -> None:  # type: ignore[no-untyped-def]
    m, _ = model
    m.set_ids([999_999])
    assert m.index(0, STATE).data() is None
    assert m.item(5) is None
