"""Fixtures for the incident log: a real vault with the three seeded chats, a fixed clock."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
import sqlite_utils

from moddesk.cases.chain import CHAIN_PURPOSE
from tests.helpers.inbox_data import Seeded, seed

NOW = dt.datetime(2026, 11, 16, 9, 30)


@dataclasses.dataclass(frozen=True)
class Desk:
    """What a test writes with: the vault's connection, the seeded data and the signing kwargs."""

    db: sqlite_utils.Database
    seeded: Seeded
    key: bytes

    def kw(self, minutes: int = 0, moderator: str = "Nadia") -> dict[str, object]:
        """mac_key, moderator and a clock `minutes` after NOW."""
        return {"mac_key": self.key, "moderator": moderator,
                "now": NOW + dt.timedelta(minutes=minutes)}


@pytest.fixture
def desk(vault) -> Desk:  # type: ignore[no-untyped-def]
    return Desk(vault.db, seed(vault.db), vault.mac_key(CHAIN_PURPOSE))
