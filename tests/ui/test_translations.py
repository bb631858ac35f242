"""Translations: every shipped language is current, complete and keeps its placeholders.

The .ts sources under ui/i18n are checked against a fresh lupdate run (a
string added to the code and not to the .ts fails), each translation keeps
exactly the placeholders of its source (`%1`, `%n`, `{member}`), and the
compiled .qm files are what lrelease makes of the .ts. Loading a compiled
translation really changes what widgets show, in the context lupdate gave
the string, and a pseudo right-to-left run mirrors the main window.
Every text holding a count (`%n`) is a numerus message, so each language
chooses its own plural form; printed copies mask names in the reader's
language while their content digest stays the same in every language.
"""

from __future__ import annotations

import re
from html import unescape
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from moddesk.app import AppShell
from moddesk.reports import prepare
from moddesk.reports.fonts import installed_plan
from moddesk.reports.wording import profile_note
from moddesk.ui import chat_format, inbox_model
from moddesk.ui.translator import SHIPPED, LanguageSwitcher, resolve_language, store_language
from moddesk.ui.unlock_dialog import UnlockDialog
from tests.ui.first_run_helpers import (  # noqa: F401 - switcher is a fixture
    compile_german,
    load_i18n_tool,
    switcher,
    write_german,
)
from tests.reports.conftest import EMAIL, JONAS, make_summary
from tests.ui.helpers import fake_clock, shell  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"%L?\d{1,2}|%n|\{[A-Za-z_][A-Za-z0-9_]*\}")


tool = load_i18n_tool()


def placeholder_problems(path: Path) -> list[str]:
    """Translations whose placeholders differ from their source's."""
    found = []
    for msg in tool.read_ts(path):
        want = Counter(PLACEHOLDER.findall(msg.source))
        for text in (t for t in msg.texts if t and msg.kind != "vanished"):
            if Counter(PLACEHOLDER.findall(text)) != want:
                found.append(f"{path.name} [{msg.context}] {msg.source!r} -> {text!r}")
    return found


def unfinished(path: Path) -> list[str]:
    """Messages with no finished translation (vanished ones do not count)."""
    return [f"[{m.context}] {m.source!r}" for m in tool.read_ts(path)
            if m.kind != "vanished" and (m.kind == "unfinished" or not all(m.texts))]


def test_every_language_ships_a_ts_and_a_qm() -> None:
    assert set(tool.LANGUAGES) == set(SHIPPED)
    for code in SHIPPED:
        assert tool.ts_path(code).is_file() and tool.ts_path(code).with_suffix(".qm").is_file()


def test_ts_sources_hold_every_string_of_the_code_and_qm_are_current() -> None:
    assert tool.problems() == []


@pytest.mark.parametrize("code", SHIPPED)
def test_translations_keep_their_placeholders(code: str) -> None:
    assert placeholder_problems(tool.ts_path(code)) == []


@pytest.mark.parametrize("code", SHIPPED)
def test_every_string_is_translated(code: str) -> None:
    assert unfinished(tool.ts_path(code)) == []


def not_numerus(path: Path) -> list[str]:
    """Messages with a count (%n) that are not numerus: `n` could pick no plural form."""
    return [f"[{m.context}] {m.source!r}" for m in tool.read_ts(path)
            if "%n" in m.source and not m.numerus and m.kind != "vanished"]


@pytest.mark.parametrize("code", SHIPPED)
def test_every_count_text_is_a_numerus_message(code: str) -> None:
    assert not_numerus(tool.ts_path(code)) == []


def test_helper_calls_passing_a_count_become_numerus(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "CONTEXT = 'Sample'\n"
        "def tr(text, n=-1):\n"
        "    return QCoreApplication.translate(CONTEXT, text, None, n)\n"
        "def ntr(one, many, n):\n"
        "    return tr(one if n == 1 else many, n)\n"
        "tr('%n min', minutes)\n"
        "tr('Plain text')\n"
        "ntr('%n item', '%n items', count)\n", encoding="utf-8")
    found = list(tool.numerus_messages(sample, tool.helper_contexts(sample)))
    assert [(m.context, m.source, m.numerus) for m in found] == [
        ("Sample", "%n min", True), ("Sample", "%n item", True), ("Sample", "%n items", True)]


def test_a_count_picks_the_plural_form_of_the_language(switcher: LanguageSwitcher) -> None:
    now = inbox_model.dt.datetime(2026, 3, 14, 12, 0)
    switcher.apply("de")
    assert inbox_model.age_text("2026-03-12T11:00:00", now) == "2 Tage"
    assert inbox_model.age_text("2026-03-11T11:00:00", now) == "3 Tage"
    assert inbox_model.tr("Undone. %n more to undo.", 1).startswith("Rückgängig gemacht. Noch 1 Schritt ")
    assert inbox_model.tr("Undone. %n more to undo.", 4).startswith("Rückgängig gemacht. Noch 4 Schritte ")


@pytest.mark.parametrize("code", SHIPPED)
def test_printed_masks_speak_the_language_and_the_digest_does_not(
        code: str, switcher: LanguageSwitcher) -> None:
    summary = make_summary()
    english = prepare(summary, profile="authorities", fonts=installed_plan())
    switcher.apply(code)
    copy = prepare(summary, profile="authorities", fonts=english.fonts)
    member = QCoreApplication.translate("IncidentReport", "Member %1").replace("%1", "A")
    phone = QCoreApplication.translate("IncidentReport", "[phone number removed]")
    email = QCoreApplication.translate("IncidentReport", "[e-mail removed]")
    shown = unescape(re.sub(r"<[^>]+>", "", copy.html))
    assert "Member A" not in shown and JONAS not in shown and EMAIL not in shown
    note = profile_note("authorities")
    assert note in shown.replace("\n", "")
    for mask in (member, phone, email):
        # The note on the first page names each mask exactly as the copy prints it.
        assert mask in note and shown.count(mask) >= 2, mask
    assert copy.digest == english.digest and copy.canonical() == english.canonical()


def test_placeholder_check_catches_a_dropped_and_an_added_placeholder(tmp_path: Path) -> None:
    path = write_german(tmp_path, {
        ("MainWindow", "Moderator: %1"): "Moderation:",
        ("Inbox", "{member} joined"): "{member} ist da, %1",
        ("Inbox", "%n items"): "%n Einträge",
    })
    problems = placeholder_problems(path)
    assert len(problems) == 2
    assert {p.split("] ")[1].split(" -> ")[0] for p in problems} == {
        "'Moderator: %1'", "'{member} joined'"}


def test_completeness_check_sees_an_unfinished_string(tmp_path: Path) -> None:
    path = write_german(tmp_path, {("MainWindow", "Locked"): "Gesperrt"})
    assert unfinished(path) == []
    messages = tool.read_ts(path) + [tool.Message("MainWindow", "Unlocked", texts=[""])]
    tool.write_ts(path, "de", messages)
    assert unfinished(path) == ["[MainWindow] 'Unlocked'"]


def test_repair_gives_module_helpers_their_runtime_context(tmp_path: Path) -> None:
    contexts = tool.helper_contexts(ROOT / "ui" / "chat_format.py")
    assert contexts["tr"] == chat_format.CONTEXT
    fresh = {m.key for m in tool.fresh_catalogue("de", tmp_path)}
    assert (chat_format.CONTEXT, "no messages yet", "") in fresh
    assert not any(context == "" for context, _source, _comment in fresh)


def test_a_compiled_translation_changes_what_widgets_say(
        qtbot: QtBot, tmp_path: Path, switcher: LanguageSwitcher) -> None:
    folder = compile_german(tmp_path, {
        ("UnlockDialog", "Unlock ModDesk"): "ModDesk entsperren",
        (chat_format.CONTEXT, "no messages yet"): "noch keine Nachrichten",
    })
    switcher.folder = folder
    switcher.apply("de")
    dialog = UnlockDialog(lambda pw: None)  # type: ignore[arg-type, return-value]
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "ModDesk entsperren"
    assert chat_format.tr("no messages yet") == "noch keine Nachrichten"
    assert QLocale().name().startswith("de")
    # Qt's own strings come from qtbase_de.qm.
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Ja"


def test_language_follows_stored_choice_then_system(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MODDESK_LANGUAGE", raising=False)
    folder = tmp_path / "vault"
    system = resolve_language(folder)
    store_language(folder, "hi")
    assert resolve_language(folder) == "hi"
    assert (folder / "language").read_text(encoding="ascii") == "hi\n"
    assert (folder / "language").stat().st_mode & 0o077 == 0
    monkeypatch.setenv("MODDESK_LANGUAGE", "fr_CA")
    assert resolve_language(folder) == "fr"
    monkeypatch.delenv("MODDESK_LANGUAGE")
    store_language(folder, None)
    assert resolve_language(folder) == system


@pytest.mark.parametrize("code", SHIPPED)
def test_navigation_and_page_headings_speak_the_language(
        qtbot: QtBot, app_env: Path, vault_dir: Path, fast_params,  # type: ignore[no-untyped-def]
        switcher: LanguageSwitcher, code: str) -> None:
    switcher.apply(code)
    shell = AppShell(vault_dir, vault_params=fast_params, languages=switcher)
    window = shell.window
    qtbot.addWidget(window)
    try:
        titles = [QCoreApplication.translate("NavPages", p.spec.title) for p in window.pages]
        assert [window.nav.item(i).text() for i in range(window.nav.count())] == titles
        assert [p.findChild(QLabel, "heading").text() for p in window.pages] == titles
        assert titles[0] != "Inbox"
    finally:
        shell.shutdown()


def left_edge(window, widget) -> int:  # type: ignore[no-untyped-def]
    return widget.mapTo(window, widget.rect().topLeft()).x()


def test_pseudo_rtl_mirrors_the_main_window(qtbot: QtBot, shell: AppShell,  # noqa: F811
                                            switcher: LanguageSwitcher) -> None:
    window = shell.window
    window.root.setCurrentWidget(window.content)
    window.show()
    qtbot.waitExposed(window)
    bar = window.menuBar()
    first, last = bar.actions()[0], bar.actions()[-1]
    assert left_edge(window, window.nav) < left_edge(window, window.pages_stack)
    assert bar.actionGeometry(first).x() < bar.actionGeometry(last).x()
    switcher.apply("en", mirrored=True)
    # Navigation moves to the right edge and the menus read from the right.
    qtbot.waitUntil(lambda: left_edge(window, window.nav) > left_edge(window, window.pages_stack))
    assert bar.actionGeometry(first).x() > bar.actionGeometry(last).x()
