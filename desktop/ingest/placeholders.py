"""What a message body stands for: media, deletion, poll, location, contact.

WhatsApp replaces non-text content by localized placeholders: Android
`<Media omitted>` / `IMG-….jpg (file attached)`, iOS `image omitted` /
`<attached: 00000012-PHOTO-….jpg>`, deletion notices, `POLL:` blocks and
`location: https://maps.google…` links. Exact phrase tables come first; the
structural fallbacks from the catalogue (`<…>` on Android, `name.ext (…)`,
`<…: name.ext>`) catch languages the tables miss. The checks are ordered by
cheapness because they run once per message on million-line files.
"""

from __future__ import annotations

import re
import unicodedata

from .bidi_marks import MARK_CLASS, MARKS_RX, strip_marks

def _table(*phrases: str) -> frozenset[str]:
    return frozenset(unicodedata.normalize("NFC", p.casefold()) for p in phrases)


_DELETED = _table(*(
    "This message was deleted", "You deleted this message",
    "Diese Nachricht wurde gelöscht", "Du hast diese Nachricht gelöscht",
    "Ce message a été supprimé", "Vous avez supprimé ce message",
    "Se eliminó este mensaje", "Eliminaste este mensaje", "Este mensaje fue eliminado",
    "Esta mensagem foi apagada", "Apagou esta mensagem", "Você apagou esta mensagem",
    "Mensagem apagada", "Questo messaggio è stato eliminato", "Hai eliminato questo messaggio",
    "Dit bericht is verwijderd", "Je hebt dit bericht verwijderd", "U hebt dit bericht verwijderd",
    "Данное сообщение удалено", "Вы удалили данное сообщение", "Это сообщение удалено",
    "Вы удалили это сообщение", "यह मैसेज डिलीट कर दिया गया है", "आपने यह मैसेज डिलीट किया",
    "यह संदेश हटा दिया गया था", "आपने यह संदेश हटा दिया", "تم حذف هذه الرسالة",
    "أنت حذفت هذه الرسالة", "لقد حذَفت هذه الرسالة", "لقد حذفت هذه الرسالة", "Pesan ini dihapus",
    "Anda menghapus pesan ini", "Bu mesaj silindi", "Bu mesajı sildiniz", "Tato zpráva byla smazána",
    "Tuto zprávu jste smazal/a", "Tato zpráva byla odstraněna", "Tuto zprávu jste odstranil/a", "Це повідомлення було видалено", "Ви видалили це повідомлення",
    "このメッセージは削除されました", "このメッセージを削除しました", "ข้อความนี้ถูกลบแล้ว",
    "คุณได้ลบข้อความนี้", "Tin nhắn này đã bị xóa", "Bạn đã xoá tin nhắn này",
))

_EDITED = _table(*(
    "<This message was edited>", "<Diese Nachricht wurde bearbeitet>", "<Ce message a été modifié>",
    "<Se editó este mensaje.>", "<Se editó este mensaje>", "<Essa mensagem foi editada>",
    "<Esta mensagem foi editada>", "<Questo messaggio è stato modificato>", "<Dit bericht is bewerkt>",
    "<Сообщение изменено>", "<Это сообщение было изменено>", "<यह मैसेज एडिट किया गया था>",
    "<تم تعديل هذه الرسالة>", "<Pesan ini diedit>", "<Bu mesaj düzenlendi>",
))

# iOS "… omitted" placeholders (and Android's bracketed ones without brackets).
_OMITTED_MEDIA = _table(*(
    "image omitted", "video omitted", "audio omitted", "sticker omitted", "GIF omitted",
    "document omitted", "video note omitted", "Media omitted", "Video message omitted",
    "Video note omitted", "Bild weggelassen", "Video weggelassen", "Audio weggelassen",
    "Sticker weggelassen", "GIF weggelassen", "Dokument weggelassen", "Medien ausgeschlossen",
    "Videonachricht weggelassen", "image absente", "vidéo absente", "audio omis", "sticker omis",
    "GIF retiré", "document omis", "médias omis", "imagen omitida", "Video omitido", "audio omitido",
    "sticker omitido", "GIF omitido", "documento omitido", "Multimedia omitido",
    "imagem não revelada", "vídeo não revelado", "ficheiro de áudio não revelado",
    "sticker não revelado", "GIF não revelada", "documento não revelado", "Mídia oculta",
    "Arquivo de mídia oculto", "immagine omessa", "video omesso", "audio omesso", "sticker non incluso",
    "GIF esclusa", "documento omesso", "Media omessi", "afbeelding weggelaten", "video weggelaten",
    "audio weggelaten", "sticker weggelaten", "GIF weggelaten", "document weggelaten",
    "Media weggelaten", "изображение отсутствует", "видео отсутствует", "аудиофайл отсутствует",
    "стикер не добавлен", "GIF отсутствует", "документ отсутствует", "Без медиафайлов",
    "फ़ोटो हटाई गई", "वीडियो छोड़ा गया", "ऑडियो हटाई गयी", "स्टिकर छोड़ा गया", "GIF छोड़ा गया",
    "डॉक्यूमेंट छोड़ा गया", "मीडिया के बिना", "لم يتم إدراج الصورة", "لم يتم إدراج الفيديوهات",
    "لم يتم إدراج المقاطع الصوتية", "تم حذف الملصقات", "لم يتم إدراج صورة GIF",
    "لم يتم إدراج المستند", "تم استبعاد الوسائط", "gambar tidak disertakan", "video tidak disertakan",
    "audio tidak disertakan", "stiker tidak disertakan", "GIF tidak disertakan",
    "dokumen tidak disertakan", "Media tidak disertakan", "görüntü dahil edilmedi",
    "video dahil edilmedi", "ses dahil edilmedi", "Medya dahil edilmedi", "obrázek vynechán",
    "video vynecháno", "zvukový soubor vynechán", "nálepka vynechána", "GIF vynechán",
    "Média vynechána", "Média vynechány", "зображення відсутнє", "відео відсутнє", "аудіо відсутнє",
    "Наклейку не додано", "GIF-анімацію пропущено", "画像は含まれていません", "ビデオは含まれていません",
    "音声は含まれていません", "スタンプは含まれていません", "GIFは含まれていません", "ไม่มีรูปภาพ",
    "วิดีโอถูกลบ", "ไม่มีไฟล์เสียง", "ไม่มีสติกเกอร์", "ละเว้น GIF", "đã bỏ qua hình ảnh", "đã bỏ video",
    "bỏ qua tệp âm thanh", "đã bỏ sticker", "Đã bỏ qua ảnh GIF", "null", "dokument vynechán",
    "document manquant", "ドキュメントは含まれていません", "ละเว้นเอกสาร", "документ пропущено",
    "đã bỏ qua tài liệu", "belge dahil edilmedi",
))
_OMITTED_CONTACT = _table(*(
    "Contact card omitted", "Kontaktkarte ausgelassen", "Fiche contact manquante",
    "Tarjeta de contacto omitida", "Contacto não revelado", "Cartão de contato omitido",
    "Scheda contatto omessa", "Contactkaart weggelaten", "Карточка контакта отсутствует",
    "कॉन्टैक्ट कार्ड छोड़ा गया", "لم يتم إدراج بطاقة جهة اتصال", "Kartu kontak tidak disertakan",
    "Kişi kartı dahil edilmedi", "Vizitka vynechána", "Картка контакту відсутня", "連絡先カードを省略",
    "บัตรรายชื่อที่ละเว้น", "Bỏ qua thẻ liên lạc",
))
_FILE_ATTACHED = _table(*(
    "file attached", "Datei angehängt", "archivo adjunto", "fichier joint", "arquivo anexado",
    "ficheiro anexado", "file allegato", "bestand bijgevoegd", "файл добавлен", "फ़ाइल अटैच की गई",
    "الملف مرفق", "file terlampir", "dosya ekli", "soubor byl přiložen", "файл додано",
))
_POLL_PREFIXES = ("POLL:", "UMFRAGE:", "SONDAGE:", "ENCUESTA:", "ENQUETE:", "SONDAGGIO:", "PEILING:",
                  "ОПРОС:", "JAJAK PENDAPAT:", "ANKET:")
_LIVE_LOCATION = _table(*(
    "live location shared", "Live-Standort wird geteilt", "Position en direct partagée",
    "Ubicación en tiempo real compartida", "Localização em tempo real compartilhada",
    "Posizione attuale condivisa", "Live locatie gedeeld", "Геоданные транслируются",
))

_ATTACHED_IOS_RX = re.compile(r"<\s*[^<>:\n]{2,30}:\s*([^<>\n]+?\.\w{1,6})\s*>")
_ATTACHED_OLD_IOS_RX = re.compile(r"^(\S+\.\w{1,6}) <[" + MARK_CLASS + r"]*attached>$")
_ATTACHED_ANDROID_RX = re.compile(r"^(.+?) \(([^()\n]{3,40})\)$")
_BARE_FILE_RX = re.compile(r"^(?:\S+\.\w{1,6}|(?:IMG|VID|PTT|AUD|STK|DOC)-\S+\.)$")
_ANGLE_RX = re.compile(r"^<[^<>\n]{2,60}>$")
_LOCATION_RX = re.compile(
    r"^[^\n:]{1,60}: (?:https?://)?(?:maps\.google\.|www\.google\.[a-z.]+/maps|goo\.gl/maps"
    r"|maps\.app\.goo\.gl|foursquare\.com/v/)", re.IGNORECASE)
_FOURSQUARE = "https://foursquare.com/v/"
_SEGMENT_SPLIT_RX = re.compile("[" + MARK_CLASS + "]")
# One mark is enough to know; without the "+" the search runs ~2x faster.
_ANY_MARK_RX = _SEGMENT_SPLIT_RX


# (kind, attachment file name, text to keep): plain tuples, because one is
# built per message on million-line files.
BodyKind = tuple[str, "str | None", "str | None"]
_MEDIA: BodyKind = ("media", None, None)


def split_edited(body: str) -> tuple[str, bool]:
    """Remove a trailing "<This message was edited>" (any language)."""
    if not body.endswith(">"):
        return body, False
    start = body.rfind("<")
    if start < 0 or strip_marks(body[start:]).casefold() not in _EDITED:
        return body, False
    return body[:start].rstrip(" \u200e\u200f"), True


def _norm(text: str) -> str:
    if text.isascii():
        return text.strip().rstrip(".").lower()
    return _norm_unmarked(strip_marks(text))


def _norm_unmarked(text: str) -> str:
    # Devanagari nukta letters arrive composed or not; NFC makes both agree.
    return unicodedata.normalize("NFC", text.strip().rstrip(".。").casefold())


def _phrase_kinds() -> dict[str, str]:
    kinds = dict.fromkeys(_OMITTED_MEDIA, "media")
    kinds.update(dict.fromkeys(_OMITTED_CONTACT, "contact"))
    kinds.update(dict.fromkeys(_LIVE_LOCATION, "location"))
    kinds.update(dict.fromkeys(_DELETED, "deleted"))
    return kinds


_PHRASE_KINDS = _phrase_kinds()
_TEXT_KINDS = frozenset({"contact", "location"})
_LONGEST_PHRASE = max(map(len, _PHRASE_KINDS))


def classify_body(body: str) -> BodyKind:
    """Classify a sender's message body.

    Ordered for speed: one dict lookup settles most placeholders, and plain
    text (nine in ten messages) only pays a few substring tests.
    """
    first, _, more = body.partition("\n")
    key = first.strip().rstrip(".").lower() if first.isascii() else _norm(first)
    kind = _PHRASE_KINDS.get(key)
    if kind is not None and (kind != "deleted" or not more):
        return kind, None, strip_marks(body) if kind in _TEXT_KINDS else None
    if "<" in first or first.endswith(")"):
        found = _attachment(first)
        if found:
            kind = "contact" if found.lower().endswith(".vcf") else "media"
            return kind, found, strip_marks(body) if kind == "contact" else None
        if _ANGLE_RX.match(key):
            return _MEDIA
    if body.isascii() and "://" not in body and not first.startswith(_POLL_PREFIXES):
        return "text", None, body  # the common case, decided without another call
    return _rarer_kinds(body, first, more)


def is_plain_text(body: str) -> bool:
    """True only when `classify_body(body)` is ("text", None, body), decided cheaply.

    The most common message by far is one line with nothing special in it;
    this test settles it with a few substring checks and one table lookup,
    taking the same decisions `classify_body` would. False means "ask
    classify_body", not "not text".
    """
    if ("\n" in body or "<" in body or "://" in body or body.endswith(")")
            or body.startswith(_POLL_PREFIXES)):
        return False
    if body.isascii():
        if len(body) > _LONGEST_PHRASE and not (body[0].isspace() or body[-1].isspace()
                                                  or body[-1] == "."):
            return True  # too long to be a placeholder phrase once trimmed
        return body.strip().rstrip(".").lower() not in _PHRASE_KINDS
    if _ANY_MARK_RX.search(body):
        return False
    return _norm_unmarked(body) not in _PHRASE_KINDS


def _rarer_kinds(body: str, first: str, more: str) -> BodyKind:
    if body.isascii():
        text = first if not more else body
        plain = first
    else:
        marked = MARKS_RX.search(body) is not None
        if marked and MARKS_RX.search(first):
            tail = _PHRASE_KINDS.get(_norm(_SEGMENT_SPLIT_RX.split(first)[-1]))
            if tail in ("media", "contact"):
                return tail, None, strip_marks(body) if tail == "contact" else None
        text = strip_marks(body) if marked else body
        plain = strip_marks(first).lstrip() if marked else first
    if plain[:1].isupper() and plain.startswith(_POLL_PREFIXES):
        return "poll", None, text
    if "://" in body and _is_location(plain, more):
        return "location", None, text
    return "text", None, text


def _is_location(plain: str, more: str) -> bool:
    if not more:
        return bool(_LOCATION_RX.match(plain))
    lines = more.split("\n")
    # Android shares a place as name / address / foursquare link.
    return len(lines) <= 2 and lines[-1].startswith(_FOURSQUARE)


def _attachment(first: str) -> str | None:
    if "<" in first:
        m = _ATTACHED_IOS_RX.search(first) or _ATTACHED_OLD_IOS_RX.match(strip_marks(first))
        if m:
            return strip_marks(m.group(1)).strip()
    if first.endswith(")"):
        m = _ATTACHED_ANDROID_RX.match(strip_marks(first).strip())
        if m and _is_attached_phrase(m.group(1), m.group(2)):
            return m.group(1)
    return None


def _is_attached_phrase(name: str, phrase: str) -> bool:
    if phrase.casefold() in _FILE_ATTACHED:
        return True
    return bool(_BARE_FILE_RX.match(name)) and not any(ch.isdigit() for ch in phrase)
