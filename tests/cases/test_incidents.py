"""Opening and working an incident through the facade, on a real vault with imported chats."""

from __future__ import annotations

import pytest

from moddesk.cases import incidents
from moddesk.cases.detail import incident_detail
from moddesk.cases.errors import IncidentError
from moddesk.storage import inbox_queries, inbox_store
from moddesk.storage.changes import Changes
from tests.cases.conftest import Desk
from tests.helpers.inbox_data import message_id


def test_from_an_inbox_item_escalates_it_and_carries_its_triage_history(desk: Desk) -> None:
    item = desk.seeded.items["grooming"]
    inbox_store.move(desk.db, item, to_state="in_review", moderator="Jonas")
    iid, changes = incidents.create_incident(desk.db, **desk.kw(), title="Adult asking a child "
                                             "for photos", from_items=[item])
    assert changes == Changes(incidents=True, inbox=True)
    row = inbox_store.item(desk.db, item)
    assert (row["state"], row["incident_id"]) == ("escalated", iid)
    log = inbox_store.history(desk.db, item)
    assert [(r["from_state"], r["to_state"], r["detail"]) for r in log] == [
        ("new", "in_review", None), ("in_review", "escalated", "INC-0001")]
    d = incident_detail(desk.db, iid)
    triage = [(t.by, t.detail["from"], t.detail["to"]) for t in d.timeline if t.kind == "triage"]
    assert triage == [("Jonas", "new", "in_review"), ("Nadia", "in_review", "escalated")]
    # The rule and severity come from the item; its hit message is kept as evidence.
    assert (d.incident.rule_id, d.incident.severity) == ("grooming_private_contact", "urgent")
    [evidence] = d.evidence
    hit = next(m for m in evidence.messages if m.is_evidence)
    assert hit.author == "Marc" and hit.text.startswith("Salut Léo, envoie-moi tes photos")


def test_from_several_items_takes_the_most_severe(desk: Desk) -> None:
    items = [desk.seeded.items["anna_phone"], desk.seeded.items["olga_urgent"]]
    iid, _ = incidents.create_incident(desk.db, **desk.kw(), title="Berlin", from_items=items)
    d = incident_detail(desk.db, iid)
    assert d.incident.severity == "urgent" and d.incident.rule_id == "personal_info"
    assert len(d.evidence) == 2
    assert [r["state"] for r in map(lambda i: inbox_store.item(desk.db, i), items)] == [
        "escalated", "escalated"]


def test_from_messages_in_the_chat_view(desk: Desk) -> None:
    lyon = desk.seeded.chats["lyon"]
    ids = [message_id(desk.db, lyon, "Marc"), message_id(desk.db, lyon, "Claire", "acceptable")]
    iid, changes = incidents.create_incident(desk.db, **desk.kw(), title="Marc",
                                             category=("support", "grooming"), message_ids=ids)
    assert changes == Changes(incidents=True)
    d = incident_detail(desk.db, iid)
    assert [e.line for e in d.evidence] == [4, 5]
    assert [t.kind for t in d.timeline] == ["created", "evidence", "evidence"]
    assert d.incident.category == "grooming"  # no stored pack has the rule: its id is shown


def test_from_nothing(desk: Desk) -> None:
    iid, _ = incidents.create_incident(desk.db, **desk.kw(), title="Reported by phone")
    d = incident_detail(desk.db, iid)
    assert (d.incident.status, d.incident.severity, d.evidence, d.notes) == (
        "open", "normal", (), ())
    assert d.timeline[0].detail == {"title": "Reported by phone", "severity": "normal",
                                    "category": "", "status": "open"}


def test_unknown_items_or_messages_create_nothing(desk: Desk) -> None:
    with pytest.raises(IncidentError, match="no inbox item 999"):
        incidents.create_incident(desk.db, **desk.kw(), title="x", from_items=[999])
    with pytest.raises(IncidentError, match="no message 12345"):
        incidents.create_incident(desk.db, **desk.kw(), title="x", message_ids=[12345])
    assert desk.db.execute("SELECT count(*) FROM incidents").fetchone()[0] == 0
    assert desk.db.execute("SELECT count(*) FROM incident_entries").fetchone()[0] == 0


def test_editing_a_note_keeps_every_version(desk: Desk) -> None:
    iid, _ = incidents.create_incident(desk.db, **desk.kw(), title="Olga")
    note, _ = incidents.add_note(desk.db, **desk.kw(1), incident_id=iid, text="Spoke to Olga.")
    version, _ = incidents.edit_note(desk.db, **desk.kw(2, "Jonas"), note_id=note,
                                     text="Spoke to Olga; she is with her sister.")
    same, changes = incidents.edit_note(desk.db, **desk.kw(3), note_id=note,
                                        text="Spoke to Olga; she is with her sister.")
    assert (version, same, changes) == (2, 2, Changes())
    [history] = incident_detail(desk.db, iid).notes
    assert [(v.version, v.text, v.by, v.at) for v in history.versions] == [
        (1, "Spoke to Olga.", "Nadia", "2026-11-16T09:31:00"),
        (2, "Spoke to Olga; she is with her sister.", "Jonas", "2026-11-16T09:32:00")]
    summary = incidents.load_summary(desk.db, mac_key=desk.key, incident_id=iid,
                                     moderator="Nadia")
    assert [(n.text, n.versions, n.first_at) for n in summary.notes] == [
        ("Spoke to Olga; she is with her sister.", 2, "2026-11-16T09:31:00")]


def test_status_fields_and_people_each_leave_one_entry(desk: Desk) -> None:
    iid, _ = incidents.create_incident(desk.db, **desk.kw(), title="Spam wave")
    incidents.set_status(desk.db, **desk.kw(1), incident_id=iid, status="monitoring")
    assert incidents.set_status(desk.db, **desk.kw(2), incident_id=iid,
                                status="monitoring") == Changes()
    incidents.set_fields(desk.db, **desk.kw(3), incident_id=iid, title="Spam wave in Lyon",
                         severity="low", tags=["spam", " spam", "links"], follow_up="2026-11-20")
    incidents.add_person(desk.db, **desk.kw(4), incident_id=iid, name="Promo Deals",
                         role="subject")
    incidents.add_person(desk.db, **desk.kw(5), incident_id=iid, name="Sophie", role="reporter")
    incidents.remove_person(desk.db, **desk.kw(6), incident_id=iid, name="Sophie",
                            role="reporter")
    incidents.record_template_use(desk.db, **desk.kw(7), incident_id=iid,
                                  template_key="removal_notice", language="fr")
    incidents.record_referral(desk.db, **desk.kw(8), incident_id=iid, to="Point de Contact",
                              how="online form")
    d = incident_detail(desk.db, iid)
    assert [(t.kind, t.detail.get("field", t.detail.get("to", ""))) for t in d.timeline] == [
        ("created", ""), ("status", "monitoring"), ("field", "title"), ("field", "severity"),
        ("field", "tags"), ("field", "follow_up"), ("person", ""), ("person", ""),
        ("person", ""), ("template", ""), ("referral", "Point de Contact")]
    assert d.incident.tags == ("spam", "links")
    assert [(p.name, p.role) for p in d.people] == [("Promo Deals", "subject")]
    assert incidents.verify_chain(desk.db, mac_key=desk.key, incident_id=iid).ok


@pytest.mark.parametrize(("call", "message"), [
    (lambda d, i: incidents.set_status(d.db, **d.kw(), incident_id=i, status="done"),
     "Status must be one of"),
    (lambda d, i: incidents.set_fields(d.db, **d.kw(), incident_id=i, title="  "),
     "needs a title"),
    (lambda d, i: incidents.set_fields(d.db, **d.kw(), incident_id=i, follow_up="next week"),
     "looks like 2026-11-30"),
    (lambda d, i: incidents.add_person(d.db, **d.kw(), incident_id=i, name="Marc", role="boss"),
     "Role must be one of"),
    (lambda d, i: incidents.add_note(d.db, **d.kw(), incident_id=i, text=" \n"),
     "needs some text"),
    (lambda d, i: incidents.add_note(d.db, **d.kw(), incident_id=i + 1, text="x"),
     "no incident INC-0002"),
    (lambda d, i: incidents.add_note(d.db, **d.kw(moderator=" "), incident_id=i, text="x"),
     "moderator name"),
])
def test_mistakes_get_plain_messages_and_change_nothing(desk: Desk, call, message) -> None:  # type: ignore[no-untyped-def]
    iid, _ = incidents.create_incident(desk.db, **desk.kw(), title="Case")
    with pytest.raises(IncidentError, match=message):
        call(desk, iid)
    assert len(incident_detail(desk.db, iid).timeline) == 1


def test_summary_carries_what_the_report_prints(desk: Desk) -> None:
    item = desk.seeded.items["job_scam"]
    iid, _ = incidents.create_incident(desk.db, **desk.kw(), title="Job scam",
                                       from_items=[item])
    incidents.add_person(desk.db, **desk.kw(1), incident_id=iid, name="Job Offer",
                         role="subject")
    incidents.add_note(desk.db, **desk.kw(2), incident_id=iid, text="Removed the sender.")
    summary = incidents.load_summary(desk.db, mac_key=desk.key, incident_id=iid,
                                     moderator="Nadia", now=desk.kw(60)["now"])  # type: ignore[arg-type]
    assert (summary.number, summary.status, summary.severity) == ("INC-0001", "open", "high")
    assert summary.generated_at == "2026-11-16T10:30:00" and summary.moderator == "Nadia"
    assert summary.chain.ok and summary.chain.entries == len(summary.timeline)
    [evidence] = summary.evidence
    assert evidence.chat == "माँ सहायता समूह" and evidence.line == 6
    assert evidence.entry_seq == next(t.seq for t in summary.timeline if t.kind == "evidence")
    texts = [m.text for m in evidence.messages]
    assert texts[0] == "सुप्रभात सभी को 🙏" and len(texts) == 8  # 5 before, 2 after: chat ends
    assert [s.sha256 for s in summary.sources] == [evidence.export_sha256]
    hits = inbox_queries.item_hits(desk.db, item)
    assert hits[0].message.text in texts
