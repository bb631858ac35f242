"""The people involved in an incident, each with a role, picked from the chat's authors.

Names come from the incident's evidence and inbox items (`author_choices`),
so they stay available after the chat is deleted; a name can also be typed.
Removing someone is recorded in the timeline like adding them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from moddesk.cases.summary import ROLES, Person
from moddesk.ui.incident_text import ROLE_LABELS, fill, label, tr

PERSON_ROLE = Qt.ItemDataRole.UserRole + 1


class PeopleEditor(QWidget):
    """A list of (name, role) with add and remove.

    Signals:
        add_requested(str, str): add this name with this role.
        remove_requested(str, str): take this (name, role) off the incident.
    """

    add_requested = Signal(str, str)
    remove_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("people_editor")
        self.list = QListWidget(self)
        self.list.setObjectName("people_list")
        self.list.setAccessibleName(tr("People involved"))
        self.name = QComboBox(self)
        self.name.setObjectName("person_name")
        self.name.setEditable(True)
        self.name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name.lineEdit().setPlaceholderText(tr("Name as in the chat"))
        self.name.setAccessibleName(self.name.lineEdit().placeholderText())
        self.name.setMinimumContentsLength(16)
        self.role = QComboBox(self)
        self.role.setObjectName("person_role")
        for role in ROLES:
            self.role.addItem(label(ROLE_LABELS, role), role)
        self.add_button = QPushButton(tr("Add person"), self)
        self.remove_button = QPushButton(tr("Remove"), self)
        self.empty = QLabel(tr("Nobody is listed yet."), self)
        self.empty.setObjectName("muted")
        self._layout()
        self.add_button.clicked.connect(self._on_add)
        self.name.lineEdit().returnPressed.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)
        self.list.currentItemChanged.connect(
            lambda *_: self.remove_button.setEnabled(self.list.currentItem() is not None))
        self.remove_button.setEnabled(False)

    def _layout(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.role)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)

    def show_people(self, people: tuple[Person, ...], choices: tuple[str, ...]) -> None:
        """Show who is involved and offer `choices` (chat authors) to add."""
        self.list.clear()
        for person in people:
            item = QListWidgetItem(fill(tr("%1 — %2"), person.name, label(ROLE_LABELS, person.role)))
            item.setData(PERSON_ROLE, (person.name, person.role))
            self.list.addItem(item)
        self.empty.setVisible(not people)
        self.list.setVisible(bool(people))
        typed = self.name.currentText()
        self.name.clear()
        self.name.addItems(list(choices))
        self.name.setCurrentText(typed)

    def clear_all(self) -> None:
        """Forget names and people (on lock)."""
        self.list.clear()
        self.name.clear()
        self.name.setEditText("")

    def _on_add(self) -> None:
        name = self.name.currentText().strip()
        if name:
            self.add_requested.emit(name, str(self.role.currentData()))
            self.name.setEditText("")

    def _on_remove(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            name, role = item.data(PERSON_ROLE)
            self.remove_requested.emit(name, role)
