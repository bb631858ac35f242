"""Entry point for `moddesk` and `python -m moddesk`: the GUI, or a CLI subcommand."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run a CLI subcommand when one is given, else the desktop app."""
    import multiprocessing

    # In the frozen app, triage's worker process (spawn) starts this same
    # executable: this turns it into the worker instead of a second app.
    multiprocessing.freeze_support()
    from moddesk import cli

    return cli.main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
