"""A small TOML writer for the shapes packs use (stdlib reads TOML, not writes).

Handles strings, integers, floats, booleans, arrays of those, tables, and
arrays of tables, nested to any depth. Long arrays are written one item a
line so an exported keyword list stays easy to edit by hand.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}
WRAP = 88


def dumps(data: Mapping[str, Any]) -> str:
    """TOML text for a mapping whose values are TOML-representable."""
    lines: list[str] = []
    _table(lines, (), data)
    return "\n".join(lines).strip("\n") + "\n"


def key(name: str) -> str:
    """A key, bare when TOML allows it, quoted otherwise."""
    return name if _BARE_KEY.fullmatch(name) else string(name)


def string(text: str) -> str:
    """A basic (double-quoted) TOML string."""
    return '"' + "".join(_escape(c) for c in text) + '"'


def _escape(char: str) -> str:
    if char in _ESCAPES:
        return _ESCAPES[char]
    return char if char >= " " and char != "\x7f" else f"\\u{ord(char):04x}"


def value(item: Any, indent: str = "") -> str:
    """One value as TOML: scalar, array or inline table."""
    if isinstance(item, bool):
        return "true" if item else "false"
    if isinstance(item, (int, float)):
        return repr(item)
    if isinstance(item, str):
        return _multiline(item) if "\n" in item else string(item)
    if isinstance(item, Mapping):
        return "{ " + ", ".join(f"{key(k)} = {value(v)}" for k, v in item.items()) + " }" if item else "{}"
    if isinstance(item, (list, tuple)):
        return _array(list(item), indent)
    raise TypeError(f"cannot write {type(item).__name__} as TOML")


def _multiline(text: str) -> str:
    body = "".join("\n" if c == "\n" else _escape(c) for c in text)
    return f'"""\n{body}"""' if text.endswith("\n") else f'"""\n{body}\\\n"""'


def _array(items: list[Any], indent: str) -> str:
    parts = [value(i, indent + "  ") for i in items]
    flat = "[" + ", ".join(parts) + "]"
    if len(flat) <= WRAP and "\n" not in flat:
        return flat
    return "[\n" + "".join(f"{indent}  {p},\n" for p in parts) + indent + "]"


def _is_table_array(item: Any) -> bool:
    return isinstance(item, (list, tuple)) and bool(item) and all(isinstance(i, Mapping) for i in item)


def _holds_only_tables(data: Mapping[str, Any]) -> bool:
    return all((isinstance(v, Mapping) and v) or _is_table_array(v) for v in data.values())


def _table(lines: list[str], path: tuple[str, ...], data: Mapping[str, Any]) -> None:
    tables = {k: v for k, v in data.items() if isinstance(v, Mapping) and v}
    arrays = {k: v for k, v in data.items() if _is_table_array(v)}
    for k, v in data.items():
        if k not in tables and k not in arrays:
            lines.append(f"{key(k)} = {value(v)}")
    for k, v in tables.items():
        if not _holds_only_tables(v):
            # A table of tables needs no header of its own: `[a.b.c]` implies `a.b`.
            lines.extend(["", "[" + ".".join(key(p) for p in (*path, k)) + "]"])
        _table(lines, (*path, k), v)
    for k, items in arrays.items():
        for item in items:
            lines.extend(["", "[[" + ".".join(key(p) for p in (*path, k)) + "]]"])
            _table(lines, (*path, k), item)
