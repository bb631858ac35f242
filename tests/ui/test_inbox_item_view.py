"""The item detail: marks, rule text from guideline packs, context, media placeholders."""

from __future__ import annotations

import re

from moddesk.storage import Changes, guideline_store
from moddesk.ui.inbox_item_view import highlight, media_kind
from moddesk.ui.inbox_model import RULE
from tests.ui.inbox_fixtures import WAIT_MS, InboxRig, rig  # noqa: F401 - fixture

MARK = '<span style="background-color:#f5d46b; color:#1b1b1b;">'


def marked(document_html: str) -> list[str]:
    """The texts the document shows with the highlight background."""
    return re.findall(r'background-color:#f5d46b;">([^<]*)</span>', document_html)


def test_marks_cover_the_spans_and_message_text_stays_text() -> None:
    text = "Ruf an: <b>0176</b>\nheute"
    assert highlight(text, [(11, 15)]) == f"Ruf an: &lt;b&gt;{MARK}0176</span>&lt;/b&gt;<br>heute"
    assert highlight("मेरा नंबर 98765", [(10, 15), (40, 50)]) == f"मेरा नंबर {MARK}98765</span>"
    assert media_kind("video/mp4") == "Video" and media_kind("application/pdf") == "File"


def test_detail_shows_the_hit_in_five_messages_of_context(rig: InboxRig) -> None:
    detail = rig.page.detail
    rig.page.select_id(rig.data.items["anna_phone"])
    text = detail.browser.toPlainText()
    assert "Ruft mich an: 0176 1234567" in text
    assert "Danke Lena, ich komme mit meiner Tochter." in text  # fifth before
    assert "Guten Morgen zusammen" not in text  # sixth before
    assert "Olga, ich schreibe dir sofort privat." in text  # fifth after
    assert marked(detail.browser.toHtml()) == ["0176 1234567"]
    assert detail.title.text() == "personal_info"  # no pack describes it yet: the rule id
    assert "phone_number" in detail.facts.text() and "Mütter Berlin" in detail.facts.text()


def test_rule_title_and_description_come_from_the_pack_once_there(rig: InboxRig) -> None:
    page = rig.page

    def save(db):  # type: ignore[no-untyped-def]
        guideline_store.save_pack(db, pack_key="support", source=(
            '[[rules]]\nid = "personal_info"\ntitle = "Phone number shared in the group"\n'
            'description = "Ask the member to share it privately instead."\n'))
        return Changes(inbox=True)

    with rig.qtbot.waitSignal(page.refreshed, timeout=WAIT_MS):
        rig.session.submit(save)
    page.select_id(rig.data.items["priya_phone"])
    row = page.model.row_of(rig.data.items["priya_phone"])
    assert page.model.index(row, RULE).data() == "Phone number shared in the group"
    assert page.detail.title.text() == "Phone number shared in the group"
    assert page.detail.description.text() == "Ask the member to share it privately instead."
    assert page.rule_filter.findText("Phone number shared in the group") > 0
