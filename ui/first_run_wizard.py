"""First run: language, what to know, name, guideline packs, export folder, passphrase.

Shown when the vault folder holds no vault. The vault is created on the
last page (see `CreateVaultPage`), so nothing is written until the
moderator has seen everything; the answers are then stored through the
session's writer by `save_answers`, once the vault is open.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget, QWizard

from moddesk.storage import Vault
from moddesk.triage.pack_loader import builtin_packs
from moddesk.triage.vault_scan import DEFAULT_PACKS_SETTING
from moddesk.ui.create_vault_dialog import CreateFn, CreateVaultPage
from moddesk.ui.first_run_pages import (
    FolderPage,
    LanguagePage,
    ModeratorPage,
    PacksPage,
    WelcomePage,
)
from moddesk.ui.session_api import SessionApi
from moddesk.ui.translator import LanguageSwitcher


@dataclasses.dataclass(frozen=True)
class FirstRunAnswers:
    """What the moderator chose in the wizard."""

    language: str
    moderator_name: str
    packs: tuple[str, ...]
    folder: str


class FirstRunWizard(QWizard):
    """The first-run wizard; `vault` holds the new vault after `accepted`.

    Args:
        create_fn: creates the vault from a passphrase buffer (worker thread).
        switcher: applies the chosen language at once.

    Signals:
        accepted(), rejected(): from QDialog; accepted only once the vault exists.
    """

    def __init__(self, create_fn: CreateFn, switcher: LanguageSwitcher,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_run_wizard")
        self.vault: Vault | None = None
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.language_page = LanguagePage(switcher, self)
        self.welcome_page = WelcomePage(self)
        self.moderator_page = ModeratorPage(self)
        self.packs_page = PacksPage([(p.id, p.name) for p in builtin_packs()], self)
        self.folder_page = FolderPage(self)
        self.create_page = CreateVaultPage(create_fn, self)
        for page in (self.language_page, self.welcome_page, self.moderator_page,
                     self.packs_page, self.folder_page, self.create_page):
            self.addPage(page)
        self.setMinimumSize(620, 520)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the window title and button texts in the current language."""
        self.setWindowTitle(self.tr("Set up ModDesk"))
        buttons = ((QWizard.WizardButton.BackButton, self.tr("< &Back")),
                   (QWizard.WizardButton.NextButton, self.tr("&Next >")),
                   (QWizard.WizardButton.CancelButton, self.tr("Cancel")))
        for which, text in buttons:
            self.setButtonText(which, text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def answers(self) -> FirstRunAnswers:
        """The moderator's choices."""
        return FirstRunAnswers(
            language=self.language_page.language(),
            moderator_name=str(self.field("moderator_name") or "").strip(),
            packs=tuple(self.packs_page.packs()),
            folder=self.folder_page.folder(),
        )

    def reject(self) -> None:  # noqa: D102 - QDialog override
        if not self.create_page.busy:  # the KDF is running: wait for the vault
            super().reject()


def save_answers(answers: FirstRunAnswers, session: SessionApi) -> None:
    """Store the name and the default guideline packs in the vault (writer thread)."""
    session.save_settings({"moderator_name": answers.moderator_name,
                           DEFAULT_PACKS_SETTING: list(answers.packs)})
