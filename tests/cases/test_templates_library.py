"""Templates and the resource directory in a real vault: edit, reset, add, suggest, CRUD."""

from __future__ import annotations

import pytest

from moddesk.cases import templates_library as library
from moddesk.cases.templates import TemplateError
from moddesk.cases.templates_context import inbox_context, member_for
from moddesk.cases.templates_shipped import shipped
from moddesk.storage import Changes, guideline_store, open_vault, passphrase_bytes
from moddesk.storage import template_store as store
from moddesk.triage.pack_loader import builtin_pack
from tests.conftest import PASSPHRASE
from tests.helpers.inbox_data import file_hit, seed

NOW = "2026-11-16T09:30:00+00:00"


def reopen(vault):  # type: ignore[no-untyped-def]
    folder = vault.paths.folder
    vault.close()
    return open_vault(folder, passphrase_bytes(PASSPHRASE))


def test_a_fresh_vault_has_the_shipped_templates_and_an_empty_resource_directory(vault) -> None:  # type: ignore[no-untyped-def]
    everything = library.all_templates(vault.db)
    assert len(everything) == len(shipped().texts)
    assert {t.origin for t in everything} == {"shipped"}
    assert store.resources(vault.db) == []


def test_an_edit_survives_reopening_and_reset_brings_the_shipped_text_back(vault) -> None:  # type: ignore[no-untyped-def]
    shipped_text = library.get_template(vault.db, "warning", "de")
    changes = library.save_template(vault.db, key="warning", language="de", title="Verwarnung",
                                    body="Hallo {member}, bitte beachte „{rule}“. {moderator}",
                                    moderator="Lena", now=NOW)
    assert changes == Changes(templates=True)
    vault = reopen(vault)
    try:
        edited = library.get_template(vault.db, "warning", "de")
        assert edited.body == "Hallo {member}, bitte beachte „{rule}“. {moderator}"
        assert (edited.origin, edited.version, edited.kind) == ("edited", 1, "reply")
        library.save_template(vault.db, key="warning", language="de", title="Verwarnung",
                              body="Hallo {member}! {moderator}")
        assert library.get_template(vault.db, "warning", "de").version == 2
        assert library.get_template(vault.db, "warning", "en").origin == "shipped"
        assert library.reset_template(vault.db, "warning", "de") == Changes(templates=True)
        assert library.get_template(vault.db, "warning", "de") == shipped_text
    finally:
        vault.close()


def test_saving_the_same_text_again_changes_nothing(vault) -> None:  # type: ignore[no-untyped-def]
    args = dict(key="welcome", language="en", title="Hi", body="Hi {member}")
    assert library.save_template(vault.db, **args)
    assert not library.save_template(vault.db, **args)
    assert library.get_template(vault.db, "welcome", "en").version == 1


def test_a_bad_placeholder_is_refused_before_anything_is_stored(vault) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TemplateError) as caught:
        library.save_template(vault.db, key="warning", language="en", title="Warning",
                              body="Hello {membr}")
    assert (caught.value.line, caught.value.column) == (1, 7)
    assert store.stored_texts(vault.db) == []


def test_an_added_template_gets_a_fresh_key_and_can_be_deleted_but_shipped_ones_only_reset(vault) -> None:  # type: ignore[no-untyped-def]
    key = library.new_key(vault.db, "Welcome!")
    assert key == "welcome-2"  # "welcome" is shipped
    library.save_template(vault.db, key=key, language="pt", title="Boas-vindas",
                          body="Olá {member}, bem-vinda ao {group}!")
    added = library.get_template(vault.db, key, "pt")
    assert (added.origin, added.kind, added.audience) == ("added", "reply", "member")
    assert library.languages(vault.db)["pt"] == "pt"
    assert library.new_key(vault.db, "स्वागत") == "template"
    with pytest.raises(ValueError, match="reset it instead"):
        library.delete_template(vault.db, "welcome", "en")
    with pytest.raises(ValueError, match="nothing to reset"):
        library.reset_template(vault.db, key, "pt")
    library.delete_template(vault.db, key, "pt")
    assert library.get_template(vault.db, key, "pt") is None


def test_resource_directory_round_trip(vault) -> None:  # type: ignore[no-untyped-def]
    rid = store.add_resource(vault.db, name=" Frauenberatung Mitte ", helps_with="Gewalt",
                             phone="030 000", country="DE", languages="de, ar")
    store.add_resource(vault.db, name="ask a nurse", website="example.org")
    assert [r.name for r in store.resources(vault.db)] == ["ask a nurse", "Frauenberatung Mitte"]
    assert store.update_resource(vault.db, rid, phone="030 111") == Changes(templates=True)
    vault = reopen(vault)
    try:
        found = next(r for r in store.resources(vault.db) if r.id == rid)
        assert (found.phone, found.languages, found.helps_with) == ("030 111", "de, ar", "Gewalt")
        with pytest.raises(ValueError):
            store.update_resource(vault.db, rid, name="  ")
        assert store.delete_resource(vault.db, rid) == Changes(templates=True)
        assert store.delete_resource(vault.db, rid) == Changes()
        assert [r.name for r in store.resources(vault.db)] == ["ask a nurse"]
    finally:
        vault.close()


def test_a_rule_suggests_the_templates_its_pack_names(vault) -> None:  # type: ignore[no-untyped-def]
    data = seed(vault.db, spam=False)
    pack = builtin_pack("child-protection")
    guideline_store.save_pack(vault.db, pack_key=pack.id, source=pack.text or "")
    item = file_hit(vault.db, data.chats["lyon"], "Marc", ["envoie-moi tes photos"],
                    rule="grooming", severity="urgent", bucket="urgent", pack=pack.id,
                    key="grooming-item")
    context = inbox_context(vault.db, item)
    assert context is not None
    assert context.suggested == ("grooming-escalate", "report-to-authorities")
    assert context.values == {"member": "Marc", "group": "Parents Lyon",
                              "rule": "Adults must not draw children into private contact"}
    # A reply in French or German quotes the rule as the pack words it in that language.
    assert context.values_for("member", "fr")["rule"] == \
        "Les adultes n'attirent pas les enfants dans un contact privé"
    assert context.values_for("member", "de")["rule"] == \
        "Erwachsene ziehen Kinder nicht in privaten Kontakt"
    assert context.values_for("member", "en") == context.values


def test_an_inbox_item_whose_pack_is_unknown_leaves_the_rule_blank(vault) -> None:  # type: ignore[no-untyped-def]
    data = seed(vault.db, spam=False)
    context = inbox_context(vault.db, data.items["anna_phone"])
    assert context is not None and context.suggested == ()
    assert context.values == {"member": "Anna", "group": "Mütter Berlin", "rule": ""}


def test_an_incident_addresses_the_reporter_or_the_subject_by_the_template_audience() -> None:
    people = (("Claire", "reporter"), ("Marc", "subject"), ("Léo", "affected"))
    assert member_for(people, "reporter") == "Claire"
    assert member_for(people, "member") == "Marc"
    assert member_for((("Léo", "affected"),), "member") == "Léo"
    assert member_for(people, "group") == ""


def test_an_incident_fills_group_rule_and_the_person_the_template_is_for(vault) -> None:  # type: ignore[no-untyped-def]
    from moddesk.cases import incidents
    from moddesk.cases.chain import CHAIN_PURPOSE
    from moddesk.cases.templates_context import incident_context

    data = seed(vault.db, spam=False)
    pack = builtin_pack("child-protection")
    guideline_store.save_pack(vault.db, pack_key=pack.id, source=pack.text or "")
    item = file_hit(vault.db, data.chats["lyon"], "Marc", ["envoie-moi tes photos"],
                    rule="grooming", severity="urgent", bucket="urgent", pack=pack.id,
                    key="grooming-item")
    key = vault.mac_key(CHAIN_PURPOSE)
    incident_id, _ = incidents.create_incident(vault.db, mac_key=key, moderator="Nadia",
                                               title="Marc asks a child for photos",
                                               from_items=[item])
    for name, role in (("Marc", "subject"), ("Claire", "reporter")):
        incidents.add_person(vault.db, mac_key=key, moderator="Nadia", incident_id=incident_id,
                             name=name, role=role)
    context = incident_context(vault.db, incident_id)
    assert context is not None and context.incident_id == incident_id
    assert context.suggested == ("grooming-escalate", "report-to-authorities")
    assert context.values_for("reporter") == {
        "member": "Claire", "group": "Parents Lyon",
        "rule": "Adults must not draw children into private contact"}
    assert context.values_for("member")["member"] == "Marc"
    assert context.values_for("reporter", "es")["rule"] == \
        "Los adultos no deben atraer a los niños a un contacto privado"
    assert incident_context(vault.db, incident_id + 99) is None
