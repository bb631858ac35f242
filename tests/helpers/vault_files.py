"""Helpers to look at a vault's files the way a stranger with the laptop would."""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path


def make_markers(n: int = 5) -> list[str]:
    """Unique marker strings, built at run time so no copy sits in the test source."""
    return [f"MARK-{uuid.uuid4().hex}" for _ in range(n)]


def encodings(marker: str) -> list[bytes]:
    """The byte forms a marker could take on disk."""
    return [marker.encode("utf-8"), marker.encode("utf-16-le")]


def files_containing(folder: Path, markers: list[str]) -> list[str]:
    """Every `file: marker` pair where a file under `folder` holds a marker."""
    hits = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        hits += [f"{path.name}: {m}" for m in markers if any(e in data for e in encodings(m))]
    return hits


def snapshot(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under `folder`, by relative name."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }
