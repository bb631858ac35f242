"""The lines of a WhatsApp text export, decoded a chunk at a time.

A million-message export is ~100 MB of UTF-8; decoded whole it becomes one
str of up to 400 MB (a single emoji makes CPython store every character in
four bytes) plus the list of lines. Valid UTF-8 is therefore decoded in
chunks that end at a newline, once per pass, and nothing but the bytes is
kept between passes. Everything else (UTF-16, damaged UTF-8 that needs the
whole-file repair rules of `text_decode`) is decoded whole, as before.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass, field

from .text_decode import DecodedText, decode_export, split_lines
from .text_decode import _looks_like_bomless_utf16 as _maybe_utf16

CHUNK_BYTES = 2 << 20
HEAD_LINES = 5000


@dataclass
class LineSource:
    """Line chunks of one export, re-readable for each pass over the file."""

    data: bytes | None
    decoded: DecodedText | None
    bounds: list[tuple[int, int]] = field(default_factory=list)

    @classmethod
    def from_bytes(cls, data: bytes) -> LineSource:
        """Chunked for what may be UTF-8, else decoded whole.

        Validity is only known once every chunk has been decoded: the first
        pass over `chunks()` raises UnicodeDecodeError for damaged bytes, and
        the caller then switches to `whole(decode_export(data))`.
        """
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _maybe_utf16(data):
            return cls.whole(decode_export(data))
        return cls(data, None)

    @classmethod
    def whole(cls, decoded: DecodedText) -> LineSource:
        """A source over lines decoded all at once."""
        return cls(None, decoded)

    @property
    def warnings(self) -> list[str]:
        """What decoding had to repair (only whole-file decoding repairs)."""
        return list(self.decoded.warnings) if self.decoded else []

    @property
    def damaged_lines(self) -> list[int]:
        """1-based numbers of lines that held invalid bytes."""
        return list(self.decoded.damaged_lines) if self.decoded else []

    def chunks(self) -> Iterator[tuple[int, list[str]]]:
        """(index of the first line, lines) for each chunk, in file order."""
        if self.decoded is not None:
            yield 0, self.decoded.lines
            return
        assert self.data is not None
        first = 0
        for start, end in self._bounds():
            lines = _decode(self.data, start, end)
            yield first, lines
            first += len(lines)

    def head(self, count: int = HEAD_LINES) -> list[str]:
        """The first `count` lines (dialect detection, error messages)."""
        out: list[str] = []
        try:
            for _, lines in self.chunks():
                out.extend(lines[:count - len(out)])
                if len(out) >= count:
                    break
        except UnicodeDecodeError:
            self.repair()
            return self.head(count)
        return out

    def repair(self) -> None:
        """Switch to whole-file decoding, which repairs damaged UTF-8 line by line."""
        if self.data is not None:
            self.decoded, self.data, self.bounds = decode_export(self.data), None, []

    def _bounds(self) -> list[tuple[int, int]]:
        if not self.bounds:
            self.bounds = list(_chunk_bounds(self.data or b""))
        return self.bounds


def _decode(data: bytes, start: int, end: int) -> list[str]:
    # Only the first chunk can start with a BOM; "utf-8-sig" drops it there.
    codec = "utf-8-sig" if start == 0 else "utf-8"
    return split_lines(data[start:end].decode(codec))


def _chunk_bounds(data: bytes) -> Iterator[tuple[int, int]]:
    """Byte ranges of about CHUNK_BYTES that end just after a newline.

    A cut after b"\\n" never splits a UTF-8 sequence or a CRLF pair, so every
    chunk decodes and splits exactly as it would inside the whole file.
    """
    start, size = 0, len(data)
    while start < size:
        cut = data.find(b"\n", min(start + CHUNK_BYTES, size) - 1)
        end = size if cut < 0 else cut + 1
        yield start, end
        start = end
