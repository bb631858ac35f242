"""Who became or stopped being an admin, read from an export's system notices.

WhatsApp writes "Ben is now an admin" / "Ben is no longer an admin" (and
"Ana made Ben an admin") in the exporting phone's language. The parser
already tags these lines with system kind "admin"
(moddesk.ingest.system_phrases); this module finds the member's name.
Notices about the exporter ("You're now an admin") name nobody the vault
knows, since exports write the exporter's own messages under a name the
notice does not give, so they are left out.
"""

from __future__ import annotations

import re

from moddesk.ingest.bidi_marks import strip_marks

_N = r"(?P<name>.+?)"
# (pattern, is admin afterwards), most specific first.
_PATTERNS: tuple[tuple[str, bool], ...] = (
    (rf"^{_N} is no longer an admin$", False),
    (rf"^.+? (?:dismissed|removed) {_N} as (?:an )?admin$", False),
    (rf"^{_N} is now an admin$", True),
    (rf"^.+? made {_N} (?:an )?admin$", True),
    (rf"^{_N} ist kein(?:e)? (?:Admin|Administrator(?:in)?) mehr$", False),
    (rf"^{_N} ist (?:jetzt|nun) (?:ein(?:e)? )?(?:Admin|Administrator(?:in)?)$", True),
    (rf"^{_N} n['’]est plus (?:un(?:e)? )?admin(?:istrateur|istratrice)?$", False),
    (rf"^{_N} est (?:maintenant|désormais) (?:un(?:e)? )?admin(?:istrateur|istratrice)?$", True),
    (rf"^{_N} ya no es (?:un(?:a)? )?admin(?:istrador(?:a)?)?$", False),
    (rf"^{_N} ahora es (?:un(?:a)? )?admin(?:istrador(?:a)?)?$", True),
    (rf"^{_N} (?:não é mais|já não é) (?:um(?:a)? )?admin(?:istrador(?:a)?)?$", False),
    (rf"^{_N} agora é (?:um(?:a)? )?admin(?:istrador(?:a)?)?$", True),
    (rf"^{_N} non è più (?:un(?:a)? )?amministrat(?:ore|rice)$", False),
    (rf"^{_N} (?:è ora|ora è) (?:un(?:a)? )?amministrat(?:ore|rice)$", True),
    (rf"^{_N} is geen beheerder meer$", False),
    (rf"^{_N} is nu (?:een )?beheerder$", True),
    (rf"^{_N} अब एडमिन नहीं (?:है|हैं)$", False),
    (rf"^{_N} अब एडमिन (?:है|हैं)$", True),
)
_RULES = tuple((re.compile(p, re.IGNORECASE), admin) for p, admin in _PATTERNS)
# The exporter, in the languages above: not a name we can use.
_SELF = frozenset({"you", "you're", "du", "vous", "tú", "tu", "você", "voce", "jij", "je", "u",
                   "आप", "आप अब"})
_SELF_START = re.compile(r"^(?:you(?:'re| are)|du bist|vous êtes|tu es|(?:ahora )?eres|ya no eres"
                         r"|(?:agora )?(?:você|tu) (?:é|és|não)|agora (?:és|você)|sei ora|ora sei"
                         r"|non sei più|je bent|आप अब)\b", re.IGNORECASE)


def admin_change(text: str | None) -> tuple[str, bool] | None:
    """(member name, is admin now) for an admin notice about a member; None otherwise."""
    if not text:
        return None
    plain = strip_marks(text).strip().rstrip(".。")
    if _SELF_START.match(plain):
        return None
    for rule, admin in _RULES:
        found = rule.match(plain)
        if found:
            name = found.group("name").strip().strip("~\u202f\u00a0 ").strip()
            return None if not name or name.casefold() in _SELF else (name, admin)
    return None
