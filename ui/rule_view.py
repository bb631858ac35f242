"""A guideline pack as a moderator reads it: rules in plain words, never raw TOML.

Each rule shows its title, severity, plain description (in the interface
language where the pack has them, else as written), what finds
breaches ("Phone numbers", "8 or more messages by one member within 2
minutes") and the suggested responses. `describe_detector` turns one
detector spec into that sentence; the full word lists stay in the pack
file, which the editor shows.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from moddesk.ui.theme import readable_on

from moddesk.triage.model import DetectorSpec, Pack, Rule
from moddesk.triage.pack_import import PackInfo
from moddesk.ui.guidelines_text import fill, ntr, response_title, tr
from moddesk.ui.inbox_model import SEVERITY_COLORS, severity_label

_SIMPLE = {
    "phone": QT_TRANSLATE_NOOP("Guidelines", "Phone numbers (numbers on the pack's allowlist "
                                             "are left alone)"),
    "email": QT_TRANSLATE_NOOP("Guidelines", "E-mail addresses (addresses on the allowlist are "
                                             "left alone)"),
    "address": QT_TRANSLATE_NOOP("Guidelines", "Street addresses and house numbers"),
    "removed": QT_TRANSLATE_NOOP("Guidelines", "Messages that a later export of the chat no "
                                               "longer shows (deleted since)"),
    "payment": QT_TRANSLATE_NOOP("Guidelines", "Payment details and money requests: IBANs, card "
                                               "numbers, crypto wallets, \"send money\""),
    "distress": QT_TRANSLATE_NOOP("Guidelines", "Cries for help and signs of danger: violence, "
                                                "abuse, self-harm, a child in danger"),
    "grooming": QT_TRANSLATE_NOOP("Guidelines", "Grooming patterns: moving a child to a private "
                                                "chat, asking for photos, asking for secrecy"),
    "signals": QT_TRANSLATE_NOOP("Guidelines", "Warning words that count when they occur "
                                               "together"),
}
_LINKS = {"invite": QT_TRANSLATE_NOOP("Guidelines", "group invite links"),
          "shortener": QT_TRANSLATE_NOOP("Guidelines", "link shorteners"),
          "other": QT_TRANSLATE_NOOP("Guidelines", "other links")}
_KINDS = {"media": QT_TRANSLATE_NOOP("Guidelines", "photos, videos and files"),
          "deleted": QT_TRANSLATE_NOOP("Guidelines", "messages deleted by their author"),
          "poll": QT_TRANSLATE_NOOP("Guidelines", "polls"),
          "location": QT_TRANSLATE_NOOP("Guidelines", "shared locations"),
          "contact": QT_TRANSLATE_NOOP("Guidelines", "contact cards"),
          "join": QT_TRANSLATE_NOOP("Guidelines", "members joining"),
          "add": QT_TRANSLATE_NOOP("Guidelines", "members being added"),
          "leave": QT_TRANSLATE_NOOP("Guidelines", "members leaving"),
          "remove": QT_TRANSLATE_NOOP("Guidelines", "members being removed"),
          "admin": QT_TRANSLATE_NOOP("Guidelines", "admin rights changing"),
          "subject": QT_TRANSLATE_NOOP("Guidelines", "the group name changing"),
          "description": QT_TRANSLATE_NOOP("Guidelines", "the group description changing")}


def _terms(value: Any) -> tuple[int, int]:
    """(how many terms, in how many languages) of a list or a table of lists."""
    if isinstance(value, Mapping):
        return sum(len(v) for v in value.values() if isinstance(v, list)), len(value)
    return (len(value), 0) if isinstance(value, list) else (0, 0)


def _kinds(values: list[str]) -> str:
    return ", ".join(tr(_KINDS[v]) if v in _KINDS else v for v in values)


def _keywords(options: Mapping[str, Any]) -> str:
    count, languages = _terms(options.get("terms", []))
    words = ntr("Words and phrases: %n term", "Words and phrases: %n terms", count)
    if languages > 1:
        words += fill(tr(" in %1 languages"), languages)
    return words + tr(" (case and accents do not matter)")


def _regex(options: Mapping[str, Any]) -> str:
    count = len(options.get("patterns", []))
    return fill(ntr("Text patterns (%n pattern) for: %1", "Text patterns (%n patterns) for: %1",
                    count), options.get("label", "pattern"))


def _links(options: Mapping[str, Any]) -> str:
    report = options.get("report", ["invite", "shortener"])
    return fill(tr("Links: %1"), ", ".join(tr(_LINKS[r]) for r in report if r in _LINKS))


def _flood(options: Mapping[str, Any]) -> str:
    return fill(tr("Floods: %1 or more messages by one member within %2 minutes"),
                options.get("count", 8), options.get("minutes", 2))


def _needs_reply(options: Mapping[str, Any]) -> str:
    return ntr("Questions and mentions of the admins with no admin reply within %n hour",
               "Questions and mentions of the admins with no admin reply within %n hours",
               int(options.get("hours", 12)))


_DESCRIBE: dict[str, Callable[[Mapping[str, Any]], str]] = {
    "keywords": _keywords, "regex": _regex, "links": _links, "flood": _flood,
    "needs_reply": _needs_reply,
    "message_kind": lambda o: fill(tr("Shared in the group: %1"), _kinds(o.get("kinds", ["media"]))),
    "system_event": lambda o: fill(tr("Group notices: %1"), _kinds(o.get("kinds", ["join", "add"]))),
}


def describe_detector(spec: DetectorSpec) -> str:
    """What this detector looks for, in one plain sentence."""
    if spec.type in _DESCRIBE:
        return _DESCRIBE[spec.type](spec.options)
    if spec.type in _SIMPLE:
        return tr(_SIMPLE[spec.type])
    return spec.type


def rule_html(rule: Rule, language: str | None = None) -> str:
    """One rule as an HTML block, its texts in `language` (default: the interface's)."""
    e = html.escape
    language = language or QLocale().name()
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)  # the browser's page
    color = readable_on(SEVERITY_COLORS.get(rule.severity, "#6b7280"), base).name()
    finds = [describe_detector(d) for d in rule.detectors]
    if rule.exempt_admins:
        finds.append(tr("Messages written by the group's admins are not flagged."))
    finds.append(fill(tr("Repeated hits by one member within %1 minutes make one inbox item."),
                      rule.group_minutes))
    parts = [f"<h3 style='margin-bottom:2px'>{e(rule.title_in(language))} &nbsp;<span "
             f"style='color:{color};font-size:small'>● {e(severity_label(rule.severity))}"
             "</span></h3>",
             f"<p style='margin-top:2px'>{e(rule.description_in(language).strip())}</p>",
             _list(tr("What finds it"), finds)]
    if rule.responses:
        parts.append(_list(tr("Suggested responses"), [response_title(r) for r in rule.responses]))
    return "".join(parts)


def _list(title: str, items: list[str]) -> str:
    rows = "".join(f"<li>{html.escape(i)}</li>" for i in items)
    return (f"<p style='margin-bottom:0'><b>{html.escape(title)}</b></p>"
            f"<ul style='margin-top:0'>{rows}</ul>")


def pack_html(pack: Pack, language: str | None = None) -> str:
    """A whole pack: its description, then every rule, most severe first (see `rule_html`)."""
    e = html.escape
    language = language or QLocale().name()
    order = {"urgent": 0, "high": 1, "normal": 2, "low": 3}
    rules = sorted(pack.rules, key=lambda r: order.get(r.severity, 9))
    head = f"<h2 style='margin-bottom:2px'>{e(pack.name_in(language))}</h2>"
    if pack.description_in(language).strip():
        head += f"<p>{e(pack.description_in(language).strip())}</p>"
    count = ntr("%n rule", "%n rules", len(pack.rules))
    head += f"<p style='color:gray'>{e(count)}</p><hr/>"
    return head + "<hr/>".join(rule_html(r, language) for r in rules)


class RuleView(QTextBrowser):
    """Read-only, keyboard-scrollable view of one pack's rules."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rule_view")
        self.setOpenLinks(False)
        self.show_info(None)

    def show_info(self, info: PackInfo | None) -> None:
        """Show a pack (None: a hint to pick one; a pack that no longer loads: why)."""
        e = html.escape
        if info is None:
            hint = tr("Choose a pack to read its rules.")
            self.setHtml(f"<p style='color:gray'>{e(hint)}</p>")
        elif info.pack is None:
            broken, fix = tr("This version cannot be used:"), \
                tr("Edit the pack or restore an earlier version.")
            self.setHtml(f"<h2>{e(info.name)}</h2><p>{e(broken)}</p>"
                         f"<p><tt>{e(info.problem or '')}</tt></p><p>{e(fix)}</p>")
        else:
            self.setHtml(pack_html(info.pack))
