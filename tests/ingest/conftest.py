"""Fixtures for the ingest tests: parsing inline exports and the peer corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from moddesk.ingest import ParsedExport, parse_bytes
from tests.ingest.watch_helpers import FakeClock

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "peers"


def parse_text(text: str, name: str = "WhatsApp Chat with Test Group.txt", **kwargs: object) -> ParsedExport:
    """Parse an inline export written as a str (UTF-8 encoded)."""
    return parse_bytes(text.encode("utf-8"), name=name, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def corpus() -> Path:
    """The peers' sample exports, skipped when the shared folder is absent."""
    if not CORPUS.is_dir():
        pytest.skip("needs ../shared/corpus/peers beside the project")
    return CORPUS.resolve()


@pytest.fixture
def clock() -> FakeClock:
    """The watcher's injected clock, moved by hand."""
    return FakeClock()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty folder to watch."""
    path = tmp_path / "exports"
    path.mkdir()
    return path
