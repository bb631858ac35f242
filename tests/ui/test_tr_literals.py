"""No user-visible text reaches a widget without tr().

Scans every module under ui/ and desktop/ (AST) for a string literal with
letters in it passed straight to a Qt call that shows text: setText,
setWindowTitle, setToolTip, QLabel(…), QPushButton(…), QMessageBox, …
Such a string can never be translated. Wrap it in self.tr() or
QCoreApplication.translate("Context", …) instead.

Also finds tr("…") written inside an f-string: lupdate does not read
f-strings, so such a text never reaches the .ts and stays English.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHOWS_TEXT = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip",
    "setWhatsThis", "setTitle", "addAction", "addMenu", "showMessage", "setAccessibleName",
    "setAccessibleDescription", "setLabelText", "setInformativeText", "addTab", "setTabText",
    "addRow", "setHtml", "setPlainText",
}
WIDGETS = {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
           "QToolButton", "QMessageBox", "QCommandLinkButton", "QMenu"}
MESSAGE_BOXES = {"information", "warning", "critical", "question", "about"}
TRANSLATE_CALLS = {"tr", "ntr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
WORDS = re.compile(r"[^\W\d_]{2,}")
MARKUP = re.compile(r"<[^>]*>|&\w+;")


def modules() -> list[Path]:
    return sorted(p for d in ("ui", "desktop") for p in (ROOT / d).rglob("*.py"))


def literal_text(node: ast.expr) -> str | None:
    """The words of a plain or f-string literal, None for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values
                       if isinstance(v, ast.Constant) and isinstance(v.value, str))
    return None


def shows_text(call: ast.Call) -> bool:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id in WIDGETS
    if isinstance(func, ast.Attribute):
        boxed = isinstance(func.value, ast.Name) and func.value.id == "QMessageBox"
        return func.attr in SHOWS_TEXT or (boxed and func.attr in MESSAGE_BOXES)
    return False


def untranslated(path: Path, root: Path = ROOT) -> Iterator[str]:
    """`file:line: call("text")` for every literal shown without tr()."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call) and shows_text(n)):
        for arg in list(call.args) + [k.value for k in call.keywords]:
            text = literal_text(arg)
            if text is not None and WORDS.search(MARKUP.sub("", text)):
                name = getattr(call.func, "attr", getattr(call.func, "id", "?"))
                yield f"{path.relative_to(root)}:{call.lineno}: {name}({text!r})"


def hidden_in_fstrings(path: Path, root: Path = ROOT) -> Iterator[str]:
    """`file:line: tr('text')` for every translate call with a literal inside an f-string."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for joined in (n for n in ast.walk(tree) if isinstance(n, ast.JoinedStr)):
        for call in (n for n in ast.walk(joined) if isinstance(n, ast.Call)):
            func = call.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            literals = [a.value for a in call.args
                        if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if name in TRANSLATE_CALLS and literals:
                yield f"{path.relative_to(root)}:{call.lineno}: {name}({literals[-1]!r})"


def test_scanner_finds_a_literal_and_accepts_tr(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "label.setText('Hello there')\n"
        "QLabel(f'{n} messages', self)\n"
        "label.setText(self.tr('Hello there'))\n"
        "label.setText('')\n"
        "label.setText(f'{a} – {b}')\n"
        "label.setText(f'<b>{n}</b>&nbsp; {label}')\n"
        "QMessageBox.warning(self, title, 'Oops, that failed')\n", encoding="utf-8")
    found = [line.split(": ", 1)[1] for line in untranslated(sample, tmp_path)]
    assert found == ["setText('Hello there')", "QLabel(' messages')",
                     "warning('Oops, that failed')"]


def test_no_user_visible_literal_bypasses_tr() -> None:
    found = [line for path in modules() for line in untranslated(path)]
    assert found == []


def test_fstring_scanner_finds_tr_inside_and_accepts_it_outside(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "a = f\"<h3>{m.text(tr('Source exports'))}</h3>\"\n"
        "b = f'{size} · {self.tr(\"Space\")}'\n"
        "c = f'{QCoreApplication.translate(\"Ctx\", \"Hello\")}!'\n"
        "d = f'<i>{tr(KIND_TEXTS[kind])}</i>'\n"
        "title = tr('Source exports')\n"
        "e = f'<h3>{title}</h3>'\n", encoding="utf-8")
    found = [line.split(": ", 1)[1] for line in hidden_in_fstrings(sample, tmp_path)]
    assert found == ["tr('Source exports')", "tr('Space')", "translate('Hello')"]


def test_no_tr_literal_hides_inside_an_fstring() -> None:
    found = [line for path in modules() for line in hidden_in_fstrings(path)]
    assert found == []
