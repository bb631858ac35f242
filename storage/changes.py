"""What a write changed, so views refresh only that (Anki's OpChanges)."""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass(frozen=True)
class Changes:
    """The areas a mutation touched. Views check the flags they show.

    Adding an area is one line here: union and truth go over every field.
    """

    settings: frozenset[str] = frozenset()
    chats: bool = False
    messages: bool = False
    inbox: bool = False
    incidents: bool = False
    folders: bool = False
    packs: bool = False
    templates: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) | getattr(other, f.name)
                          for f in dataclasses.fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in dataclasses.fields(self))
