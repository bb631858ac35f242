"""Localized WhatsApp system notices and their kinds.

Written from the phrase catalogue (shared/notes/chat-formats.md §6) and the
peer fixtures' wording in English, German, French, Spanish, Portuguese,
Italian, Dutch, Russian, Hindi, Arabic, Indonesian and Turkish (plus Czech and
Ukrainian where fixtures had them). System notices are always in the
exporting phone's language. Order matters: specific notices (encryption,
subject, icon …) are tried before the short verbs (added/left) because group
names inside quotes may contain those verbs.
"""

from __future__ import annotations

import functools
import re

from .bidi_marks import lstrip_marks, strip_marks

_TABLE: tuple[tuple[str, str], ...] = (
    ("encryption", r"end-to-end|ende-zu-ende|de bout en bout|de extremo a extremo|ponta a ponta"
                   r"|ponto a ponto|crittografat|versleuteld|сквозным шифрованием|наскрізним шифруванням"
                   r"|एंड-टू-एंड|مشفرة|terenkripsi|uçtan uca|koncovým šifrováním|エンドツーエンド"
                   r"|เข้ารหัสจากต้นทาง|mã hóa đầu cuối"),
    ("security_code", r"security code|sicherheitsnummer|code de sécurité|código de seguridad"
                      r"|código de segurança|codice di sicurezza|beveiligingscode|код безопасности"
                      r"|सुरक्षा कोड|رمز الأمان|kode keamanan|güvenlik kodu"),
    ("community", r"communit|gemeinschaft|communauté|comunidad|comunidade|comunità|gemeenschap"
                  r"|сообществ|कम्युनिटी|المجتمع|komunitas|topluluk"),
    ("subject", r"changed the subject|changed the group name|changed this group's name|gruppennamen"
                r"|betreff|a modifié le (?:sujet|nom)|cambió el (?:asunto|nombre)|mudou o (?:assunto|nome)"
                r"|alterou o (?:assunto|nome)|ha cambiato (?:l'oggetto|il nome)|groepsnaam|изменил\S* (?:тему|название)"
                r"|ग्रुप का (?:विषय|नाम)|(?:غيّر|غير) (?:الاسم|اسم|الموضوع)|mengubah (?:subjek|nama grup)"
                r"|grup (?:adını|konusunu)|konuyu değiştirdi"),
    ("icon", r"group's icon|group icon|gruppenbild|gruppensymbol|l'icône|icono del grupo|ícone do grupo"
             r"|imagem do grupo|foto del gruppo|icona del gruppo|groepsafbeelding|groepsicoon|изображение группы"
             r"|значок группы|фото группы|ग्रुप (?:आइकॉन|आइकन|की फ़ोटो)|صورة المجموعة|ikon grup|grup (?:simgesi|resmi)"),
    ("description", r"group description|gruppenbeschreibung|description du groupe|descripción del grupo"
                    r"|descrição do grupo|descrizione del gruppo|groepsbeschrijving|описание группы"
                    r"|ग्रुप का विवरण|وصف المجموعة|deskripsi grup|grup açıklaması"),
    ("admin", r"\badmins?\b|administrat|beheerder|администратор|एडमिन|مشرف|yönetici"),
    ("join", r"joined using|joined via|joined from|^you joined|\bjoined\b|beigetreten|a rejoint|se unió"
             r"|entrou (?:usando|com|no)|si è unit|è entrat|lid geworden|присоединил|शामिल हुए|انضم|bergabung|katıldı"),
    ("leave", r"\bleft$|verlassen|ausgetreten|est parti|a quitté|salió|saiu|è uscit|ha abbandonato|heeft .*verlaten"
              r"|вышел|покинул|छोड़ दिया|ग्रुप छोड़|غادر|keluar|ayrıldı"),
    ("add", r"\badded\b|hinzugefügt|a ajouté|vous a ajouté|añadió|agregó|adicionou|aggiunt|toegevoegd"
            r"|добавил|जोड़ा|أضاف|menambahkan|ekledi"),
    ("remove", r"\bremoved\b|entfernt|a retiré|eliminó a|expulsó|removeu|rimoss|verwijderd|удалил"
               r"|हटाया|أزال|mengeluarkan|çıkardı"),
)
_RULES = tuple((kind, re.compile(rx, re.IGNORECASE)) for kind, rx in _TABLE)

_CALL_RX = re.compile(
    r"^(?:missed (?:voice|video|group voice|group video) call|verpasster (?:sprach|video)anruf"
    r"|appel (?:vocal|vidéo) manqué|llamada (?:de voz|de video|perdida)|chamada de (?:voz|vídeo) perdida"
    r"|chiamata (?:vocale|video) persa|gemiste (?:spraak|video)oproep|пропущенный (?:аудио|видео)?звонок"
    r"|zmeškaný (?:video)?hovor|panggilan (?:suara|video) tak terjawab|cevapsız (?:sesli|görüntülü) arama"
    r"|(?:voice|video) call\.)",
    re.IGNORECASE,
)
_ANY_RX = re.compile("|".join(f"(?:{rx})" for _, rx in _TABLE), re.IGNORECASE)


@functools.lru_cache(maxsize=8192)
def system_kind(text: str) -> str | None:
    """The system kind of a notice text, or None when no template matches.

    Cached: one notice costs ~250 µs (a case-insensitive alternation of every
    phrase, tried at every position), and a chat repeats the same notices
    about the same members ("… joined using this group's invite link").
    """
    plain = strip_marks(text).strip()
    if not _ANY_RX.search(plain):
        return "other" if _CALL_RX.match(plain) else None
    for kind, rule in _RULES:
        if rule.search(plain):
            return kind
    return None


def is_call(text: str) -> bool:
    """True for call notices ("Missed voice call"), which Android writes as user lines."""
    return bool(_CALL_RX.match(lstrip_marks(text)))


def classify_system(text: str) -> str:
    """System kind for a line already known to be a notice."""
    return system_kind(text) or "other"
