"""Chat exports for the Chats tests, imported through the real importer.

`import_lines(db, lines, name=...)` writes WhatsApp Android text and imports
it with `moddesk.ingest.importer.import_bytes`; `photo_zip` builds an iOS
archive with one attached image. `session` is a real, unlocked `Session` on
the `vault` fixture, and `chats_page` a shown Chats page on it.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from moddesk.ingest.importer import ImportResult, import_bytes
from moddesk.session import Session

WAIT_MS = 10_000
GROUP = "WhatsApp Chat with Parents Group.txt"
# Every date fits day-first and month-first (no field above 12): uncertain order.
PARENTS = [
    "03/04/2024, 09:00 - Asha created group \"Parents Group\"",
    "03/04/2024, 09:01 - Asha: hello everyone",
    "03/04/2024, 09:02 - Ben: ok",
    "04/04/2024, 10:00 - Ben: meeting moved to Friday\nbring the forms",
    "04/04/2024, 10:05 - Asha: This message was deleted",
    "05/04/2024, 11:00 - Priya: नमस्ते सबको",
    "05/04/2024, 11:01 - Omar: مرحبا بالجميع",
    "05/04/2024, 11:02 - Lena: Schöne Grüße aus Köln <This message was edited>",
]


def whatsapp(lines: list[str]) -> bytes:
    """Android WhatsApp export text."""
    return ("\n".join(lines) + "\n").encode("utf-8")


def import_lines(db, lines: list[str], *, name: str = GROUP) -> ImportResult:  # type: ignore[no-untyped-def]
    """Import the lines as one export; returns its (single) result."""
    return import_bytes(db, whatsapp(lines), name=name)[0]


def photo_zip(chat: str, photo: bytes, *, when: str = "13.01.24, 10:00:00",
              author: str = "Asha", extra: str = "") -> bytes:
    """An iOS archive `WhatsApp Chat - <chat>.zip` with one attached photo."""
    text = f"[{when}] {author}: \u200e<attached: 00000001-PHOTO-2024-01-13.jpg>\n{extra}"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("_chat.txt", text)
        zf.writestr("00000001-PHOTO-2024-01-13.jpg", photo)
    return buf.getvalue()


def ids_in_order(db, chat_ids: list[int]) -> list[int]:  # type: ignore[no-untyped-def]
    """Every message id of these chats, oldest first (straight from SQL)."""
    marks = ", ".join("?" * len(chat_ids))
    return [r[0] for r in db.execute(
        f"SELECT id FROM messages WHERE chat_id IN ({marks}) ORDER BY id", chat_ids)]


@pytest.fixture
def session(qtbot: QtBot, vault) -> Iterator[Session]:  # type: ignore[no-untyped-def]
    """A real session, unlocked on the test's vault; locked afterwards."""
    s = Session(vault.paths.folder)
    s.unlock_with(vault)
    yield s
    s.lock("quit")
