"""The value types of triage: packs and rules in, message records in, flags out.

Everything here is immutable. A `Flag` explains itself: which pack and rule,
which detectors, and the spans of the original text that matched, so the
inbox can highlight them without re-running anything.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NamedTuple

SEVERITIES = ("urgent", "high", "normal", "low")
EPOCH = datetime(1970, 1, 1)
# Languages a pack may carry its texts in besides English, its base text:
# the languages ModDesk's interface speaks (tests/triage check they agree).
TEXT_LANGUAGES = ("de", "fr", "es", "hi")
# language -> field -> text, e.g. {"de": {"title": "…", "description": "…"}}
Translations = Mapping[str, Mapping[str, str]]


def text_language(language: str | None) -> str:
    """The language part of a locale name: "de_AT", "de-AT", "DE" -> "de"; None -> "en"."""
    return (language or "en").strip().replace("-", "_").split("_")[0].lower() or "en"


def _translated(translations: Translations, language: str | None, name: str, base: str) -> str:
    return translations.get(text_language(language), {}).get(name) or base


class MessageRecord(NamedTuple):
    """One message as triage sees it (a storage row or a parsed message).

    `ts` is the export's local wall-clock time; `removed` is true when a later
    export of the chat no longer shows the message.
    """

    id: int
    chat_id: int
    ts: datetime
    author: str | None
    kind: str
    system_kind: str | None
    text: str | None
    removed: bool = False
    attachment: str | None = None


@dataclass(frozen=True)
class DetectorSpec:
    """A detector as written in a pack: its type and its options."""

    type: str
    options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Rule:
    """One guideline: plain-language text, severity, detectors, reply templates.

    `exempt_admins` skips messages written by a chat's admins (an admin
    posting a helpline number is sharing a resource). `group_minutes` is the
    time bucket in which repeated hits on one author make one inbox item.
    `translations` holds the title and description in other languages;
    `title_in`/`description_in` fall back to the English text field by field.
    """

    id: str
    title: str
    description: str
    severity: str
    detectors: tuple[DetectorSpec, ...]
    responses: tuple[str, ...] = ()
    exempt_admins: bool = False
    group_minutes: int = 60
    translations: Translations = field(default_factory=dict)

    def title_in(self, language: str | None) -> str:
        """The title in `language` ("de", "de_DE"), else in English."""
        return _translated(self.translations, language, "title", self.title)

    def description_in(self, language: str | None) -> str:
        """The description in `language`, else in English."""
        return _translated(self.translations, language, "description", self.description)


@dataclass(frozen=True)
class Allowlist:
    """Known resources (helplines, official sites) that are never flagged as personal."""

    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()


@dataclass(frozen=True)
class Pack:
    """A guideline pack: metadata, allowlist and rules, plus the text it came from.

    `languages` are the languages its word lists cover; `translations` holds
    its name and description in other languages (see `Rule`).
    """

    id: str
    name: str
    version: str
    description: str
    languages: tuple[str, ...]
    rules: tuple[Rule, ...]
    allowlist: Allowlist = Allowlist()
    translations: Translations = field(default_factory=dict)
    source: str = field(default="<memory>", compare=False)
    text: str | None = field(default=None, repr=False, compare=False)

    def name_in(self, language: str | None) -> str:
        """The pack's name in `language`, else in English."""
        return _translated(self.translations, language, "name", self.name)

    def description_in(self, language: str | None) -> str:
        """The pack's description in `language`, else in English."""
        return _translated(self.translations, language, "description", self.description)


@dataclass(frozen=True)
class Match:
    """Why a detector fired: its type, a short label and spans in the original text.

    `label` names what was found ("phone number", "term 'hilfe' (de)") and
    never repeats message text beyond the pack's own term.
    """

    detector: str
    label: str
    spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Flag:
    """One rule that fired on one message.

    When several loaded packs carry a rule with the same id, the message
    gets one flag: matches merged, the most urgent severity, and every
    pack listed in `pack_ids`.
    """

    message_id: int
    chat_id: int
    ts: datetime
    author: str | None
    pack_ids: tuple[str, ...]
    rule_id: str
    severity: str
    matches: tuple[Match, ...]
    group_minutes: int = 60

    @property
    def pack_id(self) -> str:
        """The first pack (in load order) whose rule fired."""
        return self.pack_ids[0]

    @property
    def group_key(self) -> tuple[int, str, str | None, int]:
        """(chat, rule, author, time bucket): repeated hits share one inbox item."""
        if self.ts.tzinfo is not None:
            seconds = int(self.ts.timestamp())
        else:
            seconds = int((self.ts - EPOCH).total_seconds())
        return self.chat_id, self.rule_id, self.author, seconds // (self.group_minutes * 60)

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """Every highlighted span of every match, sorted."""
        return tuple(sorted({s for m in self.matches for s in m.spans}))
