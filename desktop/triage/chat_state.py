"""Memory that stateful detectors keep per chat, across batches and scans.

Pass the same `ScanState` to consecutive `Triage.scan` calls (one import
after another) so a flood or an unanswered question that spans two exports
is still seen; pass it to `Triage.overdue` to collect questions whose reply
time ran out after the last message. A state belongs to the `Triage` that
made it: its slots follow that engine's detector order. It also keeps the
admin changes the chat's system notices announced ("Ben is now an admin").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class ScanState:
    """Per-chat detector memory: one slot per stateful detector of one engine."""

    def __init__(self, owner: int, make_slots: Callable[[], list[Any]]) -> None:
        self.owner = owner
        self._make_slots = make_slots
        self.chats: dict[int, list[Any]] = {}
        # chat id -> {member: is admin}, from the chat's admin notices so far.
        self.admin_changes: dict[int, dict[str, bool]] = {}

    def slots(self, chat_id: int) -> list[Any]:
        """The slots of one chat, created on first use."""
        found = self.chats.get(chat_id)
        if found is None:
            found = self.chats[chat_id] = self._make_slots()
        return found
