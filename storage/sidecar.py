"""The vault's sidecar: KDF parameters, salt and key check, beside the database.

The sidecar holds nothing secret. It lets unlock tell a wrong passphrase
(key check mismatch) apart from a damaged database (key check matches, pages
don't decrypt), and it is what lets us raise the KDF cost later.

During a passphrase change the sidecar briefly holds two key slots
(`pending`), so a kill at any point leaves a vault that opens with the old or
the new passphrase. It is always replaced atomically (temp file, fsync,
rename).
"""

from __future__ import annotations

import base64
import dataclasses
import json
import os
from pathlib import Path

from moddesk.storage.errors import VaultDamaged
from moddesk.storage.kdf import KdfParams

FORMAT = "moddesk-vault"
VERSION = 1
_MAX_BYTES = 16384


@dataclasses.dataclass(frozen=True)
class KeySlot:
    """One way in: KDF parameters plus the check value of the key they give."""

    params: KdfParams
    check: bytes

    def to_json(self) -> dict[str, object]:
        """The slot as JSON-ready data."""
        p = self.params
        return {
            "kdf": "argon2id",
            "memory_kib": p.memory_kib,
            "iterations": p.iterations,
            "lanes": p.lanes,
            "salt": _b64(p.salt),
            "check": _b64(self.check),
        }

    @classmethod
    def from_json(cls, data: object) -> KeySlot:
        """Parse a slot; anything malformed is a damaged vault."""
        if not isinstance(data, dict) or data.get("kdf") != "argon2id":
            raise _damaged("unknown key-derivation method")
        try:
            params = KdfParams(
                memory_kib=_int(data["memory_kib"]),
                iterations=_int(data["iterations"]),
                lanes=_int(data["lanes"]),
                salt=_unb64(data["salt"]),
            )
            return cls(params, _unb64(data["check"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise _damaged("a field is missing or malformed") from exc


@dataclasses.dataclass(frozen=True)
class Sidecar:
    """The whole sidecar: the current slot and, mid-rekey, the pending one."""

    current: KeySlot
    pending: KeySlot | None = None

    def to_bytes(self) -> bytes:
        """Serialise as compact JSON."""
        data: dict[str, object] = {
            "format": FORMAT,
            "version": VERSION,
            "current": self.current.to_json(),
        }
        if self.pending is not None:
            data["pending"] = self.pending.to_json()
        return json.dumps(data, indent=1, sort_keys=True).encode("ascii")

    @classmethod
    def from_bytes(cls, raw: bytes) -> Sidecar:
        """Parse and check the envelope."""
        if len(raw) > _MAX_BYTES:
            raise _damaged("the key file is far too large")
        try:
            data = json.loads(raw.decode("ascii"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise _damaged("the key file is not readable") from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise _damaged("the key file is not a ModDesk key file")
        if data.get("version") != VERSION:
            raise _damaged(
                f"the key file has version {data.get('version')!r}; "
                "this ModDesk reads version 1 (a newer ModDesk may have written it)"
            )
        pending = data.get("pending")
        return cls(
            KeySlot.from_json(data.get("current")),
            None if pending is None else KeySlot.from_json(pending),
        )


def read(path: Path) -> Sidecar:
    """Read and parse the sidecar at `path`."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read(_MAX_BYTES + 1)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise VaultDamaged(f"The vault's key file could not be read: {exc.strerror}.") from exc
    return Sidecar.from_bytes(raw)


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that a reader sees the old or the new bytes."""
    tmp = path.with_name(path.name + ".new")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX; Windows has no directory handles)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _damaged(why: str) -> VaultDamaged:
    return VaultDamaged(f"The vault's key file is damaged: {why}. Restore it from a backup.")


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise TypeError("expected base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _int(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError("expected an integer")
    return value
