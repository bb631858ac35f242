"""Chat reads, renames and merges on a real vault filled by the real importer."""

from __future__ import annotations

import datetime as dt

import pytest

from moddesk.storage import Changes
from moddesk.storage.chat_queries import (
    chat_members,
    chat_of_message,
    chat_summaries,
    first_id_from,
    first_id_of_day,
    last_id,
    media_blob,
    merge_candidates,
    merge_chats,
    message_ids,
    message_rows,
    rename_chat,
    uncertain_samples,
    unmerge_chat,
)
from moddesk.ingest.importer import import_bytes
from tests.ui.chat_fixtures import PARENTS, ids_in_order, import_lines, photo_zip

EARLY = ["13/01/2024, 10:00 - Asha: hello everyone", "13/01/2024, 10:01 - Ben: ok",
         "13/01/2024, 10:02 - Asha: meeting moved to Friday", "13/01/2024, 10:03 - Ben: thanks"]
LATER = ["13/01/2024, 10:00 - Asha: hello everyone", "13/01/2024, 10:01 - Ben: ok",
         "13/01/2024, 10:03 - Ben: thanks", "14/01/2024, 09:00 - Cleo: snacks"]
OTHER = ["12/01/2024, 08:00 - Dana: the old group", "13/01/2024, 10:02 - Dana: in between",
         "15/01/2024, 12:00 - Dana: last word"]


def by_name(db):  # type: ignore[no-untyped-def]
    return {s.name: s for s in chat_summaries(db)}


def test_summary_counts_dates_last_import_and_removed(vault) -> None:
    import_lines(vault.db, EARLY)
    import_lines(vault.db, LATER)
    (summary,) = chat_summaries(vault.db)
    assert (summary.name, summary.messages, summary.removed) == ("Parents Group", 5, 1)
    assert (summary.first_ts, summary.last_ts) == ("2024-01-13T10:00:00", "2024-01-14T09:00:00")
    assert summary.last_import is not None and summary.last_import[:4] >= "2024"
    assert summary.date_uncertain is False and summary.merged == ()


def test_uncertain_date_order_is_flagged_and_sampled(vault) -> None:
    import_lines(vault.db, PARENTS)
    (summary,) = chat_summaries(vault.db)
    assert summary.date_uncertain is True
    samples = uncertain_samples(vault.db, summary.id)
    assert [s.ts[:10] for s in samples] == ["2024-04-03", "2024-04-04", "2024-04-05"]
    assert {s.order for s in samples} == {"dmy"}


def test_list_sorts_by_name_or_by_last_activity(vault) -> None:
    import_lines(vault.db, EARLY, name="WhatsApp Chat with zebra club.txt")
    import_lines(vault.db, OTHER, name="WhatsApp Chat with Alpha.txt")
    assert [s.name for s in chat_summaries(vault.db, order="name")] == ["Alpha", "zebra club"]
    assert [s.name for s in chat_summaries(vault.db, order="activity")] == ["Alpha", "zebra club"]
    import_lines(vault.db, ["20/01/2024, 10:00 - Asha: newest"],
                 name="WhatsApp Chat with zebra club.txt")
    assert [s.name for s in chat_summaries(vault.db, order="activity")] == ["zebra club", "Alpha"]
    with pytest.raises(ValueError):
        chat_summaries(vault.db, order="size")


def test_rename_shows_the_new_name_and_later_exports_still_land_there(vault) -> None:
    first = import_lines(vault.db, EARLY)
    assert rename_chat(vault.db, first.chat_id, display_name="  Class 3B parents ") == \
        Changes(chats=True)
    later = import_lines(vault.db, LATER)
    (summary,) = chat_summaries(vault.db)
    assert later.chat_id == first.chat_id
    assert (summary.name, summary.identity, summary.messages) == \
        ("Class 3B parents", "Parents Group", 5)
    rename_chat(vault.db, first.chat_id, display_name="")
    assert chat_summaries(vault.db)[0].name == "Parents Group"


def test_merge_folds_the_chat_in_and_interleaves_messages_in_time(vault) -> None:
    main = import_lines(vault.db, EARLY)
    other = import_lines(vault.db, OTHER, name="WhatsApp Chat with Old Parents.txt")
    assert merge_chats(vault.db, source=other.chat_id, target=main.chat_id) == Changes(chats=True)
    (summary,) = chat_summaries(vault.db)
    assert (summary.id, summary.messages, summary.merged) == (main.chat_id, 7, (other.chat_id,))
    assert (summary.first_ts, summary.last_ts) == ("2024-01-12T08:00:00", "2024-01-15T12:00:00")
    members = chat_members(vault.db, main.chat_id)
    ids = message_ids(vault.db, members)
    assert list(ids) == ids_in_order(vault.db, [main.chat_id, other.chat_id])
    texts = [message_rows(vault.db, [i])[i].text for i in ids]
    # Same minute in both chats: the one imported first got the lower id.
    assert texts[:5] == ["the old group", "hello everyone", "ok", "meeting moved to Friday",
                         "in between"]


def test_later_imports_of_a_merged_chat_show_in_the_target_and_undo_restores(vault) -> None:
    main = import_lines(vault.db, EARLY)
    other = import_lines(vault.db, OTHER, name="WhatsApp Chat with Old Parents.txt")
    merge_chats(vault.db, source=other.chat_id, target=main.chat_id)
    again = import_lines(vault.db, ["16/01/2024, 09:00 - Dana: still here"],
                         name="WhatsApp Chat with Old Parents.txt")
    assert again.chat_id == other.chat_id
    assert chat_of_message(vault.db, ids_in_order(vault.db, [other.chat_id])[-1]) == main.chat_id
    assert by_name(vault.db)["Parents Group"].messages == 8
    unmerge_chat(vault.db, other.chat_id)
    summaries = by_name(vault.db)
    assert (summaries["Parents Group"].messages, summaries["Old Parents"].messages) == (4, 4)


def test_merge_refuses_a_chat_into_itself_or_into_its_own_part(vault) -> None:
    main = import_lines(vault.db, EARLY)
    other = import_lines(vault.db, OTHER, name="WhatsApp Chat with Old Parents.txt")
    with pytest.raises(ValueError):
        merge_chats(vault.db, source=main.chat_id, target=main.chat_id)
    merge_chats(vault.db, source=other.chat_id, target=main.chat_id)
    with pytest.raises(ValueError):
        merge_chats(vault.db, source=main.chat_id, target=other.chat_id)
    assert merge_candidates(vault.db, main.chat_id) == []
    assert [s.id for s in chat_summaries(vault.db)] == [main.chat_id]


def test_keyset_chunks_add_up_to_the_whole_chat(vault) -> None:
    main = import_lines(vault.db, EARLY)
    other = import_lines(vault.db, OTHER, name="WhatsApp Chat with Old Parents.txt")
    members = [main.chat_id, other.chat_id]
    chunks, after = [], -1
    while chunk := message_ids(vault.db, members, after=after, limit=2):
        chunks.append(list(chunk))
        after = chunk[-1]
    assert [len(c) for c in chunks] == [2, 2, 2, 1]
    assert sum(chunks, []) == ids_in_order(vault.db, members)
    everything = ids_in_order(vault.db, members)
    assert list(message_ids(vault.db, members, upto=everything[2])) == everything[:3]


def test_first_message_on_or_after_a_day(vault) -> None:
    main = import_lines(vault.db, LATER)
    members = [main.chat_id]
    ids = ids_in_order(vault.db, members)
    assert first_id_from(vault.db, members, lowest=first_id_of_day(dt.date(2024, 1, 14))) == ids[-1]
    assert first_id_from(vault.db, members, lowest=first_id_of_day(dt.date(2023, 6, 1))) == ids[0]
    assert first_id_from(vault.db, members, lowest=first_id_of_day(dt.date(2024, 2, 1))) is None
    assert last_id(vault.db, members) == ids[-1]


def test_rows_carry_kind_edits_removals_and_media_without_the_blob(vault) -> None:
    import_lines(vault.db, EARLY)
    import_lines(vault.db, LATER)
    photo = b"\xff\xd8\xff\xe0" + bytes(3000)
    (result,) = import_bytes(vault.db, photo_zip("Photos", photo),
                             name="WhatsApp Chat - Photos.zip")
    ids = ids_in_order(vault.db, [1])
    rows = message_rows(vault.db, ids)
    assert [rows[i].removed for i in ids] == [False, False, True, False, False]
    (photo_id,) = ids_in_order(vault.db, [result.chat_id])
    row = message_rows(vault.db, [photo_id])[photo_id]
    assert (row.kind, row.media_mime, row.media_size) == ("media", "image/jpeg", len(photo))
    blob = media_blob(vault.db, photo_id)
    assert blob is not None and blob.data == photo
    assert media_blob(vault.db, ids[0]) is None


def test_parents_fixture_kinds_survive_the_round_trip(vault) -> None:
    result = import_lines(vault.db, PARENTS)
    rows = message_rows(vault.db, ids_in_order(vault.db, [result.chat_id]))
    kinds = [(r.kind, r.edited) for r in sorted(rows.values(), key=lambda r: r.id)]
    assert kinds == [("system", False), ("text", False), ("text", False), ("text", False),
                     ("deleted", False), ("text", False), ("text", False), ("text", True)]
