"""Where the CLI gets a passphrase: a prompt, a file, or the environment.

`MODDESK_PASSPHRASE` and `--passphrase-file` exist for scripting only: an
environment variable can be read by other processes of the same user, and a
file on disk is plaintext. The prompt is the normal way.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from moddesk.storage import passphrase_bytes

MIN_LENGTH = 8


class PassphraseUnavailable(Exception):
    """No passphrase could be had (no terminal, empty file, mismatch)."""


def existing(file: Path | None, *, prompt: str = "Vault passphrase: ") -> bytearray:
    """The passphrase of an existing vault."""
    text = _from_file(file) if file else os.environ.get("MODDESK_PASSPHRASE")
    if text is None:
        text = _prompt(prompt)
    return passphrase_bytes(text)


def new(file: Path | None, *, env: str = "MODDESK_PASSPHRASE") -> bytearray:
    """A new passphrase: from a file or the environment, else typed twice."""
    text = _from_file(file) if file else os.environ.get(env)
    if text is None:
        text = _prompt("New passphrase: ")
        if _prompt("Repeat the new passphrase: ") != text:
            raise PassphraseUnavailable("the two passphrases differ; nothing was changed")
    if len(text) < MIN_LENGTH:
        raise PassphraseUnavailable(
            f"the passphrase is too short: use at least {MIN_LENGTH} characters "
            "(a few unrelated words are easiest to remember)"
        )
    return passphrase_bytes(text)


def _from_file(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PassphraseUnavailable(f"cannot read passphrase file {path}: {exc}") from exc
    first = text.splitlines()[0] if text else ""
    if not first:
        raise PassphraseUnavailable(f"passphrase file {path} is empty")
    return first


def _prompt(label: str) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        raise PassphraseUnavailable(
            "no terminal to ask for the passphrase; use --passphrase-file FILE "
            "or MODDESK_PASSPHRASE (for scripting only)"
        )
    return getpass.getpass(label)
