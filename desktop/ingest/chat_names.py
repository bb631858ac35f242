"""Chat names from export file names, in the languages WhatsApp uses.

Android names the file `WhatsApp Chat with <Name>.txt`, iOS the archive
`WhatsApp Chat - <Name>.zip` (holding `_chat.txt`); both are localized and
browsers sometimes replace spaces with underscores.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

_PREFIX_RX = re.compile(
    r"^(?:WhatsApp[ _]Chat(?:[ _]-|[ _]with|[ _]mit)|Chat[ _]de[ _]WhatsApp[ _]con"
    r"|Чат[ _]WhatsApp[ _]с(?:[ _]контактом)?|Chat[ _]WhatsApp[ _](?:con|s[ _]uživatelem)"
    r"|Conversa[ _]do[ _]WhatsApp[ _]com|Discussion[ _]WhatsApp[ _]avec|WhatsApp-chat[ _]met"
    r"|Conversa[ _]de[ _]WhatsApp[ _]com|Percakapan[ _]WhatsApp[ _]dengan|WhatsApp[ _]Sohbeti)[ _]+(.+)$",
    re.IGNORECASE,
)
_GENERIC_STEMS = frozenset({"_chat", "chat", "result", "messages"})


def base_name(member_or_path: str) -> str:
    """Last path component, treating both slash kinds as separators.

    Archive member names are never used as paths; only this last component
    is kept, so `../../etc/x` becomes `x`.
    """
    return PurePosixPath(member_or_path.replace("\\", "/")).name


def chat_name_from_file(name: str) -> str:
    """The chat name a file name implies, or "" when it is generic."""
    stem = base_name(name)
    if "." in stem:
        stem = stem.rsplit(".", 1)[0]
    m = _PREFIX_RX.match(stem)
    if m:
        return m.group(1).strip()
    return "" if stem.lower() in _GENERIC_STEMS else stem.strip()
