"""The "Per group" tab: which packs each group is checked against, and who its admins are.

Left, every listed group with the packs it uses; right, the chosen group's
pack checkboxes and its members, each with a box for "admin" and where
that came from (the export's group notices, or the moderator, whose choice
wins). Nothing is stored until Save; a save that changes anything asks the
page to check the group again (`rescan_needed`).
"""

from __future__ import annotations

import dataclasses
import logging

import sqlite_utils
from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from moddesk.storage import Changes, guideline_store
from moddesk.storage.chat_queries import ChatSummary, chat_summaries
from moddesk.triage import chat_guidelines as cg
from moddesk.triage.chat_guidelines import ChatGuidelines, Member
from moddesk.triage.pack_import import overview
from moddesk.ui.guidelines_text import fill, ntr, tr
from moddesk.ui.session_api import SessionApi

log = logging.getLogger("moddesk.ui.guidelines")
CHAT_ROLE = Qt.ItemDataRole.UserRole
AUTHOR_ROLE = Qt.ItemDataRole.UserRole + 1
FORM, EMPTY = 0, 1
# Two-line entries need air between them to read as one group each.
LIST_STYLE = """
QListWidget#guideline_chats::item {
    padding: 5px 6px;
    border-bottom: 1px solid palette(midlight);
}
QListWidget#guideline_chats::item:selected {
    background: rgba(47, 111, 115, 0.22);
    color: palette(text);
}
"""


@dataclasses.dataclass(frozen=True)
class ChatSaved(Changes):
    """The packs or admins of a group changed; `chats` need checking again."""

    chats: tuple[int, ...] = ()


def source_text(member: Member) -> str:
    """Where a member's admin status came from, for the list."""
    if member.source == cg.MODERATOR:
        return tr("set by you")
    if member.source == cg.SYSTEM:
        return tr("admin, from group notices") if member.is_admin \
            else tr("not admin, from group notices")
    return ""


class ChatGuidelinesPanel(QWidget):
    """Per-group packs and admins.

    Signals:
        rescan_needed(object): a list of chat ids whose settings changed.
        loaded(): the group list (and the chosen group's settings) were read.
    """

    rescan_needed = Signal(object)
    loaded = Signal()

    def __init__(self, session: SessionApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chat_guidelines_panel")
        self._session = session
        self._generation = 0  # reads: a newer read wins
        self._epoch = 0  # locks: answers from before a lock are dropped
        self._packs: list[tuple[str, str]] = []
        self._summaries: dict[int, ChatSummary] = {}
        self._uses: dict[int, tuple[str, ...]] = {}
        self._shown: ChatGuidelines | None = None
        self._dirty = False
        self.chats = QListWidget(self)
        self.chats.setObjectName("guideline_chats")
        self.chats.setStyleSheet(LIST_STYLE)
        self.pack_boxes: dict[str, QCheckBox] = {}
        self.members = QListWidget(self)
        self.members.setObjectName("guideline_members")
        self.stack = QStackedWidget(self)
        self._build()
        self._connect()

    # -- construction ------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setObjectName("item_title")
        self.pack_area = QVBoxLayout()
        self.pack_hint = QLabel(self)
        self.pack_hint.setObjectName("muted")
        self.pack_hint.setWordWrap(True)
        self.save_button = QPushButton(tr("Save for &this group"), self)
        self.revert_button = QPushButton(tr("&Undo changes"), self)
        form = QWidget(self)
        column = QVBoxLayout(form)
        column.setContentsMargins(12, 0, 0, 0)
        column.addWidget(self.title)
        self.packs_label = self._label(tr("Guideline pac&ks"), self.chats)
        column.addWidget(self.packs_label)
        column.addLayout(self.pack_area)
        column.addWidget(self.pack_hint)
        column.addSpacing(10)
        self.admins_label = self._label(tr("&Admins"), self.members)
        column.addWidget(self.admins_label)
        column.addWidget(self._hint(tr("Tick the members who are admins. Admins' messages are not "
                                       "flagged by rules that spare them, and an admin's answer "
                                       "counts as a reply. Your choice always wins over the "
                                       "group notices in an export.")))
        column.addWidget(self.members, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        column.addLayout(buttons)
        self.empty = QLabel(tr("No groups yet. Import a chat export, then choose its guidelines "
                               "and admins here."), self)
        self.empty.setObjectName("empty_state")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self._label(tr("Gr&oups"), self.chats))
        left_column.addWidget(self.chats, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(form)
        split.setSizes([280, 700])
        split.setChildrenCollapsible(False)
        self.stack.addWidget(split)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.stack)
        self._set_dirty(False)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName("section_heading")
        label.setBuddy(buddy)
        return label

    def _hint(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName("muted")
        label.setWordWrap(True)
        return label

    def _connect(self) -> None:
        self.chats.currentRowChanged.connect(self._on_chats_current_row_changed)
        self.members.itemChanged.connect(self._on_member_changed)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self._on_revert_clicked)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)

    # -- page protocol --------------------------------------------------------------------

    def clear(self) -> None:
        """Forget every group, member and choice shown (on lock)."""
        self._generation += 1
        self._epoch += 1
        self._summaries, self._uses, self._packs, self._shown = {}, {}, [], None
        self.chats.clear()
        self._fill_form(None)
        self._set_dirty(False)

    def reload(self) -> None:
        """Read the groups and packs again (on unlock and after changes)."""
        if not self._session.is_unlocked:
            return
        self._generation += 1
        generation = self._generation
        language = QLocale().name()  # packs are named in the interface language

        def job(db: sqlite_utils.Database) -> tuple[list[ChatSummary], list[tuple[str, str]],
                                                     dict[int, tuple[str, ...]]]:
            summaries = chat_summaries(db)
            uses = {s.id: tuple(guideline_store.chat_packs(db, s.id)) for s in summaries}
            return summaries, [(i.key, i.name) for i in overview(db, language=language)], uses

        self._session.read(job, lambda result: self._on_list_read(generation, *result))

    def on_changes(self, changes: Changes) -> None:
        """Read again when groups or packs changed."""
        if changes.chats or changes.packs or changes.messages:
            self.reload()  # new messages can bring new members

    # -- the group list ---------------------------------------------------------------------

    def _on_list_read(self, generation: int, summaries: list[ChatSummary],
                      packs: list[tuple[str, str]], uses: dict[int, tuple[str, ...]]) -> None:
        if generation != self._generation:
            return
        current = self.current_chat()
        self._summaries = {s.id: s for s in summaries}
        self._packs, self._uses = packs, uses
        self.chats.blockSignals(True)
        self.chats.clear()
        for summary in summaries:
            item = QListWidgetItem(f"{summary.name}\n{self._uses_text(summary.id)}")
            item.setData(CHAT_ROLE, summary.id)
            self.chats.addItem(item)
        self.chats.blockSignals(False)
        self.stack.setCurrentIndex(FORM if summaries else EMPTY)
        if not summaries:
            self._fill_form(None)
            self.loaded.emit()
            return
        ids = [s.id for s in summaries]
        self.chats.setCurrentRow(ids.index(current) if current in ids else 0)
        if self.current_chat() == current and self._dirty:
            self.loaded.emit()  # keep the moderator's unsaved edits on screen
            return
        self._read_chat(self.current_chat())

    def _uses_text(self, chat_id: int) -> str:
        names = dict(self._packs)
        chosen = self._uses.get(chat_id, ())
        if not chosen:
            return tr("Uses every pack")
        return fill(tr("Uses: %1"), ", ".join(names.get(k, k) for k in chosen))

    def current_chat(self) -> int | None:
        """The id of the group shown on the right."""
        item = self.chats.currentItem()
        return None if item is None else int(item.data(CHAT_ROLE))

    def choose_chat(self, chat_id: int) -> None:
        """Show `chat_id`'s settings (tests and other pages)."""
        for row in range(self.chats.count()):
            if self.chats.item(row).data(CHAT_ROLE) == chat_id:
                self.chats.setCurrentRow(row)
                return

    def _on_chats_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        if self._dirty and self._shown is not None and self._shown.chat_id != self.current_chat():
            self._ask_save_first(self._shown.chat_id)
        self._read_chat(self.current_chat())

    def _ask_save_first(self, chat_id: int) -> None:
        name = self._summaries[chat_id].name if chat_id in self._summaries else ""
        box = QMessageBox(QMessageBox.Icon.Question, tr("Save changes?"),
                          fill(tr("Save your changes to the guidelines of “%1”?"), name),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard,
                          self)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        if box.exec() == QMessageBox.StandardButton.Save:
            self.save()

    # -- one group --------------------------------------------------------------------------

    def _read_chat(self, chat_id: int | None) -> None:
        if chat_id is None or not self._session.is_unlocked:
            return
        generation = self._generation
        self._session.read(lambda db: cg.chat_guidelines(db, chat_id),
                           lambda setup: self._on_chat_read(generation, setup))

    def _on_chat_read(self, generation: int, setup: ChatGuidelines) -> None:
        if generation != self._generation or setup.chat_id != self.current_chat():
            return
        self._fill_form(setup)
        self.loaded.emit()

    def _fill_form(self, setup: ChatGuidelines | None) -> None:
        self._shown = setup
        self._fill_packs(setup)
        self._fill_members(setup)
        summary = self._summaries.get(setup.chat_id) if setup else None
        self.title.setText(summary.name if summary else "")
        self._set_dirty(False)

    def _fill_packs(self, setup: ChatGuidelines | None) -> None:
        for box in self.pack_boxes.values():
            self.pack_area.removeWidget(box)
            box.deleteLater()
        self.pack_boxes = {}
        if setup is None:
            self.pack_hint.clear()
            return
        chosen = set(setup.packs) or {k for k, _ in self._packs}
        for key, name in self._packs:
            box = QCheckBox(name, self)
            box.setChecked(key in chosen)
            box.toggled.connect(self._on_pack_toggled)
            self.pack_area.addWidget(box)
            self.pack_boxes[key] = box
        if self.pack_boxes:
            self.packs_label.setBuddy(next(iter(self.pack_boxes.values())))
        self._show_pack_hint()

    def _show_pack_hint(self) -> None:
        if not self.chosen_packs():
            self.pack_hint.setText(tr("Choose at least one pack: every group is checked against "
                                      "some guidelines."))
        elif self._shown is not None and not self._shown.packs and not self._dirty:
            self.pack_hint.setText(tr("No choice made yet: this group uses every pack, including "
                                      "packs you import later."))
        else:
            self.pack_hint.setText(tr("The group is checked against the ticked packs only."))

    def _fill_members(self, setup: ChatGuidelines | None) -> None:
        self.members.blockSignals(True)
        self.members.clear()
        for member in setup.members if setup else ():
            item = QListWidgetItem(self._member_text(member))
            item.setData(AUTHOR_ROLE, member.author)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if member.is_admin else Qt.CheckState.Unchecked)
            self.members.addItem(item)
        if setup is not None and not setup.members:
            self.members.addItem(QListWidgetItem(tr("Nobody has written in this group yet.")))
        self.members.blockSignals(False)

    def _member_text(self, member: Member) -> str:
        count = ntr("%n message", "%n messages", member.messages)
        source = source_text(member)
        return f"{member.author}  ·  {count}" + (f"  ·  {source}" if source else "")

    def chosen_packs(self) -> list[str]:
        """The ticked packs, by key."""
        return [k for k, box in self.pack_boxes.items() if box.isChecked()]

    def chosen_admins(self) -> set[str]:
        """The ticked members."""
        items = (self.members.item(r) for r in range(self.members.count()))
        return {str(i.data(AUTHOR_ROLE)) for i in items
                if i.data(AUTHOR_ROLE) is not None and i.checkState() == Qt.CheckState.Checked}

    def set_admin_checked(self, author: str, checked: bool) -> None:
        """Tick or untick a member as admin (as a click would)."""
        for row in range(self.members.count()):
            item = self.members.item(row)
            if item.data(AUTHOR_ROLE) == author:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # -- editing and saving -------------------------------------------------------------------

    def _on_pack_toggled(self, _checked: bool) -> None:
        self._set_dirty(True)

    def _on_member_changed(self, _item: QListWidgetItem) -> None:
        self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.save_button.setEnabled(dirty and bool(self.chosen_packs()))
        self.revert_button.setEnabled(dirty)
        if self._shown is not None:
            self._show_pack_hint()

    def _on_revert_clicked(self) -> None:
        self._fill_form(self._shown)

    def save(self) -> None:
        """Store the ticked packs and admins for the shown group, then have it checked again."""
        setup, packs, admins = self._shown, self.chosen_packs(), self.chosen_admins()
        if setup is None or not self._dirty or not packs:
            return
        if set(packs) == {k for k, _ in self._packs} and not setup.packs:
            packs = []  # every pack ticked and no choice before: stay on "every pack"
        self._set_dirty(False)

        def job(db: sqlite_utils.Database) -> ChatSaved:
            if not cg.save_chat_guidelines(db, setup.chat_id, packs=packs, admins=admins):
                return ChatSaved()
            return ChatSaved(packs=True, chats=setup.chats)

        epoch = self._epoch
        self._session.submit(job, lambda saved: self._on_saved(epoch, saved))

    def _on_saved(self, epoch: int, saved: ChatSaved) -> None:
        log.info("group guidelines saved (chats=%d)", len(saved.chats))
        if saved.chats and epoch == self._epoch:  # not locked since
            self.rescan_needed.emit(list(saved.chats))
