"""Write packs back to TOML, so a moderator can export, edit and re-import them.

`export_pack` hands back the file exactly as it was read when there is one
(comments and layout kept); `dump_pack` writes any pack, for example one
built or changed in the app, and `load_pack_text(dump_pack(p))` gives `p`
back.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .model import DetectorSpec, Pack, Rule
from .toml_writer import dumps


def export_pack(pack: Pack) -> str:
    """The pack's original text when it came from a file, else a fresh dump."""
    return pack.text if pack.text is not None else dump_pack(pack)


def dump_pack(pack: Pack) -> str:
    """TOML text for a pack (comments of the original are not kept)."""
    return dumps(pack_to_dict(pack))


def pack_to_dict(pack: Pack) -> dict[str, Any]:
    """The pack as plain TOML-shaped data, fields in the documented order."""
    allow = {k: list(v) for k, v in (("phones", pack.allowlist.phones),
                                     ("emails", pack.allowlist.emails),
                                     ("domains", pack.allowlist.domains)) if v}
    data: dict[str, Any] = {"id": pack.id, "name": pack.name, "version": pack.version,
                            "description": pack.description, "languages": list(pack.languages)}
    if pack.translations:
        data["translations"] = _texts(pack.translations)
    if allow:
        data["allowlist"] = allow
    data["rules"] = [_rule(r) for r in pack.rules]
    return data


def _rule(rule: Rule) -> dict[str, Any]:
    data: dict[str, Any] = {"id": rule.id, "title": rule.title, "description": rule.description,
                            "severity": rule.severity, "responses": list(rule.responses)}
    if rule.exempt_admins:
        data["exempt_admins"] = True
    if rule.group_minutes != 60:
        data["group_minutes"] = rule.group_minutes
    if rule.translations:
        # Written before the detectors, so each language sits next to the English text.
        data["translations"] = _texts(rule.translations)
    data["detectors"] = [_detector(d) for d in rule.detectors]
    return data


def _texts(translations: Mapping[str, Mapping[str, str]]) -> dict[str, dict[str, str]]:
    return {language: dict(texts) for language, texts in translations.items()}


def _detector(spec: DetectorSpec) -> dict[str, Any]:
    return {"type": spec.type, "options": dict(spec.options)} if spec.options else {"type": spec.type}
