"""Update ModDesk's translation sources and compile them (a developer tool).

    .venv/bin/python ui/i18n/update_translations.py           # update .ts, compile .qm
    .venv/bin/python ui/i18n/update_translations.py --check   # exit 1 when out of date

Qt's workflow with two repairs. `pyside6-lupdate` reads every module under
`desktop/` and `ui/` into a fresh catalogue per language. lupdate cannot
see the context of module-level helpers (`tr = translate(CONTEXT, …)`,
imported from another module), so it files their strings under an empty
context that no running code ever asks for; `helper_contexts` resolves the
real context from the source (AST). It also cannot see the two texts of
`ntr(one, many, n)`, nor that `tr(text, n)` passes a count; those are
added as numerus messages. The translations already written in
`ui/i18n/moddesk_<code>.ts` are then carried over by (context, source,
comment); texts that left the code stay as "vanished"
for the translator to reuse. Finally `pyside6-lrelease` compiles each
`.ts` into the `.qm` shipped as package data.
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SOURCE_DIRS = ("desktop", "ui")
LANGUAGES = ("de", "hi", "fr", "es")
BIN = Path(sys.executable).parent
HELPERS = {"tr", "ntr"}
Key = tuple[str, str, str]


@dataclasses.dataclass
class Message:
    """One source text in one context, with its translation (if any)."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    locations: list[tuple[str, int]] = dataclasses.field(default_factory=list)
    kind: str = "unfinished"  # "" (finished), "unfinished" or "vanished"
    texts: list[str] = dataclasses.field(default_factory=list)

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)


def ts_path(code: str, folder: Path = HERE) -> Path:
    """The translation source for language `code`."""
    return folder / f"moddesk_{code}.ts"


def source_files(root: Path = ROOT) -> list[Path]:
    """Every Python module whose strings are translated, sorted."""
    return sorted(p for d in SOURCE_DIRS for p in (root / d).rglob("*.py")
                  if ".venv" not in p.parts and p.parent != HERE)


def tool(name: str) -> str:
    """The path of a PySide6 tool beside this Python (pyside6-lupdate, …)."""
    path = BIN / name
    if not path.exists():
        raise SystemExit(f"{name} not found in {BIN}; install the project with "
                         "`pip install -e .[test]` into that environment")
    return str(path)


# -- reading and writing .ts ---------------------------------------------------------


def read_ts(path: Path) -> list[Message]:
    """The messages of a .ts file, in file order (missing file: none)."""
    if not path.exists():
        return []
    root = ET.parse(path).getroot()
    return [_message(ctx.findtext("name") or "", m, path.parent)
            for ctx in root.iter("context") for m in ctx.iter("message")]


def _message(context: str, elem: ET.Element, folder: Path) -> Message:
    tr_elem = elem.find("translation")
    forms = tr_elem.findall("numerusform") if tr_elem is not None else []
    texts = [f.text or "" for f in forms] if forms else [
        (tr_elem.text or "") if tr_elem is not None else ""]
    locations = [(_normal(folder, loc.get("filename", "")), int(loc.get("line", "0")))
                 for loc in elem.findall("location")]
    kind = tr_elem.get("type", "") if tr_elem is not None else "unfinished"
    return Message(context, elem.findtext("source") or "", elem.findtext("comment") or "",
                   elem.get("numerus") == "yes", locations, kind, texts)


def _normal(folder: Path, filename: str) -> str:
    """A location as a path relative to ui/i18n (how the committed files name them)."""
    return os.path.relpath(os.path.normpath(folder / filename), HERE) if filename else ""


def write_ts(path: Path, code: str, messages: list[Message]) -> None:
    """Write `messages` grouped by context, contexts sorted, as lupdate would."""
    root = ET.Element("TS", version="2.1", language=code, sourcelanguage="en")
    for context in sorted({m.context for m in messages}):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for msg in (m for m in messages if m.context == context):
            _write_message(ctx, msg)
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def _write_message(ctx: ET.Element, msg: Message) -> None:
    elem = ET.SubElement(ctx, "message", numerus="yes") if msg.numerus else \
        ET.SubElement(ctx, "message")
    for filename, line in msg.locations:
        ET.SubElement(elem, "location", filename=filename, line=str(line))
    ET.SubElement(elem, "source").text = msg.source
    if msg.comment:
        ET.SubElement(elem, "comment").text = msg.comment
    tr_elem = ET.SubElement(elem, "translation")
    if msg.kind:
        tr_elem.set("type", msg.kind)
    if msg.numerus:
        for text in msg.texts:
            ET.SubElement(tr_elem, "numerusform").text = text
    else:
        tr_elem.text = msg.texts[0] if msg.texts else ""


# -- contexts lupdate cannot see -------------------------------------------------------


def helper_contexts(path: Path, root: Path = ROOT) -> dict[str, str]:
    """{"tr": "Inbox", "ntr": "Inbox"} for the translate helpers `path` uses.

    A helper is a module-level function calling `translate(CONSTANT, …)`
    (or another helper), defined in `path` or imported from a `moddesk`
    module.
    """
    if not path.is_file():
        return {}
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("moddesk"):
            names = {a.name for a in node.names} & HELPERS
            if names:
                other = helper_contexts(_module_path(node.module or "", root), root)
                found.update({n: other[n] for n in names if n in other})
    found.update(_defined_helpers(tree))
    return found


def _defined_helpers(tree: ast.Module) -> dict[str, str]:
    constants = {t.id: n.value.value for n in tree.body if isinstance(n, ast.Assign)
                 for t in n.targets if isinstance(t, ast.Name)
                 and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)}
    defs = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name in HELPERS}
    found: dict[str, str] = {}
    for _ in range(len(defs)):  # helpers may call each other: resolve until stable
        for name, node in defs.items():
            context = _context_in(node, constants, found)
            if context is not None:
                found[name] = context
    return found


def _context_in(node: ast.FunctionDef, constants: dict[str, str],
                known: dict[str, str]) -> str | None:
    for call in (n for n in ast.walk(node) if isinstance(n, ast.Call)):
        func = call.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name == "translate" and call.args:
            first = call.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                return first.value
            if isinstance(first, ast.Name) and first.id in constants:
                return constants[first.id]
        if name in known:
            return known[name]
    return None


def _module_path(module: str, root: Path) -> Path:
    parts = module.split(".")
    base = {"ui": root / "ui", "storage": root / "storage"}.get(parts[1] if len(parts) > 1
                                                                else "", root / "desktop")
    rest = parts[2:] if base != root / "desktop" else parts[1:]
    return base.joinpath(*rest).with_suffix(".py")


def numerus_messages(path: Path, contexts: dict[str, str]) -> Iterator[Message]:
    """The texts of helper calls that pass a count, as numerus messages.

    `ntr("one %n", "many %n", n)` gives both texts; `tr("%n min", n)` (a
    helper `tr` with a second argument) gives its one text. lupdate reads
    the latter as a plain message, so `n` would never choose a plural form.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    where = os.path.relpath(path, HERE)
    for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
        name = getattr(call.func, "id", "")
        if name not in contexts or len(call.args) < 2:
            continue
        for arg in call.args[:2] if name == "ntr" else call.args[:1]:
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                yield Message(contexts[name], arg.value, numerus=True,
                              locations=[(where, call.lineno)])


def repair_contexts(messages: list[Message], root: Path = ROOT) -> list[Message]:
    """Give empty-context messages their helper's context and add `ntr` texts.

    Raises SystemExit naming the file when a helper's context cannot be
    found: such strings would never be translated.
    """
    out = [m for m in messages if m.context]
    cache: dict[str, dict[str, str]] = {}
    for msg in (m for m in messages if not m.context):
        for filename, line in msg.locations:
            path = (HERE / filename).resolve()
            context = cache.setdefault(filename, helper_contexts(path, root)).get("tr")
            if context is None:
                raise SystemExit(f"{filename}:{line}: tr() without a context lupdate or "
                                 "this script can find; use self.tr() in a class or "
                                 "QCoreApplication.translate(\"Context\", …)")
            out.append(dataclasses.replace(msg, context=context, locations=[(filename, line)]))
    for path in source_files(root):
        out.extend(numerus_messages(path, helper_contexts(path, root)))
    return _merge_duplicates(out)


def _merge_duplicates(messages: Iterable[Message]) -> list[Message]:
    merged: dict[Key, Message] = {}
    for msg in messages:
        if msg.key in merged:
            first = merged[msg.key]
            first.locations = sorted(set(first.locations + msg.locations))
            first.numerus = first.numerus or msg.numerus
        else:
            merged[msg.key] = dataclasses.replace(msg, locations=sorted(set(msg.locations)))
    return list(merged.values())


# -- lupdate, merge, lrelease --------------------------------------------------------------


def fresh_catalogue(code: str, workdir: Path, root: Path = ROOT) -> list[Message]:
    """Every translatable text in the code now, untranslated, for language `code`."""
    out = workdir / f"fresh_{code}.ts"
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-no-obsolete",
                    "-source-language", "en", "-target-language", code,
                    *map(str, source_files(root)), "-ts", str(out)],
                   check=True, capture_output=True)
    messages = read_ts(out)
    forms = max((len(m.texts) for m in messages if m.numerus), default=2)
    repaired = repair_contexts(messages, root)
    for msg in repaired:
        if msg.numerus and len(msg.texts) != forms:
            msg.texts = [""] * forms
    return repaired


def merge(fresh: list[Message], old: list[Message]) -> list[Message]:
    """`fresh` with the translations of `old` carried over; lost texts become vanished."""
    by_key = {m.key: m for m in old}
    for msg in fresh:
        before = by_key.pop(msg.key, None)
        if before is not None and any(before.texts):
            msg.texts = _carried(before, msg)
            msg.kind = "unfinished" if before.kind == "vanished" or \
                before.numerus != msg.numerus else before.kind
    kept = [dataclasses.replace(m, kind="vanished") for m in by_key.values() if any(m.texts)]
    return fresh + kept


def _carried(before: Message, now: Message) -> list[str]:
    """`before`'s texts fitted to `now`'s forms (a text turned plural fills every form)."""
    if not now.numerus:
        return before.texts[:1]
    if not before.numerus:
        return before.texts[:1] * len(now.texts)
    return (before.texts + [""] * len(now.texts))[:len(now.texts)]


def updated(code: str, workdir: Path, folder: Path = HERE) -> list[Message]:
    """What `moddesk_<code>.ts` should hold now."""
    return merge(fresh_catalogue(code, workdir), read_ts(ts_path(code, folder)))


def compile_qm(ts: Path, qm: Path) -> None:
    """lrelease one .ts (unfinished texts are left out and fall back to English)."""
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True, capture_output=True)


def update(folder: Path = HERE) -> None:
    """Rewrite every .ts from the code and compile every .qm."""
    with tempfile.TemporaryDirectory() as tmp:
        for code in LANGUAGES:
            write_ts(ts_path(code, folder), code, updated(code, Path(tmp), folder))
            compile_qm(ts_path(code, folder), ts_path(code, folder).with_suffix(".qm"))
            print(ts_path(code, folder).relative_to(ROOT))


def problems(folder: Path = HERE) -> list[str]:
    """What is out of date: texts missing from a .ts, or a .qm not built from its .ts."""
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        want = {m.key for m in fresh_catalogue(LANGUAGES[0], Path(tmp))}
        for code in LANGUAGES:
            have = {m.key for m in read_ts(ts_path(code, folder)) if m.kind != "vanished"}
            found += [f"moddesk_{code}.ts lacks {k}" for k in sorted(want - have)]
            found += [f"moddesk_{code}.ts still has {k}" for k in sorted(have - want)]
            qm = Path(tmp) / f"{code}.qm"
            compile_qm(ts_path(code, folder), qm)
            shipped = ts_path(code, folder).with_suffix(".qm")
            if not shipped.exists() or shipped.read_bytes() != qm.read_bytes():
                found.append(f"{shipped.name} is not compiled from moddesk_{code}.ts")
    return found


def main(argv: list[str] | None = None) -> int:
    """Update (default) or `--check`; prints what it did or what is stale."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 when a .ts or .qm is out of date")
    args = parser.parse_args(argv)
    if not args.check:
        update()
        return 0
    stale = problems()
    for line in stale:
        print(line)
    if stale:
        print("run: .venv/bin/python ui/i18n/update_translations.py")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
