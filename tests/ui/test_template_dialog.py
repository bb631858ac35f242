"""Reply with a template from the inbox, by keyboard: fill the blank, copy, clipboard hygiene."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from moddesk.storage import guideline_store
from moddesk.storage.changes import Changes
from moddesk.ui import sensitive_clipboard
from moddesk.ui.template_dialog import TemplateDialog
from tests.ui.inbox_fixtures import WAIT_MS, InboxRig, rig  # noqa: F401 - fixture

Key = Qt.Key


def open_dialog(r: InboxRig) -> TemplateDialog:
    r.key(Key.Key_T)
    r.qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), TemplateDialog),
                      timeout=WAIT_MS)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, TemplateDialog)
    r.qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
    return dialog


def choose(r: InboxRig, dialog: TemplateDialog, key: str, language: str) -> None:
    """Pick a template and a language with the keyboard, as a moderator would."""
    dialog.template_combo.setFocus()
    while dialog.current_key() != key:
        r.qtbot.keyClick(dialog.template_combo, Key.Key_Down)
    dialog.language_combo.setFocus()
    r.qtbot.keyClick(dialog.language_combo, Key.Key_Home)
    while dialog.current_language() != language:
        r.qtbot.keyClick(dialog.language_combo, Key.Key_Down)


def test_t_opens_the_reply_dialog_filled_from_the_item(rig: InboxRig) -> None:
    page = rig.page
    assert page.current_id() == rig.data.items["grooming"]
    dialog = open_dialog(rig)
    choose(rig, dialog, "warning", "fr")
    values = dialog.values()
    assert (values["member"], values["group"], values["moderator"]) == ("Marc", "Parents Lyon",
                                                                         "Nadia")
    assert values["rule"] == ""  # the seeded pack is not in the vault: nobody knows its title
    assert "Bonjour Marc, votre dernier message dans Parents Lyon" in dialog.preview.toPlainText()
    assert "{rule}" in dialog.preview.toPlainText()


PACK = '''
id = "support"
name = "Support"
version = "2"

[[rules]]
id = "grooming_private_contact"
title = "No private contact with children"
severity = "urgent"

[rules.translations.fr]
title = "Pas de contact privé avec des enfants"

[[rules.detectors]]
type = "keywords"
terms = ["photos"]
'''


def test_the_rule_is_quoted_in_the_language_of_the_reply(rig: InboxRig) -> None:
    def save(db):  # type: ignore[no-untyped-def]
        guideline_store.save_pack(db, pack_key="support", source=PACK)
        return Changes(inbox=True)

    with rig.qtbot.waitSignal(rig.page.refreshed, timeout=WAIT_MS):
        rig.session.submit(save)
    dialog = open_dialog(rig)
    choose(rig, dialog, "warning", "fr")
    assert dialog.values()["rule"] == "Pas de contact privé avec des enfants"
    assert "Pas de contact privé avec des enfants" in dialog.preview.toPlainText()
    choose(rig, dialog, "warning", "en")  # no English translation needed: the rule as written
    assert dialog.values()["rule"] == "No private contact with children"


def test_copy_waits_for_the_missing_blank_then_puts_the_text_with_hints_on_the_clipboard(
        rig: InboxRig) -> None:
    dialog = open_dialog(rig)
    choose(rig, dialog, "warning", "en")
    assert not dialog.copy_button.isEnabled()
    assert dialog.missing_label.text() == "Fill in Rule to copy this reply."
    field = dialog.fields["rule"]
    field.setFocus()
    rig.qtbot.keyClicks(field, "Be kind")
    assert dialog.copy_button.isEnabled()
    assert dialog.missing_label.text() == "Ready to copy."
    clip = sensitive_clipboard.for_session(rig.session)
    with rig.qtbot.waitSignal(clip.copied, timeout=WAIT_MS):
        rig.qtbot.keyClick(field, Key.Key_Return)  # Enter presses the default button: Copy
    expected = ('Hello Marc, your recent message in Parents Lyon goes against our rule "Be kind".')
    text = QGuiApplication.clipboard().text()
    assert text.startswith(expected) and text.endswith("\nNadia")
    mime = QGuiApplication.clipboard().mimeData()
    assert bytes(mime.data("x-kde-passwordManagerHint")) == b"secret"
    assert dialog.missing_label.text().startswith("Copied.")


def test_the_clipboard_is_cleared_when_the_timer_fires_and_when_the_vault_locks(
        rig: InboxRig) -> None:
    dialog = open_dialog(rig)
    choose(rig, dialog, "warning", "de")
    dialog.fields["rule"].setFocus()
    rig.qtbot.keyClicks(dialog.fields["rule"], "Freundlich bleiben")
    clip = sensitive_clipboard.for_session(rig.session)
    rig.qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text().startswith("Hallo Marc")
    assert clip.timer.isActive() and clip.timer.interval() == 60_000
    with rig.qtbot.waitSignal(clip.cleared, timeout=WAIT_MS) as cleared:
        clip.timer.timeout.emit()  # the 60 s are up, without waiting for them
    assert cleared.args == ["timeout"] and QGuiApplication.clipboard().text() == ""
    rig.qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text().startswith("Hallo Marc")
    with rig.qtbot.waitSignal(clip.cleared, timeout=WAIT_MS) as cleared:
        rig.session.lock("manual")
    assert cleared.args == ["lock"] and QGuiApplication.clipboard().text() == ""


def test_the_shortcut_is_in_the_help_overlay(rig: InboxRig) -> None:
    rig.key(Key.Key_Question)
    shown = dict((what, keys) for keys, what in rig.page.help.entries())
    assert shown["Reply with template…"] == "T"


def test_a_reply_copied_for_an_incident_goes_to_the_reporter_and_into_the_timeline(
        rig: InboxRig) -> None:
    import datetime as dt
    import json

    from moddesk.cases import incidents
    from moddesk.cases.chain import CHAIN_PURPOSE
    from moddesk.storage import case_store
    from moddesk.ui.template_dialog import open_for_incident

    key = rig.session.vault.mac_key(CHAIN_PURPOSE)

    def make(db):  # type: ignore[no-untyped-def]
        incident_id, _ = incidents.create_incident(db, mac_key=key, moderator="Nadia",
                                                   title="Photos asked of a child",
                                                   from_items=[rig.data.items["grooming"]])
        for name, role in (("Marc", "subject"), ("Claire", "reporter")):
            incidents.add_person(db, mac_key=key, moderator="Nadia", incident_id=incident_id,
                                 name=name, role=role)
        return incident_id

    future = rig.session.submit(make)
    rig.qtbot.waitUntil(future.done, timeout=WAIT_MS)
    incident_id = future.result()
    dialog = open_for_incident(rig.session, incident_id, today=dt.date(2026, 11, 16),
                               parent=rig.page)
    assert dialog is not None
    rig.qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
    choose(rig, dialog, "thanks-for-reporting", "es")
    assert dialog.values()["member"] == "Claire"
    with rig.qtbot.waitSignal(rig.session.changed, timeout=WAIT_MS,
                              check_params_cb=lambda c: c.incidents):
        rig.qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text().startswith("Hola, Claire. Gracias por contárnoslo.")
    last = case_store.entries(rig.db(), incident_id)[-1]
    assert (last.kind, json.loads(last.detail)) == (
        "template", {"template": "thanks-for-reporting", "language": "es"})
    assert incidents.verify_chain(rig.db(), mac_key=key, incident_id=incident_id).ok
