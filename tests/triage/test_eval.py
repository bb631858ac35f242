"""Precision and recall of the shipped packs on labelled messages, per category.

Two files, both written for this project (no real people; phone numbers
are fictional: +49 151 0000 00xx, 555-01xx, Ofcom's 07700 900xxx drama
range; IBANs have made-up bank codes and valid check digits):

* `eval_set.jsonl` (359 messages; en, de, fr, es, pt, hi in Devanagari,
  Hinglish, some code-switching) was written *before* the detectors. The
  gate below runs on it, as the issue asks. The same person then wrote the
  term lists, so these numbers are optimistic: they show the lists cover
  the phrasings they were written from, not that they generalise.
* `eval_holdout.jsonl` holds three further rounds (ids h-, h2-, h3-), each
  written blind after a round of detector changes and scored once before
  the next change. They measure generalisation to new phrasings and are
  printed, not gated. Round h- was seen before the second and third
  rounds of changes, h2- before the third, h3- before the fourth (general
  distress phrasing in six languages, with the r4- rows of the eval set as
  their positives and hard negatives); no round is blind any more.

Labelling guide (one message may carry several labels):

* urgent_help: someone may be in danger now (violence, threats, self-harm
  or suicidal thoughts, a medical emergency) or a child is in danger or
  being abused. Requests for recommendations, figurative speech and past,
  resolved events are not.
* personal_info: contact details or location of a member or a child:
  phone number, e-mail, home address, a child's name with school. An
  admin sharing a helpline is not (the rule skips admins, and numbers in
  the allowlist are never reported); a member sharing an organisation's
  number would be, unless the group allowlists it.
* payment_scam: money requests, payment details, scam offers. Warnings
  about scams and ordinary money talk are not.
* grooming: an adult drawing a child into private contact: flattery about
  age, photos, secrecy, "are you alone", gifts.
* links: any link; invites and shorteners are its most important part.

`pytest -s` prints the tables; they also appear in pytest's terminal
summary ("triage evaluation").
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from moddesk.triage import MessageRecord, Triage, builtin_packs

from .conftest import REPORT_KEY

HERE = Path(__file__).parent
ADMIN = "Admin Amina"
CATEGORIES = ("urgent_help", "personal_info", "payment_scam", "grooming", "links")
RULE_CATEGORY = {"urgent-help": "urgent_help", "suspected-abuse": "urgent_help",
                 "personal-info": "personal_info", "money-and-scams": "payment_scam",
                 "grooming": "grooming", "invite-links": "links", "links": "links"}
GATES = {"urgent_help": (0.95, 0.8), "personal_info": (0.9, 0.8)}  # (recall, precision)


def load(name: str) -> list[dict]:
    """Labelled messages of one file."""
    return [json.loads(line) for line in (HERE / name).read_text(encoding="utf-8").splitlines()]


def predict(rows: list[dict]) -> list[set[str]]:
    """Categories the shipped packs flag, per message (messages half an hour apart)."""
    triage = Triage(builtin_packs(), admins={ADMIN})
    start = datetime(2024, 1, 1)
    recs = [MessageRecord(i, 1, start + timedelta(minutes=30 * i),
                          ADMIN if r["author"] == "admin" else f"Member {i}", "text", None, r["text"])
            for i, r in enumerate(rows)]
    found: list[set[str]] = [set() for _ in rows]
    for flag in triage.scan(recs):
        if flag.rule_id in RULE_CATEGORY:
            found[flag.message_id].add(RULE_CATEGORY[flag.rule_id])
    return found


def scores(rows: list[dict], found: list[set[str]]) -> dict[str, tuple[float, float, int, int, int]]:
    """category -> (precision, recall, true positives, false positives, false negatives)."""
    table = {}
    for cat in CATEGORIES:
        tp = sum(cat in r["labels"] and cat in f for r, f in zip(rows, found))
        fp = sum(cat not in r["labels"] and cat in f for r, f in zip(rows, found))
        fn = sum(cat in r["labels"] and cat not in f for r, f in zip(rows, found))
        table[cat] = (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0, tp, fp, fn)
    clean = [not r["labels"] for r in rows]
    kept = sum(c and not f for c, f in zip(clean, found))
    table["none"] = (1.0, kept / sum(clean), kept, 0, sum(clean) - kept)
    return table


def render(title: str, rows: list[dict], table: dict) -> list[str]:
    """The table as text lines."""
    langs = sorted({r["lang"] for r in rows})
    lines = [f"{title}: {len(rows)} messages ({', '.join(langs)})",
             f"  {'category':<14}{'precision':>10}{'recall':>8}{'tp':>5}{'fp':>5}{'fn':>5}"]
    for cat, (p, r, tp, fp, fn) in table.items():
        shown = f"{'-':>8}  " if cat == "none" else f"{p:>8.2f}  "
        lines.append(f"  {cat:<14}{shown}{r:>8.2f}{tp:>5}{fp:>5}{fn:>5}")
    lines.append("  (none: recall = share of unlabelled messages left unflagged)")
    return lines


def report(config: pytest.Config, lines: Iterable[str]) -> None:
    """Print and keep for the terminal summary."""
    lines = list(lines)
    print("\n" + "\n".join(lines))
    config.stash.setdefault(REPORT_KEY, []).extend(lines)


def test_eval_set_meets_the_recall_and_precision_gates(request: pytest.FixtureRequest) -> None:
    rows = load("eval_set.jsonl")
    table = scores(rows, predict(rows))
    report(request.config, render("eval set (written before the detectors; gated)", rows, table))
    for cat, (min_recall, min_precision) in GATES.items():
        precision, recall = table[cat][:2]
        assert recall >= min_recall, f"{cat} recall {recall:.2f} < {min_recall}"
        assert precision >= min_precision, f"{cat} precision {precision:.2f} < {min_precision}"


def test_holdout_rounds_are_reported(request: pytest.FixtureRequest) -> None:
    rows = load("eval_holdout.jsonl")
    found = predict(rows)
    for prefix, title in (("h-", "holdout round 1 (seen since)"), ("h2-", "holdout round 2 (seen since)"),
                          ("h3-", "holdout round 3 (seen before round-4 terms)")):
        picked = [i for i, r in enumerate(rows) if r["id"].startswith(prefix)]
        part = [rows[i] for i in picked]
        report(request.config, render(title, part, scores(part, [found[i] for i in picked])))
    assert len(rows) >= 300


def test_the_set_is_what_the_issue_asks_for() -> None:
    rows = load("eval_set.jsonl")
    assert len(rows) >= 300 and len({r["id"] for r in rows}) == len(rows)
    assert {"en", "de", "fr", "es", "pt", "hi", "hinglish"} <= {r["lang"] for r in rows}
    labels = {label for r in rows for label in r["labels"]}
    assert set(CATEGORIES) <= labels and any(not r["labels"] for r in rows)
