"""What a write changed, so views refresh only that (Anki's OpChanges)."""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass(frozen=True)
class Changes:
    """The areas a mutation touched. Views check the flags they show."""

    settings: frozenset[str] = frozenset()
    chats: bool = False
    messages: bool = False
    inbox: bool = False
    incidents: bool = False
    folders: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            settings=self.settings | other.settings,
            chats=self.chats or other.chats,
            messages=self.messages or other.messages,
            inbox=self.inbox or other.inbox,
            incidents=self.incidents or other.incidents,
            folders=self.folders or other.folders,
        )

    def __bool__(self) -> bool:
        return (bool(self.settings) or self.chats or self.messages or self.inbox or self.incidents
                or self.folders)
