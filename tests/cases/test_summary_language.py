"""A printed summary names its category in the print language; its digest stays the same."""

from __future__ import annotations

from moddesk.cases import incidents
from moddesk.triage.vault_scan import ensure_builtin_packs
from tests.cases.conftest import Desk

PERSONAL = ("support-community", "personal-info")
FLOODING = ("support-community", "flooding")


def _incident(desk: Desk) -> int:
    ensure_builtin_packs(desk.db)
    iid, _ = incidents.create_incident(desk.db, **desk.kw(), title="Numbers posted",
                                       category=PERSONAL)
    incidents.set_fields(desk.db, **desk.kw(1), incident_id=iid, category=FLOODING)
    return iid


def _summary(desk: Desk, iid: int, language: str):  # type: ignore[no-untyped-def]
    return incidents.load_summary(desk.db, mac_key=desk.key, incident_id=iid, moderator="Nadia",
                                  now=desk.kw()["now"], language=language)  # type: ignore[arg-type]


def test_the_printed_category_and_its_changes_are_in_the_print_language(desk: Desk) -> None:
    iid = _incident(desk)
    german = _summary(desk, iid, "de_DE").as_printed()
    assert german.category == "Keine Nachrichtenfluten"
    created = next(e for e in german.timeline if e.kind == "created")
    changed = next(e for e in german.timeline if e.kind == "field")
    assert created.detail["category"] == "Keine persönlichen Daten in der Gruppe"
    assert (changed.detail["from"], changed.detail["to"]) == (
        "Keine persönlichen Daten in der Gruppe", "Keine Nachrichtenfluten")
    hindi = _summary(desk, iid, "hi").as_printed()
    assert hindi.category == "मैसेज की बाढ़ नहीं"
    english = _summary(desk, iid, "en")
    assert english.as_printed() == english and english.category == "No flooding"


def test_the_report_shows_german_and_keeps_the_digest_of_every_language(qapp, desk: Desk) -> None:  # type: ignore[no-untyped-def]
    from moddesk.reports import prepare

    iid = _incident(desk)
    german, english = (prepare(_summary(desk, iid, lang), profile="authorities")
                       for lang in ("de", "en"))
    assert "Keine Nachrichtenfluten" in german.html and "No flooding" not in german.html
    assert "No flooding" in english.html
    # A recipient checks the copy with `moddesk report --digest`, in English.
    assert german.digest == english.digest
