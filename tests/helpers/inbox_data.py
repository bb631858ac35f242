"""Realistic inbox data for tests and screenshots: three chats, filed hits.

The chats go through the real parser and importer (German, Hindi and French
WhatsApp exports, one with a photo in a zip); hits are filed with the real
`inbox_store.record_hits`, with spans found in the stored text. Nothing
here fakes storage.
"""

from __future__ import annotations

import dataclasses
import io
import struct
import zipfile
import zlib

import sqlite_utils

from moddesk.ingest.api import parse_bytes
from moddesk.ingest.importer import import_export
from moddesk.storage import inbox_store

BERLIN = [
    ("14.11.26, 09:40", "Lena", "Guten Morgen zusammen! Heute um 15 Uhr ist das Treffen im Café."),
    ("14.11.26, 09:42", "Amira", "Danke Lena, ich komme mit meiner Tochter."),
    ("14.11.26, 09:45", "Olga", "Weiß jemand, wo ich einen Kinderarzt finde, der Russisch spricht?"),
    ("14.11.26, 09:50", "Lena", "Bitte denkt an die Gruppenregeln: keine Telefonnummern hier."),
    ("14.11.26, 09:55", "Amira", "Ok 👍"),
    ("14.11.26, 09:58", "Fatma", "Hat jemand Erfahrung mit dem Jobcenter in Neukölln?"),
    ("14.11.26, 10:00", "Anna", "Ruft mich an: 0176 1234567, ich helfe bei Anträgen."),
    ("14.11.26, 10:01", "Lena", "Anna, bitte keine Nummern in der Gruppe, schreib privat."),
    ("14.11.26, 10:02", "Fatma", "Danke euch!"),
    ("14.11.26, 10:03", "Amira", "IMG-20261114-WA0003.png (Datei angehängt)"),
    ("14.11.26, 10:05", "Olga", "Ich weiß nicht mehr weiter, bitte helft mir. Er hat mich wieder geschlagen."),
    ("14.11.26, 10:06", "Lena", "Olga, ich schreibe dir sofort privat."),
    ("14.11.26, 10:10", "Amira", "Wir sind für dich da ❤️"),
]
HINDI = [
    ("14/11/2026, 08:00", "प्रिया", "सुप्रभात सभी को 🙏"),
    ("14/11/2026, 08:05", "Ravi", "आज की बैठक शाम 6 बजे है।"),
    ("14/11/2026, 08:07", "सुनीता", "क्या कोई बता सकता है कि वीज़ा के कागज़ कहाँ जमा करें?"),
    ("14/11/2026, 08:10", "प्रिया", "मेरा नंबर 98765 43210 है, कॉल करो"),
    ("14/11/2026, 08:12", "Ravi", "धन्यवाद प्रिया"),
    ("14/11/2026, 08:20", "Job Offer", "घर बैठे नौकरी! पहले 2000 रुपये भेजें और अपना पासपोर्ट की फोटो भेजें"),
    ("14/11/2026, 08:21", "सुनीता", "यह सही नहीं लगता"),
    ("14/11/2026, 08:25", "Ravi", "कृपया किसी को पैसे न भेजें"),
]
LYON = [
    ("13/11/2026 à 19:00", "Claire", "Bonsoir à tous, la sortie au parc est confirmée samedi."),
    ("13/11/2026 à 19:02", "Karim", "Super, merci Claire !"),
    ("13/11/2026 à 19:30", "Sophie", "Mon fils de 12 ans peut venir seul ?"),
    ("13/11/2026 à 20:15", "Marc", "Salut Léo, envoie-moi tes photos en privé, ne dis rien à tes parents."),
    ("13/11/2026 à 20:16", "Claire", "Marc, ce message n'est pas acceptable."),
    ("13/11/2026 à 21:00", "Promo Deals", "Gagnez 500€ par jour, cliquez ici : bit.ly/gagner500"),
    ("13/11/2026 à 21:01", "Cash Rapide", "Gagnez 500€ par jour, cliquez ici : bit.ly/gagner500"),
    ("13/11/2026 à 21:02", "Offre Spéciale", "Gagnez 500€ par jour, cliquez ici : bit.ly/gagner500"),
    ("13/11/2026 à 21:03", "Bon Plan", "Gagnez 500€ par jour, cliquez ici : bit.ly/gagner500"),
    ("13/11/2026 à 21:10", "Sophie", "Encore du spam..."),
]
TODAY = "2026-11-16"


@dataclasses.dataclass(frozen=True)
class Seeded:
    """Chat ids and item ids by a short name, for assertions."""

    chats: dict[str, int]
    items: dict[str, int]


def export_text(messages: list[tuple[str, str, str]]) -> str:
    """An Android-style export body."""
    return "".join(f"{when} - {who}: {text}\n" for when, who, text in messages)


def png_bytes(width: int = 48, height: int = 32) -> bytes:
    """A small valid PNG (a calm blue-grey), made without Qt."""
    raw = b"".join(b"\x00" + bytes((90, 120, 150)) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def import_chat(db: sqlite_utils.Database, messages: list[tuple[str, str, str]],
                name: str) -> int:
    """Import a text export through the real parser and importer; the chat id."""
    data = export_text(messages).encode("utf-8")
    return import_export(db, parse_bytes(data, name=name)).chat_id


def import_berlin_zip(db: sqlite_utils.Database) -> int:
    """The German chat as a zip with its photo."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("WhatsApp Chat mit Mütter Berlin.txt", export_text(BERLIN))
        archive.writestr("IMG-20261114-WA0003.png", png_bytes())
    export = parse_bytes(buf.getvalue(), name="WhatsApp Chat mit Mütter Berlin.zip")
    return import_export(db, export).chat_id


def message_id(db: sqlite_utils.Database, chat_id: int, author: str, contains: str = "") -> int:
    """The first message of `author` in the chat whose text contains `contains`."""
    for mid, text in db.execute("SELECT id, coalesce(text, '') FROM messages "
                                "WHERE chat_id = ? AND author = ? ORDER BY id", [chat_id, author]):
        if contains in text:
            return int(mid)
    raise LookupError(f"no message by {author!r} containing {contains!r}")


def file_hit(db: sqlite_utils.Database, chat_id: int, author: str, words: list[str], *,
             rule: str, severity: str, bucket: str, detector: str = "keywords",
             pack: str = "support", key: str | None = None, contains: str | None = None) -> int:
    """File one hit on `author`'s message containing `words` (spans found in the stored text)."""
    mid = message_id(db, chat_id, author, contains if contains is not None else words[0])
    text = db.execute("SELECT coalesce(text, '') FROM messages WHERE id = ?", [mid]).fetchone()[0]
    spans = [(text.index(w), text.index(w) + len(w)) for w in words]
    group_key = key or f"{chat_id}/{rule}/{author}"
    inbox_store.record_hits(db, [inbox_store.Hit(chat_id, mid, pack, rule, severity, bucket,
                                                 group_key, author, detector, spans)])
    row = db.execute("SELECT id FROM inbox_items WHERE group_key = ?", [group_key]).fetchone()
    return int(row[0])


def seed(db: sqlite_utils.Database, *, spam: bool = True) -> Seeded:
    """Import the three chats and file a realistic set of items."""
    chats = {"berlin": import_berlin_zip(db),
             "hindi": import_chat(db, HINDI, "WhatsApp Chat with माँ सहायता समूह.txt"),
             "lyon": import_chat(db, LYON, "WhatsApp Chat with Parents Lyon.txt")}
    b, h, ly = chats["berlin"], chats["hindi"], chats["lyon"]
    items = {
        "olga_urgent": file_hit(db, b, "Olga", ["weiß nicht mehr weiter", "geschlagen"],
                                rule="urgent_help", severity="urgent", bucket="urgent"),
        "grooming": file_hit(db, ly, "Marc", ["envoie-moi tes photos", "ne dis rien à tes parents"],
                             rule="grooming_private_contact", severity="urgent", bucket="urgent"),
        "anna_phone": file_hit(db, b, "Anna", ["0176 1234567"], rule="personal_info",
                               severity="high", bucket="attention", detector="phone_number"),
        "job_scam": file_hit(db, h, "Job Offer", ["2000 रुपये भेजें", "पासपोर्ट की फोटो"],
                             rule="money_request", severity="high", bucket="attention"),
        "priya_phone": file_hit(db, h, "प्रिया", ["98765 43210"], rule="personal_info",
                                severity="high", bucket="attention", detector="phone_number"),
        "olga_reply": file_hit(db, b, "Olga", ["Kinderarzt"], rule="unanswered_question",
                               severity="normal", bucket="reply", detector="question"),
        "photo": _file_photo(db, b),
    }
    if spam:
        for author in ("Promo Deals", "Cash Rapide", "Offre Spéciale", "Bon Plan"):
            items[f"spam_{author}"] = file_hit(db, ly, author, ["bit.ly/gagner500"],
                                               rule="spam_link", severity="low",
                                               bucket="attention", detector="link")
    return Seeded(chats, items)


def _file_photo(db: sqlite_utils.Database, chat_id: int) -> int:
    """A media hit on Amira's photo (a detector that flags unknown images)."""
    mid = int(db.execute("SELECT id FROM messages WHERE chat_id = ? AND kind = 'media'",
                         [chat_id]).fetchone()[0])
    key = f"{chat_id}/media/Amira"
    inbox_store.record_hits(db, [inbox_store.Hit(chat_id, mid, "support", "media_review", "normal",
                                                 "attention", key, "Amira", "media", [])])
    return int(db.execute("SELECT id FROM inbox_items WHERE group_key = ?", [key]).fetchone()[0])
