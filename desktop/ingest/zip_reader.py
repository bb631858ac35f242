"""Reading WhatsApp export archives in memory, within hard limits.

An archive from a stranger can be a zip bomb, hold thousands of members,
traversal names or encrypted entries. Nothing is ever written to disk and
member names are never used as paths: only their last component is kept as a
key. Limits are checked on the declared sizes first and enforced again while
decompressing, because declared sizes can lie.
"""

from __future__ import annotations

import hashlib
import io
import logging
import zipfile
from dataclasses import dataclass, field

from .chat_names import base_name, chat_name_from_file
from .errors import UnsafeArchive
from .mime_types import guess_mime
from .model import AttachmentData

log = logging.getLogger("moddesk.ingest")
_CHUNK = 1 << 20
_RATIO_FLOOR = 1 << 20  # tiny members compress absurdly well; no bomb there


@dataclass(frozen=True)
class ZipLimits:
    """Safety limits for one archive (nested archives share the budget)."""

    max_members: int = 10_000
    max_total: int = 2 << 30
    max_member: int = 512 << 20
    max_ratio: int = 200


@dataclass
class ZipContents:
    """The chat text member and the media members of an export archive."""

    chat_member: str
    chat_bytes: bytes
    chat_name: str
    attachments: dict[str, AttachmentData] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


class _Budget:
    """Running total of decompressed bytes across one import."""

    def __init__(self, limits: ZipLimits) -> None:
        self.limits = limits
        self.total = 0

    def take(self, count: int) -> None:
        self.total += count
        if self.total > self.limits.max_total:
            raise UnsafeArchive(f"The archive unpacks to more than {self.limits.max_total >> 20} MiB "
                                "(total size limit); it was not imported.")


def is_zip(data: bytes) -> bool:
    """True for bytes that start like a zip archive."""
    return data[:4] in (b"PK\x03\x04", b"PK\x05\x06")


def read_export_zip(data: bytes, name: str, limits: ZipLimits = ZipLimits()) -> ZipContents:
    """Find the chat text and media of a WhatsApp export archive."""
    budget = _Budget(limits)
    with _open(data, name) as archive:
        members = _checked_members(archive, limits)
        contents = _find_chat(archive, members, name, budget)
        if contents is None:
            contents = _find_in_nested(archive, members, name, budget)
        if contents is None:
            raise UnsafeArchive(f"No chat text (_chat.txt or 'WhatsApp Chat ….txt') was found in {name}; "
                                "export the chat again from WhatsApp.")
        _collect_media(archive, members, contents, budget)
    log.info("zip read: %d members, %d attachments", len(members), len(contents.attachments))
    return contents


def _open(data: bytes, name: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise UnsafeArchive(f"{name} is a damaged or truncated zip archive ({type(exc).__name__}); "
                            "copy the export again.") from exc


def _checked_members(archive: zipfile.ZipFile, limits: ZipLimits) -> list[zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > limits.max_members:
        raise UnsafeArchive(f"The archive holds {len(infos)} files, more than the limit of "
                            f"{limits.max_members} (member count limit); it was not imported.")
    members = [i for i in infos if not _ignored(i)]
    for info in members:
        _check_declared(info, limits)
    if sum(i.file_size for i in members) > limits.max_total:
        raise UnsafeArchive(f"The archive declares more than {limits.max_total >> 20} MiB of content "
                            "(total size limit); it was not imported.")
    return members


def _ignored(info: zipfile.ZipInfo) -> bool:
    name = info.filename.replace("\\", "/")
    return info.is_dir() or name.startswith("__MACOSX/") or "/__MACOSX/" in name \
        or base_name(name).startswith("._") or not base_name(name)


def _check_declared(info: zipfile.ZipInfo, limits: ZipLimits) -> None:
    if info.flag_bits & 0x1:
        raise UnsafeArchive("The archive holds an encrypted (password-protected) file; "
                            "export the chat again without a password.")
    if info.file_size > limits.max_member:
        raise UnsafeArchive(f"A file in the archive is larger than {limits.max_member >> 20} MiB "
                            "(per-file size limit); it was not imported.")
    if info.file_size > _RATIO_FLOOR and info.file_size > limits.max_ratio * max(info.compress_size, 1):
        raise UnsafeArchive(f"A file in the archive is compressed more than {limits.max_ratio}:1 "
                            "(compression ratio limit; looks like a zip bomb); it was not imported.")


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: _Budget) -> bytes:
    """Decompress one member, enforcing the limits on the real byte count."""
    limits, out, size = budget.limits, io.BytesIO(), 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                size += len(chunk)
                budget.take(len(chunk))
                _check_actual(info, size, limits)
                out.write(chunk)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
        raise UnsafeArchive(f"A file in the archive could not be unpacked ({type(exc).__name__}); "
                            "the archive is damaged or uses an unsupported method.") from exc
    return out.getvalue()


def _check_actual(info: zipfile.ZipInfo, size: int, limits: ZipLimits) -> None:
    if size > limits.max_member or size > max(info.file_size, 0) + _CHUNK:
        raise UnsafeArchive("A file in the archive unpacks to more than it declares or than the "
                            "per-file size limit; it was not imported.")
    if size > _RATIO_FLOOR and size > limits.max_ratio * max(info.compress_size, 1):
        raise UnsafeArchive(f"A file in the archive is compressed more than {limits.max_ratio}:1 "
                            "(compression ratio limit; looks like a zip bomb); it was not imported.")


def _chat_candidates(members: list[zipfile.ZipInfo]) -> list[zipfile.ZipInfo]:
    texts = [i for i in members if base_name(i.filename).lower().endswith(".txt")]

    def rank(info: zipfile.ZipInfo) -> tuple[int, int]:
        low = base_name(info.filename).lower()
        named = low == "_chat.txt" or "whatsapp" in low or "chat" in low
        return (0 if low == "_chat.txt" else 1 if named else 2, len(low))
    return sorted(texts, key=rank)


def _find_chat(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], name: str,
               budget: _Budget) -> ZipContents | None:
    from .whatsapp_import import looks_like_whatsapp  # late: avoids an import cycle

    for info in _chat_candidates(members):
        data = read_member(archive, info, budget)
        if looks_like_whatsapp(data):
            member = base_name(info.filename)
            chat = chat_name_from_file(member) or chat_name_from_file(name)
            return ZipContents(info.filename, data, chat)
    return None


def _find_in_nested(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], name: str,
                    budget: _Budget) -> ZipContents | None:
    """Look one level down; archives nested deeper are never opened."""
    for info in members:
        if not base_name(info.filename).lower().endswith(".zip"):
            continue
        inner_data = read_member(archive, info, budget)
        with _open(inner_data, name) as inner:
            inner_members = _checked_members(inner, budget.limits)
            found = _find_chat(inner, inner_members, base_name(info.filename), budget)
            if found is not None:
                found.chat_name = found.chat_name or chat_name_from_file(name)
                _collect_media(inner, inner_members, found, budget)
                return found
    return None


def _collect_media(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo], contents: ZipContents,
                   budget: _Budget) -> None:
    for info in members:
        key = base_name(info.filename)
        if info.filename == contents.chat_member or key in contents.attachments:
            continue
        if _unsafe_path(info.filename):
            contents.warnings.append("an archive member had an unsafe path; only its file name was kept")
        data = read_member(archive, info, budget)
        contents.attachments[key] = AttachmentData(
            key, data, hashlib.sha256(data).hexdigest(), len(data), guess_mime(key, data))


def _unsafe_path(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or ".." in parts or name[1:2] == ":"
