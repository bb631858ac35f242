"""Who writes to an incident, when, and under which key: the shared part of every write.

Every facade function (incidents, notes, evidence) takes `mac_key`,
`moderator` and `now` keyword arguments; `Stamp` carries them to the one
place that seals timeline entries. `now` is injectable so tests and the
demo control the clock; None means this computer's local time.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import sqlite_utils

from moddesk.cases import chain
from moddesk.cases.errors import IncidentError
from moddesk.storage import case_store as store

SEVERITIES = ("urgent", "high", "normal", "low")


@dataclasses.dataclass(frozen=True)
class Stamp:
    """The moderator, the moment (ISO, seconds) and the chain's `Vault.mac_key`."""

    mac_key: bytes
    moderator: str
    at: str

    def record(self, db: sqlite_utils.Database, incident_id: int, kind: str,
               detail: dict[str, str]) -> int:
        """Seal one timeline entry for `incident_id`; returns its seq."""
        return chain.append(db, mac_key=self.mac_key, incident_id=incident_id, at=self.at,
                            by=self.moderator, kind=kind, detail=detail)


def make_stamp(mac_key: bytes, moderator: str, now: dt.datetime | None) -> Stamp:
    """A `Stamp` for one write; `now` None is the local wall clock."""
    if not moderator.strip():
        raise IncidentError("Set your moderator name first: every entry is signed with it.")
    return Stamp(mac_key, moderator.strip(), local_iso(now or dt.datetime.now()))


def local_iso(moment: dt.datetime) -> str:
    """`moment` as local wall time to the second ('YYYY-MM-DDTHH:MM:SS'); aware times convert."""
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return moment.replace(microsecond=0).isoformat()


def require_incident(db: sqlite_utils.Database, incident_id: int) -> dict[str, object]:
    """The incident's row, or a plain `IncidentError` when there is none."""
    row = store.incident(db, incident_id)
    if row is None:
        raise IncidentError(f"There is no incident {incident_number(incident_id)}.")
    return row


def incident_number(incident_id: int) -> str:
    """The number shown to people, e.g. INC-0007."""
    return f"INC-{incident_id:04d}"


def category_value(pack_key: object, rule_id: object) -> str:
    """A category as one string for timeline entries ("pack:rule", "" for none)."""
    return f"{pack_key}:{rule_id}" if pack_key and rule_id else ""


def check_severity(severity: str) -> str:
    """`severity` when it is one of SEVERITIES, else a plain error."""
    if severity not in SEVERITIES:
        raise IncidentError(f"Severity must be one of {', '.join(SEVERITIES)}, not {severity!r}.")
    return severity


def current_field(row: dict[str, object], field: str) -> object:
    """A field's value in an incident row (category as (pack, rule) or None)."""
    if field == "category":
        return (row["pack_key"], row["rule_id"]) if row["pack_key"] else None
    return row[field]


def shown_field(field: str, value: object) -> str:
    """A field's value as the timeline writes it (see `moddesk.cases.incidents`)."""
    if field == "category":
        return category_value(*value) if value else ""  # type: ignore[misc]
    if field == "tags":
        return ", ".join(value or ())  # type: ignore[call-overload]
    return "" if value is None else str(value)
