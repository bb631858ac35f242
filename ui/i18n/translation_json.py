"""Move translations between the `.ts` sources and plain JSON (a developer tool).

    .venv/bin/python ui/i18n/translation_json.py export de OUT.json [--all]
    .venv/bin/python ui/i18n/translation_json.py apply IN.json [IN.json ...]

Translators work in JSON so their work cannot be clobbered by lupdate runs
while the code is still changing: `export` writes the unfinished messages of
one language (all of them with `--all`), `apply` writes finished ones back
into `moddesk_<lang>.ts` by (context, source, comment). Run
`update_translations.py` afterwards to compile the `.qm` files.

JSON shape: {"language": "de", "messages": [{"context": ..., "source": ...,
"comment": ..., "translation": "text" | ["form 1", "form 2"]}]}; a list is
used for numerus messages (one entry per plural form of the language).
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent


def ts_path(language: str) -> Path:
    """The translation source of one language."""
    return HERE / f"moddesk_{language}.ts"


def _messages(tree: ET.ElementTree):  # type: ignore[no-untyped-def]
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def _key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return context, message.findtext("source") or "", message.findtext("comment") or ""


def _entry(context: str, message: ET.Element) -> dict[str, object]:
    translation = message.find("translation")
    forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
    text: object = forms if message.get("numerus") == "yes" else (
        translation.text or "" if translation is not None else "")
    return {"context": context, "source": message.findtext("source") or "",
            "comment": message.findtext("comment") or "", "translation": text}


def export(language: str, out: Path, *, everything: bool) -> int:
    """Write the (unfinished) messages of `language` to `out`; returns how many."""
    tree = ET.parse(ts_path(language))
    entries = []
    for context, message in _messages(tree):
        translation = message.find("translation")
        state = translation.get("type") if translation is not None else "unfinished"
        if state in ("vanished", "obsolete"):
            continue
        if everything or state == "unfinished":
            entries.append(_entry(context, message))
    out.write_text(json.dumps({"language": language, "messages": entries}, ensure_ascii=False,
                              indent=1), encoding="utf-8")
    return len(entries)


def _fill(message: ET.Element, text: object) -> bool:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    if isinstance(text, list):
        if not all(text):
            return False
        for form in list(translation):
            translation.remove(form)
        translation.text = None
        for value in text:
            ET.SubElement(translation, "numerusform").text = value
    else:
        if not text:
            return False
        translation.text = str(text)
    translation.attrib.pop("type", None)
    return True


def apply(path: Path) -> tuple[int, int]:
    """Write the translations in `path` into its language's `.ts`; (applied, unmatched)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    wanted = {(m["context"], m["source"], m.get("comment") or ""): m["translation"]
              for m in data["messages"]}
    target = ts_path(data["language"])
    tree = ET.parse(target)
    applied = 0
    for context, message in _messages(tree):
        key = _key(context, message)
        if key in wanted and _fill(message, wanted.pop(key)):
            applied += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    target.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n',
                      encoding="utf-8")
    return applied, len(wanted)


def main(argv: list[str] | None = None) -> int:
    """Command line entry: export or apply."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("export")
    ex.add_argument("language")
    ex.add_argument("out", type=Path)
    ex.add_argument("--all", action="store_true")
    ap = sub.add_parser("apply")
    ap.add_argument("files", type=Path, nargs="+")
    args = parser.parse_args(argv)
    if args.command == "export":
        print(f"{export(args.language, args.out, everything=args.all)} messages")
        return 0
    for path in args.files:
        applied, unmatched = apply(path)
        print(f"{path.name}: {applied} applied, {unmatched} not in the .ts (left out)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
