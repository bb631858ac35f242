"""MIME types for archive members, from magic bytes first, then the extension.

Extensions in WhatsApp archives are reliable for camera media but not for
documents people renamed, so the leading bytes win when they are known.
"""

from __future__ import annotations

_MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\xff\xd8\xff", "image/jpeg"),
    (0, b"\x89PNG\r\n\x1a\n", "image/png"),
    (0, b"GIF8", "image/gif"),
    (0, b"%PDF-", "application/pdf"),
    (0, b"OggS", "audio/ogg"),
    (0, b"ID3", "audio/mpeg"),
    (0, b"PK\x03\x04", "application/zip"),
    (0, b"BEGIN:VCARD", "text/vcard"),
    (4, b"ftyp", "video/mp4"),
)
_BY_EXTENSION = {
    "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "gif": "image/gif",
    "webp": "image/webp", "heic": "image/heic", "mp4": "video/mp4", "3gp": "video/3gpp",
    "mov": "video/quicktime", "opus": "audio/ogg", "ogg": "audio/ogg", "mp3": "audio/mpeg",
    "m4a": "audio/mp4", "aac": "audio/aac", "amr": "audio/amr", "wav": "audio/wav",
    "pdf": "application/pdf", "vcf": "text/vcard", "txt": "text/plain", "zip": "application/zip",
    "doc": "application/msword", "xls": "application/vnd.ms-excel",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}
_FALLBACK = "application/octet-stream"


def guess_mime(name: str, data: bytes) -> str:
    """Best guess of a member's MIME type."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    for offset, magic, mime in _MAGIC:
        if data[offset:offset + len(magic)] == magic:
            return _refine(name, mime)
    return _BY_EXTENSION.get(name.rsplit(".", 1)[-1].lower(), _FALLBACK) if "." in name else _FALLBACK


def _refine(name: str, mime: str) -> str:
    # ZIP magic is shared by Office documents; the extension tells them apart.
    if mime == "application/zip":
        return _BY_EXTENSION.get(name.rsplit(".", 1)[-1].lower(), mime)
    return mime
