"""Shared by the first-run and translation tests: walking the wizard, sample translations."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from moddesk.app import AppShell
from moddesk.ui.create_vault_dialog import CreateVaultPage
from moddesk.ui.first_run_wizard import FirstRunWizard
from moddesk.ui.translator import LanguageSwitcher

I18N_SCRIPT = Path(__file__).resolve().parents[2] / "ui" / "i18n" / "update_translations.py"


def start_wizard(shell: AppShell) -> FirstRunWizard:
    """Start the shell on an empty vault folder; the wizard shows."""
    shell.start()
    wizard = shell.dialog
    assert isinstance(wizard, FirstRunWizard) and wizard.isVisible()
    return wizard


def to_passphrase_page(shell: AppShell) -> CreateVaultPage:
    """Start and press Next with every default until the passphrase page."""
    wizard = start_wizard(shell)
    while wizard.currentPage() is not wizard.create_page:
        before = wizard.currentId()
        wizard.next()
        assert wizard.currentId() != before, wizard.currentPage().objectName()
    return wizard.create_page


def load_i18n_tool():  # type: ignore[no-untyped-def]
    """ui/i18n/update_translations.py as a module (it is a script, not a package)."""
    name = "update_translations"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, I18N_SCRIPT)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up by name
        spec.loader.exec_module(module)
    return sys.modules[name]


def write_german(folder: Path, translations: dict[tuple[str, str], str]) -> Path:
    """A German .ts with finished translations for (context, source) pairs."""
    tool = load_i18n_tool()
    messages = [tool.Message(ctx, src, kind="", texts=[text])
                for (ctx, src), text in translations.items()]
    path = folder / "moddesk_de.ts"
    tool.write_ts(path, "de", messages)
    return path


def compile_german(folder: Path, translations: dict[tuple[str, str], str]) -> Path:
    """Write and lrelease a German sample into `folder`; returns `folder`."""
    tool = load_i18n_tool()
    ts = write_german(folder, translations)
    subprocess.run([tool.tool("pyside6-lrelease"), "-silent", str(ts), "-qm",
                    str(ts.with_suffix(".qm"))], check=True)
    return folder


@pytest.fixture
def switcher(qapp: QApplication) -> Iterator[LanguageSwitcher]:
    """A language switcher; English, the test's locale and left to right come back after."""
    locale = QLocale()
    languages = LanguageSwitcher()
    yield languages
    languages.apply("en")
    QLocale.setDefault(locale)
    languages.deleteLater()
