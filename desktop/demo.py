"""The throwaway demo vault behind `moddesk --demo`.

It lives in a fresh temporary folder, opens without asking for a passphrase
(the passphrase is "demo" and the unlock dialog says so after a lock), and is
deleted on exit. Later features add synthetic demo content by appending a
filler to `DEMO_FILLERS`; each filler gets the open vault's database.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import sqlite_utils

from moddesk.cases.chain import CHAIN_PURPOSE
from moddesk.demo_chats import fill_demo_chats
from moddesk.demo_incidents import fill_demo_incidents
from moddesk.storage import KdfParams, Vault, create_vault, passphrase_bytes, set_setting
from moddesk.storage.kdf import new_salt

DEMO_PASSPHRASE = "demo"
DemoFiller = Callable[[sqlite_utils.Database], None]


def _fill_settings(db: sqlite_utils.Database) -> None:
    set_setting(db, "moderator_name", "Demo Moderator")


DEMO_FILLERS: list[DemoFiller] = [_fill_settings, fill_demo_chats]


def make_demo_folder() -> Path:
    """A new private temporary folder for one demo session."""
    return Path(tempfile.mkdtemp(prefix="moddesk-demo-"))


def create_demo_vault(folder: Path) -> tuple[Vault, str]:
    """Create and fill the demo vault in `folder`; return it open and its passphrase."""
    # The production floor, not calibrated: the demo holds nothing real and
    # should open at once.
    params = KdfParams(memory_kib=65536, iterations=2, lanes=2, salt=new_salt())
    pw = passphrase_bytes(DEMO_PASSPHRASE)
    try:
        vault = create_vault(folder / "vault", pw, params=params)
    finally:
        pw[:] = bytes(len(pw))
    for fill in DEMO_FILLERS:
        fill(vault.db)
    # Incidents are sealed with the vault's chain key, which a filler does not get.
    fill_demo_incidents(vault.db, vault.mac_key(CHAIN_PURPOSE))
    return vault, DEMO_PASSPHRASE


def remove_demo_folder(folder: Path) -> None:
    """Delete a demo folder and everything in it."""
    shutil.rmtree(folder, ignore_errors=True)
