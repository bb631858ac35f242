"""The moderator's language: which one, where the choice is kept, and loading it.

The language must be known before the vault is unlocked (the unlock dialog
and the first-run wizard speak it), so the choice cannot live in the vault.
It is kept in a small plain file, `language`, inside the vault folder,
holding a language code such as `de`. That file reveals only which of the
shipped languages the moderator reads, nothing about the work; everything
else stays encrypted in the vault. Without the file ModDesk follows the
system locale. `MODDESK_LANGUAGE` overrides both (screenshots, support).

`MODDESK_PSEUDO_RTL=1` runs the app mirrored, right to left, with whatever
language is chosen, to check that layouts are ready for Arabic or Hebrew.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication

ENGLISH = "en"
# Native names: a moderator who cannot read English must still find their own.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "hi": "हिन्दी",
}
SHIPPED = tuple(code for code in LANGUAGES if code != ENGLISH)
LANGUAGE_FILE = "language"
LANGUAGE_ENV = "MODDESK_LANGUAGE"
PSEUDO_RTL_ENV = "MODDESK_PSEUDO_RTL"
SYSTEM_LABEL = QT_TRANSLATE_NOOP("Language", "System language (%1)")
# Qt ships no Hindi translation of its own texts (no qtbase_hi.qm), so the
# standard buttons ModDesk's dialogs use are in ModDesk's catalogue too. Where
# Qt's own file exists it is installed later and wins.
QT_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
)


def translations_folder() -> Path:
    """Where the compiled `moddesk_<code>.qm` files are (package data)."""
    return Path(str(resources.files("moddesk.ui") / "i18n"))


def supported(code: str | None) -> str | None:
    """`code` if it names a shipped language ("de", "de_AT" -> "de"), else None."""
    if not code:
        return None
    short = code.strip().replace("-", "_").split("_")[0].lower()
    return short if short in LANGUAGES else None


def system_language() -> str:
    """The system locale's language when ModDesk ships it, else English."""
    for name in QLocale.system().uiLanguages():
        code = supported(name)
        if code is not None:
            return code
    return ENGLISH


def language_file(vault_dir: Path) -> Path:
    """The plain file that remembers the chosen language for this vault folder."""
    return vault_dir / LANGUAGE_FILE


def stored_language(vault_dir: Path) -> str | None:
    """The language chosen for this vault folder, None when none was chosen."""
    try:
        text = language_file(vault_dir).read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        return None
    return supported(text)


def store_language(vault_dir: Path, code: str | None) -> None:
    """Remember `code` for this vault folder; None forgets it (follow the system)."""
    path = language_file(vault_dir)
    if code is None:
        path.unlink(missing_ok=True)
        return
    vault_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = path.with_name(LANGUAGE_FILE + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(code + "\n")
    os.replace(tmp, path)


def resolve_language(vault_dir: Path | None) -> str:
    """The language to start in: `MODDESK_LANGUAGE`, the stored choice, the system's."""
    chosen = supported(os.environ.get(LANGUAGE_ENV))
    if chosen is None and vault_dir is not None:
        chosen = stored_language(vault_dir)
    return chosen or system_language()


def pseudo_rtl() -> bool:
    """True when `MODDESK_PSEUDO_RTL` asks for a mirrored run."""
    return os.environ.get(PSEUDO_RTL_ENV, "") not in ("", "0")


def system_label() -> str:
    """"System language (Deutsch)": the choice that follows the system locale."""
    name = LANGUAGES[system_language()]
    return QCoreApplication.translate("Language", SYSTEM_LABEL).replace("%1", name)


class LanguageSwitcher(QObject):
    """Installs ModDesk's and Qt's translators for one language, and swaps them.

    Also sets the default `QLocale` (dates and numbers) and the layout
    direction. Installing a translator sends every widget a LanguageChange
    event; widgets that can retranslate themselves (the first-run wizard)
    do so at once.

    Args:
        folder: where the `moddesk_<code>.qm` files are (default: the shipped
            ones; tests pass their own).
    """

    def __init__(self, parent: QObject | None = None, *, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.language = ENGLISH
        self.mirrored = False
        self._installed: list[QTranslator] = []

    def apply(self, code: str, *, mirrored: bool = False) -> None:
        """Switch to `code` (a key of LANGUAGES); `mirrored` forces right to left."""
        code = supported(code) or ENGLISH
        self._remove()
        if code != ENGLISH:
            self._load(f"moddesk_{code}", self.folder or translations_folder())
            qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
            self._load(f"qtbase_{code}", qt_folder)
        # The system's own locale keeps its region (en_GB dates stay British).
        locale = QLocale.system() if code == system_language() else QLocale(code)
        QLocale.setDefault(locale)
        self.language, self.mirrored = code, mirrored
        rtl = mirrored or locale.textDirection() == Qt.LayoutDirection.RightToLeft
        QGuiApplication.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)

    def _load(self, name: str, folder: Path) -> None:
        translator = QTranslator(self)
        if translator.load(name, str(folder)):
            QCoreApplication.installTranslator(translator)
            self._installed.append(translator)
        else:
            translator.deleteLater()

    def _remove(self) -> None:
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
        self._installed.clear()
