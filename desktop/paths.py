"""Where the vault and the logs live.

Default vault: the platformdirs user data dir (`~/.local/share/ModDesk/vault`
on Linux, `%LOCALAPPDATA%\\ModDesk\\vault` on Windows,
`~/Library/Application Support/ModDesk/vault` on macOS). `--vault DIR` or
`MODDESK_VAULT` choose another.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "ModDesk"


def default_vault_dir() -> Path:
    """The vault folder used when nothing else is chosen."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "vault"


def resolve_vault_dir(option: str | None) -> Path:
    """`--vault`, else `MODDESK_VAULT`, else the default; made absolute."""
    chosen = option or os.environ.get("MODDESK_VAULT") or default_vault_dir()
    return Path(chosen).expanduser().resolve()


def log_dir() -> Path:
    """The folder for the rotating log file."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
