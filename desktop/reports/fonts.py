"""Font families for each script, chosen by name, and the scripts nothing can show.

A summary mixes Latin with Devanagari, Arabic, Cyrillic and emoji. Leaving
the choice to Qt's fallback gives different results per machine, and a Latin
font that lists Devanagari among its languages without the tables to shape
it gets picked (Qt then warns "OpenType support missing"). So every script
gets an ordered list of families; the first one installed is used, then any
installed family Qt knows covers that writing system. When none exists, the
report still renders (Qt draws what it can, perhaps as empty boxes) and its
first page names the scripts that could not be shown.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping

from PySide6.QtGui import QFontDatabase

from moddesk.reports.scripts import NAMES

BODY = ("Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial", "Helvetica")
MONO = ("DejaVu Sans Mono", "Noto Sans Mono", "Liberation Mono", "Consolas", "Courier New")
_NIRMALA = ("Nirmala UI",)  # Windows' font for the Indic scripts
CANDIDATES: dict[str, tuple[str, ...]] = {
    "latin": BODY, "greek": BODY, "cyrillic": BODY,
    "arabic": ("Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", "Segoe UI", "Arial"),
    "hebrew": ("Noto Sans Hebrew", "DejaVu Sans", "Arial"),
    "devanagari": ("Noto Sans Devanagari", "Lohit Devanagari", *_NIRMALA, "Mangal"),
    "emoji": ("Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji", "Twemoji"),
    **{s: (f"Noto Sans {NAMES[s]}", f"Lohit {NAMES[s]}", *_NIRMALA)
       for s in ("bengali", "gurmukhi", "gujarati", "oriya", "tamil", "telugu", "kannada",
                 "malayalam", "sinhala")},
}
CANDIDATES["oriya"] = ("Noto Sans Oriya", "Noto Sans Odia", "Lohit Odia", *_NIRMALA)
_SYSTEMS = {name: getattr(QFontDatabase.WritingSystem, NAMES[name], None) for name in NAMES}
_SYSTEMS["oriya"] = QFontDatabase.WritingSystem.Oriya


@dataclasses.dataclass(frozen=True)
class FontPlan:
    """The installed families to use for each script, best first."""

    available: Mapping[str, tuple[str, ...]]
    mono: tuple[str, ...] = ()

    def family(self, script: str) -> str | None:
        """The family for runs of `script`, or None when nothing installed covers it."""
        found = self.available.get(script, ())
        return found[0] if found else None

    def body(self) -> list[str]:
        """Families for ordinary text, best first (at least one generic name)."""
        return [*self.available.get("latin", ()), "Sans Serif"]

    def everything(self) -> list[str]:
        """Every chosen family, body first (fallbacks for the invisible text layer)."""
        chosen = [f for families in self.available.values() for f in families[:1]]
        return list(dict.fromkeys([*self.body(), *chosen]))

    def missing(self, scripts: Iterable[str]) -> list[str]:
        """Display names of the scripts in `scripts` that no installed font covers."""
        return sorted(NAMES[s] for s in set(scripts) if s in NAMES and not self.family(s))

    def without(self, script: str) -> FontPlan:
        """This plan as if no font for `script` were installed (for tests and previews)."""
        return dataclasses.replace(self, available={**self.available, script: ()})


def installed_plan() -> FontPlan:
    """The plan for the fonts installed on this machine (needs a QGuiApplication)."""
    installed = set(QFontDatabase.families())
    available = {script: _usable(script, installed) for script in NAMES}
    return FontPlan(available=available, mono=tuple(f for f in MONO if f in installed))


def _usable(script: str, installed: set[str]) -> tuple[str, ...]:
    named = [f for f in CANDIDATES.get(script, ()) if f in installed]
    system = _SYSTEMS.get(script)
    if system is not None and script not in ("latin", "greek", "cyrillic"):
        # A font that only lists the writing system is a last resort; skip the
        # Latin families, which list many scripts they cannot shape.
        named += [f for f in QFontDatabase.families(system) if f not in named and f not in BODY]
    return tuple(named)
