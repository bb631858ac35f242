"""Checking groups again after a rule change: the writer job, its progress and Cancel.

`RescanRunner` runs `pack_import.rescan` on the session's writer (one job
for the whole batch, so imports and triage queue behind it), relays "3 of
12 groups done" to the GUI thread, and cancels through a
`threading.Event`, as imports do: on Cancel and when a lock begins.
Everything filed before a cancel stays. A change made while a check runs
queues its groups for the next one. `RescanBar` shows all this in the page.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Callable, Iterable
from datetime import datetime

import sqlite_utils
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from moddesk.storage import Changes, KnownError
from moddesk.triage import pack_import
from moddesk.triage.pack_import import Rescan
from moddesk.ui import message_bridge
from moddesk.ui.guidelines_text import fill, ntr, tr
from moddesk.ui.session_api import SessionApi

log = logging.getLogger("moddesk.ui.rescan")


@dataclasses.dataclass(frozen=True)
class RescanOutcome(Changes):
    """The inbox changed (when groups were checked), and what the check found."""

    found: Rescan = Rescan(0, 0, 0, False)


class RescanRunner(QObject):
    """Runs rescans one after another on the writer, cancellable.

    Signals:
        group_checked(int token, int done, int total): emitted on the writer thread
            after each group (connect with a direct connection to act right there,
            as tests do to cancel at an exact group); relayed as `progressed`.
        progressed(int done, int total): groups checked so far (0 at the start).
        finished(object): the `Rescan` of a check that ended (also when cancelled).
        idle(): no check runs and none waits.
    """

    group_checked = Signal(int, int, int)
    progressed = Signal(int, int)
    finished = Signal(object)
    idle = Signal()

    def __init__(self, session: SessionApi, clock: Callable[[], datetime],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session, self._clock = session, clock
        self._cancel = threading.Event()
        self._pending: dict[int, None] = {}
        self._token = 0
        self._running = False
        self.group_checked.connect(self._on_group_checked)
        session.locking.connect(self.cancel)  # type: ignore[attr-defined]
        session.locked.connect(self._on_session_locked)  # type: ignore[attr-defined]

    @property
    def running(self) -> bool:
        """True while a check runs or waits."""
        return self._running or bool(self._pending)

    def request(self, chat_ids: Iterable[int]) -> None:
        """Check these chats over their whole history (after the running check, if any)."""
        self._pending.update(dict.fromkeys(chat_ids))
        if not self._running:
            self._start()

    def cancel(self) -> None:
        """Stop the running check (what it filed stays) and drop the waiting ones.

        Safe to call from the writer thread (tests do, to stop at an exact group).
        """
        self._cancel.set()
        self._pending = {}

    def _start(self) -> None:
        ids, self._pending = list(self._pending), {}
        self._token += 1
        self._cancel = threading.Event()
        token, cancel, now = self._token, self._cancel, self._clock()
        checked = self.group_checked

        def job(db: sqlite_utils.Database) -> RescanOutcome:
            found = pack_import.rescan(db, ids, now=now, cancel=cancel,
                                       progress=lambda d, t: checked.emit(token, d, t))
            return RescanOutcome(inbox=found.done > 0, found=found)

        self._running = True
        self.progressed.emit(0, len(ids))
        log.info("rescan of %d chats queued", len(ids))
        if self._session.submit(job, lambda r: self._on_done(token, r),
                                lambda exc: self._on_failed(token, exc)) is None:
            self._running = False
            self.idle.emit()

    def _on_group_checked(self, token: int, done: int, total: int) -> None:
        if token == self._token and self._running:
            self.progressed.emit(done, total)

    def _on_done(self, token: int, outcome: RescanOutcome) -> None:
        if token != self._token:
            return
        self._running = False
        found = outcome.found
        log.info("rescan done: %d of %d chats, %d new items, cancelled=%s", found.done,
                 found.chats, found.items_created, found.cancelled)
        self.finished.emit(found)
        self._next()

    def _on_failed(self, token: int, exc: object) -> None:
        if token == self._token:
            self._running = False
            if isinstance(exc, KnownError):
                message_bridge.report_known_error(exc)
            self._next()

    def _next(self) -> None:
        if self._pending and self._session.is_unlocked:
            self._start()
        else:
            self.idle.emit()

    def _on_session_locked(self) -> None:
        self._token += 1  # a late answer from before the lock is dropped
        self._running, self._pending = False, {}
        self.idle.emit()


def summary_text(found: Rescan) -> str:
    """What a finished check did, in one sentence."""
    items = ntr("%n new inbox item", "%n new inbox items", found.items_created) \
        if found.items_created else tr("no new inbox items")
    if found.cancelled:
        return fill(tr("Check stopped after %1 of %2 groups; %3 found before that are kept."),
                    found.done, found.chats, items)
    if not found.chats:
        return tr("No group uses this pack, so there was nothing to check.")
    return fill(ntr("Checked %n group again: %1.", "Checked %n groups again: %1.", found.chats),
                items)


class RescanBar(QFrame):
    """"Checking 3 of 12 groups…" with a progress bar and Cancel; then the summary."""

    def __init__(self, runner: RescanRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rescan_bar")
        self.runner = runner
        self._stopping = False
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(tr("&Cancel check"), self)
        self.close_button = QPushButton(tr("OK"), self)
        self.close_button.setToolTip(tr("Hide this message"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.close_button)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.close_button.clicked.connect(self.clear)
        runner.progressed.connect(self._on_runner_progressed)
        runner.finished.connect(self._on_runner_finished)
        self.hide()

    def clear(self) -> None:
        """Hide (on lock, or when the moderator has read the summary)."""
        self.label.clear()
        self.hide()

    def _on_runner_progressed(self, done: int, total: int) -> None:
        if done == 0:
            self._stopping = False
            self.cancel_button.setEnabled(True)
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        if not self._stopping:
            self.label.setText(fill(tr("Checking %1 of %2 groups against the changed "
                                       "guidelines…"), min(done + 1, total), total))
        self._show(running=True)

    def _on_runner_finished(self, found: Rescan) -> None:
        text = summary_text(found)
        self.label.setText(text)
        self._show(running=False)
        message_bridge.info(text)

    def _show(self, *, running: bool) -> None:
        had_focus = self.cancel_button.hasFocus()
        self.bar.setVisible(running)
        self.cancel_button.setVisible(running)
        self.close_button.setVisible(not running)
        self.show()
        if had_focus and not running:
            self.close_button.setFocus()

    def _on_cancel_clicked(self) -> None:
        self._stopping = True
        self.cancel_button.setEnabled(False)
        self.label.setText(tr("Stopping after the group being checked…"))
        self.runner.cancel()
