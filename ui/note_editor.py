"""An incident's notes: the list, the editor (Ctrl+Enter saves) and each note's history.

Notes are append-only. Saving a new note writes version 1; editing a note
writes its next version and leaves the earlier ones in place, so a note
that was edited says "edited — N versions" and its history opens with one
key. Drafts live only in memory, per incident, and are dropped on lock.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from moddesk.cases.detail import NoteHistory
from moddesk.ui.incident_text import fill, ntr, tr, when_text

NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class NoteEdit(QPlainTextEdit):
    """A plain text box where Ctrl+Enter (Cmd+Enter on macOS) submits.

    Signals:
        submitted(): Ctrl+Enter was pressed.
        cancelled(): Esc was pressed.
    """

    submitted = Signal()
    cancelled = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.submitted.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class NotesPanel(QWidget):
    """The notes of one incident and the box to write or edit one.

    Signals:
        save_requested(object, str): save `text` as a new note (None) or as
            the next version of note id.
    """

    save_requested = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notes_panel")
        self._notes: dict[int, NoteHistory] = {}
        self._drafts: dict[int, tuple[int | None, str]] = {}
        self._incident: int | None = None
        self.editing: int | None = None  # the note being edited, None for a new note
        self._build()
        self._connect()
        self._show_mode()

    def _build(self) -> None:
        self.list = QListWidget(self)
        self.list.setObjectName("notes_list")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setAccessibleName(tr("Notes"))
        self.edit_button = QPushButton(tr("Edit note  F2"), self)
        self.history_button = QPushButton(tr("History…"), self)
        self.mode = QLabel(self)
        self.mode.setObjectName("muted")
        self.mode.setWordWrap(True)
        self.editor = NoteEdit(self)
        self.editor.setObjectName("note_editor")
        self.editor.setPlaceholderText(tr("Write a note: what happened, what you did, "
                                          "what is next. Ctrl+Enter saves."))
        self.editor.setAccessibleName(tr("Note"))
        self.editor.setMaximumHeight(110)
        self.editor.setTabChangesFocus(True)
        self.save_button = QPushButton(tr("Save note  Ctrl+Enter"), self)
        self.save_button.setObjectName("save_note")
        self.cancel_button = QPushButton(tr("Cancel edit"), self)
        row = QHBoxLayout()
        for button in (self.edit_button, self.history_button):
            row.addWidget(button)
        row.addStretch(1)
        save_row = QHBoxLayout()
        save_row.addWidget(self.mode, 1)
        save_row.addWidget(self.cancel_button)
        save_row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.editor)
        layout.addLayout(save_row)

    def _connect(self) -> None:
        self.editor.submitted.connect(self.submit)
        self.editor.cancelled.connect(self.cancel_edit)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.cancel_edit)
        self.edit_button.clicked.connect(self.edit_selected)
        self.history_button.clicked.connect(self.show_history)
        self.list.itemActivated.connect(lambda _item: self.show_history())
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.editor.textChanged.connect(self._enable)
        # F2 on the list: the usual "edit this" key.
        self.list.installEventFilter(self)

    # -- showing ----------------------------------------------------------------------------

    def show_notes(self, incident_id: int, notes: tuple[NoteHistory, ...]) -> None:
        """Show the notes of `incident_id`; a draft for another incident is kept aside."""
        if incident_id != self._incident:
            self._stash_draft()
            self._incident = incident_id
            self._restore_draft()
        selected = self.current_note()
        self._notes = {n.note_id: n for n in notes}
        self.list.clear()
        for note in notes:
            self.list.addItem(self._item(note))
        self._select(selected if selected in self._notes else (notes[-1].note_id if notes else None))
        if self.editing is not None and self.editing not in self._notes:
            self.cancel_edit()
        self._enable()

    def _item(self, note: NoteHistory) -> QListWidgetItem:
        current = note.current
        meta = fill(tr("%1 · %2"), current.by, when_text(current.at))
        if len(note.versions) > 1:
            meta += " · " + ntr("edited — %n version", "edited — %n versions", len(note.versions))
        item = QListWidgetItem(f"{current.text}\n— {meta}")
        item.setData(NOTE_ID_ROLE, note.note_id)
        item.setToolTip(tr("Enter shows this note's history; F2 edits it."))
        return item

    def _select(self, note_id: int | None) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(NOTE_ID_ROLE) == note_id:
                self.list.setCurrentRow(row)
                return

    def current_note(self) -> int | None:
        """The note selected in the list."""
        item = self.list.currentItem()
        return None if item is None else int(item.data(NOTE_ID_ROLE))

    def note(self, note_id: int) -> NoteHistory | None:
        """A shown note with all its versions."""
        return self._notes.get(note_id)

    def clear_all(self) -> None:
        """Forget every note, the editor's text and all drafts (on lock)."""
        self._notes, self._drafts, self._incident, self.editing = {}, {}, None, None
        self.list.clear()
        self.editor.clear()
        self._show_mode()

    # -- writing ------------------------------------------------------------------------------

    def start_note(self) -> None:
        """Put the cursor in the editor (a new note unless an edit is under way)."""
        self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def edit_selected(self) -> None:
        """Load the selected note's current text into the editor, to save a new version."""
        note_id = self.current_note()
        if note_id is None or note_id not in self._notes:
            return
        self.editing = note_id
        self.editor.setPlainText(self._notes[note_id].current.text)
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
        self._show_mode()
        self.start_note()

    def cancel_edit(self) -> None:
        """Stop editing and empty the editor (nothing is saved)."""
        if self.editing is not None or self.editor.toPlainText():
            self.editing = None
            self.editor.clear()
            self._show_mode()

    def submit(self) -> None:
        """Ask to save what is typed (empty text does nothing)."""
        text = self.editor.toPlainText()
        if text.strip():
            self.save_requested.emit(self.editing, text)

    def saved(self) -> None:
        """The last save went through: empty the editor for the next note."""
        self.editing = None
        self.editor.clear()
        self._show_mode()

    def _show_mode(self) -> None:
        if self.editing is None:
            self.mode.setText(tr("New note. Notes are signed with your name and cannot be "
                                 "deleted; an edit keeps the earlier text."))
        else:
            versions = len(self._notes[self.editing].versions) if self.editing in self._notes else 1
            self.mode.setText(fill(tr("Editing note %1: saving writes version %2; the earlier "
                                      "text stays in its history."), self.editing, versions + 1))
        self.cancel_button.setVisible(self.editing is not None)
        self._enable()

    def _enable(self) -> None:
        self.save_button.setEnabled(bool(self.editor.toPlainText().strip()))
        has_note = self.current_note() is not None
        self.edit_button.setEnabled(has_note)
        self.history_button.setEnabled(has_note)

    def _stash_draft(self) -> None:
        if self._incident is not None and self.editor.toPlainText().strip():
            self._drafts[self._incident] = (self.editing, self.editor.toPlainText())
        elif self._incident is not None:
            self._drafts.pop(self._incident, None)

    def _restore_draft(self) -> None:
        self.editing, text = self._drafts.pop(self._incident, (None, "")) \
            if self._incident is not None else (None, "")
        self.editor.setPlainText(text)
        self._show_mode()

    # -- history ---------------------------------------------------------------------------------

    def show_history(self) -> None:
        """Open the selected note's versions, newest first."""
        note_id = self.current_note()
        if note_id is not None and note_id in self._notes:
            dialog = NoteHistoryDialog(self._notes[note_id], self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def eventFilter(self, watched: object, event: object) -> bool:  # noqa: N802 - Qt override
        if watched is self.list and isinstance(event, QKeyEvent) and \
                event.type() == QKeyEvent.Type.KeyPress and event.key() == Qt.Key.Key_F2:
            self.edit_selected()
            return True
        return False


class NoteHistoryDialog(QDialog):
    """Every version of one note, newest first, with who wrote it and when."""

    def __init__(self, note: NoteHistory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("note_history")
        self.setWindowTitle(fill(tr("Note %1: history"), note.note_id))
        self.browser = QTextBrowser(self)
        self.browser.setHtml("".join(self._version(v.version, v.by, v.at, v.text)
                                     for v in reversed(note.versions)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        intro = QLabel(ntr("This note has %n version. Versions are never removed.",
                           "This note has %n versions. Versions are never removed.",
                           len(note.versions)), self)
        intro.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)

    @staticmethod
    def _version(number: int, by: str, at: str, text: str) -> str:
        heading = fill(tr("Version %1 · %2 · %3"), number, by, when_text(at))
        return (f"<p style='margin-bottom:2px'><b>{html.escape(heading)}</b></p>"
                f"<p style='margin-top:0px'>{html.escape(text).replace(chr(10), '<br>')}</p>")
