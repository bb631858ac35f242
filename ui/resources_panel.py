"""The "Resources" tab: the services a moderator has checked and passes on to members.

An editable table: name, what it helps with, phone, website, country,
languages. Nothing ships here: a wrong hotline number in a crisis does more
harm than none, so the empty state says why and asks the moderator to add
the services they have checked themselves. Edits are saved as soon as a
cell is left, on the writer, and report `Changes(templates=True)` so the
reply dialog offers the new entries.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moddesk.storage import Changes
from moddesk.storage import template_store as store
from moddesk.ui.session_api import SessionApi
from moddesk.ui.template_dialog import tr

COLUMNS = (("name", QT_TRANSLATE_NOOP("Templates", "Name")),
           ("helps_with", QT_TRANSLATE_NOOP("Templates", "Helps with")),
           ("phone", QT_TRANSLATE_NOOP("Templates", "Phone")),
           ("website", QT_TRANSLATE_NOOP("Templates", "Website")),
           ("country", QT_TRANSLATE_NOOP("Templates", "Country")),
           ("languages", QT_TRANSLATE_NOOP("Templates", "Languages")))
ID_ROLE = Qt.ItemDataRole.UserRole


class ResourcesPanel(QWidget):
    """The resource directory as an editable table, or an explanation while it is empty.

    Signals: none; writes go through the session and come back as `on_changes`.
    """

    def __init__(self, session: SessionApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resources_panel")
        self._session = session
        self._filling = False
        self._build()
        self.table.itemChanged.connect(self._on_item_changed)
        self.add_button.clicked.connect(self.add)
        self.empty_add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.reload()

    def _build(self) -> None:
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("resources_table")
        self.table.setHorizontalHeaderLabels([tr(title) for _, title in COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_button = QPushButton(tr("&Add a service"), self)
        self.remove_button = QPushButton(tr("&Remove"), self)
        self.empty_add_button = QPushButton(tr("&Add a service you have checked"), self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_empty())
        self.stack.addWidget(self._build_table_page())
        QVBoxLayout(self).addWidget(self.stack)

    def _build_empty(self) -> QWidget:
        page = QWidget(self)
        heading = QLabel(tr("No services yet"), page)
        heading.setObjectName("empty_heading")
        self.empty_text = QLabel(tr(
            "ModDesk comes without hotlines or services on purpose: a wrong number in a crisis "
            "does more harm than none, and numbers change from country to country.\n\n"
            "Add the services you have checked yourself: call them or look at their own "
            "website, and note what they help with and in which languages. Then you can "
            "pass them on in a reply with confidence."), page)
        self.empty_text.setObjectName("empty_state")
        self.empty_text.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(heading, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.empty_text)
        layout.addWidget(self.empty_add_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _build_table_page(self) -> QWidget:
        page = QWidget(self)
        hint = QLabel(tr("Only services you have checked. Double-click a cell to change it."),
                      page)
        hint.setObjectName("muted")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        return page

    # -- page protocol --------------------------------------------------------------------------

    def clear(self) -> None:
        """Forget the directory shown (on lock)."""
        self._filling = True
        self.table.setRowCount(0)
        self._filling = False

    def reload(self, edit_id: int | None = None) -> None:
        """Read the directory again; `edit_id` starts editing that entry's name."""
        if not self._session.is_unlocked:
            return
        rows = store.resources(self._session.gui_db())
        self._filling = True
        self.table.setRowCount(len(rows))
        for r, resource in enumerate(rows):
            for c, (field, _title) in enumerate(COLUMNS):
                item = QTableWidgetItem(getattr(resource, field))
                item.setData(ID_ROLE, resource.id)
                self.table.setItem(r, c, item)
        self._filling = False
        self.stack.setCurrentIndex(1 if rows else 0)
        if edit_id is not None:
            self._edit_name(edit_id)

    def on_changes(self, changes: Changes) -> None:
        """Re-read after directory edits."""
        if changes.templates:
            self.reload()

    def ids(self) -> list[int]:
        """The ids of the entries shown, top to bottom."""
        return [int(self.table.item(r, 0).data(ID_ROLE)) for r in range(self.table.rowCount())]

    def _edit_name(self, resource_id: int) -> None:
        if resource_id in self.ids():
            item = self.table.item(self.ids().index(resource_id), 0)
            self.table.setCurrentItem(item)
            self.table.editItem(item)

    # -- writing --------------------------------------------------------------------------------

    def add(self) -> None:
        """Add an entry named "New service" and start editing its name."""
        name = tr("New service")
        added: dict[str, int] = {}

        def job(db) -> Changes:  # type: ignore[no-untyped-def]
            added["id"] = store.add_resource(db, name=name)
            return Changes(templates=True)

        self._session.submit(job, lambda _c: self.reload(edit_id=added["id"]))

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        field, text = COLUMNS[item.column()][0], item.text().strip()
        resource_id = int(item.data(ID_ROLE))
        if field == "name" and not text:
            self.reload()  # a service needs a name; put the old one back
            return
        self._session.submit(lambda db: store.update_resource(db, resource_id, **{field: text}),
                             lambda _c: self.reload())

    def remove(self) -> None:
        """After asking, remove the selected entry."""
        item = self.table.currentItem()
        if item is None:
            return
        resource_id = int(item.data(ID_ROLE))
        name = self.table.item(item.row(), 0).text()
        answer = QMessageBox.question(self, tr("Resources"),
                                      tr("Remove %1 from your services?").replace("%1", name))
        if answer == QMessageBox.StandardButton.Yes:
            self._session.submit(lambda db: store.delete_resource(db, resource_id),
                                 lambda _c: self.reload())
