"""The frozen app's entry script: runs the installed `moddesk` package's `main()`.

PyInstaller analyses this file in the build venv, so `moddesk` comes from that
venv's site-packages (the wheel). Two environment variables serve the build
checks and are inert otherwise:

- `MODDESK_PRINT_ORIGIN=1` prints where `moddesk` was loaded from and exits,
  so `bundle_check.py` can prove the bundle does not read the checkout.
- `MODDESK_STARTUP_PROBE=1` exits as soon as the unlock dialog is painted,
  for `measure_start.py`.
"""

from __future__ import annotations

import os
import sys


def run() -> int:
    """Start ModDesk (or answer a build check)."""
    if os.environ.get("MODDESK_PRINT_ORIGIN") == "1":
        import moddesk

        print(moddesk.__file__)
        return 0
    if os.environ.get("MODDESK_STARTUP_PROBE") == "1":
        import startup_probe

        startup_probe.install()
    from moddesk.__main__ import main

    return main()


if __name__ == "__main__":
    sys.exit(run())
