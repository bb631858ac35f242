"""The value types the ingest package hands to the rest of the app.

`ParsedMessage` is frozen: a parsed record is evidence and must not change
after import. `ParsedExport` is a plain container the importer fills.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

MESSAGE_KINDS = ("text", "system", "media", "deleted", "poll", "location", "contact")
SYSTEM_KINDS = (
    "join", "leave", "add", "remove", "subject", "icon", "description",
    "admin", "encryption", "security_code", "community", "other",
)


@dataclass(frozen=True)
class ParsedMessage:
    """One message (or system notice) of an export, in file order.

    `raw` keeps the header and continuation lines as they were in the file
    (line endings normalised to LF) so a moderator can always see the source.
    """

    index: int
    timestamp: datetime
    author: str | None
    kind: str
    text: str | None
    attachment: str | None
    edited: bool
    line: int
    raw: str
    system_kind: str | None


@dataclass(frozen=True)
class AttachmentData:
    """A media file found inside an export archive, held in memory only."""

    name: str
    data: bytes = field(repr=False)
    sha256: str
    size: int
    mime: str


@dataclass
class ParsedExport:
    """Everything one import produced: messages plus how they were read."""

    chat_name: str
    source_name: str
    sha256: str
    platform: str
    date_order: str
    date_order_certain: bool
    messages: list[ParsedMessage]
    attachments: dict[str, AttachmentData] = field(default_factory=dict)
    failed_lines: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
