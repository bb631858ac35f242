"""Redaction profiles: what each printed copy of an incident summary may show.

Qt-free. `redact(summary, profile)` returns a new `IncidentSummary` that
holds only what that copy may show. The layout is built from it alone, so
nothing a profile hides can reach the PDF, its text layer or its metadata.

internal
    Everything, unchanged: for the moderators' own records.

authorities
    For a hotline, the police or a shelter: everything, except that
    - members who are not involved (every chat author or person named in the
      timeline who is not among the incident's people) become "Member A",
      "Member B", ... in order of first appearance, the same letter
      everywhere: as message authors, in timeline details, and where their
      name appears in any text (title, messages, attachments, notes, tags,
      referrals). For a name of several words its first word is replaced
      too, unless an involved person's name shares it; a first word two
      hidden members share becomes "[name removed]";
    - phone numbers and e-mail addresses are masked in every text, including
      chat and export file names ("[phone number removed]", "[e-mail removed]").
    The people involved keep their names: identifying them is the point.

reporter
    For the member who reported it (the one person with role "reporter", or
    the one named by `reporter=`): only what concerns them.
    - Header: number, title, category, status, when and by whom it was
      opened. Severity, tags and the follow-up date are internal: left out.
    - People: the reporter alone.
    - Evidence: only snapshots in which the reporter wrote a message (the
      linked one or one of its context) or is named in the linked message.
      Those are shown whole (the reporter was in that conversation), with
      every other member pseudonymised as above.
    - Timeline: the opening, status changes, referrals and the adding of the
      evidence shown. Notes, note edits, template uses, triage actions, field
      changes and changes to the people involved are left out.
    - Notes: none; they are the moderators' internal record.
    - Sources: only the exports of the evidence shown.
    - Phone numbers and e-mail addresses masked, as for authorities.

In every profile moderators' names (who opened, linked, wrote, generated)
stay: a copy says who is accountable for it. The chain check is always
shown. Masks and pseudonyms come from `Masks`: the content digest
(`digest.py`) is computed with the fixed English tokens (`FIXED`), so it
does not depend on the interface language, and the printed copy is laid
out from the same redaction made with the reader's words
(`wording.masks()`).
Limits: only names the summary knows (authors, people, timeline entries)
can be found; nicknames, misspellings and spellings in another script
("Дмитрий" for "Dmitri") cannot. Check a copy before handing it over.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterable

from moddesk.cases.summary import Evidence, IncidentSummary, Person, SourceExport, TimelineEntry

PROFILES = ("internal", "authorities", "reporter")


@dataclasses.dataclass(frozen=True)
class Masks:
    """The words a copy shows in place of what it hides; `member` holds %1 for the letter."""

    member: str = "Member %1"
    phone: str = "[phone number removed]"
    email: str = "[e-mail removed]"
    ambiguous: str = "[name removed]"

    def pseudonym(self, index: int) -> str:
        """"Member A" for index 0, "Member AA" for index 26."""
        return self.member.replace("%1", _letters(index))


FIXED = Masks()
PHONE_MASK, EMAIL_MASK, AMBIGUOUS_MASK = FIXED.phone, FIXED.email, FIXED.ambiguous
REPORTER_TIMELINE = frozenset({"created", "status", "referral", "evidence"})
_PHONE = re.compile(r"(?<![\w+@])(?:\+|00)?(?:\(\d{1,5}\)[ \u00a0]?)?\d(?:[ \u00a0.\-/]?\d){6,14}(?!\w)")
_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|(?:19|20)\d\d\s*[-/]\s*(?:19|20)\d\d"
                   r"|(?:19|20)\d\d[01]\d[0-3]\d(?!\d)")  # 2024-03-12, 2023-2024, 20240312
_THOUSANDS = re.compile(r"\d{1,3}(?:[.,]\d{3})+")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?!\w)")


class RedactionRefused(ValueError):
    """The profile cannot be applied to this incident; the message says why and what to do.

    Attributes (for a translated message; `str()` is the English one):
        kind: "not_reporter" (the chosen name reported nothing), "no_reporter"
            or "several_reporters" (choose one).
        number: the incident's number.
        names: the incident's reporting members.
        chosen: the name asked for (kind "not_reporter"), else "".
    """

    def __init__(self, kind: str, number: str, names: list[str], chosen: str = "") -> None:
        self.kind, self.number, self.names, self.chosen = kind, number, list(names), chosen
        listed = ", ".join(names)
        super().__init__({
            "not_reporter": f"{chosen} is not a reporting member of {number}; "
                            f"choose one of: {listed or 'nobody yet'}.",
            "no_reporter": f"{number} names no reporting member. Add the member who reported "
                           "it (role: reporter) to make their copy.",
            "several_reporters": f"{number} names {len(names)} reporting members ({listed}); "
                                 "choose whose copy to make.",
        }[kind])


@dataclasses.dataclass(frozen=True)
class Redacted:
    """A summary as one profile may show it, and whose copy it is (reporter profile)."""

    profile: str
    summary: IncidentSummary
    reporter: str | None = None


def redact(summary: IncidentSummary, profile: str, *, reporter: str | None = None,
           masks: Masks = FIXED) -> Redacted:
    """The part of `summary` that `profile` may show (see the module docstring)."""
    if profile == "internal":
        return Redacted(profile, summary)
    if profile == "authorities":
        involved = {p.name for p in summary.people}
        return Redacted(profile, _rewrite(summary, _Rewriter(summary, keep=involved, masks=masks)))
    if profile == "reporter":
        who = _reporter(summary, reporter)
        return Redacted(profile, _for_reporter(summary, who, masks), reporter=who)
    raise ValueError(f"unknown redaction profile {profile!r}")


def mask_contacts(text: str, masks: Masks = FIXED) -> str:
    """`text` with phone numbers and e-mail addresses replaced by masks."""
    text = _EMAIL.sub(lambda _m: masks.email, text)
    return _PHONE.sub(lambda m: m.group() if _not_a_phone(m.group()) else masks.phone, text)


def _not_a_phone(found: str) -> bool:
    date = _DATE.match(found)  # "12.03.2024" or "2024-03-12 10" of a timestamp
    if date and sum(c.isdigit() for c in found[date.end():]) < 7:
        return True
    return found[0] not in "+0(" and bool(_THOUSANDS.fullmatch(found))  # 1.500.000


def known_names(summary: IncidentSummary) -> list[str]:
    """Every member name the summary knows, in order of first appearance."""
    names = [m.author for e in summary.evidence for m in e.messages if m.author]
    names += [p.name for p in summary.people]
    names += [t.detail["name"] for t in summary.timeline if t.kind == "person" and t.detail.get("name")]
    return list(dict.fromkeys(n.strip() for n in names if n.strip()))


class _Rewriter:
    """Replaces hidden members' names by pseudonyms and masks contact details."""

    def __init__(self, summary: IncidentSummary, *, keep: set[str], masks: Masks) -> None:
        hidden = [n for n in known_names(summary) if n not in keep]
        self.masks = masks
        self.pseudonyms = {name: masks.pseudonym(i) for i, name in enumerate(hidden)}
        self._variants = _variants(self.pseudonyms, keep, masks.ambiguous)
        self._pattern = _alternation(self._variants)

    def name(self, name: str | None) -> str | None:
        """An author or person as this copy names them."""
        if name is None:
            return None
        return self.pseudonyms.get(name.strip(), name)

    def text(self, text: str | None) -> str | None:
        """Free text with hidden names replaced and contact details masked."""
        if not text:
            return text
        # Contacts first: a name inside an address ("jonas.weber@...") must not
        # break the address apart before it is recognised.
        text = mask_contacts(text, self.masks)
        if self._pattern is not None:
            text = self._pattern.sub(self._replace, text)
        return text

    def _replace(self, m: re.Match[str]) -> str:
        s, e, whole = m.start(), m.end(), m.string
        if _word_char(whole[s - 1:s]) or _word_char(whole[e:e + 1]):
            return m.group()
        return self._variants[m.group().casefold()]


def _letters(index: int) -> str:
    """A, B, ... Z, AA, AB, ...: spreadsheet-style column letters."""
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(ord("A") + rest) + out
    return out


def _variants(pseudonyms: dict[str, str], keep: set[str], ambiguous: str) -> dict[str, str]:
    """casefolded spelling -> replacement: full names, then unambiguous first words."""
    variants = {name.casefold(): pseudo for name, pseudo in pseudonyms.items()}
    kept_words = {w.casefold() for name in keep for w in name.split()}
    firsts: dict[str, set[str]] = {}
    for name, pseudo in pseudonyms.items():
        words = name.split()
        if len(words) > 1 and len(words[0]) >= 3 and words[0].casefold() not in kept_words:
            firsts.setdefault(words[0].casefold(), set()).add(pseudo)
    for word, pseudos in firsts.items():
        variants.setdefault(word, pseudos.pop() if len(pseudos) == 1 else ambiguous)
    return variants


def _alternation(variants: dict[str, str]) -> re.Pattern[str] | None:
    if not variants:
        return None
    ordered = sorted(variants, key=len, reverse=True)
    return re.compile("|".join(re.escape(v) for v in ordered), re.IGNORECASE)


def _word_char(ch: str) -> bool:
    return bool(ch) and unicodedata.category(ch)[0] in "LMN"


def _rewrite(summary: IncidentSummary, rw: _Rewriter) -> IncidentSummary:
    """Every text and member name of `summary` passed through `rw`."""
    return dataclasses.replace(
        summary,
        title=rw.text(summary.title) or "",
        tags=tuple(rw.text(t) or "" for t in summary.tags),
        people=tuple(Person(rw.name(p.name) or "", p.role) for p in summary.people),
        timeline=tuple(_entry(t, rw) for t in summary.timeline),
        evidence=tuple(_evidence(e, rw) for e in summary.evidence),
        notes=tuple(dataclasses.replace(n, text=rw.text(n.text) or "") for n in summary.notes),
        sources=tuple(_source(s, rw) for s in summary.sources),
    )


def _entry(entry: TimelineEntry, rw: _Rewriter) -> TimelineEntry:
    def value(key: str, text: str) -> str:
        return (rw.name(text) if key == "name" else rw.text(text)) or ""
    return dataclasses.replace(entry, detail={k: value(k, v) for k, v in entry.detail.items()})


def _evidence(e: Evidence, rw: _Rewriter) -> Evidence:
    messages = tuple(dataclasses.replace(m, author=rw.name(m.author), text=rw.text(m.text),
                                         attachment=rw.text(m.attachment)) for m in e.messages)
    return dataclasses.replace(e, chat=rw.text(e.chat) or "", source_name=rw.text(e.source_name) or "",
                               messages=messages)


def _source(s: SourceExport, rw: _Rewriter) -> SourceExport:
    return dataclasses.replace(s, chat=rw.text(s.chat) or "", source_name=rw.text(s.source_name) or "")


def _reporter(summary: IncidentSummary, chosen: str | None) -> str:
    reporters = [p.name for p in summary.people if p.role == "reporter"]
    if chosen is not None:
        if chosen not in reporters:
            raise RedactionRefused("not_reporter", summary.number, reporters, chosen)
        return chosen
    if len(reporters) == 1:
        return reporters[0]
    raise RedactionRefused("several_reporters" if reporters else "no_reporter",
                           summary.number, reporters)


def _for_reporter(summary: IncidentSummary, who: str, masks: Masks) -> IncidentSummary:
    evidence = tuple(e for e in summary.evidence if _concerns(e, who))
    shown = {e.entry_seq for e in evidence}
    exports = {e.export_sha256 for e in evidence}
    narrowed = dataclasses.replace(
        summary, severity="", tags=(), follow_up=None,
        people=tuple(p for p in summary.people if p.name == who),
        timeline=tuple(_without_severity(t) for t in summary.timeline
                       if t.kind in REPORTER_TIMELINE and (t.kind != "evidence" or t.seq in shown)),
        evidence=evidence, notes=(),
        sources=tuple(s for s in summary.sources if s.sha256 in exports))
    return _rewrite(narrowed, _Rewriter(summary, keep={who}, masks=masks))


def _concerns(e: Evidence, who: str) -> bool:
    if any((m.author or "").strip() == who for m in e.messages):
        return True
    linked = [m for m in e.messages if m.is_evidence]
    return any(_names(m.text or "", who) for m in linked)


def _names(text: str, name: str) -> bool:
    for m in re.finditer(re.escape(name), text, re.IGNORECASE):
        if not _word_char(text[m.start() - 1:m.start()]) and not _word_char(text[m.end():m.end() + 1]):
            return True
    return False


def _without_severity(entry: TimelineEntry) -> TimelineEntry:
    if entry.kind != "created" or "severity" not in entry.detail:
        return entry
    return dataclasses.replace(entry, detail={k: v for k, v in entry.detail.items() if k != "severity"})


def texts(summary: IncidentSummary) -> Iterable[str]:
    """Every free text of a summary (for script detection): titles, messages, notes, details."""
    yield from (summary.title, summary.category or "", *summary.tags)
    yield from (p.name for p in summary.people)
    yield from (v for t in summary.timeline for v in t.detail.values())
    for e in summary.evidence:
        yield from (e.chat, e.source_name)
        for m in e.messages:
            yield from (m.author or "", m.text or "", m.attachment or "")
    yield from (n.text for n in summary.notes)
