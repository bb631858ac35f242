"""The sections of a printed summary, as rich text for a QTextDocument.

In order: front matter (title, status, what this copy is, integrity and
font warnings), people, timeline, evidence with context and provenance,
notes, actions and referrals, and the integrity appendix on a page of its
own. Everything shown comes from a redacted summary (`redaction.Redacted`);
nothing here reads anything else.
"""

from __future__ import annotations

from moddesk.cases.summary import Evidence, IncidentSummary, Note, SnapshotMessage
from moddesk.cases.templates_shipped import shipped
from moddesk.reports.digest import grouped
from moddesk.reports.markup import STYLE, Markup, when
from moddesk.reports.redaction import Redacted
from moddesk.reports.scripts import is_rtl
from moddesk.reports.wording import (
    MESSAGE_KINDS,
    PROFILE_TITLES,
    ROLES,
    SEVERITIES,
    STATUSES,
    Describer,
    fill,
    label,
    profile_note,
    tr,
)

ACTION_KINDS = ("referral", "template", "triage")


def document_html(r: Redacted, m: Markup, *, digest: str, missing: list[str],
                  version: str) -> str:
    """The whole summary as one HTML string."""
    s = r.summary
    parts = (front(r, m, missing), people(s, m), timeline(s, m), evidence(s, m), notes(s, m),
             actions(s, m), appendix(r, m, digest=digest, version=version))
    return f"<html><head><style>{STYLE}</style></head><body>{''.join(parts)}</body></html>"


def front(r: Redacted, m: Markup, missing: list[str]) -> str:
    """Title, alerts, key facts and what this copy shows."""
    s = r.summary
    overline = tr("INCIDENT SUMMARY")
    out = [f"<p class=\"overline\">{m.text(overline)} · {m.text(s.number)}</p>",
           f"<h1 dir=\"{'rtl' if is_rtl(s.title) else 'ltr'}\">{m.text(s.title)}</h1>"]
    if not s.chain.ok:
        out.append(m.box("alert", _chain_alert(s, m)))
    if missing:
        out.append(m.box("caution", m.text(fill(tr(
            "Some text cannot be shown: no font for %1 is installed on the computer that made "
            "this copy. That text may appear as empty boxes; the moderators' record holds it "
            "unchanged."), ", ".join(missing)))))
    out.append(_facts(s, m))
    title = tr(PROFILE_TITLES[r.profile])
    about = f"<b>{m.text(title)}.</b> " + m.text(profile_note(r.profile, reporter=r.reporter))
    out.append(m.box("about", about))
    return "".join(out)


def _chain_alert(s: IncidentSummary, m: Markup) -> str:
    head = m.text(tr("Integrity warning: the incident log failed its check when this copy was made."))
    problems = "".join(f"<li>{m.text(p)}</li>" for p in s.chain.problems)
    tail = m.text(tr("The log is printed as it is now; nothing was repaired. Treat it as "
                     "possibly altered. Details are in the integrity appendix."))
    return f"<b>{head}</b><ul style=\"margin-top:2px; margin-bottom:2px;\">{problems}</ul>{tail}"


def _facts(s: IncidentSummary, m: Markup) -> str:
    pairs = [(tr("Status"), label(STATUSES, s.status)),
             (tr("Severity"), label(SEVERITIES, s.severity)),
             (tr("Category"), s.category or tr("none")),
             (tr("Opened"), fill(tr("%1 by %2"), when(s.created_at), s.created_by)),
             (tr("Follow-up"), s.follow_up or ""),
             (tr("Tags"), ", ".join(s.tags))]
    shown = [(k, v) for k, v in pairs if v]
    rows = "".join(f"<tr><td class=\"key\" width=\"22%\">{m.text(k)}</td><td>{m.text(v)}</td></tr>"
                   for k, v in shown)
    return (f"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"0\" "
            f"style=\"margin-top: 10px;\">{rows}</table>")


def people(s: IncidentSummary, m: Markup) -> str:
    """Who is involved, and how."""
    head = m.heading(tr("People involved"), "head:people")
    if not s.people:
        return head + m.para(tr("Nobody is listed yet."), "muted")
    rows = [(m.text(p.name), m.text(label(ROLES, p.role))) for p in s.people]
    return head + m.table([tr("Name as shown in the chat"), tr("Role")], rows, widths=(60, 40))


def timeline(s: IncidentSummary, m: Markup) -> str:
    """Every recorded step, oldest first."""
    head = m.heading(tr("Timeline"), "head:timeline")
    if not s.timeline:
        return head + m.para(tr("No entries."), "muted")
    words = _describer()
    rows = [(m.text(when(t.at)), m.text(t.by), m.para(words.describe(t))) for t in s.timeline]
    return head + m.table([tr("When"), tr("By"), tr("What happened")], rows, widths=(18, 16, 66))


def evidence(s: IncidentSummary, m: Markup) -> str:
    """Each linked message with its context and where it came from."""
    # The section heading belongs to the first item, so they move to a new page together.
    head = m.heading(tr("Evidence"), "keep:evidence1" if s.evidence else "head:evidence")
    if not s.evidence:
        return head + m.para(tr("No messages are linked as evidence in this copy."), "muted")
    legend = m.para(tr("Highlighted: the linked message. In grey: the messages around it in "
                       "the chat, for context. Times are as in the chat export."), "legend")
    items = [_evidence_item(e, i, len(s.evidence), m) for i, e in enumerate(s.evidence, 1)]
    return head + legend + "".join(items)


def _evidence_item(e: Evidence, index: int, total: int, m: Markup) -> str:
    linked = next((msg for msg in e.messages if msg.is_evidence), None)
    title = fill(tr("Evidence %1 of %2"), str(index), str(total))
    if linked is not None:
        title = fill(tr("%1: message from %2, %3"), title, linked.author or tr("system"),
                     when(linked.ts))
    provenance = [(tr("Chat"), m.text(e.chat)), (tr("Export file"), m.mono(e.source_name)),
                  (tr("Line in export"), m.text(str(e.line))),
                  (tr("Export SHA-256"), m.mono(grouped(e.export_sha256))),
                  (tr("Snapshot SHA-256"), m.mono(grouped(e.snapshot_sha256))),
                  (tr("Linked"), m.text(fill(tr("%1 by %2"), when(e.added_at), e.added_by)))]
    prov = "".join(f"<tr><td class=\"key\" width=\"22%\">{m.text(k)}</td><td>{v}</td></tr>"
                   for k, v in provenance)
    rows, classes = _message_rows(e.messages, m)
    table = m.table([tr("Time"), tr("From"), tr("Message")], rows, widths=(11, 19, 70),
                    row_classes=classes)
    # The first item's unit starts at the section heading (see `evidence`).
    heading = m.heading(title, f"keep:evidence{index}", 3) if index > 1 else f"<h3>{m.text(title)}</h3>"
    return (f"{heading}<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" "
            f"border=\"0\" class=\"small\" style=\"margin-bottom: 6px;\">{prov}</table>{table}")


def _message_rows(messages: tuple[SnapshotMessage, ...],
                  m: Markup) -> tuple[list[tuple[str, ...]], list[str]]:
    # The heading carries the linked message's date; rows show the time, and
    # the date too only when it is another day.
    linked_day = next((msg.ts[:10] for msg in messages if msg.is_evidence), "")
    rows, classes = [], []
    for msg in messages:
        stamp = when(msg.ts)
        author = m.text(msg.author or tr("system"))
        rows.append((m.text(stamp[11:] if msg.ts[:10] == linked_day else stamp),
                     f"<b>{author}</b>" if msg.is_evidence else author, _message_body(msg, m)))
        classes.append("evidence" if msg.is_evidence else "context")
    return rows, classes


def _message_body(msg: SnapshotMessage, m: Markup) -> str:
    if msg.kind == "text" or msg.kind not in MESSAGE_KINDS:
        return m.para(msg.text, "text")
    parts = [f"<i>{m.text(label(MESSAGE_KINDS, msg.kind))}</i>"]
    if msg.attachment:
        parts.append(m.mono(msg.attachment))
    if msg.text:
        parts.append(m.text(msg.text))
    return m.para(msg.text, "text", raw=" · ".join(parts))


def notes(s: IncidentSummary, m: Markup) -> str:
    """The current version of each note; edited ones say so."""
    head = m.heading(tr("Notes"), "head:notes")
    if not s.notes:
        return head + m.para(tr("No notes in this copy."), "muted")
    rows = [(_note_meta(n, m), m.para(n.text, "text")) for n in s.notes]
    return head + m.table([tr("Written"), tr("Note (current version)")], rows, widths=(26, 74))


def _note_meta(n: Note, m: Markup) -> str:
    meta = f"{m.text(when(n.at))}<br/>{m.text(n.by)}"
    if n.versions > 1:
        mark = fill(tr("Edited: %1 versions, first written %2. Earlier versions are kept."),
                    str(n.versions), when(n.first_at) or "?")
        meta += f"<br/><span class=\"small\"><b>{m.text(mark)}</b></span>"
    return meta


def actions(s: IncidentSummary, m: Markup) -> str:
    """Referrals, replies sent from templates and inbox actions."""
    head = m.heading(tr("Actions and referrals"), "head:actions")
    done = [t for t in s.timeline if t.kind in ACTION_KINDS]
    if not done:
        return head + m.para(tr("No actions or referrals are recorded in this copy."), "muted")
    words = _describer()
    rows = [(m.text(when(t.at)), m.text(t.by), m.para(words.describe(t))) for t in done]
    return head + m.table([tr("When"), tr("By"), tr("Action")], rows, widths=(18, 16, 66))


def _describer() -> Describer:
    """The timeline's sentences as printed: ISO dates, template keys, languages by their own names."""
    languages = shipped().languages
    return Describer(language=lambda code: languages.get(code, code))


def appendix(r: Redacted, m: Markup, *, digest: str, version: str) -> str:
    """Hashes, the chain check in plain words, and how to verify this copy."""
    s = r.summary
    out = [m.heading(tr("Integrity appendix"), "page:appendix"),
           _h3(m, tr("Incident log check")), _chain_words(s, m),
           _h3(m, tr("Content digest of this copy (SHA-256)")),
           m.para(None, raw=f"<b>{m.mono(grouped(digest))}</b>"),
           m.para(_digest_help(s, r.profile), "small")]
    out.append(_h3(m, tr("Source exports")))
    out.append(m.table([tr("Export file"), tr("Chat"), tr("SHA-256")],
                       [(m.mono(x.source_name), m.text(x.chat), m.mono(grouped(x.sha256)))
                        for x in s.sources], widths=(32, 22, 46))
               if s.sources else m.para(tr("None in this copy."), "muted"))
    out.append(_h3(m, tr("Evidence snapshots")))
    out.append(m.table([tr("Evidence"), tr("Linked"), tr("Snapshot SHA-256")],
                       [(m.text(str(i)), m.text(when(e.added_at)), m.mono(grouped(e.snapshot_sha256)))
                        for i, e in enumerate(s.evidence, 1)], widths=(12, 22, 66))
               if s.evidence else m.para(tr("None in this copy."), "muted"))
    out.append(_h3(m, tr("This copy")))
    out.append(m.para(fill(tr("%1. Generated %2 by %3 with ModDesk %4."),
                           tr(PROFILE_TITLES[r.profile]), when(s.generated_at), s.moderator,
                           version)))
    return "".join(out)


def _h3(m: Markup, title: str) -> str:
    # A plain subheading; tr() stays outside f-strings, where lupdate cannot see it.
    return f"<h3>{m.text(title)}</h3>"


def _chain_words(s: IncidentSummary, m: Markup) -> str:
    if s.chain.ok:
        return m.para(fill(tr("Checked when this copy was made: all %1 entries of the incident "
                              "log are intact, in order and complete."), str(s.chain.entries)))
    head = m.para(fill(tr("The incident log failed its check when this copy was made "
                          "(%1 entries). ModDesk found:"), str(s.chain.entries)))
    problems = "".join(f"<li>{m.text(p)}</li>" for p in s.chain.problems)
    tail = m.para(tr("The log is printed as it is now; nothing was repaired. Treat it as possibly "
                     "altered and ask the moderation team."))
    return m.box("alert", f"{head}<ul>{problems}</ul>{tail}")


def _digest_help(s: IncidentSummary, profile: str) -> str:
    return fill(tr(
        "The digest covers everything this copy shows about the incident, but not when or by "
        "whom it was generated. To check a copy, the moderation team runs “moddesk report %1 "
        "--profile %2 --digest” on their ModDesk vault: it prints the digest of the record as "
        "it is now, which must equal the one above. “--canonical FILE” writes the exact bytes "
        "the digest is computed from; any SHA-256 tool (for example “sha256sum FILE”) turns "
        "them into this digest."), str(s.incident_id), profile)
