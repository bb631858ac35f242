"""Guideline texts follow the interface language: inbox item, queue, rule view, new incident."""

from __future__ import annotations

from dataclasses import replace

from moddesk.storage import Changes, guideline_store
from moddesk.triage import builtin_pack
from moddesk.triage.pack_import import PackInfo, overview
from moddesk.triage.vault_scan import ensure_builtin_packs
from moddesk.ui.inbox_model import RULE
from moddesk.ui.new_incident_dialog import open_blank
from moddesk.ui.rule_view import RuleView
from moddesk.ui.translator import LanguageSwitcher
from tests.ui.first_run_helpers import switcher  # noqa: F401 - fixture
from tests.ui.inbox_fixtures import WAIT_MS, InboxRig, rig  # noqa: F401 - fixture

PACK = '''
id = "support"
name = "Support"
version = "1"

[[rules]]
id = "personal_info"
title = "Phone number shared in the group"
description = "Ask the member to share it privately instead."
severity = "high"

[rules.translations.de]
title = "Telefonnummer in der Gruppe geteilt"
description = "Bitten Sie das Mitglied, sie privat zu teilen."

[[rules.detectors]]
type = "phone"
'''


def test_the_inbox_shows_the_rule_in_german_under_german(
        rig: InboxRig, switcher: LanguageSwitcher) -> None:
    switcher.apply("de")
    page = rig.page

    def save(db):  # type: ignore[no-untyped-def]
        guideline_store.save_pack(db, pack_key="support", source=PACK)
        return Changes(inbox=True)

    with rig.qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        rig.session.submit(save)
    page.select_id(rig.data.items["priya_phone"])
    row = page.model.row_of(rig.data.items["priya_phone"])
    assert page.model.index(row, RULE).data() == "Telefonnummer in der Gruppe geteilt"
    assert page.detail.title.text() == "Telefonnummer in der Gruppe geteilt"
    assert page.detail.description.text() == "Bitten Sie das Mitglied, sie privat zu teilen."
    assert page.rule_filter.findText("Telefonnummer in der Gruppe geteilt") > 0


def test_the_new_incident_dialog_lists_categories_in_german(
        rig: InboxRig, switcher: LanguageSwitcher) -> None:
    switcher.apply("de")
    rig.session.submit(lambda db: ensure_builtin_packs(db) or Changes())
    rig.qtbot.waitUntil(lambda: bool(guideline_store.latest_packs(rig.session.gui_db())),
                        timeout=WAIT_MS)
    dialog = open_blank(rig.session, rig.page)
    assert dialog is not None
    shown = [dialog.category.itemText(i) for i in range(dialog.category.count())]
    assert "Keine persönlichen Daten in der Gruppe" in shown
    assert "No personal information in the group" not in shown
    dialog.reject()


def test_the_rule_view_reads_german_and_hindi(qtbot, vault, switcher: LanguageSwitcher) -> None:  # type: ignore[no-untyped-def]
    ensure_builtin_packs(vault.db)
    view = RuleView()
    qtbot.addWidget(view)
    for code, name, title, words in (
            ("de", "Unterstützungsgemeinschaft", "Keine persönlichen Daten in der Gruppe",
             "Bitten Sie das Mitglied, solche Angaben privat zu teilen"),
            ("hi", "सहायता समुदाय", "ग्रुप में निजी जानकारी नहीं", "प्राइवेट में शेयर करें")):
        switcher.apply(code)
        [info] = [i for i in overview(vault.db, language=code) if i.key == "support-community"]
        assert info.name == name
        view.show_info(info)
        text = view.toPlainText()
        assert name in text and title in text and words in text
        assert "No personal information in the group" not in text
        # Numbers of the urgent-help rule are facts: the same in every language.
        assert "112" in text and "110" in text and "133" in text


def test_a_pack_without_translations_reads_as_written_in_german(
        qtbot, switcher: LanguageSwitcher) -> None:  # type: ignore[no-untyped-def]
    switcher.apply("de")
    view = RuleView()
    qtbot.addWidget(view)
    own = builtin_pack("support-community")
    plain = replace(own, translations={}, rules=tuple(replace(r, translations={}) for r in own.rules))
    view.show_info(PackInfo("mine", 1, plain.name, None, None, 0, plain))
    assert "No personal information in the group" in view.toPlainText()
    assert "Support community" in view.toPlainText()
