"""Child process for kill tests: writes to a vault until it is SIGKILLed.

Usage: python vault_writer_child.py VAULT_DIR MODE MARKERS...
MODE is `write` (insert marker rows forever) or `rekey` (change the
passphrase back and forth forever). Prints READY once the first commit is
done. Test-only: runs under the fast-KDF floor.
"""

from __future__ import annotations

import sys
from pathlib import Path

from moddesk.storage import kdf, open_vault, passphrase_bytes, set_setting

OLD, NEW = "correct horse battery staple", "a brand new passphrase"


def _write(vault, markers: list[str]) -> None:  # type: ignore[no-untyped-def]
    n = 0
    while True:
        set_setting(vault.db, f"note-{n}", " ".join(markers) * 20)
        n += 1
        if n == 1:
            print("READY", flush=True)


def _rekey(folder: Path) -> None:
    current = OLD
    vault = open_vault(folder, passphrase_bytes(current))
    print("READY", flush=True)
    while True:
        nxt = NEW if current == OLD else OLD
        params = kdf.KdfParams(64, 1, 1, kdf.new_salt())
        vault.change_passphrase(passphrase_bytes(nxt), params)
        current = nxt
        print(f"NOW {current}", flush=True)


def main() -> None:
    folder, mode, markers = Path(sys.argv[1]), sys.argv[2], sys.argv[3:]
    with kdf.insecure_floor_for_tests():
        if mode == "rekey":
            _rekey(folder)
        else:
            _write(open_vault(folder, passphrase_bytes(OLD)), markers)


if __name__ == "__main__":
    main()
