"""Who a stored message is: its fingerprint and its occurrence within an export.

A message's identity inside its chat is (fingerprint, occurrence). The
fingerprint covers what the export shows (time, author, kind, text,
attachment); occurrence counts repeats of one fingerprint within one export
in file order, so "ok" sent twice in one minute stays twice, and an
overlapping later export matches message for message.

The fingerprint starts with the message's second (5 bytes, big-endian), so
a chat's identity index grows at its end like the time-ordered ids do,
instead of at random places; 11 bytes of BLAKE2b follow. It is stored, so
it must not change within a vault format version.
"""

from __future__ import annotations

from collections.abc import Iterable
from hashlib import blake2b


def fingerprint(sec: int, author: str | None, kind: str, text: str | None,
                attachment: str | None) -> bytes:
    """16 bytes that identify what a message shows at second `sec`."""
    shown = f"{author or ''}\x1f{kind}\x1f{text or ''}\x1f{attachment or ''}"
    return sec.to_bytes(5, "big", signed=True) + blake2b(shown.encode(), digest_size=11).digest()


class Occurrences:
    """Numbers repeats of a fingerprint (1, 2, …) in file order.

    Equal fingerprints have equal seconds, so in an export whose times never
    go back only the current second's counts can still grow: `in_order`
    keeps just those, and a million-message import does not hold a million
    counters. Out-of-order exports keep every count.
    """

    def __init__(self, *, in_order: bool) -> None:
        self._in_order = in_order
        self._sec: int | None = None
        self._counts: dict[bytes, int] = {}

    def of_rows(self, rows: Iterable[tuple]) -> list[tuple[bytes, int]]:  # type: ignore[type-arg]
        """(fingerprint, occurrence) of each storage row (`whatsapp_parser.Row` layout).

        One loop instead of two calls per row: this runs a million times.
        """
        out, counts = [], self._counts
        for row in rows:
            sec = row[0]
            fp = fingerprint(sec, row[2], row[3], row[5], row[6])
            if self._in_order and sec != self._sec:
                counts.clear()
                self._sec = sec
            count = counts[fp] = counts.get(fp, 0) + 1
            out.append((fp, count))
        return out
