"""Evidence snapshots outlive what they were taken from: re-imports, merges, deleted chats."""

from __future__ import annotations

from moddesk.cases import incidents
from moddesk.cases.summary import IncidentSummary
from moddesk.storage import case_queries
from moddesk.storage.chat_delete import delete_chat
from moddesk.storage.chat_queries import merge_chats
from tests.cases.conftest import Desk
from tests.helpers.inbox_data import HINDI, import_chat, message_id

HINDI_NAME = "WhatsApp Chat with माँ सहायता समूह.txt"


def _summary(desk: Desk, iid: int) -> IncidentSummary:
    return incidents.load_summary(desk.db, mac_key=desk.key, incident_id=iid, moderator="Nadia")


def _scam_incident(desk: Desk) -> int:
    mid = message_id(desk.db, desk.seeded.chats["hindi"], "Job Offer")
    iid, _ = incidents.create_incident(desk.db, **desk.kw(), title="Job scam", message_ids=[mid])
    return iid


def test_snapshot_holds_the_message_context_and_provenance(desk: Desk) -> None:
    lyon = desk.seeded.chats["lyon"]
    mid = message_id(desk.db, lyon, "Marc")
    iid, _ = incidents.create_incident(desk.db, **desk.kw(), title="Marc", message_ids=[mid])
    [e] = _summary(desk, iid).evidence
    authors = [m.author for m in e.messages]
    assert authors == ["Claire", "Karim", "Sophie", "Marc", "Claire", "Promo Deals",
                       "Cash Rapide", "Offre Spéciale", "Bon Plan"]
    assert [m.is_evidence for m in e.messages].index(True) == 3
    sha = desk.db.execute("SELECT sha256 FROM exports WHERE chat_id = ?", [lyon]).fetchone()[0]
    assert (e.chat, e.source_name, e.export_sha256, e.line) == (
        "Parents Lyon", "WhatsApp Chat with Parents Lyon.txt", sha, 4)
    assert (e.added_at, e.added_by) == ("2026-11-16T09:30:00", "Nadia")


def test_linking_the_same_message_twice_adds_nothing(desk: Desk) -> None:
    iid = _scam_incident(desk)
    mid = message_id(desk.db, desk.seeded.chats["hindi"], "Job Offer")
    ids, _ = incidents.link_messages(desk.db, **desk.kw(1), incident_id=iid,
                                     message_ids=[mid, mid])
    assert ids == [1, 1] and len(_summary(desk, iid).timeline) == 2


def test_evidence_survives_reimport_of_an_overlapping_export(desk: Desk) -> None:
    iid = _scam_incident(desk)
    before = _summary(desk, iid).evidence
    later = [*HINDI, ("14/11/2026, 09:00", "प्रिया", "मैंने नंबर ब्लॉक कर दिया")]
    import_chat(desk.db, later, HINDI_NAME)
    after = _summary(desk, iid)
    assert after.evidence == before and after.chain.ok
    assert desk.db.execute("SELECT count(*) FROM exports WHERE chat_id = ?",
                           [desk.seeded.chats["hindi"]]).fetchone()[0] == 2


def test_evidence_survives_a_merge(desk: Desk) -> None:
    iid = _scam_incident(desk)
    before = _summary(desk, iid).evidence
    merge_chats(desk.db, source=desk.seeded.chats["hindi"], target=desk.seeded.chats["berlin"])
    after = _summary(desk, iid)
    assert after.evidence == before and after.chain.ok


def test_evidence_survives_deleting_the_chat(desk: Desk) -> None:
    iid = _scam_incident(desk)
    before = _summary(desk, iid).evidence
    delete_chat(desk.db, desk.seeded.chats["hindi"])
    assert desk.db.execute("SELECT count(*) FROM messages WHERE text LIKE '%पासपोर्ट%'"
                           ).fetchone()[0] == 0
    after = _summary(desk, iid)
    assert after.evidence == before and after.chain.ok
    assert "घर बैठे नौकरी" in next(m.text for m in after.evidence[0].messages if m.is_evidence)
    assert case_queries.author_choices(desk.db, iid) == sorted(
        {a for _, a, _ in HINDI}, key=str.casefold)
    # Re-importing the deleted chat later gives fresh rows; the evidence is unchanged.
    import_chat(desk.db, HINDI, HINDI_NAME)
    assert _summary(desk, iid).evidence == before
