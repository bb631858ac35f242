"""Process hardening, checked in a child process so the test runner stays debuggable."""

from __future__ import annotations

import subprocess
import sys

import pytest

PROBE = """
import resource
from moddesk.hardening import harden_process
applied = harden_process()
with open('/proc/self/status') as f:
    status = f.read()
print(sorted(applied), resource.getrlimit(resource.RLIMIT_CORE))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl and RLIMIT_CORE are Linux here")
def test_no_core_dumps_and_not_dumpable() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE + "import ctypes\n"
                          "print(ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))"],
                         capture_output=True, text=True, check=True).stdout.splitlines()
    assert out[0] == "['no-core-dumps', 'not-dumpable'] (0, 0)"
    assert out[1] == "0"  # PR_GET_DUMPABLE
