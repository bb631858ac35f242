"""Message records from parsed exports, for triage before or without storage."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from moddesk.ingest.model import ParsedMessage

from .model import MessageRecord


def records_from_parsed(messages: Iterable[ParsedMessage], *, chat_id: int,
                        first_id: int = 1) -> Iterator[MessageRecord]:
    """Records for parsed messages, numbered from `first_id` in file order."""
    for number, m in enumerate(messages, first_id):
        yield MessageRecord(number, chat_id, m.timestamp, m.author, m.kind, m.system_kind, m.text,
                            False, m.attachment)
