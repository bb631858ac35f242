"""The "Replies" tab: the reply templates by template and language, edited in place.

The list shows every template with its languages under it and marks the
ones the moderator changed ("Edited") or wrote ("Added"). The editor
checks placeholders as the moderator types: an unknown `{name}` or a stray
brace is named with its line and column, and Save waits until it is fixed.
"Reset to shipped text" drops an edit (after asking); "Delete" removes an
added template; "Add a reply" starts a new one in any language. Writes run
on the writer and report `Changes(templates=True)`.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moddesk.cases import templates_library as library
from moddesk.cases.templates import PLACEHOLDERS, TemplateError, check, placeholders
from moddesk.cases.templates_shipped import Template
from moddesk.storage import Changes
from moddesk.ui.session_api import SessionApi
from moddesk.ui.template_dialog import describe_error, placeholder_label, restyle, tr

KEY_ROLE = Qt.ItemDataRole.UserRole


class TemplatesPanel(QWidget):
    """Template list on the left, the chosen one's title and text on the right.

    Signals: none; writes go through the session and come back as `on_changes`.
    """

    def __init__(self, session: SessionApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("templates_panel")
        self._session = session
        self._templates: dict[tuple[str, str], Template] = {}
        self._languages: dict[str, str] = {}
        self._current: tuple[str, str] | None = None  # None: writing a new template
        self._build()
        self._connect()
        self.reload()

    # -- construction -------------------------------------------------------------------------

    def _build(self) -> None:
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("templates_tree")
        self.tree.setAccessibleName(tr("Replies"))
        self.tree.setHeaderLabels([tr("Reply"), tr("Changes")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        # Room above and below for Devanagari vowel signs, which the default row height clips.
        self.tree.setStyleSheet("QTreeWidget::item { padding: 3px 0; }")
        self.add_button = QPushButton(tr("&Add a reply"), self)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("title_edit")
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("new_language_combo")
        self.language_combo.setEditable(True)  # any language code, e.g. "pt"
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setObjectName("body_edit")
        self.body_edit.setAccessibleName(tr("Reply text"))
        self.body_edit.setTabChangesFocus(True)  # a reply has no use for tab characters
        self.check_label = QLabel(self)
        self.check_label.setObjectName("check_label")
        self.check_label.setWordWrap(True)
        self.save_button = QPushButton(tr("&Save"), self)
        self.reset_button = QPushButton(tr("&Reset to shipped text"), self)
        self.delete_button = QPushButton(tr("&Delete"), self)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.tree, 1)
        column.addWidget(self.add_button)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self._build_editor())
        split.setStretchFactor(1, 1)
        split.setSizes([340, 560])
        QVBoxLayout(self).addWidget(split)

    def _build_editor(self) -> QWidget:
        editor = QWidget(self)
        form = QFormLayout()
        form.addRow(tr("Title:"), self.title_edit)
        form.addRow(tr("Language:"), self.language_combo)
        self.language_row = form.rowCount() - 1
        self._form = form
        inserts = QHBoxLayout()
        inserts.addWidget(QLabel(tr("Insert:"), editor))
        for name in PLACEHOLDERS:
            button = QToolButton(editor)
            button.setText(placeholder_label(name))
            button.setToolTip(f"{{{name}}}")
            button.setObjectName(f"insert_{name}")
            button.clicked.connect(lambda _c=False, n=name: self.body_edit.insertPlainText(
                f"{{{n}}}"))
            inserts.addWidget(button)
        inserts.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(editor)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(inserts)
        layout.addWidget(self.body_edit, 1)
        layout.addWidget(self.check_label)
        layout.addLayout(buttons)
        return editor

    def _connect(self) -> None:
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.title_edit.textEdited.connect(self._update_state)
        self.body_edit.textChanged.connect(self._update_state)
        self.language_combo.editTextChanged.connect(self._update_state)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        self.delete_button.clicked.connect(self.delete)
        self.add_button.clicked.connect(self.start_new)

    # -- page protocol --------------------------------------------------------------------------

    def clear(self) -> None:
        """Forget every text shown (on lock)."""
        self._templates, self._current = {}, None
        self.tree.clear()
        self.title_edit.clear()
        self.body_edit.clear()
        self.check_label.clear()

    def reload(self, select: tuple[str, str] | None = None) -> None:
        """Read the templates again, keeping (or moving to) the selected one."""
        if not self._session.is_unlocked:
            return
        select = select or self._current
        db = self._session.gui_db()
        self._templates = {(t.key, t.language): t for t in library.all_templates(db)}
        self._languages = library.languages(db)
        self._fill_tree()
        self._fill_languages()
        self.select(*(select if select in self._templates else next(iter(self._templates))))

    def on_changes(self, changes: Changes) -> None:
        """Re-read after template edits (made here or anywhere else)."""
        if changes.templates:
            self.reload()

    def _fill_tree(self) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        parents: dict[str, QTreeWidgetItem] = {}
        ui_language = QLocale().name().split("_")[0]
        for (key, language), template in self._templates.items():
            parent = parents.get(key)
            if parent is None:
                parent = parents[key] = QTreeWidgetItem(self.tree, [template.title])
                parent.setToolTip(0, template.title)
                parent.setData(0, KEY_ROLE, (key, language))
                parent.setExpanded(False)
            if language in (ui_language, "en"):
                parent.setText(0, template.title)
                parent.setToolTip(0, template.title)
            child = QTreeWidgetItem(parent, [self._languages.get(language, language),
                                             self._origin_text(template)])
            child.setData(0, KEY_ROLE, (key, language))
            if template.origin != "shipped":
                parent.setText(1, tr("Changed"))
        self.tree.blockSignals(False)

    def _origin_text(self, template: Template) -> str:
        return {"edited": tr("Edited"), "added": tr("Added")}.get(template.origin, "")

    def _fill_languages(self) -> None:
        self.language_combo.clear()
        for code, name in self._languages.items():
            self.language_combo.addItem(f"{name} ({code})", code)

    # -- selection ------------------------------------------------------------------------------

    def select(self, key: str, language: str) -> None:
        """Show one template in one language in the editor."""
        for i in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(i)
            for j in range(parent.childCount()):
                if parent.child(j).data(0, KEY_ROLE) == (key, language):
                    parent.setExpanded(True)
                    self.tree.setCurrentItem(parent.child(j))
                    self._show(key, language)
                    return

    def _on_current_changed(self, item: QTreeWidgetItem | None, _prev: object) -> None:
        if item is None:
            return
        if item.childCount():  # a template: show its first language
            item.setExpanded(True)
            self.tree.setCurrentItem(item.child(0))
            return
        self._show(*item.data(0, KEY_ROLE))

    def _show(self, key: str, language: str) -> None:
        template = self._templates[(key, language)]
        self._current = (key, language)
        self._form.setRowVisible(self.language_row, False)
        self.title_edit.setText(template.title)
        self.body_edit.setPlainText(template.body)
        self._update_state()

    def start_new(self) -> None:
        """Clear the editor for a new template (title, language, text)."""
        self._current = None
        self.tree.clearSelection()
        self._form.setRowVisible(self.language_row, True)
        self.language_combo.setCurrentIndex(0)
        self.title_edit.clear()
        self.body_edit.setPlainText(tr("Hello {member}, \n\n{moderator}"))
        self.title_edit.setFocus()
        self._update_state()

    # -- checking -------------------------------------------------------------------------------

    def language(self) -> str:
        """The language being edited (for a new template: the code typed or chosen)."""
        if self._current is not None:
            return self._current[1]
        index = self.language_combo.findText(self.language_combo.currentText())
        code = self.language_combo.itemData(index) if index >= 0 else None
        return str(code or self.language_combo.currentText().strip())

    def problem(self) -> str:
        """Why the text cannot be saved as it is ("" when it can)."""
        try:
            check(self.body_edit.toPlainText())
        except TemplateError as exc:
            return describe_error(exc)
        if not self.title_edit.text().strip():
            return tr("Give the reply a title.")
        if not self.body_edit.toPlainText().strip():
            return tr("Write the text of the reply.")
        return ""

    def _update_state(self) -> None:
        problem = self.problem()
        current = self._templates.get(self._current) if self._current else None
        changed = current is None or (self.title_edit.text().strip(),
                                      self.body_edit.toPlainText().strip()) != (
                                          current.title, current.body)
        self.save_button.setEnabled(not problem and changed)
        self.reset_button.setEnabled(current is not None and current.origin == "edited")
        self.delete_button.setEnabled(current is not None and current.origin == "added")
        restyle(self.check_label, "error" if problem else "hint")
        self.check_label.setText(problem or self._uses_text())

    def _uses_text(self) -> str:
        used = placeholders(self.body_edit.toPlainText())
        if not used:
            return tr("No placeholders: the text is copied as it is.")
        return tr("Filled in when used: %1").replace(
            "%1", ", ".join(placeholder_label(n) for n in used))

    # -- writing --------------------------------------------------------------------------------

    def save(self) -> None:
        """Store the text on the writer (a new key is made for a new template)."""
        if self.problem():
            return
        key = self._current[0] if self._current else None
        language, title, body = self.language(), self.title_edit.text(), \
            self.body_edit.toPlainText()
        moderator = str(self._session.setting("moderator_name") or "") or None
        saved: dict[str, str] = {}

        def job(db) -> Changes:  # type: ignore[no-untyped-def]
            saved["key"] = key or library.new_key(db, title)
            return library.save_template(db, key=saved["key"], language=language, title=title,
                                         body=body, moderator=moderator)

        self._session.submit(job, lambda _c: self.reload((saved["key"], language)),
                             self._on_save_failed)

    def _on_save_failed(self, exc: object) -> None:
        self.check_label.setText(str(exc))

    def reset(self) -> None:
        """After asking, bring back the shipped text of the shown template."""
        if self._current is None or not self._ask(tr(
                "Bring back the text that came with ModDesk? Your version of this reply "
                "will be removed.")):
            return
        key, language = self._current
        self._session.submit(lambda db: library.reset_template(db, key, language),
                             lambda _c: self.reload())

    def delete(self) -> None:
        """After asking, remove a template the moderator added."""
        if self._current is None or not self._ask(tr("Delete this reply?")):
            return
        key, language = self._current
        self._current = None
        self._session.submit(lambda db: library.delete_template(db, key, language),
                             lambda _c: self.reload())

    def _ask(self, question: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, tr("Replies"), question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName("templates_confirm")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes
