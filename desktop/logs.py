"""The application log: a small rotating file, ids and counts only.

The log lives in platformdirs' user log dir (`~/.local/state/ModDesk/log` on
Linux, honouring `XDG_STATE_HOME`). Log records must never carry message
text, names or passphrases: call sites log ids, counts and reasons. As a
second line of defence, logged exceptions are formatted without their
message and without locals (`safe_traceback`).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import traceback
import types
from pathlib import Path

import platformdirs

APP_NAME = "ModDesk"
LOG_NAME = "moddesk.log"
MAX_BYTES = 512 * 1024
BACKUPS = 3
_handler: logging.Handler | None = None


def log_dir() -> Path:
    """Where the log files go."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def safe_traceback(exc_type: type[BaseException], exc: BaseException | None,
                   tb: types.TracebackType | None) -> str:
    """A traceback with frames and exception types only: no messages, no locals."""
    lines = ["Traceback (most recent call last):\n"]
    lines += traceback.format_list(traceback.extract_tb(tb))
    lines.append(f"{exc_type.__module__}.{exc_type.__qualname__}\n")
    cause = (exc.__cause__ or exc.__context__) if exc is not None else None
    if cause is not None:
        lines.append(f"(while handling {type(cause).__module__}.{type(cause).__qualname__})\n")
    return "".join(lines)


class SafeFormatter(logging.Formatter):
    """Formats exceptions with `safe_traceback`."""

    def formatException(self, ei) -> str:  # type: ignore[no-untyped-def]  # noqa: N802
        exc_type, exc, tb = ei
        if exc_type is None:
            return ""
        return safe_traceback(exc_type, exc, tb).rstrip("\n")


def install(level: int = logging.INFO) -> Path:
    """Send the `moddesk` loggers to the rotating file; returns its path."""
    global _handler
    uninstall()
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = folder / LOG_NAME
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
    handler.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("moddesk")
    logger.addHandler(handler)
    logger.setLevel(level)
    _handler = handler
    _private(path)
    return path


def _private(path: Path) -> None:
    if not path.exists():
        path.touch(mode=0o600)
    os.chmod(path, 0o600)


def uninstall() -> None:
    """Detach and close the file handler (idempotent)."""
    global _handler
    if _handler is not None:
        logging.getLogger("moddesk").removeHandler(_handler)
        _handler.close()
        _handler = None
