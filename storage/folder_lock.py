"""An exclusive, advisory lock that says "this vault is open in a ModDesk".

POSIX: `flock` on the vault folder itself, so no extra file is made and a
failed unlock leaves the folder exactly as it was. Windows has no folder
handles, so there the lock is a byte-range lock on the sidecar, which a
rekey replaces only while we hold the vault open ourselves.
"""

from __future__ import annotations

import os
from pathlib import Path

from moddesk.storage.errors import VaultInUse

if os.name == "posix":
    import fcntl
else:  # pragma: no cover - exercised on Windows only
    import msvcrt


class FolderLock:
    """Holds the lock until `release()`; raises `VaultInUse` when taken."""

    def __init__(self, folder: Path, sidecar: Path) -> None:
        self._fd: int | None = None
        target = folder if os.name == "posix" else sidecar
        fd = os.open(target, os.O_RDONLY)
        try:
            _lock(fd)
        except OSError as exc:
            os.close(fd)
            raise VaultInUse(
                "This vault is already open in another ModDesk window. "
                "Close that one first, or wait until it has finished closing."
            ) from exc
        self._fd = fd

    def release(self) -> None:
        """Let go of the lock (idempotent)."""
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor drops flock/msvcrt locks
            self._fd = None


def _lock(fd: int) -> None:
    if os.name == "posix":
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    else:  # pragma: no cover
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
