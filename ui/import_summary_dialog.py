"""The import summary: per file, what was added, what was skipped and why.

Shown when a manual import ends, and from the status bar after watched
imports. For every failure it says the specific reason and what to do. File
names appear here (inside the unlocked window), never in logs; the dialog
is closed and emptied on lock like every other dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from moddesk.ingest import watch
from moddesk.ingest.watch_import import CANCELLED, CHANGED, DUPLICATE, FAILED, IMPORTED, PARSE, \
    FileOutcome

CONTEXT = "ImportSummary"
COLUMNS = (QT_TRANSLATE_NOOP("ImportSummary", "File"),
           QT_TRANSLATE_NOOP("ImportSummary", "Result"),
           QT_TRANSLATE_NOOP("ImportSummary", "New messages"),
           QT_TRANSLATE_NOOP("ImportSummary", "Details"))

_STATUS = {
    IMPORTED: QT_TRANSLATE_NOOP("ImportSummary", "Imported"),
    DUPLICATE: QT_TRANSLATE_NOOP("ImportSummary", "Already imported"),
    FAILED: QT_TRANSLATE_NOOP("ImportSummary", "Failed"),
    CANCELLED: QT_TRANSLATE_NOOP("ImportSummary", "Cancelled"),
    CHANGED: QT_TRANSLATE_NOOP("ImportSummary", "Not imported"),
}

# Why a file was not imported, and what the moderator can do about it.
_REASONS = {
    PARSE: QT_TRANSLATE_NOOP(
        "ImportSummary", "This file could not be read as a chat export. Export the chat again "
                         "from WhatsApp (More → Export chat) and import the new file."),
    watch.TOO_LARGE: QT_TRANSLATE_NOOP(
        "ImportSummary", "The file is larger than %1, the most ModDesk imports. Export the chat "
                         "again choosing “Without media”."),
    watch.INCOMPLETE: QT_TRANSLATE_NOOP(
        "ImportSummary", "The archive is incomplete or damaged; it may still be downloading or "
                         "syncing. Let it finish, or export the chat again."),
    watch.UNREADABLE: QT_TRANSLATE_NOOP(
        "ImportSummary", "ModDesk could not open the file. Check that you may read it and that "
                         "no other program is still writing it, then try again."),
    watch.MISSING: QT_TRANSLATE_NOOP(
        "ImportSummary", "The file is no longer there; it may have been moved or deleted."),
    watch.LINK: QT_TRANSLATE_NOOP(
        "ImportSummary", "This is a link to another file. ModDesk never follows links; choose "
                         "the file itself."),
    watch.SPECIAL: QT_TRANSLATE_NOOP(
        "ImportSummary", "This is not an ordinary file (a device, pipe or socket)."),
    watch.DIRECTORY: QT_TRANSLATE_NOOP(
        "ImportSummary", "This is a folder. Use “Import folder…” to import the files in it."),
    watch.UNSUPPORTED: QT_TRANSLATE_NOOP(
        "ImportSummary", "Not a chat export: ModDesk imports .txt, .zip and .json files."),
    watch.TEMPORARY: QT_TRANSLATE_NOOP(
        "ImportSummary", "This is an unfinished download or a sync program's temporary file. "
                         "Wait until it is complete."),
    CHANGED: QT_TRANSLATE_NOOP(
        "ImportSummary", "The file changed while it was being read. Import it again once it has "
                         "finished saving."),
    CANCELLED: QT_TRANSLATE_NOOP("ImportSummary", "Nothing from this file was saved."),
    "storage": QT_TRANSLATE_NOOP(
        "ImportSummary", "The vault could not save this file. Nothing from it was kept."),
    "internal": QT_TRANSLATE_NOOP(
        "ImportSummary", "An internal error stopped this import; nothing from the file was "
                         "saved. Please report it."),
}


def tr(text: str) -> str:
    """Translate a string marked in this module."""
    return QCoreApplication.translate(CONTEXT, text)


def number(value: int) -> str:
    """120000 -> "120,000" in the user's locale (grouped even in the C locale)."""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() & ~QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(value)


def status_text(outcome: FileOutcome) -> str:
    """The short result word for the Result column."""
    return tr(_STATUS.get(outcome.status, _STATUS[FAILED]))


def reason_text(outcome: FileOutcome, max_bytes: int = watch.MAX_FILE_BYTES) -> str:
    """Why a file was not imported and what to do (empty for imported files)."""
    key = outcome.reason or (outcome.status if outcome.status in (CHANGED, CANCELLED) else None)
    if key is None:
        return ""
    limit = QLocale().formattedDataSize(max_bytes, 0)
    text = tr(_REASONS.get(key, _REASONS["internal"])).replace("%1", limit)
    if outcome.message and key in (PARSE, "storage"):
        # The importer's and storage's own texts are the specific ones, and
        # already say what to do.
        return outcome.message
    return text


def notes(outcome: FileOutcome, max_bytes: int = watch.MAX_FILE_BYTES) -> str:
    """Everything worth knowing about one file, one point per line."""
    lines = []
    if outcome.status in (IMPORTED, DUPLICATE):
        lines.append(_chats_line(outcome))
        if outcome.status == DUPLICATE:
            lines.append(tr("The same content was imported before; nothing was added."))
        if outcome.date_order_uncertain:
            lines.append(tr("Date order uncertain: ModDesk guessed whether dates are day/month "
                            "or month/day. Check a few dates in Chats."))
        if outcome.failed_lines:
            lines.append(tr("%1 lines could not be read as messages.")
                         .replace("%1", number(outcome.failed_lines)))
        if outcome.moved:
            lines.append(tr("The original file was moved into the vault."))
    else:
        lines.append(reason_text(outcome, max_bytes))
    return "\n".join(line for line in lines if line)


def _chats_line(outcome: FileOutcome) -> str:
    """Which chat (or chats) the file went into; names stay inside the unlocked window."""
    names = [r.chat_name for r in outcome.results if r.chat_name]
    if len(names) == 1:
        return tr("Chat: %1").replace("%1", names[0])
    if names:
        return tr("%1 chats: %2").replace("%1", number(len(names))).replace("%2", ", ".join(names))
    return ""


def headline(outcomes: list[FileOutcome]) -> str:
    """One sentence with the totals of a batch."""
    count = {s: sum(o.status == s for o in outcomes) for s in _STATUS}
    new = sum(o.messages_new for o in outcomes)
    parts = [tr("%1 imported (%2 new messages)").replace("%1", number(count[IMPORTED]))
             .replace("%2", number(new))]
    if count[DUPLICATE]:
        parts.append(tr("%1 already imported").replace("%1", number(count[DUPLICATE])))
    failed = count[FAILED] + count[CHANGED]
    if failed:
        parts.append(tr("%1 failed").replace("%1", number(failed)))
    if count[CANCELLED]:
        parts.append(tr("%1 cancelled").replace("%1", number(count[CANCELLED])))
    return tr("%1 files: %2.").replace("%1", number(len(outcomes))).replace("%2", ", ".join(parts))


_ORDER = {FAILED: 0, CHANGED: 0, IMPORTED: 1, DUPLICATE: 2, CANCELLED: 3}


def _attention_first(outcome: FileOutcome) -> tuple[int, str]:
    """Failures first (they need the moderator), then by file name."""
    return _ORDER.get(outcome.status, 0), outcome.name.casefold()


class ImportSummaryDialog(QDialog):
    """A non-modal table of what one import batch did, file by file."""

    def __init__(self, outcomes: list[FileOutcome], *, max_bytes: int = watch.MAX_FILE_BYTES,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_summary_dialog")
        self.setWindowTitle(self.tr("Import summary"))
        self.setModal(False)
        self.headline = QLabel(headline(outcomes), self)
        self.headline.setObjectName("section_heading")
        self.headline.setWordWrap(True)
        self.table = QTableWidget(len(outcomes), len(COLUMNS), self)
        self.table.setObjectName("import_summary")
        self._build(sorted(outcomes, key=_attention_first), max_bytes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 420)

    def _build(self, outcomes: list[FileOutcome], max_bytes: int) -> None:
        table = self.table
        table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(True)
        for row, outcome in enumerate(outcomes):
            new = number(outcome.messages_new) if outcome.status in (IMPORTED, DUPLICATE) else ""
            for col, text in enumerate((outcome.name, status_text(outcome), new,
                                        notes(outcome, max_bytes))):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                else:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                table.setItem(row, col, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(0, 230)
        table.resizeColumnToContents(1)
        table.resizeColumnToContents(2)
        table.setAlternatingRowColors(True)
        table.setCurrentCell(-1, -1)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        # Wrapped details need other row heights once the stretched column changes width.
        super().resizeEvent(event)
        self.table.resizeRowsToContents()

    def row_texts(self) -> list[list[str]]:
        """Every cell's text, row by row (for tests and screen readers' sake)."""
        return [[self.table.item(r, c).text() for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]
