"""Guards against a known-bad Qt binding: PySide6 6.12.0 leaks references to None.

On CPython 3.11 every void Qt call in 6.12.0 dropped one reference to None,
and a running app aborted with "Fatal Python error: none_dealloc" after a
few thousand calls. pyproject.toml excludes that release; this test fails
if a future one brings the bug back.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_refcount_steady(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(3000):
        label.setText("x")
    # Other code may take or drop a handful of references meanwhile; the bug
    # drops exactly one per call (3000 here).
    assert abs(sys.getrefcount(None) - before) < 100
