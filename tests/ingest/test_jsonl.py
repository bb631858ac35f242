"""The JSON Lines helper the CLI wires up."""

from __future__ import annotations

import io
import json
from pathlib import Path

from moddesk.ingest.jsonl import parse_to_jsonl

KEYS = ["chat", "timestamp", "author", "kind", "text", "attachment", "edited", "source", "line"]


def test_jsonl_has_exactly_the_contract_keys(tmp_path: Path) -> None:
    path = tmp_path / "WhatsApp Chat with दोस्त.txt"
    path.write_text("14/03/2024, 21:07 - राहुल: नमस्ते <This message was edited>\n"
                    "14/03/2024, 21:08 - Ana: <Media omitted>\n"
                    "14/03/2024, 21:09 - Ben left\n", encoding="utf-8")
    out = io.StringIO()
    assert parse_to_jsonl(path, out, date_order=None) == 3
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert all(list(r) == KEYS for r in rows)
    assert rows[0] == {"chat": "दोस्त", "timestamp": "2024-03-14T21:07:00", "author": "राहुल", "kind": "text",
                       "text": "नमस्ते", "attachment": None, "edited": True,
                       "source": "WhatsApp Chat with दोस्त.txt", "line": 1}
    assert (rows[1]["kind"], rows[1]["text"]) == ("media", None)
    assert (rows[2]["author"], rows[2]["kind"]) == (None, "system")
    assert "नमस्ते" in out.getvalue()
