"""Errors the ingest package raises.

Only `ParseError` and its subclasses ever leave `parse_bytes`/`parse_path`;
anything else escaping would be a bug. Each error carries `.message`: plain
English saying what went wrong, where, and what the moderator can do. Messages
never quote chat content, because they end up in logs and dialogs.
"""

from __future__ import annotations


class ParseError(Exception):
    """A chat export could not be imported (or only partly).

    Attributes:
        message: plain-English text: what, where, what to do.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotAChatExport(ParseError):
    """The bytes are not a chat export we recognise (or the file is empty)."""


class UnsafeArchive(ParseError):
    """A zip archive exceeded one of the safety limits or is damaged/encrypted."""
