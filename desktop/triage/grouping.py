"""Grouping repeated flags: one inbox item for fifty hits of one rule on one author.

`Flag.group_key` is (chat, rule, author, time bucket) with fixed buckets of
the rule's `group_minutes`. `group_flags` goes one step further and keeps
a group open while hits keep coming less than `group_minutes` apart, so a
burst that crosses a bucket boundary is still one item.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta

from .model import Flag


@dataclass
class FlagGroup:
    """Consecutive flags of one rule on one author in one chat."""

    key: tuple[int, str, str | None]
    flags: list[Flag] = field(default_factory=list)

    @property
    def first(self) -> Flag:
        """The flag that opened the group."""
        return self.flags[0]

    @property
    def last(self) -> Flag:
        """The most recent flag of the group."""
        return self.flags[-1]


def group_flags(flags: Iterable[Flag]) -> Iterator[FlagGroup]:
    """Groups in the order they close; input must be in time order (as scan yields)."""
    open_groups: dict[tuple[int, str, str | None], FlagGroup] = {}
    for flag in flags:
        key = (flag.chat_id, flag.rule_id, flag.author)
        group = open_groups.get(key)
        if group and flag.ts - group.last.ts > timedelta(minutes=flag.group_minutes):
            yield open_groups.pop(key)
            group = None
        if group is None:
            group = open_groups[key] = FlagGroup(key)
        group.flags.append(flag)
    yield from open_groups.values()
