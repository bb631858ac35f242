"""Which messages of the open chat are selected, kept as ranges of message ids.

A chat view may hold a million rows that are never read, so the selection
is not a set of rows or model indexes: it is a short sorted list of
inclusive id intervals. Message ids grow with time, so an interval means
"every message of the chat from this one to that one", and a Shift range
over rows nobody scrolled through costs one interval. Taking one message
out of the middle of an interval splits it at that id. Counting and listing
walk the model's loaded id array (`bisect`), never its rows.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

Interval = tuple[int, int]


class MessageSelection:
    """Selected message ids as sorted, disjoint, inclusive intervals `(low, high)`."""

    def __init__(self) -> None:
        self._intervals: list[Interval] = []

    def __bool__(self) -> bool:
        return bool(self._intervals)

    @property
    def intervals(self) -> list[Interval]:
        """The intervals, oldest first (a copy)."""
        return list(self._intervals)

    def clear(self) -> None:
        """Select nothing."""
        self._intervals = []

    def contains(self, message_id: int) -> bool:
        """True when `message_id` is selected."""
        at = bisect.bisect_right(self._intervals, (message_id, float("inf"))) - 1
        return at >= 0 and self._intervals[at][0] <= message_id <= self._intervals[at][1]

    def add(self, first: int, last: int) -> None:
        """Select every message from `first` to `last` (either order), keeping the rest."""
        low, high = min(first, last), max(first, last)
        kept: list[Interval] = []
        for a, b in self._intervals:
            if b < low - 1 or a > high + 1:
                kept.append((a, b))
            else:  # overlapping or touching: merge into the new interval
                low, high = min(low, a), max(high, b)
        bisect.insort(kept, (low, high))
        self._intervals = kept

    def remove(self, message_id: int) -> None:
        """Unselect one message (splitting the interval around it)."""
        out: list[Interval] = []
        for a, b in self._intervals:
            if not a <= message_id <= b:
                out.append((a, b))
                continue
            if a < message_id:
                out.append((a, message_id - 1))
            if message_id < b:
                out.append((message_id + 1, b))
        self._intervals = out

    def toggle(self, message_id: int) -> None:
        """Select `message_id` if it is not, unselect it if it is."""
        if self.contains(message_id):
            self.remove(message_id)
        else:
            self.add(message_id, message_id)

    def count(self, ids: Sequence[int]) -> int:
        """How many of the (sorted) `ids` are selected."""
        spans = (self._span(ids, a, b) for a, b in self._intervals)
        return sum(end - start for start, end in spans)

    def ids(self, ids: Sequence[int]) -> list[int]:
        """The selected ones of the (sorted) `ids`, in time order."""
        out: list[int] = []
        for a, b in self._intervals:
            start, end = self._span(ids, a, b)
            out.extend(ids[start:end])
        return out

    @staticmethod
    def _span(ids: Sequence[int], low: int, high: int) -> tuple[int, int]:
        return bisect.bisect_left(ids, low), bisect.bisect_right(ids, high)
