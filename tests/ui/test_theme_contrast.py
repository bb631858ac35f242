"""Text reads in the system's light and dark themes: WCAG AA contrast (4.5:1).

A system theme reaches Qt as Fusion plus a palette (the dark one from
make_theme_screenshots.py). For each, the app's style sheet is applied as
at start, and the colours the widgets end up with (after the style sheet
is polished in) are measured against what they are drawn on.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QTableView, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from moddesk.triage.pack_import import read_file
from moddesk.ui.incident_list_model import list_text
from moddesk.ui.inbox_model import SEVERITY_COLORS
from moddesk.ui.rule_view import rule_html
from moddesk.ui.theme import AA, contrast, style_sheet
from tests.ui.make_theme_screenshots import system_palette

Role = QPalette.ColorRole
PACKS = resources.files("moddesk.triage") / "packs"


@pytest.fixture(params=["light", "dark"])
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Fusion with the theme's palette and the app style sheet made for it; restored after."""
    before = (qapp.style().name(), QPalette(qapp.palette()), qapp.styleSheet())
    qapp.setStyle("Fusion")
    qapp.setPalette(system_palette(request.param))
    qapp.setStyleSheet(style_sheet(qapp.palette()))
    yield request.param
    qapp.setStyleSheet(before[2])
    qapp.setPalette(before[1])
    qapp.setStyle(before[0])


def shown_labels(qtbot: QtBot, window: QWidget, names: list[str]) -> dict[str, QLabel]:
    """Labels with these object names, shown in `window` so the style sheet applies."""
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    labels = {}
    for name in names:
        labels[name] = QLabel("Text", window)
        labels[name].setObjectName(name)
        layout.addWidget(labels[name])
    window.show()
    qtbot.waitExposed(window)
    return labels


def text_on_window(label: QLabel) -> float:
    palette = label.palette()
    return contrast(palette.color(Role.WindowText), palette.color(Role.Window))


def test_heading_body_and_muted_text_read(qtbot: QtBot, theme: str) -> None:
    window = QWidget()
    labels = shown_labels(qtbot, window, ["heading", "page_description", "muted", "detail",
                                  "empty_state", "section_heading"])
    ratios = {name: round(text_on_window(label), 2) for name, label in labels.items()}
    assert all(r >= AA for r in ratios.values()), (theme, ratios)
    muted = labels["muted"].palette().color(Role.WindowText)
    assert muted != labels["heading"].palette().color(Role.WindowText)  # still quieter


def test_table_text_reads(qtbot: QtBot, theme: str) -> None:
    table = QTableView()
    qtbot.addWidget(table)
    palette = table.palette()
    for ground in (Role.Base, Role.AlternateBase):
        assert contrast(palette.color(Role.Text), palette.color(ground)) >= AA, theme


@pytest.mark.parametrize("severity", sorted(SEVERITY_COLORS))
def test_inbox_severity_badges_read(severity: str, theme: str) -> None:
    # The queue's SeverityDelegate and the item view paint white words on these fills.
    assert contrast(QColor("white"), QColor(SEVERITY_COLORS[severity])) >= AA


@pytest.mark.parametrize("severity", sorted(SEVERITY_COLORS))
def test_coloured_words_in_lists_read(severity: str, theme: str) -> None:
    palette = QApplication.palette()
    colour = list_text(SEVERITY_COLORS[severity])
    for ground in (Role.Base, Role.AlternateBase):
        assert contrast(colour, palette.color(ground)) >= AA, (theme, colour.name())


def test_severity_in_rule_text_reads(theme: str, qapp: QApplication) -> None:
    pack = read_file(PACKS / "child_protection.toml")
    rule = next(r for r in pack.rules if r.severity == "urgent")
    colour = QColor(rule_html(rule).split("color:")[1].split(";")[0])
    assert contrast(colour, qapp.palette().color(Role.Base)) >= AA, theme


def test_chat_list_badges_and_facts_read(theme: str, qapp: QApplication) -> None:
    from moddesk.storage.chat_queries import ChatSummary
    from moddesk.ui.chat_list_delegate import badge_inks
    from moddesk.ui.theme import mix, muted_text

    summary = ChatSummary(1, "Parents", "Parents", "whatsapp", 10, None, None, None,
                          date_uncertain=True, removed=3, merged=(2,))
    base = qapp.palette().color(Role.Base)
    inks = badge_inks(summary, base)
    assert [text for text, _fill, _ink in inks] == ["Date order?", "3 removed", "1 merged"]
    for text, fill, ink in inks:
        pill = mix(fill, base, fill.alphaF())
        assert contrast(ink, pill) >= AA, (theme, text, ink.name())
    assert contrast(muted_text(qapp.palette()), base) >= AA, theme


def test_author_names_and_removed_mark_read(theme: str, qapp: QApplication) -> None:
    from moddesk.ui.message_delegate import AUTHOR_COLOURS, REMOVED, author_colour
    from moddesk.ui.theme import readable_on

    base = qapp.palette().color(Role.Base)
    names = [f"Member {n}" for n in range(200)]
    used = {author_colour(name).name() for name in names}
    assert len(used) == len(AUTHOR_COLOURS)  # every colour is exercised below
    for name in names:
        assert contrast(author_colour(name, base), base) >= AA, (theme, name)
    assert contrast(readable_on(REMOVED, base), base) >= AA, theme
