"""One path for user-facing messages, and the translations of storage errors.

Code that is not a widget never opens a message box: it calls `info()`,
`warning()` or `error()` here, which emit on the application-wide
`MessageBridge`; the main window subscribes and decides how to show each
level (qutebrowser's `message.global_bridge`). This also makes messages easy
to assert on in tests.

Storage raises `KnownError`s with plain English messages and a stable
`code`; `known_error_text()` maps the code to a translated sentence and keeps
the storage message as optional secondary detail.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal

from moddesk.storage import KnownError

INFO = "info"
WARNING = "warning"
ERROR = "error"

_CONTEXT = "Errors"
# Marked for lupdate here, translated when shown (the translator is installed
# after this module is imported).
_KNOWN_TEXTS: dict[str, str] = {
    "wrong-passphrase": QT_TRANSLATE_NOOP(
        "Errors", "That passphrase does not open this vault. Check it and try again."),
    "damaged": QT_TRANSLATE_NOOP(
        "Errors", "The vault is damaged and cannot be opened. Nothing was changed. "
                  "You can restore it from a backup."),
    "not-a-vault": QT_TRANSLATE_NOOP(
        "Errors", "The vault folder holds a file that is not a ModDesk vault. "
                  "It was left untouched."),
    "in-use": QT_TRANSLATE_NOOP(
        "Errors", "This vault is already open in another ModDesk window. Close that one first."),
    "missing": QT_TRANSLATE_NOOP("Errors", "There is no vault in this folder."),
    "exists": QT_TRANSLATE_NOOP("Errors", "A vault already exists in this folder."),
    "rekey-interrupted": QT_TRANSLATE_NOOP(
        "Errors", "A passphrase change was interrupted before it finished. "
                  "Try the other passphrase (the old or the new one)."),
    "disk-full": QT_TRANSLATE_NOOP(
        "Errors", "The disk is full. Nothing was lost; free some space and try again."),
    "bad-kdf": QT_TRANSLATE_NOOP(
        "Errors", "The vault's key file has settings out of range and may have been "
                  "altered. Restore it from a backup."),
    "storage": QT_TRANSLATE_NOOP(
        "Errors", "The vault could not be read or written. Nothing was changed."),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class MessageBridge(QObject):
    """Carries messages from anywhere in the app to whoever shows them.

    Signals:
        message(str level, str text): `level` is "info", "warning" or "error";
            `text` is already translated.
    """

    message = Signal(str, str)


_bridge: MessageBridge | None = None


def bridge() -> MessageBridge:
    """The application-wide bridge (created on first use)."""
    global _bridge
    if _bridge is None:
        _bridge = MessageBridge()
    return _bridge


def info(text: str) -> None:
    """Tell the moderator something worth a glance (status bar)."""
    bridge().message.emit(INFO, text)


def warning(text: str) -> None:
    """Tell the moderator about something that may need attention."""
    bridge().message.emit(WARNING, text)


def error(text: str) -> None:
    """Tell the moderator that something they asked for did not happen."""
    bridge().message.emit(ERROR, text)


def known_error_text(exc: KnownError) -> str:
    """The translated sentence for a storage error's `code`."""
    source = _KNOWN_TEXTS.get(exc.code, _KNOWN_TEXTS["storage"])
    return _tr(source)


def known_error_detail(exc: KnownError) -> str:
    """Storage's own (English) message, shown as secondary text."""
    return exc.message


def report_known_error(exc: KnownError) -> None:
    """Send a storage error to the bridge as an error message."""
    error(known_error_text(exc))
