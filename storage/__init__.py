"""Encrypted vault storage for ModDesk (imports no Qt and nothing above it).

The facade: `create_vault`, `open_vault`, `Vault`, `backup_vault`,
`restore_vault`, `verify_vault`, `VaultWriter`, the settings helpers and the
`KnownError` family. Every connection to vault data comes from
`moddesk.storage.connection.connect`.
"""

from moddesk.storage.backup import BackupResult, backup_vault, content_digest, restore_vault
from moddesk.storage.changes import Changes
from moddesk.storage.errors import (
    BadKdfParameters,
    KnownError,
    NotAVault,
    RekeyInterrupted,
    StorageFull,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultMissing,
    WrongPassphrase,
)
from moddesk.storage.kdf import KdfParams, calibrate
from moddesk.storage.settings import get_setting, set_setting
from moddesk.storage.vault import (
    Vault,
    VaultPaths,
    create_vault,
    open_vault,
    passphrase_bytes,
    vault_exists,
)
from moddesk.storage.verify import VerifyReport, verify_vault
from moddesk.storage.writer import VaultWriter

__all__ = [
    "BackupResult", "BadKdfParameters", "Changes", "KdfParams", "KnownError", "NotAVault",
    "RekeyInterrupted", "StorageFull", "Vault", "VaultDamaged", "VaultExists", "VaultInUse",
    "VaultMissing", "VaultPaths", "VaultWriter", "VerifyReport", "WrongPassphrase",
    "backup_vault", "calibrate", "content_digest", "create_vault", "get_setting",
    "open_vault", "passphrase_bytes", "restore_vault", "set_setting", "vault_exists",
    "verify_vault",
]
