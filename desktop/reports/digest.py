"""The content digest of a printed summary: a canonical form and its SHA-256.

Qt-free. The canonical form is computed from the redacted summary, before
anything is laid out, so it covers exactly what that copy shows:

    UTF-8 JSON, keys sorted, no spaces (separators "," and ":"), non-ASCII
    characters written as themselves, of
    {"format": "moddesk-summary/1", "profile": ..., "incident": {number, title,
    category, severity, status, created_at, created_by, follow_up, tags},
    "people": [...], "timeline": [{seq, at, by, kind, detail}], "evidence":
    [... with every message], "notes": [...], "sources": [...]}

Timeline entries are kept as their structured kind and detail, not as the
translated sentences on paper, and masks and pseudonyms are fixed tokens, so
the digest does not depend on the interface language. Left out on purpose:
when and by whom the copy was generated and the chain check result (they
describe the printing, not the incident), so printing the same incident
twice gives the same digest, and any change to what it shows (a new note, an
edited title, one more piece of evidence, another profile) gives another.

A recipient checks a copy by asking the moderator to run
`moddesk report ID --profile P --digest` on the vault (it prints this
digest) or `moddesk report ID --profile P --canonical FILE` (it writes the
canonical form, which `sha256sum FILE` turns into the printed digest).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json

from moddesk.cases.summary import IncidentSummary

FORMAT = "moddesk-summary/1"
_INCIDENT_FIELDS = ("number", "title", "category", "severity", "status", "created_at",
                    "created_by", "follow_up", "tags")


def canonical(summary: IncidentSummary, profile: str) -> bytes:
    """The canonical form of what a copy made with `profile` shows (see above)."""
    tree = {
        "format": FORMAT,
        "profile": profile,
        "incident": {name: _plain(getattr(summary, name)) for name in _INCIDENT_FIELDS},
        **{name: _plain(getattr(summary, name))
           for name in ("people", "timeline", "evidence", "notes", "sources")},
    }
    return json.dumps(tree, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def content_digest(summary: IncidentSummary, profile: str) -> str:
    """SHA-256 (hex) of `canonical(summary, profile)`."""
    return hashlib.sha256(canonical(summary, profile)).hexdigest()


def grouped(digest: str, size: int = 4) -> str:
    """A hex digest in groups of four, easier to read aloud and compare on paper."""
    return " ".join(digest[i:i + size] for i in range(0, len(digest), size))


def _plain(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value
