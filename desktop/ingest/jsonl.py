"""JSON Lines output of a parsed export, for the command-line helper.

One object per message in file order with exactly the keys the CLI contract
names; `ensure_ascii=False` keeps Devanagari and Arabic readable.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TextIO

from .api import parse_path
from .model import ParsedMessage


def message_record(chat: str, source: str, msg: ParsedMessage) -> dict[str, object]:
    """The JSONL object for one message."""
    return {
        "chat": chat,
        "timestamp": msg.timestamp.strftime("%Y-%m-%dT%H:%M:%S"),
        "author": msg.author,
        "kind": msg.kind,
        "text": msg.text,
        "attachment": msg.attachment,
        "edited": msg.edited,
        "source": source,
        "line": msg.line,
    }


def parse_to_jsonl(path: Path, out: TextIO, *, date_order: str | None = None) -> int:
    """Parse `path` and write one JSON object per message; return the count."""
    export = parse_path(Path(path), date_order=date_order)
    for msg in export.messages:
        out.write(json.dumps(message_record(export.chat_name, export.source_name, msg),
                             ensure_ascii=False))
        out.write("\n")
    return len(export.messages)
