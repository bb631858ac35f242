"""The inbox's keyboard actions and the writer jobs behind triage.

One table (`ACTIONS`) says what each key does; the page makes `QAction`s from
it and the help overlay lists it, so the two cannot disagree. The jobs run
on the writer thread through `inbox_store` (which appends every step to the
triage log) and return a `TriageOutcome`: a `Changes` that also says which
items moved and how many logged steps each took, so the page can undo item
by item.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

import sqlite_utils
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from moddesk.storage import inbox_store
from moddesk.storage.changes import Changes
from moddesk.ui.inbox_model import tr
from moddesk.ui.new_incident_dialog import open_for_inbox_page as open_incident_for_inbox_page
from moddesk.ui.template_dialog import open_for_inbox_page

DEFAULT_MODERATOR = "Moderator"
Job = Callable[[sqlite_utils.Database], "TriageOutcome"]


@dataclasses.dataclass(frozen=True)
class ActionSpec:
    """One inbox key binding: a name, what it does, its keys, and keys the views add."""

    name: str
    text: str
    keys: tuple[str, ...]
    also: tuple[str, ...] = ()


ACTIONS = (
    ActionSpec("next", QT_TRANSLATE_NOOP("Inbox", "Next item"), ("J",), ("Down",)),
    ActionSpec("previous", QT_TRANSLATE_NOOP("Inbox", "Previous item"), ("K",), ("Up",)),
    ActionSpec("open", QT_TRANSLATE_NOOP("Inbox", "Open in chat"), ("Return", "Enter")),
    ActionSpec("resolve", QT_TRANSLATE_NOOP("Inbox", "Resolve: dealt with"), ("R",)),
    ActionSpec("dismiss", QT_TRANSLATE_NOOP("Inbox", "Dismiss: nothing to do (asks why)"), ("D",)),
    # E opens the "New incident" dialog; Enter there escalates the item(s) into it.
    ActionSpec("escalate", QT_TRANSLATE_NOOP("Inbox", "Escalate: open an incident (Enter creates it)"),
               ("E",)),
    ActionSpec("snooze", QT_TRANSLATE_NOOP("Inbox", "Snooze until a later day"), ("S",)),
    # T, not R: R already resolves, and one key must do one thing.
    ActionSpec("reply", QT_TRANSLATE_NOOP("Inbox", "Reply with template…"), ("T",)),
    ActionSpec("severity_urgent", QT_TRANSLATE_NOOP("Inbox", "Severity: urgent"), ("1",)),
    ActionSpec("severity_high", QT_TRANSLATE_NOOP("Inbox", "Severity: high"), ("2",)),
    ActionSpec("severity_normal", QT_TRANSLATE_NOOP("Inbox", "Severity: normal"), ("3",)),
    ActionSpec("severity_low", QT_TRANSLATE_NOOP("Inbox", "Severity: low"), ("4",)),
    ActionSpec("undo", QT_TRANSLATE_NOOP("Inbox", "Undo the last action, one item at a time"),
               ("Z", "Ctrl+Z")),
    ActionSpec("reveal", QT_TRANSLATE_NOOP("Inbox", "Show or hide this item's media"), ("Space",)),
    ActionSpec("help", QT_TRANSLATE_NOOP("Inbox", "Show these shortcuts"), ("?", "F1")),
)
SELECT_HELP = (QT_TRANSLATE_NOOP("Inbox", "Shift+click, Ctrl+click, Ctrl+A"),
               QT_TRANSLATE_NOOP("Inbox", "Select several items (resolve or dismiss them together)"))


def make_actions(parent: QWidget) -> dict[str, QAction]:
    """One QAction per spec, active while focus is anywhere inside `parent`."""
    actions = {}
    for spec in ACTIONS:
        action = QAction(tr(spec.text), parent)
        action.setObjectName(f"inbox_{spec.name}")
        action.setShortcuts([QKeySequence(k) for k in spec.keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        parent.addAction(action)
        actions[spec.name] = action
    # The page's slot table does not know templates; the reply action opens its dialog here.
    actions["reply"].triggered.connect(lambda: open_for_inbox_page(parent))
    actions["escalate"].triggered.connect(lambda: open_incident_for_inbox_page(parent))
    return actions


def help_entries() -> list[tuple[str, str]]:
    """(keys, description) for every binding, as the help overlay shows them."""
    native = QKeySequence.SequenceFormat.NativeText
    rows = []
    for spec in ACTIONS:
        keys = [_nice(QKeySequence(k).toString(native)) for k in (*spec.keys, *spec.also)]
        rows.append(("  ".join(dict.fromkeys(keys)), tr(spec.text)))
    rows.append((tr(SELECT_HELP[0]), tr(SELECT_HELP[1])))
    return rows


def _nice(key: str) -> str:
    return {"Down": "↓", "Up": "↑", "Return": "Enter"}.get(key, key)


@dataclasses.dataclass(frozen=True)
class TriageOutcome(Changes):
    """What a triage job changed: (item id, logged steps) per item done, and refusals."""

    done: tuple[tuple[int, int], ...] = ()
    refused: tuple[int, ...] = ()


def _outcome(done: list[tuple[int, int]], refused: list[int]) -> TriageOutcome:
    return TriageOutcome(inbox=bool(done), done=tuple(done), refused=tuple(refused))


def triage_job(ids: Sequence[int], *, to_state: str, moderator: str,
               reason: str | None = None) -> Job:
    """Move every item to `to_state` (items already there are skipped)."""
    def job(db: sqlite_utils.Database) -> TriageOutcome:
        done, refused = [], []
        for item_id in ids:
            try:
                steps = inbox_store.triage(db, item_id, to_state=to_state,
                                           moderator=moderator, reason=reason)
            except (inbox_store.TriageRefused, KeyError):
                refused.append(item_id)
                continue
            if steps:
                done.append((item_id, steps))
        return _outcome(done, refused)
    return job


def severity_job(ids: Sequence[int], *, severity: str, moderator: str) -> Job:
    """Set every item's severity (items already at it are skipped)."""
    def job(db: sqlite_utils.Database) -> TriageOutcome:
        done = []
        for item_id in ids:
            if inbox_store.item(db, item_id)["severity"] != severity:
                inbox_store.set_severity(db, item_id, severity=severity, moderator=moderator)
                done.append((item_id, 1))
        return _outcome(done, [])
    return job


def snooze_job(ids: Sequence[int], *, until: str, moderator: str) -> Job:
    """Hide every item until the morning of `until` (an ISO date)."""
    def job(db: sqlite_utils.Database) -> TriageOutcome:
        for item_id in ids:
            inbox_store.snooze(db, item_id, until=until, moderator=moderator)
        return _outcome([(i, 1) for i in ids], [])
    return job


def undo_job(item_id: int, steps: int, *, moderator: str) -> Job:
    """Reverse the last `steps` logged actions of one item."""
    def job(db: sqlite_utils.Database) -> TriageOutcome:
        try:
            for _ in range(steps):
                inbox_store.undo_last(db, item_id, moderator=moderator)
        except inbox_store.TriageRefused:
            return _outcome([], [item_id])
        return _outcome([(item_id, steps)], [])
    return job
