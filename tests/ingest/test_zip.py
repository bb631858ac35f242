"""Export archives: media, macOS junk, nesting, hostile archives; nothing hits the disk."""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from pathlib import Path

import pytest

from moddesk.ingest import UnsafeArchive, parse_bytes, parse_path

CHAT = ("[20.06.19, 15:58:47] Loris: \u200e<attached: 00000001-PHOTO-2019-06-20-16-00-15.jpg>\r\n"
        "[20.06.19, 15:59:00] Emily: nice\r\n")
JPEG = b"\xff\xd8\xff\xe0" + b"pixels" * 50


def _zip(path: Path, members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _listing(root: Path) -> set[str]:
    return {str(p) for p in root.rglob("*")}


def test_ios_archive_with_media_and_macosx_junk(tmp_path: Path) -> None:
    path = _zip(tmp_path / "WhatsApp Chat - Nachbarn.zip", {
        "_chat.txt": CHAT.encode(), "00000001-PHOTO-2019-06-20-16-00-15.jpg": JPEG,
        "__MACOSX/._chat.txt": b"\x00\x05\x16\x07junk", "._stray.jpg": b"junk"})
    before = _listing(tmp_path)
    export = parse_path(path)
    assert _listing(tmp_path) == before
    assert (export.chat_name, export.platform) == ("Nachbarn", "whatsapp-ios")
    assert export.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    photo = export.attachments[export.messages[0].attachment]
    assert (photo.size, photo.mime, photo.sha256) == (len(JPEG), "image/jpeg", hashlib.sha256(JPEG).hexdigest())
    assert set(export.attachments) == {"00000001-PHOTO-2019-06-20-16-00-15.jpg"}


def test_android_style_txt_in_zip_and_unprefixed_reference(tmp_path: Path) -> None:
    chat = "14/03/2024, 21:07 - Ana: PHOTO-1.jpg (file attached)\n"
    path = _zip(tmp_path / "x.zip", {"WhatsApp Chat with Ana.txt": chat.encode(), "00000007-PHOTO-1.jpg": JPEG})
    export = parse_path(path)
    assert export.chat_name == "Ana"
    assert export.attachments["PHOTO-1.jpg"].name == "00000007-PHOTO-1.jpg"


def test_nested_zip_is_opened_one_level_only(tmp_path: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as archive:
        archive.writestr("_chat.txt", CHAT)
    export = parse_bytes(_zip(tmp_path / "outer.zip", {"WhatsApp Chat - Inner.zip": inner.getvalue()}).read_bytes(),
                         name="outer.zip")
    assert len(export.messages) == 2 and export.chat_name == "Inner"
    deeper = _zip(tmp_path / "deep.zip", {"middle.zip": _zip(tmp_path / "m.zip", {"x.zip": inner.getvalue()})
                                          .read_bytes()})
    with pytest.raises(UnsafeArchive, match="No chat text"):
        parse_path(deeper)


def test_traversal_names_are_only_keys(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    path = _zip(work / "evil.zip", {"_chat.txt": CHAT.encode(), "../../etc/x": b"data", "/abs/y.jpg": JPEG})
    before = _listing(tmp_path)
    export = parse_path(path)
    assert _listing(tmp_path) == before
    assert {"x", "y.jpg"} <= set(export.attachments)
    assert any("unsafe path" in w for w in export.warnings)


def test_zip_bomb_ratio_is_refused(tmp_path: Path) -> None:
    path = _zip(tmp_path / "bomb.zip", {"_chat.txt": CHAT.encode(), "zeros.bin": bytes(20 << 20)})
    with pytest.raises(UnsafeArchive, match="ratio"):
        parse_path(path)


def test_too_many_members(tmp_path: Path) -> None:
    members = {"_chat.txt": CHAT.encode()} | {f"f{i}.txt": b"" for i in range(10_001)}
    with pytest.raises(UnsafeArchive, match="member count"):
        parse_path(_zip(tmp_path / "many.zip", members, zipfile.ZIP_STORED))


def test_encrypted_member(tmp_path: Path) -> None:
    path = _zip(tmp_path / "enc.zip", {"_chat.txt": CHAT.encode()}, zipfile.ZIP_STORED)
    data = bytearray(path.read_bytes())
    # Set the "encrypted" flag bit in both the local and the central header.
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.find(signature)
        data[at + offset] |= 0x1
    with pytest.raises(UnsafeArchive, match="encrypted"):
        parse_bytes(bytes(data), name="enc.zip")


def test_truncated_zip(tmp_path: Path) -> None:
    data = _zip(tmp_path / "t.zip", {"_chat.txt": CHAT.encode() * 50}).read_bytes()
    with pytest.raises(UnsafeArchive, match="damaged or truncated"):
        parse_bytes(data[: len(data) // 2], name="t.zip")


def test_member_larger_than_declared_is_stopped(tmp_path: Path) -> None:
    data = bytearray(_zip(tmp_path / "lie.zip", {"_chat.txt": CHAT.encode(), "a.bin": b"a" * 5000}).read_bytes())
    central = data.find(b"PK\x01\x02", data.find(b"a.bin") - 60)
    central = data.find(b"PK\x01\x02", central + 1) if b"a.bin" not in data[central:central + 60] else central
    data[central + 24:central + 28] = (10).to_bytes(4, "little")
    with pytest.raises(UnsafeArchive):
        parse_bytes(bytes(data), name="lie.zip")


def test_no_temp_files_are_created(tmp_path: Path) -> None:
    path = _zip(tmp_path / "WhatsApp Chat - A.zip", {"_chat.txt": CHAT.encode(), "a.jpg": JPEG})
    tmp_before = set(os.listdir(os.environ.get("TMPDIR", "/tmp")))
    parse_path(path)
    assert set(os.listdir(os.environ.get("TMPDIR", "/tmp"))) == tmp_before
