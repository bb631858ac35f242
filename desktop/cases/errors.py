"""Errors of the incident log that a moderator can act on (the `KnownError` family)."""

from __future__ import annotations

from moddesk.storage import KnownError


class IncidentError(KnownError):
    """A request the incident log cannot carry out: no such incident, note or value."""

    code = "incident"


class ChainKeyMismatch(KnownError):
    """The chain key stored in the vault does not open with this vault's key.

    Either the vault was changed outside ModDesk, or a passphrase change was
    interrupted between re-keying and re-wrapping the chain key. Writes are
    refused: a new key would hide whatever happened.
    """

    code = "incident-chain-key"

    def __init__(self) -> None:
        super().__init__(
            "The incident log's seal does not match this vault's key, so no incident can be "
            "changed or checked. The vault was changed outside ModDesk, or a passphrase change "
            "was interrupted. Restore a backup made before that, or keep this vault as it is.")
