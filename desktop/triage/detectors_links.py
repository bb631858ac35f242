"""Links, with group invites and link shorteners called out.

A WhatsApp or Telegram invite pulls members into a group nobody here
moderates; a shortener (bit.ly, tinyurl …) hides where it leads. Both are
named in the match label. Other links are reported only when the rule asks
for them ("share verified resources"), and allowlisted domains never are.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .detector_base import Detector, ScanContext
from .model import Match
from .options import Option

_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"'`]+"
    r"|(?<![\w@.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}/[^\s<>\"'`]*",
    re.IGNORECASE)
_TRAILING = ".,;:!?)]}»"
CATEGORIES = ("invite", "shortener", "other")
INVITE_HOSTS = ["chat.whatsapp.com", "whatsapp.com/channel", "wa.me", "t.me", "telegram.me",
                "telegram.dog", "discord.gg", "discord.com/invite", "signal.group", "chat.signal.org"]
SHORTENERS = ["bit.ly", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd", "buff.ly", "cutt.ly",
              "rb.gy", "shorturl.at", "tiny.cc", "rebrand.ly", "bl.ink", "s.id", "v.gd", "t.ly",
              "lnkd.in", "shorte.st", "clck.ru", "qrco.de", "u.to", "short.io", "tiny.one"]
_NAMES = {"chat.whatsapp.com": "WhatsApp group invite", "whatsapp.com/channel": "WhatsApp channel",
          "wa.me": "WhatsApp chat", "t.me": "Telegram", "telegram.me": "Telegram",
          "telegram.dog": "Telegram", "discord.gg": "Discord invite",
          "discord.com/invite": "Discord invite", "signal.group": "Signal group invite",
          "chat.signal.org": "Signal group invite"}


def split_link(link: str) -> tuple[str, str]:
    """(host without www., path) of a link as written, both lower case."""
    bare = re.sub(r"^(?:https?://)", "", link, flags=re.IGNORECASE).lower()
    host, _, path = bare.partition("/")
    return host.split("?")[0].split("#")[0].removeprefix("www."), path


class LinksDetector(Detector):
    """Links by category: group invites, shorteners, everything else."""

    type_name = "links"
    summary = "links; invites and shorteners called out"
    CHARS = frozenset({"link"})
    OPTIONS = {
        "report": Option("str_list", ["invite", "shortener"],
                         f"which links to report, any of {', '.join(CATEGORIES)}"),
        "invite_hosts": Option("str_list", INVITE_HOSTS, "hosts (optionally /path) of group invites"),
        "shortener_hosts": Option("str_list", SHORTENERS, "hosts of link shorteners"),
    }

    @classmethod
    def extra_problems(cls, options: Mapping[str, Any]) -> list[tuple[str, str]]:
        unknown = sorted(set(options.get("report", [])) - set(CATEGORIES))
        return [("report", f"has unknown categories {unknown}; use any of {list(CATEGORIES)}")] \
            if unknown else []

    def __init__(self, options: Mapping[str, Any]) -> None:
        super().__init__(options)
        self.report = frozenset(self.options["report"])
        # host -> [(path prefix, category, label)], looked up for the host and
        # each parent domain, so classifying a link is a few dict lookups.
        self._hosts: dict[str, list[tuple[str, str, str]]] = {}
        for entry in self.options["invite_hosts"]:
            self._add(entry, "invite", _NAMES.get(entry.lower(), "group invite") + " link")
        for entry in self.options["shortener_hosts"]:
            self._add(entry, "shortener", f"link shortener ({entry}) hides where it leads")

    def _add(self, entry: str, category: str, label: str) -> None:
        host, _, path = entry.lower().partition("/")
        self._hosts.setdefault(host, []).append((path, category, label))

    def classify(self, link: str) -> tuple[str, str]:
        """(category, label) of one link."""
        host, path = split_link(link)
        labels = host.split(".")
        for i in range(len(labels) - 1):
            for prefix, category, label in self._hosts.get(".".join(labels[i:]), ()):
                if path.startswith(prefix):
                    return category, label
        return "other", "link to another site: check it before trusting it"

    def check(self, ctx: ScanContext) -> list[Match]:
        found = []
        for m in _URL.finditer(ctx.record.text or ""):
            link = m.group().rstrip(_TRAILING)
            category, label = self.classify(link)
            if category in self.report and not ctx.allow.domain(split_link(link)[0]):
                found.append(Match(self.type_name, label, ((m.start(), m.start() + len(link)),)))
        return found
