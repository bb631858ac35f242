"""The first-run wizard's pages before the passphrase: language, welcome, name, packs, folder.

Every page sets its texts in `retranslate()`, called again on a language
change, because the language page switches the language while the wizard
is open. Every control has an accessible name or a buddy label, so screen
readers announce it, and every page works from the keyboard alone.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from moddesk.storage.settings import DEFAULTS
from moddesk.ui.translator import LANGUAGES, LanguageSwitcher
from moddesk.ui.watched_folders_dialog import plaintext_text

CODE_ROLE = Qt.ItemDataRole.UserRole
# The shipped packs, in the words the wizard uses for them; a pack the
# wizard does not know is offered under its own name.
PACK_TEXTS = {
    "support-community": (
        QT_TRANSLATE_NOOP("FirstRun", "Support community"),
        QT_TRANSLATE_NOOP("FirstRun", "For groups where members help each other: cries for help, "
                                      "money requests, spam, floods and unanswered questions.")),
    "child-protection": (
        QT_TRANSLATE_NOOP("FirstRun", "Child protection"),
        QT_TRANSLATE_NOOP("FirstRun", "For groups with or about children: grooming patterns, "
                                      "requests for photos, personal details and secrecy.")),
}


def tr(text: str) -> str:
    """Translate a text of the first-run pages."""
    return QCoreApplication.translate("FirstRun", text)


def wrapped(parent: QWidget, name: str = "") -> QLabel:
    """A word-wrapped label (its text comes from `retranslate`)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class RetranslatedPage(QWizardPage):
    """A wizard page that sets its texts again when the language changes."""

    def retranslate(self) -> None:
        """Set every text in the current language."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class LanguagePage(RetranslatedPage):
    """Choose the language; it applies at once, to this wizard too."""

    def __init__(self, switcher: LanguageSwitcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("language_page")
        self._switcher = switcher
        self.prompt = wrapped(self)
        self.list = QListWidget(self)
        self.list.setObjectName("language_list")
        for code, name in LANGUAGES.items():
            item = QListWidgetItem(name, self.list)
            item.setData(CODE_ROLE, code)
        self.list.setCurrentRow(list(LANGUAGES).index(switcher.language))
        self.prompt.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.list)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.retranslate()

    def retranslate(self) -> None:  # noqa: D102
        self.setTitle(tr("Welcome to ModDesk"))
        self.prompt.setText(tr("&Choose your language. You can change it later in the "
                                "Vault menu."))
        self.list.setAccessibleName(tr("Language"))

    def language(self) -> str:
        """The chosen language code."""
        return str(self.list.currentItem().data(CODE_ROLE))

    def _on_list_current_item_changed(self, current: QListWidgetItem | None,
                                      _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self._switcher.apply(str(current.data(CODE_ROLE)),
                                 mirrored=self._switcher.mirrored)


class WelcomePage(RetranslatedPage):
    """Three things to know: the vault and its passphrase, the watched folder, the idle lock."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome_page")
        layout = QVBoxLayout(self)
        self.sections = [(wrapped(self, "section"), wrapped(self)) for _ in range(3)]
        for heading, body in self.sections:
            heading.setTextFormat(Qt.TextFormat.PlainText)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            layout.addWidget(heading)
            layout.addWidget(body)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:  # noqa: D102
        minutes = int(DEFAULTS["idle_lock_minutes"])
        self.setTitle(tr("Three things to know"))
        texts = (
            (tr("Your vault and its passphrase"),
             tr("Everything you import and write is kept in an encrypted vault on this "
                 "computer. Only your passphrase opens it. If you forget the passphrase, "
                 "nobody can open the vault again, not even the people who made ModDesk.")),
            (tr("The watched folder"),
             tr("Put the chat exports from WhatsApp into one folder and ModDesk imports "
                 "them by itself. The exports in that folder are not encrypted: anyone "
                 "who can use this computer can read them. Delete them when they are "
                 "imported, or keep that folder somewhere safe.")),
            (tr("The idle lock"),
             self.tr("ModDesk locks itself after %n minutes without use, and when the "
                     "screen locks. Unlocking asks for the passphrase again. You can change "
                     "the time in Settings.", "", minutes)),
        )
        for (heading, body), (title, text) in zip(self.sections, texts):
            heading.setText(title)
            body.setText(text)


class ModeratorPage(RetranslatedPage):
    """The moderator's name, shown in the status bar and written into incident logs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moderator_page")
        self.label = QLabel(self)
        self.name = QLineEdit(self)
        self.name.setObjectName("moderator_name")
        self.name.setMaxLength(80)
        self.label.setBuddy(self.name)
        self.note = wrapped(self, "muted")
        layout = QVBoxLayout(self)
        for widget in (self.label, self.name, self.note):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.registerField("moderator_name", self.name)
        self.retranslate()

    def retranslate(self) -> None:  # noqa: D102
        self.setTitle(tr("Who is moderating?"))
        self.label.setText(tr("&Your name or nickname:"))
        self.name.setAccessibleName(tr("Your name or nickname"))
        self.name.setPlaceholderText(tr("For example: Amira"))
        self.note.setText(tr("ModDesk shows it in the status bar and writes it into the "
                              "incident logs you keep, so others on your team know who "
                              "decided what. It is stored inside the encrypted vault. "
                              "You can leave it empty and set it later in Settings."))


class PacksPage(RetranslatedPage):
    """Which guideline packs the groups are checked against (at least one)."""

    def __init__(self, packs: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("packs_page")
        self.intro = wrapped(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        self.boxes: dict[str, tuple[QCheckBox, QLabel, str]] = {}
        for key, name in packs:
            box = QCheckBox(self)
            box.setObjectName(f"pack_{key}")
            box.setChecked(key == "support-community" or len(packs) == 1)
            about = wrapped(self, "muted")
            about.setContentsMargins(24, 0, 0, 8)
            box.toggled.connect(self._on_box_toggled)
            layout.addWidget(box)
            layout.addWidget(about)
            self.boxes[key] = (box, about, name)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:  # noqa: D102
        self.setTitle(tr("Guidelines for your groups"))
        self.intro.setText(tr("ModDesk checks imported chats against guideline packs and "
                               "puts what needs a look into your inbox. Choose the packs "
                               "that fit your groups; you can choose per group later."))
        for key, (box, about, name) in self.boxes.items():
            title, text = PACK_TEXTS.get(key, (name, ""))
            box.setText(tr(title) if key in PACK_TEXTS else name)
            about.setText(tr(text) if text else "")
            about.setVisible(bool(text))
            box.setAccessibleDescription(about.text())

    def packs(self) -> list[str]:
        """The chosen pack keys, in the order shown."""
        return [key for key, (box, _about, _name) in self.boxes.items() if box.isChecked()]

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return bool(self.packs())

    def _on_box_toggled(self, _checked: bool) -> None:
        self.completeChanged.emit()


class FolderPage(RetranslatedPage):
    """The folder the chat exports are saved into (optional; it becomes a watched folder)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("folder_page")
        self.intro = wrapped(self)
        self.label = QLabel(self)
        self.path = QLineEdit(self)
        self.path.setObjectName("export_folder")
        self.label.setBuddy(self.path)
        self.choose = QPushButton(self)
        self.choose.setObjectName("choose_folder")
        self.notice = wrapped(self, "hint")
        self.error = wrapped(self, "error")
        self.error.hide()
        self.ask_folder = self._ask_folder
        self._build()
        self.choose.clicked.connect(self._on_choose_clicked)
        self.path.textChanged.connect(self._on_path_text_changed)
        self.retranslate()

    def _build(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        layout = QVBoxLayout(self)
        for item in (self.intro, self.label, row, self.notice, self.error):
            if isinstance(item, QHBoxLayout):
                layout.addLayout(item)
            else:
                layout.addWidget(item)
        layout.addStretch(1)

    def retranslate(self) -> None:  # noqa: D102
        self.setTitle(tr("Where do your chat exports go?"))
        self.intro.setText(tr("Choose the folder you save WhatsApp chat exports into. "
                               "ModDesk watches it and imports new exports by itself. "
                               "You can skip this and add folders later."))
        self.label.setText(tr("Export &folder:"))
        self.path.setAccessibleName(tr("Export folder"))
        self.path.setPlaceholderText(tr("No folder: I will import files by hand"))
        self.choose.setText(tr("C&hoose…"))
        self.choose.setAccessibleName(tr("Choose the export folder"))
        self.notice.setText(plaintext_text())

    def folder(self) -> str:
        """The chosen folder, "" for none."""
        return self.path.text().strip()

    def _ask_folder(self) -> str:
        # Qt's own dialog: native ones may add the folder to the OS "recent" list.
        return QFileDialog.getExistingDirectory(
            self, tr("Choose the export folder"), str(Path.home()),
            QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.ShowDirsOnly)

    def _on_choose_clicked(self) -> None:
        chosen = self.ask_folder()
        if chosen:
            self.path.setText(chosen)
            self.path.setFocus()

    def _on_path_text_changed(self, _text: str) -> None:
        self.error.hide()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        """An empty path is fine; a typed one must be an existing folder."""
        folder = self.folder()
        if not folder or Path(folder).expanduser().is_dir():
            return True
        self.error.setText(tr("There is no folder at %1. Choose an existing folder, or "
                               "leave the field empty.").replace("%1", folder))
        self.error.show()
        self.path.setFocus()
        return False
