"""Run functions off the GUI thread and get their results back on it.

Two adapters, both delivering on the thread that created them (the GUI
thread), because Qt queues a signal emitted from another thread to the
receiver's thread:

* `run_in_background(fn, on_done, on_error)`: a `QRunnable` on the global
  `QThreadPool`, for work that touches no open vault (key derivation,
  creating or opening a vault). Picard's `run_task`, with signals.
* `deliver_future(future, on_done, on_error)`: for a
  `concurrent.futures.Future` from the vault writer.

Callbacks never run on a worker thread. Never touch widgets inside `fn`.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QDialog

from moddesk.storage import KnownError, Vault

Callback = Callable[[Any], None]
_pending: set[object] = set()


class _Relay(QObject):
    """Lives on the GUI thread; worker threads emit on it.

    Signals:
        succeeded(object): the function's return value.
        failed(object): the exception it raised.
    """

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Callback | None, on_error: Callback | None) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self.succeeded.connect(self._on_self_succeeded)
        self.failed.connect(self._on_self_failed)

    def _on_self_succeeded(self, result: object) -> None:
        _pending.discard(self)
        if self._on_done is not None:
            self._on_done(result)

    def _on_self_failed(self, exc: object) -> None:
        _pending.discard(self)
        if self._on_error is not None:
            self._on_error(exc)
        else:
            raise_in_gui(exc)


class Task(QRunnable):
    """A `QRunnable` that calls `fn()` and reports through a relay."""

    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._relay = relay

    def run(self) -> None:  # noqa: D102 - QRunnable override
        try:
            result = self._fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


def run_in_background(fn: Callable[[], Any], on_done: Callback | None = None,
                      on_error: Callback | None = None,
                      pool: QThreadPool | None = None) -> None:
    """Run `fn()` on a pool thread; call `on_done(result)` or `on_error(exc)` here.

    Without `on_error`, an exception goes to `sys.excepthook` (the crash dialog).
    """
    relay = _Relay(on_done, on_error)
    _pending.add(relay)
    (pool or QThreadPool.globalInstance()).start(Task(fn, relay))


def deliver_future(future: concurrent.futures.Future[Any], on_done: Callback | None = None,
                   on_error: Callback | None = None) -> None:
    """Call `on_done(result)` or `on_error(exc)` on this thread when `future` ends.

    A cancelled future calls neither.
    """
    relay = _Relay(on_done, on_error)
    _pending.add(relay)

    def finished(f: concurrent.futures.Future[Any]) -> None:
        if f.cancelled():
            _pending.discard(relay)  # set ops are atomic under the GIL
            return
        exc = f.exception()
        if exc is None:
            relay.succeeded.emit(f.result())
        else:
            relay.failed.emit(exc)

    future.add_done_callback(finished)


def raise_in_gui(exc: object) -> None:
    """Hand an unexpected exception from a worker to `sys.excepthook`."""
    import sys

    if isinstance(exc, BaseException):
        sys.excepthook(type(exc), exc, exc.__traceback__)


def pending_count() -> int:
    """How many results have not been delivered yet (for tests and shutdown)."""
    return len(_pending)


def hand_over_vault(dialog: QDialog, vault: Vault) -> None:
    """Give a vault opened in the background to `dialog` and accept it.

    If the dialog was closed while the KDF ran, nobody will take the vault:
    close it at once rather than leave it open with its key in memory.
    """
    if not dialog.isVisible():
        vault.close()
        return
    dialog.vault = vault  # type: ignore[attr-defined]
    dialog.accept()


def known_error(exc: object) -> KnownError | None:
    """`exc` if it is a known storage error; anything else goes to the crash hook.

    Dialogs show known errors as plain messages; every other failure is a bug
    and must reach the crash dialog, never be swallowed.
    """
    if isinstance(exc, KnownError):
        return exc
    raise_in_gui(exc)
    return None
