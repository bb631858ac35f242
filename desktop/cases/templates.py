"""Placeholders in reply templates: parse, list what is missing, fill.

A template body is plain text with placeholders in braces, `{member}`; a
literal brace is written twice, `{{` or `}}` (as in Python's str.format, so
moderators who know one know the other). Only the names in `PLACEHOLDERS`
exist; anything else is a `TemplateError` that says where it is and what to
write instead, so a typo like `{membr}` is caught when the text is saved,
not when a moderator is about to paste it to a member.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

PLACEHOLDERS = ("member", "group", "rule", "moderator", "date", "resource")


class TemplateError(ValueError):
    """A template body that cannot be used, with where the problem is.

    Attributes:
        kind: "unknown" (a name not in PLACEHOLDERS), "empty" (`{}`),
            "unclosed" (a `{` without its `}`) or "unopened" (a `}` alone).
        name: the unknown name (kind "unknown"), else "".
        offset: 0-based index of the offending brace in the body.
        line, column: the same position, 1-based, as an editor shows it.
    """

    def __init__(self, kind: str, body: str, offset: int, name: str = "") -> None:
        self.kind, self.name, self.offset = kind, name, offset
        self.line = body.count("\n", 0, offset) + 1
        self.column = offset - (body.rfind("\n", 0, offset) + 1) + 1
        super().__init__(f"line {self.line}, column {self.column}: {self.problem()}")

    def problem(self) -> str:
        """What is wrong and what to write instead, in plain English."""
        known = ", ".join(f"{{{p}}}" for p in PLACEHOLDERS)
        return {
            "unknown": f"{{{self.name}}} is not a placeholder; use one of {known}",
            "empty": f"{{}} has no name; use one of {known}",
            "unclosed": "this { is never closed; add } after the name, or write {{ for a brace",
            "unopened": "this } has no {; write }} for a brace",
        }[self.kind]


@dataclasses.dataclass(frozen=True)
class Piece:
    """A run of literal text, or one placeholder (then `text` is empty)."""

    text: str = ""
    name: str = ""


def parse(body: str) -> tuple[Piece, ...]:
    """The body as literal runs and placeholders, or a TemplateError at the first problem."""
    pieces: list[Piece] = []
    literal: list[str] = []
    i = 0
    while i < len(body):
        char = body[i]
        if char in "{}" and body.startswith(char * 2, i):
            literal.append(char)
            i += 2
        elif char == "}":
            raise TemplateError("unopened", body, i)
        elif char == "{":
            end = _closing_brace(body, i)
            if literal:
                pieces.append(Piece(text="".join(literal)))
                literal = []
            pieces.append(Piece(name=body[i + 1:end]))
            i = end + 1
        else:
            literal.append(char)
            i += 1
    if literal:
        pieces.append(Piece(text="".join(literal)))
    return tuple(pieces)


def _closing_brace(body: str, start: int) -> int:
    """Index of the `}` that closes the placeholder opened at `start`, checked."""
    end = start + 1
    while end < len(body) and body[end] not in "{}\n":
        end += 1
    if end >= len(body) or body[end] != "}":
        raise TemplateError("unclosed", body, start)
    name = body[start + 1:end]
    if not name.strip():
        raise TemplateError("empty", body, start)
    if name not in PLACEHOLDERS:
        raise TemplateError("unknown", body, start, name=name)
    return end


def placeholders(body: str) -> list[str]:
    """The placeholder names the body uses, each once, in order of first use."""
    return list(dict.fromkeys(p.name for p in parse(body) if p.name))


def missing(body: str, values: Mapping[str, str]) -> list[str]:
    """The placeholders the body uses that have no (or only a blank) value."""
    return [name for name in placeholders(body) if not str(values.get(name) or "").strip()]


def fill(body: str, values: Mapping[str, str], *, keep_missing: bool = False) -> str:
    """The body with every placeholder replaced by its value.

    Raises KeyError naming the first missing placeholder, unless
    `keep_missing`, which leaves `{name}` in place (for a live preview).
    """
    out = []
    for piece in parse(body):
        if not piece.name:
            out.append(piece.text)
            continue
        value = str(values.get(piece.name) or "").strip()
        if not value and not keep_missing:
            raise KeyError(piece.name)
        out.append(value or f"{{{piece.name}}}")
    return "".join(out)


def check(body: str) -> None:
    """Raise TemplateError if the body cannot be used (for save buttons and loaders)."""
    parse(body)
