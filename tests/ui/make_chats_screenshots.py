"""Render the Chats page offscreen to PNG files (run by hand, not by pytest).

    .venv/bin/python tests/ui/make_chats_screenshots.py OUTDIR

Uses a throwaway vault (tiny KDF parameters) filled with the demo chats
(German, English with a message removed between two exports, Hindi, French,
Arabic with an uncertain date order, Telegram) plus a small archive with
photos and a PDF, all through the real importer. Writes chats_*.png.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import zipfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from moddesk.app import make_application  # noqa: E402
from moddesk.demo_chats import fill_demo_chats  # noqa: E402
from moddesk.ingest.importer import import_bytes  # noqa: E402
from moddesk.session import Session  # noqa: E402
from moddesk.storage import create_vault, passphrase_bytes, set_setting  # noqa: E402
from moddesk.storage.kdf import KdfParams, insecure_floor_for_tests, new_salt  # noqa: E402
from moddesk.ui.date_order_dialog import DateOrderDialog  # noqa: E402
from moddesk.ui.jump_to_date_dialog import JumpToDateDialog  # noqa: E402
from moddesk.ui.main_window import MainWindow  # noqa: E402
from moddesk.ui.merge_chats_dialog import MergeChatsDialog  # noqa: E402
from tests.helpers.screens import pump, save  # noqa: E402

PHOTO_CHAT = """[14.11.24, 18:02:11] Grace Okafor: Photos from the school fair \u2014 who took the last two?
[14.11.24, 18:02:40] Grace Okafor: \u200e<attached: 00000001-PHOTO-2024-11-14.jpg>
[14.11.24, 18:03:05] Tom Becker: \u200e<attached: 00000002-PHOTO-2024-11-14.jpg>
[14.11.24, 18:03:30] Tom Becker: Lovely! Please ask parents before posting faces.
[14.11.24, 18:05:12] Grace Okafor: \u200e<attached: 00000003-fair-rota.pdf>
[14.11.24, 18:06:00] Mira Das: Thanks, I'll print the rota for Saturday.
"""




def jpeg(top: str, bottom: str, label: str) -> bytes:
    """A small synthetic photo: a gradient with a sun and a caption bar."""
    image = QImage(960, 640, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(QPointF(0, 0), QPointF(0, 640))
    gradient.setColorAt(0, QColor(top))
    gradient.setColorAt(1, QColor(bottom))
    painter.fillRect(image.rect(), gradient)
    painter.setBrush(QColor("#ffd45e"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QPointF(720, 180), 90, 90)
    painter.setBrush(QColor(40, 70, 40))
    painter.drawRect(0, 470, 960, 170)
    painter.setPen(QColor("white"))
    font = painter.font()
    font.setPointSize(40)
    painter.setFont(font)
    painter.drawText(40, 580, label)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "JPG", 85)
    return bytes(data.data())


def photo_archive() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("_chat.txt", PHOTO_CHAT)
        zf.writestr("00000001-PHOTO-2024-11-14.jpg", jpeg("#5b8dd6", "#a9d0f5", "Fair 1"))
        zf.writestr("00000002-PHOTO-2024-11-14.jpg", jpeg("#d66b5b", "#f5c7a9", "Fair 2"))
        zf.writestr("00000003-fair-rota.pdf", b"%PDF-1.4\n" + bytes(48_000))
    return buf.getvalue()


def make_vault(folder: Path) -> Session:
    with insecure_floor_for_tests():
        vault = create_vault(folder, passphrase_bytes("shots"), params=KdfParams(64, 1, 1, new_salt()))
    set_setting(vault.db, "moderator_name", "Nadia")
    fill_demo_chats(vault.db)
    import_bytes(vault.db, photo_archive(), name="WhatsApp Chat - School Fair Helpers.zip")
    session = Session(folder)
    session.unlock_with(vault)
    return session


def open_chat(window: MainWindow, name: str):  # type: ignore[no-untyped-def]
    page = window.page("chats")
    chat_id = next(i for i in page.list_model.chat_ids() if page.list_model.summary(i).name == name)
    page._select(chat_id)  # noqa: SLF001 - as a click would
    pump(seconds=0.2)
    return page


def row_where(page, test) -> int:  # type: ignore[no-untyped-def]
    model = page.pane.model
    return next(r for r in range(model.rowCount()) if test(model.message(r)))


def shoot(out: Path, tmp: Path) -> None:
    session = make_vault(tmp / "vault")
    window = MainWindow(session)
    window.resize(1280, 820)
    window.show()
    window.show_unlocked()
    page = window.page("chats")
    pump(lambda: page.list_model.is_loaded)
    window.show_page("chats")
    for name, shot in (("Entraide Parents Belleville", "chats_french"),
                       ("Gulmohar Colony Sahayta", "chats_hindi"),
                       ("Mamas Treff Südstadt", "chats_german"),
                       ("أمهات حي الزيتون", "chats_arabic_uncertain")):
        open_chat(window, name)
        page.pane.view.show_row(min(12, page.pane.model.rowCount() - 1), select=False)
        save(window, out, shot)
    open_chat(window, "Parents of Class 3B")
    removed = row_where(page, lambda m: m.removed)
    page.pane.show_message(page.pane.model.message_id(removed))
    pump(seconds=0.3)
    save(window, out, "chats_removed_since")
    page.sort.setCurrentIndex(page.sort.findData("activity"))
    pump(seconds=0.5)
    open_chat(window, "School Fair Helpers")
    page.pane.model.toggle_reveal(row_where(page, lambda m: m.media_mime == "image/jpeg"))
    page.pane.model.toggle_reveal(row_where(page, lambda m: m.media_mime == "application/pdf"))
    pump(lambda: page.pane.model.has_thumbnail(1))
    page.pane.view.show_row(0, select=False)
    save(window, out, "chats_photos")
    window.resize(900, 600)
    open_chat(window, "Mamas Treff Südstadt")
    page.pane.view.show_row(40)
    save(window, out, "chats_narrow")
    window.resize(1280, 820)
    shoot_dialogs(window, page, out)
    page.clear()
    page.stack.setCurrentIndex(1)
    save(window, out, "chats_empty")
    session.lock("quit")


def shoot_dialogs(window: MainWindow, page, out: Path) -> None:  # type: ignore[no-untyped-def]
    open_chat(window, "أمهات حي الزيتون")
    page.pane.ask_date_order()
    dialog = page.pane.findChild(DateOrderDialog)
    save(dialog, out, "chats_date_order_dialog")
    dialog.reject()
    open_chat(window, "Parents of Class 3B")
    page.pane.ask_merge()
    merge = page.pane.findChild(MergeChatsDialog)
    save(merge, out, "chats_merge_dialog")
    merge.reject()
    page.pane.ask_date()
    jump = page.pane.findChild(JumpToDateDialog)
    save(jump, out, "chats_jump_dialog")
    jump.reject()
    pump(seconds=0.2)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    make_application([])
    with tempfile.TemporaryDirectory() as tmp:
        shoot(out, Path(tmp))
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
