"""Recording that an incident was referred: to whom, and how.

The "to" list offers the services of the resource directory (only entries
the moderator added and can check); anything else can be typed. Recording
a referral can also move the incident to the status "referred".
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from moddesk.ui.incident_text import tr

HOW_CHOICES = (QT_TRANSLATE_NOOP("Incidents", "by phone"),
               QT_TRANSLATE_NOOP("Incidents", "by e-mail"),
               QT_TRANSLATE_NOOP("Incidents", "through their online form"),
               QT_TRANSLATE_NOOP("Incidents", "in person"),
               QT_TRANSLATE_NOOP("Incidents", "the member was given their details"))


class ReferralDialog(QDialog):
    """Who the incident was referred to, how, and whether to mark it referred.

    Signals:
        chosen(str, str, bool): to, how, and whether to set the status to referred.
    """

    chosen = Signal(str, str, bool)

    def __init__(self, services: list[str], *, already_referred: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referral_dialog")
        self.setWindowTitle(tr("Record referral"))
        self.to = self._editable("referral_to", services)
        self.to.lineEdit().setPlaceholderText(tr("A service, hotline, shelter or the police"))
        self.how = self._editable("referral_how", [tr(h) for h in HOW_CHOICES])
        self.how.setCurrentIndex(0)
        self.mark = QCheckBox(tr("Set the status to Referred"), self)
        self.mark.setChecked(not already_referred)
        self.mark.setVisible(not already_referred)
        intro = QLabel(tr("The referral is written into the incident's timeline. It does not "
                          "contact anyone: ModDesk never goes online."), self)
        intro.setObjectName("muted")
        intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("Record referral"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("Referred &to:"), self.to)
        form.addRow(tr("&How:"), self.how)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.mark)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.to.currentTextChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        self.ok.setEnabled(False)

    def _editable(self, name: str, items: list[str]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems(items)
        combo.setCurrentIndex(-1)
        return combo

    def accept(self) -> None:
        """Record only with someone to refer to."""
        to = self.to.currentText().strip()
        if to:
            self.chosen.emit(to, self.how.currentText().strip(), self.mark.isChecked())
            super().accept()
