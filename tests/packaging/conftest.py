"""Packaging tests: the spec, the desktop files, the icons, and (opt-in) the frozen bundle.

The scripts in packaging/ are not part of the `moddesk` package; they import each
other by bare name, so the folder goes on sys.path (last, so it shadows nothing
installed). The `bundle` tests build a real bundle and take minutes: they run only
with MODDESK_BUNDLE_TESTS=1 (CI builds and starts the bundle in .ci/run instead).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
if str(PACKAGING) not in sys.path:
    sys.path.append(str(PACKAGING))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if os.environ.get("MODDESK_BUNDLE_TESTS") == "1":
        return
    skip = pytest.mark.skip(reason="builds the frozen bundle; set MODDESK_BUNDLE_TESTS=1")
    for item in items:
        if "bundle" in item.keywords:
            item.add_marker(skip)
