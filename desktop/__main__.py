"""Entry point for `moddesk` and `python -m moddesk`: the GUI, or a CLI subcommand."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run a CLI subcommand when one is given, else the desktop app."""
    from moddesk import cli

    return cli.main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
