"""Detector option schemas: what each option is, its default, and its checks.

Each detector declares `OPTIONS = {name: Option(...)}`. The pack loader
checks a pack's options against it before anything is compiled, so a typo
or a wrong type becomes a `PackError` that names the option and says what
is expected, instead of a detector that silently never fires.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .terms import term_problem

KINDS = ("int", "bool", "str", "str_list", "str_table", "terms", "groups", "combos", "regex_list")


@dataclass(frozen=True)
class Option:
    """One option of a detector: kind (see KINDS), default, help text, lower bound."""

    kind: str
    default: Any
    help: str
    minimum: int | None = None


def option_problems(schema: Mapping[str, Option], options: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(option name, problem) for every unknown or invalid option."""
    problems = []
    for name, value in options.items():
        if name not in schema:
            known = ", ".join(sorted(schema)) or "none"
            problems.append((name, f"is not an option of this detector; known options: {known}"))
            continue
        problem = value_problem(schema[name], value)
        if problem:
            problems.append((name, problem))
    return problems


def with_defaults(schema: Mapping[str, Option], options: Mapping[str, Any]) -> dict[str, Any]:
    """The options a detector runs with: the pack's values over the defaults."""
    return {name: options.get(name, opt.default) for name, opt in schema.items()}


def value_problem(opt: Option, value: Any) -> str | None:
    """What is wrong with one value for its option, or None."""
    return _CHECKS[opt.kind](opt, value)


def _int(opt: Option, value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return f"must be a whole number, not {value!r}"
    if opt.minimum is not None and value < opt.minimum:
        return f"must be at least {opt.minimum}, not {value}"
    return None


def _bool(opt: Option, value: Any) -> str | None:
    return None if isinstance(value, bool) else f"must be true or false, not {value!r}"


def _str(opt: Option, value: Any) -> str | None:
    return None if isinstance(value, str) else f"must be text in quotes, not {value!r}"


def _str_list(opt: Option, value: Any) -> str | None:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return "must be a list of texts in quotes, like [\"a\", \"b\"]"
    return None


def _str_table(opt: Option, value: Any) -> str | None:
    if not isinstance(value, Mapping) or not all(
            isinstance(v, list) and all(isinstance(i, str) for i in v) for v in value.values()):
        return "must be a table of lists of texts, like { cry = [\"question\", \"thanks\"] }"
    return None


def _terms(opt: Option, value: Any) -> str | None:
    if isinstance(value, Mapping):
        for lang, items in value.items():
            problem = _term_list(items, f"[{lang}] ")
            if problem:
                return problem
        return None
    return _term_list(value, "")


def _term_list(items: Any, where: str) -> str | None:
    if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
        return f"{where}must be a list of words or phrases, or a table of such lists by language"
    for item in items:
        problem = term_problem(item)
        if problem:
            return f"{where}term {item!r} {problem}"
    return None


def _groups(opt: Option, value: Any) -> str | None:
    if not isinstance(value, Mapping):
        return "must be a table of named term lists, like [options.groups.cry]"
    for name, terms in value.items():
        problem = _terms(opt, terms)
        if problem:
            return f"group '{name}': {problem}"
    return None


def _combos(opt: Option, value: Any) -> str | None:
    if not isinstance(value, list) or not all(
            isinstance(c, list) and c and all(isinstance(g, str) for g in c) for c in value):
        return "must be a list of group-name lists, like [[\"cry\", \"urgency\"]]"
    return None


def _regex_list(opt: Option, value: Any) -> str | None:
    problem = _str_list(opt, value)
    if problem:
        return problem
    for pattern in value:
        try:
            re.compile(pattern)
        except re.error as exc:
            return f"pattern {pattern!r} is not a valid regular expression ({exc})"
    return None


_CHECKS = {"int": _int, "bool": _bool, "str": _str, "str_list": _str_list, "str_table": _str_table,
           "terms": _terms,
           "groups": _groups, "combos": _combos, "regex_list": _regex_list}
