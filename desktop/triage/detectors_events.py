"""Event detectors: what a record *is*, not what it says.

Media shared in a group, contact cards and location pins, members joining
or being added, deleted messages, and messages a later export no longer
shows. They look only at a record's kind, system kind and `removed` flag,
so they cost one dictionary lookup per message.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .detector_base import Detector
from .model import Match, MessageRecord
from .options import Option

MESSAGE_KINDS = ("media", "deleted", "poll", "location", "contact")
SYSTEM_KINDS = ("join", "leave", "add", "remove", "subject", "icon", "description", "admin",
                "security_code", "community", "other")
_KIND_LABELS = {"media": "media shared", "deleted": "message deleted by its author",
                "poll": "poll", "location": "location shared", "contact": "contact card shared"}
_SYSTEM_LABELS = {"join": "member joined", "add": "member added", "leave": "member left",
                  "remove": "member removed", "admin": "admin rights changed"}


def _unknown(options: Mapping[str, Any], allowed: tuple[str, ...]) -> list[tuple[str, str]]:
    unknown = sorted(set(options.get("kinds", [])) - set(allowed))
    return [("kinds", f"has unknown kinds {unknown}; use any of {list(allowed)}")] if unknown else []


class MessageKindDetector(Detector):
    """Messages of the listed kinds (media, deleted, location, contact …)."""

    type_name = "message_kind"
    summary = "messages of a kind: media, deleted, location, contact, poll"
    EVENT = True
    OPTIONS = {"kinds": Option("str_list", ["media"], f"any of {', '.join(MESSAGE_KINDS)}")}

    @classmethod
    def extra_problems(cls, options: Mapping[str, Any]) -> list[tuple[str, str]]:
        return _unknown(options, MESSAGE_KINDS)

    def event_keys(self) -> set[str]:
        """The record kinds this detector wants to see."""
        return set(self.options["kinds"])

    def on_record(self, record: MessageRecord) -> list[Match]:
        return [Match(self.type_name, _KIND_LABELS[record.kind])]


class SystemEventDetector(Detector):
    """System notices of the listed kinds (members joining, added …)."""

    type_name = "system_event"
    summary = "system notices: members joining, added, removed …"
    EVENT = True
    OPTIONS = {"kinds": Option("str_list", ["join", "add"], f"any of {', '.join(SYSTEM_KINDS)}")}

    @classmethod
    def extra_problems(cls, options: Mapping[str, Any]) -> list[tuple[str, str]]:
        return _unknown(options, SYSTEM_KINDS)

    def event_keys(self) -> set[str]:
        return {"system:" + k for k in self.options["kinds"]}

    def on_record(self, record: MessageRecord) -> list[Match]:
        return [Match(self.type_name, _SYSTEM_LABELS.get(record.system_kind or "", "group notice"))]


class RemovedDetector(Detector):
    """Messages an earlier export showed and a later one no longer does."""

    type_name = "removed"
    summary = "messages removed since an earlier export"
    EVENT = True

    def event_keys(self) -> set[str]:
        return {"removed"}

    def on_record(self, record: MessageRecord) -> list[Match]:
        return [Match(self.type_name, "no longer in a later export of this chat")]
