"""The content digest: fixed before layout, stable for the same content, printed."""

from __future__ import annotations

import dataclasses
import hashlib
import json

from moddesk.cases.summary import ChainCheck, IncidentSummary
from moddesk.reports import prepare
from moddesk.reports.digest import FORMAT, canonical, content_digest
from moddesk.reports.redaction import redact
from tests.reports.conftest import make_summary


def digest(summary: IncidentSummary, profile: str = "authorities") -> str:
    return content_digest(redact(summary, profile).summary, profile)


def test_same_content_same_digest_whenever_and_by_whoever_printed() -> None:
    base = digest(make_summary())
    assert digest(make_summary()) == base
    later = make_summary(generated_at="2027-01-01T08:00:00", moderator="Someone Else",
                         chain=ChainCheck(ok=False, entries=15, problems=("Entry 2 was altered.",)))
    assert digest(later) == base


def test_any_change_to_what_is_shown_changes_the_digest(summary: IncidentSummary) -> None:
    base = digest(summary)
    edited = dataclasses.replace(summary.notes[1], text=summary.notes[1].text + " ")
    assert digest(dataclasses.replace(summary, notes=(summary.notes[0], edited))) != base
    assert digest(dataclasses.replace(summary, title="Another title")) != base
    assert digest(dataclasses.replace(summary, evidence=summary.evidence[:2])) != base
    assert digest(summary, "internal") != base


def test_a_hidden_change_does_not_show_in_a_copy_that_hides_it(summary: IncidentSummary) -> None:
    # Notes are not in the reporter's copy, so editing one leaves that copy's digest alone.
    edited = dataclasses.replace(summary.notes[1], text="changed")
    changed = dataclasses.replace(summary, notes=(summary.notes[0], edited))
    assert digest(changed, "reporter") == digest(summary, "reporter")


def test_digest_is_sha256_of_the_canonical_bytes(qapp, summary: IncidentSummary) -> None:  # type: ignore[no-untyped-def]
    report = prepare(summary, profile="reporter")
    data = report.canonical()
    assert hashlib.sha256(data).hexdigest() == report.digest
    tree = json.loads(data.decode("utf-8"))
    assert tree["format"] == FORMAT and tree["profile"] == "reporter"
    assert "generated_at" not in data.decode("utf-8")
    assert data == canonical(report.summary, "reporter")
    assert data == json.dumps(tree, ensure_ascii=False, sort_keys=True,
                              separators=(",", ":")).encode("utf-8")
