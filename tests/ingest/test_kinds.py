"""Message kinds and system notices in the languages the catalogue lists."""

from __future__ import annotations

import pytest

from tests.ingest.conftest import parse_text

LRM = "\u200e"
H = "14/03/2024, 21:07 - "


@pytest.mark.parametrize(("notice", "kind"), [
    ("Ana added Ben", "add"), ("Ben left", "leave"), ("Ana removed Ben", "remove"),
    ("Ben joined using this group's invite link", "join"),
    ('You changed the subject from "A: b" to "C"', "subject"),
    ("Ana changed this group's icon", "icon"), ("Ana changed the group description", "description"),
    ("You're now an admin", "admin"),
    ("Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, "
     "can read or listen to them. Tap to learn more.", "encryption"),
    ("Your security code with Ben changed. Tap to learn more.", "security_code"),
    ('Ana added this group to the community "Parents"', "community"),
    ("Du hast Mallory hinzugefügt.", "add"), ("Mallory hat die Gruppe verlassen.", "leave"),
    ("Du hast Mallory entfernt.", "remove"), ('Du hast den Gruppennamen zu "X" geändert.', "subject"),
    ("Du hast das Gruppenbild geändert.", "icon"),
    ("Ana a ajouté Ben", "add"), ("Ben est parti", "leave"), ("Ana a retiré Ben", "remove"),
    ("Ana añadió a Ben", "add"), ("Ben salió del grupo", "leave"), ("Ana eliminó a Ben", "remove"),
    ("Ana adicionou Ben", "add"), ("Ben saiu", "leave"), ("Ana removeu Ben", "remove"),
    ("Ana ha aggiunto Ben", "add"), ("Ben è uscito", "leave"), ("Ana ha rimosso Ben", "remove"),
    ("Ana heeft Ben toegevoegd", "add"), ("Ben heeft de groep verlaten", "leave"),
    ("Ana добавил(-а) Бена", "add"), ("Бен вышел(-а)", "leave"), ("Ана удалил(-а) Бена", "remove"),
    ("अना ने बेन को जोड़ा", "add"), ("बेन ने ग्रुप छोड़ दिया", "leave"),
    ("أضاف أحمد ليلى", "add"), ("غادر يوسف", "leave"),
    ("Ana menambahkan Ben", "add"), ("Ben keluar", "leave"),
    ("Ana, Ben'i ekledi", "add"), ("Ben ayrıldı", "leave"), ("Ana, Ben'i çıkardı", "remove"),
    ("Ana changed this group's settings to allow only admins to send messages", "admin"),
])
def test_android_system_lines_in_many_languages(notice: str, kind: str) -> None:
    msg = parse_text(H + notice + "\n").messages[0]
    assert (msg.kind, msg.author, msg.system_kind, msg.text) == ("system", None, kind, notice)


@pytest.mark.parametrize(("body", "kind", "attachment"), [
    ("<Media omitted>", "media", None), ("<Medien ausgeschlossen>", "media", None),
    ("<Multimedia omitido>", "media", None), ("<Без медиафайлов>", "media", None),
    ("IMG-20240314-WA0007.jpg (file attached)", "media", "IMG-20240314-WA0007.jpg"),
    (LRM + "4f2680f1db95a8454775cc2eefc95bfc.jpg (Datei angehängt)", "media", "4f2680f1db95a8454775cc2eefc95bfc.jpg"),
    ("PTT-20240314-WA0009.opus (fichier joint)", "media", "PTT-20240314-WA0009.opus"),
    ("Ben Lima.vcf (file attached)", "contact", "Ben Lima.vcf"),
    ("This message was deleted", "deleted", None), ("You deleted this message", "deleted", None),
    ("Diese Nachricht wurde gelöscht.", "deleted", None), ("Se eliminó este mensaje.", "deleted", None),
    ("यह मैसेज डिलीट कर दिया गया है.", "deleted", None), ("تم حذف هذه الرسالة.", "deleted", None),
    ("location: https://maps.google.com/?q=51.502,-0.127", "location", None),
    ("Standort: https://maps.google.com/?q=50.94,6.95", "location", None),
    ("live location shared", "location", None),
    ("null", "media", None),
])
def test_android_body_kinds(body: str, kind: str, attachment: str | None) -> None:
    msg = parse_text(H + "Ana: " + body + "\n").messages[0]
    assert (msg.kind, msg.attachment, msg.author) == (kind, attachment, "Ana")
    assert msg.text is None if kind in ("media", "deleted") else msg.text == body.replace(LRM, "")


@pytest.mark.parametrize(("body", "kind", "attachment"), [
    (LRM + "image omitted", "media", None), (LRM + "Bild weggelassen", "media", None),
    (LRM + "imagen omitida", "media", None), (LRM + "फ़ोटो हटाई गई", "media", None),
    (LRM + "لم يتم إدراج الصورة", "media", None),
    (LRM + "<attached: 00000035-PHOTO-2024-03-14-21-07-55.jpg>", "media", "00000035-PHOTO-2024-03-14-21-07-55.jpg"),
    ("< attached: 00000042-PHOTO-2020-06-07-15-13-20.jpg >", "media", "00000042-PHOTO-2020-06-07-15-13-20.jpg"),
    ("2015-08-04-PHOTO-00004762.jpg <" + LRM + "attached>", "media", "2015-08-04-PHOTO-00004762.jpg"),
    ("Report.pdf • " + LRM + "3 pages " + LRM + "document omitted", "media", None),
    (LRM + "Contact card omitted", "contact", None),
    (LRM + "<attached: 00000042-Ben Lima.vcf>", "contact", "00000042-Ben Lima.vcf"),
    (LRM + "This message was deleted.", "deleted", None),
    (LRM + "Location: https://maps.google.com/?q=51.5021456,-0.127397", "location", None),
    ("Pimlico Gardens (London, United Kingdom): https://foursquare.com/v/4e89af95e5fa82ad4c0aa03b", "location", None),
])
def test_ios_body_kinds(body: str, kind: str, attachment: str | None) -> None:
    msg = parse_text("[14/03/2024, 21:07:33] Ana: " + body + "\r\n").messages[0]
    assert (msg.kind, msg.attachment) == (kind, attachment)


def test_poll_keeps_its_options_as_text() -> None:
    msg = parse_text("[14.03.24, 21:07:33] Ana: POLL:\nWhen do we meet?\n"
                     "OPTION: Friday evening (2 votes)\nOPTION: Saturday (1 vote)\n").messages[0]
    assert (msg.kind, msg.text.splitlines()[1]) == ("poll", "When do we meet?")


def test_android_shared_place_over_three_lines_is_a_location() -> None:
    msg = parse_text(H + "Ana: Pimlico Gardens\nLondon, United Kingdom\n"
                     "https://foursquare.com/v/4e89af95e5fa82ad4c0aa03b\n").messages[0]
    assert msg.kind == "location"


@pytest.mark.parametrize("marker", ["<This message was edited>", "<Diese Nachricht wurde bearbeitet>",
                                    "<Ce message a été modifié>"])
def test_edited_marker_sets_the_flag_and_leaves_the_text(marker: str) -> None:
    msg = parse_text(H + "Ana: see you at 9 " + marker + "\n").messages[0]
    assert (msg.text, msg.edited, msg.kind) == ("see you at 9", True, "text")


def test_ios_notice_attributed_to_the_group_name_is_system() -> None:
    export = parse_text("[14/03/2024, 21:07:33] Family: " + LRM + "Messages and calls are end-to-end "
                        "encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.\r\n"
                        "[14/03/2024, 21:08:00] Family: Ana left\r\n"
                        "[14/03/2024, 21:09:00] Ben: Ana left\r\n",
                        name="WhatsApp Chat - Family.txt")
    assert [(m.author, m.kind, m.system_kind) for m in export.messages] == [
        (None, "system", "encryption"), (None, "system", "leave"), ("Ben", "text", None)]


def test_ios_security_code_notice_with_a_sender_is_system() -> None:
    msg = parse_text("[1/7/23, 23:32:30] Elon: " + LRM + LRM + "Your security code with Elon changed. "
                     + LRM + "Tap to learn more.\r\n").messages[0]
    assert (msg.kind, msg.author, msg.system_kind) == ("system", None, "security_code")


def test_ios_system_line_without_sender_even_with_colon_in_subject() -> None:
    msg = parse_text("[1/11/23, 16:14:32] " + LRM + "Elon changed the subject to “a: b”\r\n").messages[0]
    assert (msg.kind, msg.system_kind, msg.text) == ("system", "subject", "Elon changed the subject to “a: b”")


def test_missed_call_is_a_system_notice() -> None:
    msg = parse_text(H + "Ana: Missed voice call\n").messages[0]
    assert (msg.kind, msg.system_kind) == ("system", "other")


def test_a_member_typing_a_notice_phrase_stays_text() -> None:
    msg = parse_text(H + "Ben: Ana left\n").messages[0]
    assert (msg.kind, msg.author, msg.text) == ("text", "Ben", "Ana left")


def test_long_marked_notice_under_a_sender_is_system() -> None:
    export = parse_text("[1/7/23, 23:32:00] Ana: hi\r\n[1/7/23, 23:32:30] Elon Musk: " + LRM + LRM
                        + "Your security code with Elon Musk Junior changed. " + LRM + "Tap to learn more.\r\n")
    assert (export.messages[1].kind, export.messages[1].system_kind) == ("system", "security_code")
