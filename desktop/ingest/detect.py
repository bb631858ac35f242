"""What kind of export a byte string is: zip archive, Telegram JSON or WhatsApp text."""

from __future__ import annotations

from .zip_reader import is_zip

_TEXT_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def sniff(data: bytes) -> str:
    """'empty', 'zip', 'json' or 'text' from the leading bytes."""
    if is_zip(data):
        return "zip"
    head = data[:64]
    for bom in _TEXT_BOMS:
        if head.startswith(bom):
            head = head[len(bom):]
            break
    stripped = head.replace(b"\x00", b"").strip()
    if not data.replace(b"\xef\xbb\xbf", b"").strip():
        return "empty"
    return "json" if stripped[:1] == b"{" else "text"
