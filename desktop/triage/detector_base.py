"""What every detector shares: options, prefilter triggers, and the scan context.

There are three families, told apart by which method the engine calls:

* text detectors (`check`) look at a message's text; they declare trigger
  groups (term sets, or character kinds such as "phone" or "link") and
  which groups must occur together, so the engine's batch prefilter can
  skip most messages cheaply;
* event detectors (`on_record`) look only at a record's kind or flags;
* stateful detectors (`observe`) remember earlier messages of a chat.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from .folded_text import FoldedText
from .model import Allowlist, Match, MessageRecord
from .options import Option, with_defaults
from .terms import TermSet

Emitted = list[tuple[MessageRecord, Match]]

CHAR_TRIGGERS = ("digit", "phone", "account", "amount", "at", "link", "question")


class ResourceAllowlist:
    """Allowlisted helplines, addresses and sites, normalised for comparison.

    Phone numbers compare on their last nine digits, so "0800 000 0111" and
    "+49 800 000 0111" are the same resource.
    """

    def __init__(self, lists: tuple[Allowlist, ...] = ()) -> None:
        self.phones = {phone_key(p) for a in lists for p in a.phones if phone_key(p)}
        self.emails = {e.strip().lower() for a in lists for e in a.emails}
        self.domains = {d.strip().lower().removeprefix("www.") for a in lists for d in a.domains}

    def phone(self, digits: str) -> bool:
        """True when the number is a known resource."""
        return phone_key(digits) in self.phones

    def domain(self, host: str) -> bool:
        """True for an allowlisted domain or any subdomain of one."""
        host = host.lower().removeprefix("www.")
        return any(host == d or host.endswith("." + d) for d in self.domains)


def phone_key(text: str) -> str:
    """The comparable part of a phone number: its last nine digits."""
    digits = "".join(c for c in text if c.isdigit())
    return digits[-9:] if len(digits) >= 7 else ""


@dataclass
class ScanContext:
    """What a text detector sees of one message."""

    record: MessageRecord
    view: FoldedText
    allow: ResourceAllowlist


class Detector:
    """Base of all detectors: options with defaults, nothing triggered."""

    type_name: ClassVar[str] = ""
    summary: ClassVar[str] = ""
    OPTIONS: ClassVar[dict[str, Option]] = {}
    CHARS: ClassVar[frozenset[str]] = frozenset()
    EVENT: ClassVar[bool] = False
    STATEFUL: ClassVar[bool] = False

    def __init__(self, options: Mapping[str, Any]) -> None:
        self.options = with_defaults(self.OPTIONS, options)

    @classmethod
    def extra_problems(cls, options: Mapping[str, Any]) -> list[tuple[str, str]]:
        """Checks across options (a combo naming a missing group, …)."""
        return []

    def trigger_groups(self) -> dict[str, TermSet | str]:
        """Named things the prefilter can see: a term set, or a character kind.

        Character kinds are those of CHAR_TRIGGERS (prefilter.py says what
        each looks for: "phone" is seven digits, "account" the start of an
        IBAN, card or wallet, "amount" a number with a currency). The default is one group
        per character kind the detector declares in CHARS.
        """
        return {kind: kind for kind in self.CHARS}

    def alternatives(self) -> list[frozenset[str]]:
        """Sets of trigger groups that must all be present for a possible match.

        The message is checked when any one set is complete. The default:
        any single trigger group.
        """
        return [frozenset({name}) for name in self.trigger_groups()]

    def always(self) -> bool:
        """True when every text message must be checked (no cheap trigger)."""
        return False

    def check(self, ctx: ScanContext) -> list[Match]:
        """Matches in one candidate message (text detectors)."""
        return []

    def event_keys(self) -> set[str]:
        """Record kinds ("media", "system:join", "removed") an event detector handles."""
        return set()

    def on_record(self, record: MessageRecord) -> list[Match]:
        """Matches for a record of one of `event_keys` (event detectors)."""
        return []

    def new_slot(self) -> Any:
        """Fresh per-chat memory for a stateful detector."""
        return None

    def precheck(self, ctx: ScanContext) -> bool:
        """Stateless part of a stateful detector: does this candidate matter?

        Runs with the text detectors (in a worker process when scanning in
        parallel); `observe` then gets the indexes for which it was true.
        """
        return True

    def observe(self, records: list[MessageRecord], slot: Any, picked: set[int],
                admins: frozenset[str]) -> Emitted:
        """Feed a run of one chat's messages in order (stateful detectors).

        `picked` holds the indexes (into `records`) of the messages this
        detector's triggers chose and `precheck` accepted. Returns (record,
        match) pairs: the record may be an earlier message (a question
        whose reply time ran out).
        """
        return []

    def overdue(self, slot: Any, now: datetime) -> Emitted:
        """What the chat's memory owes by wall-clock time `now` (end of a scan)."""
        return []
