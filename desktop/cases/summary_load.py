"""Filling `summary.IncidentSummary` from the vault (the only reader the renderer gets).

The summary carries everything a printed summary may show, already in
display form: the category as its guideline rule's title, categories in
timeline entries likewise, notes at their current version with a count of
versions, evidence with its snapshot messages, each source export once, and
the result of checking the chain at the moment the summary was made.
"""

from __future__ import annotations

import datetime as dt
import json

import sqlite_utils

from moddesk.cases.evidence import snapshot_messages
from moddesk.cases.integrity import verify_chain
from moddesk.cases.stamps import incident_number, local_iso, require_incident
from moddesk.cases.summary import (
    Evidence,
    IncidentSummary,
    Note,
    Person,
    SourceExport,
    TimelineEntry,
)
from moddesk.storage import case_store as store
from moddesk.storage import inbox_queries


def load_summary(db: sqlite_utils.Database, *, mac_key: bytes, incident_id: int,
                 moderator: str, now: dt.datetime | None = None,
                 language: str = "en") -> IncidentSummary:
    """Everything about one incident for a printed summary, checked as of `now`.

    `language` is the one the copy is printed in: rule titles as the pack
    gives them in it go to `shown_titles`. Raises `IncidentError` when there
    is no such incident.
    """
    row = require_incident(db, incident_id)
    titles = RuleTitles(db, language=language)
    timeline = timeline_entries(db, incident_id, titles)
    evidence = evidence_items(db, incident_id, timeline)
    return IncidentSummary(
        incident_id=incident_id, number=incident_number(incident_id), title=str(row["title"]),
        category=titles.title(row["pack_key"], row["rule_id"]) or None,
        severity=str(row["severity"]), status=str(row["status"]),
        created_at=str(row["created_at"]), created_by=str(row["created_by"]),
        follow_up=row["follow_up"],  # type: ignore[arg-type]
        tags=tuple(row["tags"]),  # type: ignore[call-overload]
        people=tuple(Person(n, r) for n, r in store.people(db, incident_id)),
        timeline=timeline, evidence=evidence, notes=_notes(db, incident_id),
        sources=_sources(evidence), chain=verify_chain(db, mac_key=mac_key,
                                                       incident_id=incident_id),
        generated_at=local_iso(now or dt.datetime.now()), moderator=moderator,
        shown_titles=titles.shown)


class RuleTitles:
    """Rule titles by (pack, rule), each read from the vault's packs once.

    `title` gives the title as the pack writes it (what the chain and the
    digest keep); `shown` maps each to its text in `language` where the
    pack has one.
    """

    def __init__(self, db: sqlite_utils.Database, *, language: str = "en") -> None:
        self._db, self._language = db, language
        self._found: dict[tuple[str, str], str] = {}
        self.shown: dict[str, str] = {}

    def title(self, pack_key: object, rule_id: object) -> str:
        """The rule's title, else its id; "" without a category."""
        if not pack_key or not rule_id:
            return ""
        key = (str(pack_key), str(rule_id))
        if key not in self._found:
            text = inbox_queries.rule_text(self._db, *key)
            self._found[key] = text.title if text else key[1]
            shown = inbox_queries.rule_text(self._db, *key, language=self._language)
            if text and shown and shown.title != text.title:
                self.shown[text.title] = shown.title
        return self._found[key]

    def of_value(self, value: str) -> str:
        """A timeline category value ("pack:rule") as its title."""
        pack, _, rule = value.partition(":")
        return self.title(pack, rule) if rule else value


def timeline_entries(db: sqlite_utils.Database, incident_id: int,
                     titles: RuleTitles) -> tuple[TimelineEntry, ...]:
    """Every stored entry in seq order, categories shown as rule titles."""
    rows = sorted(store.entries(db, incident_id), key=lambda e: (e.seq, e.id))
    return tuple(TimelineEntry(e.seq, e.at, e.by, e.kind, _shown_detail(e.kind, e.detail, titles))
                 for e in rows)


def _shown_detail(kind: str, text: str, titles: RuleTitles) -> dict[str, str]:
    try:
        parsed = json.loads(text)
    except ValueError:
        return {}
    detail = {str(k): str(v) for k, v in parsed.items()} if isinstance(parsed, dict) else {}
    if kind == "created" and "category" in detail:
        detail["category"] = titles.of_value(detail["category"])
    if kind == "field" and detail.get("field") == "category":
        detail["from"] = titles.of_value(detail.get("from", ""))
        detail["to"] = titles.of_value(detail.get("to", ""))
    return detail


def evidence_items(db: sqlite_utils.Database, incident_id: int,
                   timeline: tuple[TimelineEntry, ...]) -> tuple[Evidence, ...]:
    """The incident's evidence in link order, each with the seq of the entry that added it."""
    seqs = {e.detail.get("evidence"): e.seq for e in timeline if e.kind == "evidence"}
    return tuple(
        Evidence(entry_seq=seqs.get(str(r.id), 0), chat=r.chat_name, source_name=r.source_name,
                 export_sha256=r.export_sha256, line=r.line, snapshot_sha256=r.snapshot_sha256,
                 added_at=r.added_at, added_by=r.added_by,
                 messages=snapshot_messages(r.snapshot))
        for r in store.evidence(db, incident_id))


def _notes(db: sqlite_utils.Database, incident_id: int) -> tuple[Note, ...]:
    by_note: dict[int, list[store.NoteVersionRow]] = {}
    for version in store.note_versions(db, incident_id):
        by_note.setdefault(version.note_id, []).append(version)
    return tuple(Note(note_id=n, text=vs[-1].text, at=vs[-1].at, by=vs[-1].by,
                      versions=len(vs), first_at=vs[0].note_created_at)
                 for n, vs in by_note.items())


def _sources(evidence: tuple[Evidence, ...]) -> tuple[SourceExport, ...]:
    seen: dict[str, SourceExport] = {}
    for item in evidence:
        seen.setdefault(item.export_sha256, SourceExport(item.export_sha256, item.source_name,
                                                         item.chat))
    return tuple(seen.values())
