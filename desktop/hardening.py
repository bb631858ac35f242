"""Process hardening at start-up: no core dumps, no same-user memory reads.

A core dump of an unlocked ModDesk would hold decrypted messages and the
vault key on disk in plaintext; PR_SET_DUMPABLE=0 also stops another process
of the same user (a family member's script, a debugger) from reading our
memory through /proc. Best effort: where the OS has no such switch we carry
on and say so in the log.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger("moddesk.hardening")
PR_SET_DUMPABLE = 4


def harden_process() -> list[str]:
    """Apply what this OS supports; return the names of the measures applied."""
    applied = []
    if _no_core_dumps():
        applied.append("no-core-dumps")
    if _not_dumpable():
        applied.append("not-dumpable")
    log.info("process hardening: %s", ", ".join(applied) or "none available")
    return applied


def _no_core_dumps() -> bool:
    try:
        import resource
    except ImportError:  # Windows: no core files by default
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        return False
    return True


def _not_dumpable() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False
