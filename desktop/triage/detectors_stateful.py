"""Stateful detectors: message floods and questions left without an admin reply.

Both remember a little about each chat between messages (and between
scans, when the caller keeps the `ScanState`): the flood detector the last
`count` times of each author, the reply detector the open questions in
time order. Admins come from the set given to `Triage`.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from .detector_base import Detector, Emitted, ScanContext
from .model import Match, MessageRecord
from .options import Option
from .terms import TermSet

QUESTION_MARKS = "?¿؟"
ADMIN_WORDS = {
    "en": ["admin", "admins", "moderator", "moderators", "mod", "mods"],
    "de": ["admin", "admins", "administratorin", "moderatorin", "moderatorinnen"],
    "fr": ["admin", "administratrice", "modératrice", "modérateur"],
    "es": ["admin", "administradora", "moderadora"],
    "pt": ["admin", "administradora", "moderadora"],
    "hi": ["एडमिन", "admin ji", "admin didi"],
}


class FloodDetector(Detector):
    """One author posting `count` messages within `minutes` (reported once per burst)."""

    type_name = "flood"
    summary = "one author, many messages in a short time"
    STATEFUL = True
    OPTIONS = {
        "count": Option("int", 8, "messages by one author that make a flood", 2),
        "minutes": Option("int", 2, "within this many minutes", 1),
    }

    def __init__(self, options: Mapping[str, Any]) -> None:
        super().__init__(options)
        self.count = self.options["count"]
        self.window = timedelta(minutes=self.options["minutes"])
        self.label = f"{self.count} messages within {self.options['minutes']} minutes"

    def new_slot(self) -> dict[str, deque[datetime]]:
        return {}

    def observe(self, records: list[MessageRecord], slot: Any, picked: set[int],
                admins: frozenset[str]) -> Emitted:
        # The hot loop of the whole engine: every message passes here once.
        count, window, found = self.count, self.window, []
        for record in records:
            author = record.author
            if author is None or record.kind == "system":
                continue
            recent = slot.get(author)
            if recent is None:
                recent = slot[author] = deque(maxlen=count)
            recent.append(record.ts)
            if len(recent) == count and record.ts - recent[0] <= window:
                recent.clear()  # one report per burst, not one per further message
                found.append((record, Match(self.type_name, self.label)))
        return found


class NeedsReplyDetector(Detector):
    """Questions and mentions of the admins with no admin message for `hours`.

    Exports do not say which message answers which, so any later message by
    an admin of the chat counts as the reply to every open question.
    """

    type_name = "needs_reply"
    summary = "questions to the group or admins left without an admin reply"
    STATEFUL = True
    CHARS = frozenset({"question"})
    OPTIONS = {
        "hours": Option("int", 12, "hours without an admin message before it is reported", 1),
        "min_words": Option("int", 3, "a question needs at least this many words", 1),
        "mentions": Option("terms", ADMIN_WORDS, "words that address the admins"),
    }

    def __init__(self, options: Mapping[str, Any]) -> None:
        super().__init__(options)
        self.window = timedelta(hours=self.options["hours"])
        self.mentions = TermSet(self.options["mentions"])
        self.label = f"no admin reply within {self.options['hours']} hours"

    def trigger_groups(self) -> dict[str, TermSet | str]:
        return {"question": "question", "mentions": self.mentions}

    def new_slot(self) -> deque[tuple[datetime, MessageRecord]]:
        return deque()

    def precheck(self, ctx: ScanContext) -> bool:
        return self.asks(ctx)

    def observe(self, records: list[MessageRecord], slot: Any, picked: set[int],
                admins: frozenset[str]) -> Emitted:
        asking = {i for i in picked if records[i].author not in admins}
        if not slot and not asking:
            return []  # nothing open and nothing asked: no message here can matter
        due: Emitted = []
        for i, record in enumerate(records):
            if slot and slot[0][0] <= record.ts:
                due.extend(self.overdue(slot, record.ts))
            if record.author in admins:
                slot.clear()
            elif i in asking:
                slot.append((record.ts + self.window, record))
        return due

    def asks(self, ctx: ScanContext) -> bool:
        """A real question (enough words) or a message that addresses the admins."""
        text = ctx.record.text or ""
        if any(q in text for q in QUESTION_MARKS) and len(ctx.view.words) >= self.options["min_words"]:
            return True
        return bool(self.mentions.find(ctx.view))

    def overdue(self, slot: Any, now: datetime) -> Emitted:
        due = []
        while slot and slot[0][0] <= now:
            _deadline, question = slot.popleft()
            due.append((question, Match(self.type_name, self.label)))
        return due
