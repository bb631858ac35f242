"""Chat-export parsing for ModDesk: WhatsApp .txt/.zip and Telegram JSON.

Qt-free, stdlib only, no network and no disk writes. The rest of the app
builds on exactly these names:

* `parse_path` / `parse_bytes` -> `ParsedExport` (one chat);
* `parse_many_bytes` / `parse_telegram_account` -> one `ParsedExport` per
  chat of a Telegram full-account export (parse_bytes raises `MultipleChats`,
  a `ParseError`, for those);
* `iter_messages` streams a large WhatsApp export;
* `redate` re-dates an export under another day/month order;
* only `ParseError` (and its subclasses) ever escape, whatever the bytes.
"""

from __future__ import annotations

from .api import iter_messages, parse_bytes, parse_many_bytes, parse_path, redate
from .errors import NotAChatExport, ParseError, UnsafeArchive
from .model import AttachmentData, ParsedExport, ParsedMessage
from .telegram_parser import MultipleChats, parse_telegram_account

__all__ = [
    "AttachmentData", "MultipleChats", "NotAChatExport", "ParseError", "ParsedExport",
    "ParsedMessage", "UnsafeArchive", "iter_messages", "parse_bytes", "parse_many_bytes",
    "parse_path", "parse_telegram_account", "redate",
]
