"""Telegram Desktop JSON exports (`result.json`), single chat or whole account.

A single-chat export has top-level `messages`; a full account export nests the
chats under `chats.list` (parsers expecting `messages` crash on it, chat-miner
#26). `text` is a string or a list of strings and `{type, text}` entities;
Telegram's own rendering concatenates them, so we do too. `date` is the
exporting machine's wall time; older or edited exports may only carry
`date_unixtime`, which is converted as UTC and flagged.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from .chat_names import base_name
from .errors import NotAChatExport, ParseError
from .model import ParsedExport, ParsedMessage

log = logging.getLogger("moddesk.ingest")
_NO_FILE = "(File not included"
_SERVICE_KINDS = {
    "invite_members": "add", "remove_members": "remove", "join_group_by_link": "join",
    "join_group_by_request": "join", "edit_group_title": "subject", "edit_group_photo": "icon",
    "delete_group_photo": "icon", "edit_chat_about": "description",
}


class MultipleChats(ParseError):
    """A full-account Telegram export holds several chats; pick one."""


@dataclass
class _Context:
    """Per-chat bookkeeping while converting messages."""

    failed: list[int] = field(default_factory=list)
    utc_only: int = 0


def load_json(data: bytes, name: str) -> Any:
    """Parse JSON bytes, mapping every failure to NotAChatExport."""
    try:
        return json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise NotAChatExport(f"{name} looks like JSON but could not be read ({type(exc).__name__}); "
                             "choose the result.json Telegram Desktop wrote.") from exc


def is_telegram(doc: Any) -> bool:
    """True for a single-chat or full-account Telegram export document."""
    if not isinstance(doc, dict):
        return False
    if isinstance(_chat_list(doc), list):
        return True
    messages = doc.get("messages")
    if not isinstance(messages, list):
        return False
    # Messenger and DiscordChatExporter files also have "messages"; Telegram's
    # items are typed "message"/"service".
    return any(isinstance(m, dict) and m.get("type") in ("message", "service") for m in messages[:50]) \
        or (not messages and "type" in doc)


def _chat_list(doc: dict[str, Any]) -> Any:
    chats = doc.get("chats")
    return chats.get("list") if isinstance(chats, dict) else None


def parse_telegram_account(data: bytes, *, name: str = "result.json") -> list[ParsedExport]:
    """Every chat of a Telegram export (one element for a single-chat export)."""
    doc = load_json(data, name)
    if not is_telegram(doc):
        raise NotAChatExport(f"{name} is JSON but not a Telegram Desktop chat export.")
    digest = hashlib.sha256(data).hexdigest()
    chats = [doc] if isinstance(doc.get("messages"), list) else _chat_list(doc)
    return [convert_chat(c, name, digest) for c in chats if isinstance(c, dict)]


def parse_single(data: bytes, name: str) -> ParsedExport:
    """The one chat of an export; several chats raise MultipleChats."""
    exports = parse_telegram_account(data, name=name)
    with_messages = [e for e in exports if e.messages] or exports
    if len(with_messages) != 1:
        raise MultipleChats(f"{name} is a full Telegram account export with {len(with_messages)} chats; "
                            "import it with parse_many_bytes() (or parse_telegram_account()) and "
                            "choose the chat.")
    return with_messages[0]


def convert_chat(chat: dict[str, Any], source: str, digest: str) -> ParsedExport:
    """One Telegram chat object as a ParsedExport."""
    ctx = _Context()
    raw_messages = chat.get("messages") if isinstance(chat.get("messages"), list) else []
    messages = []
    for position, item in enumerate(raw_messages, start=1):
        msg = _convert(item, position, len(messages), ctx) if isinstance(item, dict) else None
        if msg is None:
            ctx.failed.append(position)
        else:
            messages.append(msg)
    log.info("telegram chat: %d messages, %d failed", len(messages), len(ctx.failed))
    return ParsedExport(_chat_name(chat, source), source, digest, "telegram", "ymd", True,
                        messages, {}, ctx.failed, _warnings(ctx))


def _chat_name(chat: dict[str, Any], source: str) -> str:
    name = chat.get("name")
    if isinstance(name, str) and name:
        return name
    if chat.get("type") == "saved_messages":
        return "Saved Messages"
    return base_name(source).rsplit(".", 1)[0]


def _warnings(ctx: _Context) -> list[str]:
    notes = []
    if ctx.utc_only:
        notes.append(f"{ctx.utc_only} message time(s) were only given as UTC, not local time")
    if ctx.failed:
        notes.append(f"{len(ctx.failed)} message(s) could not be read")
    return notes


def _convert(item: dict[str, Any], position: int, index: int, ctx: _Context) -> ParsedMessage | None:
    when = _timestamp(item, ctx)
    if when is None:
        return None
    raw = json.dumps(item, ensure_ascii=False)
    edited = bool(item.get("edited") or item.get("edited_unixtime"))
    if item.get("type") == "service":
        action = str(item.get("action") or "")
        return ParsedMessage(index, when, None, "system", _service_text(item, action), None, False,
                             position, raw, _SERVICE_KINDS.get(action, "other"))
    kind, text, attachment = _content(item)
    return ParsedMessage(index, when, _author(item), kind, text, attachment, edited, position, raw, None)


def _timestamp(item: dict[str, Any], ctx: _Context) -> datetime | None:
    try:
        if isinstance(item.get("date"), str):
            return datetime.fromisoformat(item["date"].replace("Z", "+00:00")).replace(tzinfo=None)
        seconds = int(item["date_unixtime"])
        ctx.utc_only += 1
        return datetime.fromtimestamp(seconds, timezone.utc).replace(tzinfo=None)
    except (KeyError, TypeError, ValueError, OverflowError, OSError):
        return None


def _author(item: dict[str, Any]) -> str:
    for key in ("from", "from_id"):
        if item.get(key) not in (None, ""):
            return str(item[key])
    return "Deleted Account"


def flatten_text(text: Any) -> str:
    """Plain text of a Telegram `text` field (string or entity list)."""
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        return "".join(flatten_text(part) for part in text)
    if isinstance(text, dict):
        return flatten_text(text.get("text", ""))
    return ""


def _content(item: dict[str, Any]) -> tuple[str, str | None, str | None]:
    text = flatten_text(item.get("text"))
    if isinstance(item.get("poll"), dict):
        return "poll", _poll_text(item["poll"]), None
    if isinstance(item.get("location_information"), dict):
        loc = item["location_information"]
        return "location", f"{loc.get('latitude')},{loc.get('longitude')}", None
    if isinstance(item.get("contact_information"), dict):
        info = item["contact_information"]
        parts = [info.get("first_name"), info.get("last_name"), info.get("phone_number")]
        return "contact", " ".join(str(p) for p in parts if p), None
    media = item.get("photo") or item.get("file")
    if media or item.get("media_type"):
        return "media", None, _file_name(media)
    return "text", text, None


def _file_name(path: Any) -> str | None:
    if not isinstance(path, str) or path.startswith(_NO_FILE):
        return None
    return base_name(path) or None


def _poll_text(poll: dict[str, Any]) -> str:
    answers = poll.get("answers") if isinstance(poll.get("answers"), list) else []
    lines = [str(poll.get("question", ""))]
    lines += [str(a.get("text", "")) for a in answers if isinstance(a, dict)]
    return "\n".join(lines)


def _service_text(item: dict[str, Any], action: str) -> str:
    members = item.get("members") if isinstance(item.get("members"), list) else []
    parts = [str(item.get("actor") or ""), action.replace("_", " "),
             ", ".join(str(m) for m in members if m), flatten_text(item.get("title"))]
    return " ".join(p for p in parts if p)
