"""Fixtures for the triage tests: the shipped packs, an engine, record builders.

Also prints the evaluation table (see test_eval.py) in pytest's terminal
summary, so it shows without `-s`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

import pytest

from moddesk.triage import Flag, MessageRecord, Triage, builtin_packs

ADMIN = "Amina (admin)"
T0 = datetime(2024, 3, 1, 9, 0)
REPORT_KEY = pytest.StashKey[list[str]]()


def record(text: str | None, *, id: int = 1, author: str = "Member", kind: str = "text",
           ts: datetime = T0, chat_id: int = 1, system_kind: str | None = None,
           removed: bool = False, attachment: str | None = None) -> MessageRecord:
    """One message record with sensible defaults."""
    return MessageRecord(id, chat_id, ts, author, kind, system_kind, text, removed, attachment)


def records(texts: Iterable[str], *, author: str = "Member", minutes: int = 30) -> list[MessageRecord]:
    """Text messages by one author, `minutes` apart."""
    return [record(t, id=i, author=author, ts=T0 + timedelta(minutes=minutes * i))
            for i, t in enumerate(texts, 1)]


@pytest.fixture(scope="session")
def packs():  # type: ignore[no-untyped-def]
    """Both shipped packs, loaded once."""
    return builtin_packs()


@pytest.fixture(scope="session")
def triage(packs) -> Triage:  # type: ignore[no-untyped-def]
    """An engine over both shipped packs with one admin."""
    return Triage(packs, admins={ADMIN})


def rules_for(engine: Triage, text: str, *, author: str = "Member") -> set[str]:
    """Rule ids that fire on one text message."""
    return {f.rule_id for f in engine.scan([record(text, author=author)])}


def flags_for(engine: Triage, text: str, rule: str, *, author: str = "Member") -> list[Flag]:
    """Flags of one rule on one text message."""
    return [f for f in engine.scan([record(text, author=author)]) if f.rule_id == rule]


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # type: ignore[no-untyped-def]
    lines = config.stash.get(REPORT_KEY, [])
    if lines:
        terminalreporter.section("triage evaluation")
        for line in lines:
            terminalreporter.write_line(line)
