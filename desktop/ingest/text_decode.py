"""Bytes to text: BOMs, UTF-16, damaged UTF-8 and line endings.

All real exports seen by the peers were valid UTF-8, but moderators also get
files re-saved by editors (UTF-16 with BOM, cp1252). Damaged bytes must not
sink a whole import: lines holding them are reported and kept with U+FFFD.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

_SURROGATE_RX = re.compile("[\udc80-\udcff]")
# Above this share of damaged lines the file is probably not UTF-8 at all.
_MAX_DAMAGED_SHARE = 0.05


@dataclass
class DecodedText:
    """Decoded lines plus what decoding had to repair."""

    lines: list[str]
    encoding: str
    damaged_lines: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def decode_export(data: bytes) -> DecodedText:
    """Decode export bytes and split them into lines (without terminators)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _finish(data.decode("utf-16", errors="replace"), "utf-16")
    if _looks_like_bomless_utf16(data):
        return _finish(data.decode("utf-16-le", errors="replace"), "utf-16-le")
    try:
        return _finish(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError:
        return _decode_damaged(data)


def _looks_like_bomless_utf16(data: bytes) -> bool:
    head = data[:200]
    return len(head) >= 8 and head[1::2].count(0) > len(head) // 4 and head[0::2].count(0) == 0


def _decode_damaged(data: bytes) -> DecodedText:
    text = data.decode("utf-8-sig", errors="surrogateescape")
    lines = split_lines(text)
    damaged = [i + 1 for i, line in enumerate(lines) if _SURROGATE_RX.search(line)]
    if len(damaged) > max(1, len(lines) * _MAX_DAMAGED_SHARE):
        decoded = _finish(data.decode("cp1252", errors="replace"), "cp1252")
        decoded.warnings.append("file is not valid UTF-8; read it as Windows-1252")
        return decoded
    for i in damaged:
        lines[i - 1] = _SURROGATE_RX.sub("\ufffd", lines[i - 1])
    warning = f"{len(damaged)} line(s) held bytes that are not valid UTF-8; replaced with \ufffd"
    return DecodedText(lines, "utf-8", damaged, [warning])


def _finish(text: str, encoding: str) -> DecodedText:
    return DecodedText(split_lines(text), encoding)


def split_lines(text: str) -> list[str]:
    """Split on LF, CRLF or lone CR; a final terminator adds no empty line.

    str.splitlines() is avoided on purpose: it also splits on U+2028, form
    feeds and other characters that users put inside message bodies.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines
