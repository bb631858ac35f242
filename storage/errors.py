"""Errors the vault raises, split the qutebrowser way.

`KnownError` and its subclasses are environment faults a moderator can act on
(wrong passphrase, damaged file, disk full). They carry a plain message and
become a dialog or one line on stderr. Anything else escaping storage is a bug
and goes to the crash dialog.

The messages are plain English here; the UI passes them through `tr()` by
looking up `code`, so storage stays free of Qt.
"""

from __future__ import annotations


class KnownError(Exception):
    """A storage failure with a plain, actionable message.

    Attributes:
        code: a stable short name the UI and CLI map to a translation and an
            exit code.
    """

    code = "storage"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class WrongPassphrase(KnownError):
    """The passphrase does not match the vault's key check."""

    code = "wrong-passphrase"


class VaultDamaged(KnownError):
    """The vault's files exist but cannot be read as a healthy vault."""

    code = "damaged"


class NotAVault(KnownError):
    """Something is at the vault path, but it is not a ModDesk vault."""

    code = "not-a-vault"


class VaultInUse(KnownError):
    """Another ModDesk process has this vault open."""

    code = "in-use"


class VaultMissing(KnownError):
    """There is no vault at the given folder."""

    code = "missing"


class VaultExists(KnownError):
    """A vault is already at the folder where a new one was to be made."""

    code = "exists"


class RekeyInterrupted(KnownError):
    """A passphrase change was cut off after the data took the new key."""

    code = "rekey-interrupted"


class StorageFull(KnownError):
    """The disk is full or the file system refused a write."""

    code = "disk-full"


class BadKdfParameters(KnownError):
    """Key-derivation parameters outside the accepted bounds."""

    code = "bad-kdf"
