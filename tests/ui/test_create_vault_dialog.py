"""First run: the passphrase page that ends the wizard and creates the vault."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from moddesk.app import AppShell
from moddesk.storage import vault_exists
from moddesk.ui.create_vault_dialog import CreateVaultPage
from tests.conftest import PASSPHRASE
from tests.ui.first_run_helpers import to_passphrase_page
from tests.ui.helpers import WAIT_MS, fake_clock, shell  # noqa: F401 - fixtures


def started(shell: AppShell) -> CreateVaultPage:
    dialog = to_passphrase_page(shell)
    assert dialog.isVisible()
    return dialog


def test_first_run_shows_create_dialog_with_unrecoverable_warning(shell: AppShell) -> None:
    dialog = started(shell)
    warning = dialog.findChild(type(dialog.error), "warning")
    assert "cannot be recovered" in warning.text()
    assert not dialog.create_button.isEnabled()


def test_mismatch_blocks_create(shell: AppShell, vault_dir: Path) -> None:
    dialog = started(shell)
    dialog.form.first.setText(PASSPHRASE)
    dialog.form.second.setText(PASSPHRASE + "x")
    assert not dialog.create_button.isEnabled()
    assert "do not match" in dialog.form.feedback.text()
    dialog.wizard().accept()  # even a forced accept does nothing
    assert dialog.isVisible() and not vault_exists(vault_dir)


def test_weak_passphrase_shows_feedback_and_blocks(shell: AppShell) -> None:
    dialog = started(shell)
    dialog.form.first.setText("password")
    dialog.form.second.setText("password")
    assert dialog.form.strength_label.text() == "Very weak"
    assert "Too easy to guess" in dialog.form.feedback.text()
    assert dialog.form.meter.value() == 1  # score 0, drawn as a sliver
    assert not dialog.create_button.isEnabled()


def test_creating_makes_a_vault_and_opens_the_main_window(qtbot: QtBot, shell: AppShell,
                                                          vault_dir: Path) -> None:
    dialog = started(shell)
    dialog.form.first.setText(PASSPHRASE)
    dialog.form.second.setText(PASSPHRASE)
    assert dialog.create_button.isEnabled()
    with qtbot.waitSignal(shell.session.unlocked, timeout=WAIT_MS):
        dialog.create_button.click()
        # The fields are emptied at once; the work runs on a worker thread.
        assert dialog.form.first.text() == "" and dialog.form.second.text() == ""
    assert vault_exists(vault_dir)
    assert (vault_dir / "vault.db").exists()
    assert shell.window.isVisible()
    assert shell.window.content.isVisible()
    assert shell.dialog is None  # the wizard closed (and is deleted)


def test_cancel_at_first_run_creates_nothing(qtbot: QtBot, shell: AppShell,
                                             vault_dir: Path) -> None:
    dialog = started(shell)
    dialog.wizard().reject()
    assert not vault_exists(vault_dir)
    assert not shell.session.is_unlocked
