"""The editable header of an incident: title, category, severity, status, tags, follow-up.

Each field saves on its own as soon as the moderator is done with it (Enter
or leaving a text field, picking from a list, ticking the follow-up box),
and each change becomes one line in the incident's timeline. Filling the
fields from the vault emits nothing.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from moddesk.cases.categories import RuleChoice
from moddesk.cases.summary import STATUSES
from moddesk.storage.case_queries import IncidentRow
from moddesk.ui.incident_text import SEVERITY_LABELS, STATUS_LABELS, label, tr

SEVERITIES = ("urgent", "high", "normal", "low")
DATE_SETTLE_MS = 700


def category_pair(value: object) -> tuple[str, str] | None:
    """A category as combo data ("pack:rule") back to (pack, rule); None for no category."""
    if not value:
        return None
    pack, _, rule = str(value).partition(":")
    return (pack, rule)


class IncidentFields(QWidget):
    """A form of the incident's own fields.

    Signals:
        field_changed(str, object): the moderator changed a field: "title"
            (str), "category" ((pack, rule) or None), "severity" (str),
            "status" (str), "tags" (list of str), "follow_up" (ISO date or None).
    """

    field_changed = Signal(str, object)

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incident_fields")
        self._today = today
        self._row: IncidentRow | None = None
        self._filling = False
        self._build()
        self._connect()

    def _build(self) -> None:
        self.title = QLineEdit(self)
        self.title.setObjectName("incident_title")
        self.category = QComboBox(self)
        self.category.setObjectName("incident_category")
        self.category.setMinimumContentsLength(18)
        self.category.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.severity = self._combo("incident_severity", SEVERITIES, SEVERITY_LABELS)
        self.status = self._combo("incident_status", STATUSES, STATUS_LABELS)
        self.tags = QLineEdit(self)
        self.tags.setObjectName("incident_tags")
        self.tags.setPlaceholderText(tr("Comma-separated, e.g. repeat, weekend"))
        self.follow_check = QCheckBox(tr("Follow up on"), self)
        self.follow_check.setObjectName("follow_up_check")
        self.follow_date = QDateEdit(self)
        self.follow_date.setObjectName("follow_up_date")
        self.follow_date.setAccessibleName(self.follow_check.text())
        self.follow_date.setCalendarPopup(True)
        self.follow_date.setEnabled(False)
        follow = QHBoxLayout()
        follow.addWidget(self.follow_check)
        follow.addWidget(self.follow_date)
        follow.addStretch(1)
        pair = QHBoxLayout()
        pair.addWidget(self.severity)
        pair.addWidget(self.status)
        pair.addStretch(1)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(tr("&Title:"), self.title)
        form.addRow(tr("&Category:"), self.category)
        form.addRow(tr("Severity, status:"), pair)
        form.addRow(tr("T&ags:"), self.tags)
        form.addRow(tr("Follow-up:"), follow)

    def _combo(self, name: str, keys: tuple[str, ...], labels: dict[str, str]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for key in keys:
            combo.addItem(label(labels, key), key)
        return combo

    def _connect(self) -> None:
        self.title.editingFinished.connect(self._on_title)
        self.tags.editingFinished.connect(self._on_tags)
        self.category.activated.connect(
            lambda _i: self._emit("category", category_pair(self.category.currentData())))
        self.severity.activated.connect(
            lambda _i: self._emit("severity", self.severity.currentData()))
        self.status.activated.connect(lambda _i: self._emit("status", self.status.currentData()))
        self.follow_check.toggled.connect(self._on_follow_up)
        # Typing a date steps through several; save the one the moderator stops at.
        self._date_timer = QTimer(self)
        self._date_timer.setSingleShot(True)
        self._date_timer.setInterval(DATE_SETTLE_MS)
        self._date_timer.timeout.connect(self._on_follow_up)
        self.follow_date.dateChanged.connect(lambda _d: self._date_timer.start())
        self.follow_date.editingFinished.connect(self._on_follow_up)

    # -- showing ------------------------------------------------------------------------------

    def show_incident(self, row: IncidentRow, rules: list[RuleChoice]) -> None:
        """Fill the fields from `row`; `rules` are the categories to choose from."""
        self._filling, self._row = True, row
        try:
            if not self.title.hasFocus() or self.title.text() == row.title:
                self.title.setText(row.title)
            self._fill_categories(row, rules)
            self.severity.setCurrentIndex(max(self.severity.findData(row.severity), 0))
            self.status.setCurrentIndex(max(self.status.findData(row.status), 0))
            self.tags.setText(", ".join(row.tags))
            self.follow_check.setChecked(row.follow_up is not None)
            day = dt.date.fromisoformat(row.follow_up) if row.follow_up else self._today
            self.follow_date.setDate(QDate(day))
            self.follow_date.setEnabled(row.follow_up is not None)
        finally:
            self._date_timer.stop()
            self._filling = False

    def _fill_categories(self, row: IncidentRow, rules: list[RuleChoice]) -> None:
        self.category.clear()
        self.category.addItem(tr("No category"), None)
        for rule in rules:
            self.category.addItem(rule.title, f"{rule.pack_key}:{rule.rule_id}")
        current = f"{row.pack_key}:{row.rule_id}" if row.pack_key else None
        if current is not None and self.category.findData(current) < 0:
            # A rule whose pack is gone still shows as what it was filed under.
            self.category.addItem(row.category or str(row.rule_id), current)
        self.category.setCurrentIndex(max(self.category.findData(current), 0))

    def clear_all(self) -> None:
        """Empty every field (on lock)."""
        self._filling, self._row = True, None
        for field in (self.title, self.tags):
            field.clear()
        self.category.clear()
        self.follow_check.setChecked(False)
        self._date_timer.stop()
        self._filling = False

    # -- reacting -----------------------------------------------------------------------------

    def _emit(self, field: str, value: object) -> None:
        if not self._filling and self._row is not None:
            self.field_changed.emit(field, value)

    def _on_title(self) -> None:
        text = self.title.text().strip()
        if self._row is not None and text and text != self._row.title:
            self._emit("title", text)
        elif self._row is not None and not text:
            self.title.setText(self._row.title)  # an incident always has a title

    def _on_tags(self) -> None:
        tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        if self._row is not None and tuple(tags) != self._row.tags:
            self._emit("tags", tags)

    def _on_follow_up(self) -> None:
        self._date_timer.stop()
        if self._filling:
            return
        on = self.follow_check.isChecked()
        self.follow_date.setEnabled(on)
        value = self.follow_date.date().toPython().isoformat() if on else None
        if self._row is not None and value != self._row.follow_up:
            self._emit("follow_up", value)
