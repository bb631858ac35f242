"""The replies and announcements shipped with ModDesk, read from package data.

`template_packs/index.toml` lists every template key with its kind and
audience; each language file (`en.toml`, `de.toml`, ...) gives a title and a
body for every key. The files are read once per process: they do not change
while the app runs. A broken shipped file is a bug, so it raises at once
(the test suite reads every file).
"""

from __future__ import annotations

import dataclasses
import functools
import tomllib
from importlib import resources

from moddesk.cases.templates import check

PACKAGE = "moddesk.cases.template_packs"
KINDS = ("reply", "announcement")
AUDIENCES = ("member", "reporter", "group", "team")


@dataclasses.dataclass(frozen=True)
class Template:
    """One template in one language, as the moderator sees it.

    `origin` is "shipped" (the text in package data), "edited" (a shipped
    template the moderator changed; it can be reset) or "added" (written by
    the moderator). `version` counts the moderator's saves (0 when shipped).
    """

    key: str
    language: str
    title: str
    body: str
    kind: str = "reply"
    audience: str = "member"
    origin: str = "shipped"
    version: int = 0
    updated_at: str = ""


@dataclasses.dataclass(frozen=True)
class Shipped:
    """Everything in the template packs: the languages, the keys, the texts."""

    languages: dict[str, str]  # code -> the language's own name, in file order
    kinds: dict[str, tuple[str, str]]  # key -> (kind, audience), in index order
    texts: dict[tuple[str, str], Template]  # (key, language) -> template


LANGUAGE_ORDER = ("en", "de", "fr", "es", "hi")


@functools.cache
def shipped() -> Shipped:
    """The shipped template packs, checked (raises ValueError naming the file)."""
    folder = resources.files(PACKAGE)
    index = tomllib.loads((folder / "index.toml").read_text(encoding="utf-8"))
    kinds = {key: _kind(key, entry) for key, entry in index.items()}
    names = sorted((f.name for f in folder.iterdir()
                    if f.name.endswith(".toml") and f.name != "index.toml"),
                   key=lambda n: (_order(n.removesuffix(".toml")), n))
    languages: dict[str, str] = {}
    texts: dict[tuple[str, str], Template] = {}
    for name in names:
        data = tomllib.loads((folder / name).read_text(encoding="utf-8"))
        languages[data["language"]] = data["name"]
        texts.update(_language_texts(name, data, kinds))
    return Shipped(languages, kinds, texts)


def _order(code: str) -> int:
    return LANGUAGE_ORDER.index(code) if code in LANGUAGE_ORDER else len(LANGUAGE_ORDER)


def _kind(key: str, entry: dict[str, str]) -> tuple[str, str]:
    kind, audience = entry.get("kind"), entry.get("audience")
    if kind not in KINDS or audience not in AUDIENCES:
        raise ValueError(f"index.toml: [{key}] needs kind in {KINDS} and audience in {AUDIENCES}")
    return kind, audience


def _language_texts(name: str, data: dict[str, object],
                    kinds: dict[str, tuple[str, str]]) -> dict[tuple[str, str], Template]:
    language = str(data["language"])
    entries = {k: v for k, v in data.items() if isinstance(v, dict)}
    if set(entries) != set(kinds):
        raise ValueError(f"{name}: keys differ from index.toml: "
                         f"{sorted(set(entries) ^ set(kinds))}")
    texts = {}
    for key in kinds:
        title, body = str(entries[key]["title"]), str(entries[key]["body"]).strip()
        try:
            check(body)
        except ValueError as exc:
            raise ValueError(f"{name}: [{key}] body, {exc}") from exc
        kind, audience = kinds[key]
        texts[(key, language)] = Template(key, language, title, body, kind, audience)
    return texts
