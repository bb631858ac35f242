"""Checking every incident's log after unlock, and keeping the results for the Incidents page.

Right after the vault opens, `verify_all` runs on the background reader
(it reads every timeline entry, so not on the GUI thread). The result per
incident is kept until the vault locks; the detail view adds fresher
results for the one incident it shows. A failed check is never hidden:
besides the mark on the incident, the moderator gets one calm message
through the message bridge saying how many incidents are affected.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal

from moddesk.cases.summary import ChainCheck
from moddesk.ui import message_bridge
from moddesk.ui.incident_text import ntr
from moddesk.ui.session_api import SessionApi

log = logging.getLogger("moddesk.ui.incidents")


class ChainChecks(QObject):
    """The chain check result of each incident, as of the last check.

    Signals:
        checked(): results arrived (after unlock, or one incident's fresher one).
    """

    checked = Signal()

    def __init__(self, session: SessionApi, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._results: dict[int, ChainCheck] = {}
        self._epoch = 0  # of unlocks: a check started before a lock is dropped
        self.done = False
        session.unlocked.connect(self.run)  # type: ignore[attr-defined]
        session.locked.connect(self.clear)  # type: ignore[attr-defined]

    def run(self) -> None:
        """Check every incident on the background reader."""
        if not self._session.is_unlocked:
            return
        from moddesk.cases.incidents import verify_all

        self._epoch += 1
        epoch, key = self._epoch, self._session.case_key()

        def job(db: Any) -> dict[int, ChainCheck]:
            return verify_all(db, mac_key=key)

        self._session.read(job, lambda found: self._on_checked(epoch, found))

    def _on_checked(self, epoch: int, found: dict[int, ChainCheck]) -> None:
        if epoch != self._epoch:
            return
        self._results, self.done = dict(found), True
        broken = self.broken()
        log.info("incident logs checked (incidents=%d, problems=%d)", len(found), len(broken))
        if broken:
            message_bridge.warning(ntr(
                "The log of %n incident was changed outside ModDesk. Open Incidents to see "
                "what changed; nothing was repaired or hidden.",
                "The logs of %n incidents were changed outside ModDesk. Open Incidents to "
                "see what changed; nothing was repaired or hidden.", len(broken)))
        self.checked.emit()

    def update(self, incident_id: int, check: ChainCheck) -> None:
        """Keep a fresher result for one incident (from the detail view's read)."""
        old = self._results.get(incident_id)
        self._results[incident_id] = check
        if old is None or old.ok != check.ok or old.problems != check.problems:
            self.checked.emit()

    def result(self, incident_id: int) -> ChainCheck | None:
        """The last result for the incident, None if it was not checked yet."""
        return self._results.get(incident_id)

    def broken(self) -> set[int]:
        """Ids of incidents whose check found problems."""
        return {i for i, c in self._results.items() if not c.ok}

    def clear(self) -> None:
        """Forget every result (on lock)."""
        self._epoch += 1
        self._results, self.done = {}, False
