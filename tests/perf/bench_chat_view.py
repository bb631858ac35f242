"""Chat view speed on a million-message chat: ours against a naive all-rows model, in one run.

    .venv/bin/python tests/perf/bench_chat_view.py [--messages N] [--keep DIR]

Builds a real SQLCipher vault (test-only KDF floor) holding one WhatsApp chat
of N messages (default 1,000,000) over three years: a few dozen authors,
short and long and multi-line texts (some Arabic and Hindi), system notices,
deleted and edited messages, and a few removed since an earlier export. Rows
go in through `message_store.insert_messages` with `IdAllocator` ids, like
the importer's. `--keep DIR` builds once into DIR and reuses it later.

Then, offscreen, in a 1000x800 window, times what a moderator does:

* open:   open the chat and paint the first screen;
* jump:   go to the first message of a day in the middle (fresh open first);
* end:    go to the newest message (End) and paint it;
* scroll: one wheel step (3 lines) and its repaint, median of 300;
* stall:  the longest the GUI thread went without handling events.

The baseline is the naive design: a model that reads every row of the chat
into a list when it opens, shown in a stock QListView (uniform row heights,
or QListView would measure all N rows first), scrolled with `scrollToBottom`
and searched linearly for the date. Prints ms per operation, the ratio and
the resident memory each design added.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractListModel, QEventLoop, QModelIndex, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QApplication, QListView  # noqa: E402

from moddesk.session import Session  # noqa: E402
from moddesk.storage import create_vault, open_vault, passphrase_bytes  # noqa: E402
from moddesk.storage.chat_queries import chat_summaries  # noqa: E402
from moddesk.storage.kdf import KdfParams, insecure_floor_for_tests, new_salt  # noqa: E402
from moddesk.storage.message_store import (  # noqa: E402
    ExportRecord,
    IdAllocator,
    MessageRow,
    ensure_chat,
    insert_export,
    insert_messages,
    mark_removed,
)
from moddesk.ui.chat_pane import ChatPane  # noqa: E402

PASSPHRASE = "bench bench bench"
SEED = 20240613
BATCH = 20_000
SCROLL_STEPS = 300
WORDS = ("the", "meeting", "is", "moved", "to", "friday", "please", "bring", "forms", "thanks",
         "school", "kids", "pickup", "tomorrow", "who", "can", "help", "with", "rota", "ok",
         "नमस्ते", "धन्यवाद", "مرحبا", "شكرا", "Grüße", "café", "vielen", "Dank")
AUTHORS = tuple(f"{first} {last}" for first in ("Asha", "Ben", "Cleo", "Dev", "Elif", "Farah",
                                                "Gita", "Hugo") for last in ("Adler", "Bose",
                                                                             "Costa", "Khan", "Nair"))


def _rows(count: int, rng: random.Random) -> Iterator[MessageRow]:
    start, step = dt.datetime(2022, 1, 1, 7, 0), 3 * 365 * 86400 / count
    for i in range(count):
        ts = (start + dt.timedelta(seconds=int(i * step))).isoformat()
        kind, author, text = "text", rng.choice(AUTHORS), _text(rng)
        roll = rng.random()
        if roll < 0.03:
            kind, text = "system", f"{author} added {rng.choice(AUTHORS)}"
            author = None
        elif roll < 0.04:
            kind, text = "deleted", None
        yield MessageRow(ts, author, kind, "add" if kind == "system" else None, text, None,
                         rng.random() < 0.02, i + 1, i.to_bytes(16, "big"), 1)


def _text(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.choice((3, 5, 8, 13, 21, 40)))
    if rng.random() < 0.05:
        cut = len(words) // 2
        return " ".join(words[:cut]) + "\n" + " ".join(words[cut:])
    return " ".join(words)


def build(folder: Path, count: int) -> None:
    """Create the vault in `folder` with one chat of `count` messages."""
    with insecure_floor_for_tests():
        vault = create_vault(folder, passphrase_bytes(PASSPHRASE),
                             params=KdfParams(64, 1, 1, new_salt()))
    try:
        db, rng, began = vault.db, random.Random(SEED), time.perf_counter()
        with db.conn:
            chat = ensure_chat(db, family="whatsapp", name="Big Group")
            export = insert_export(db, chat, ExportRecord(
                "b" * 64, "WhatsApp Chat with Big Group.txt", "android", "dmy", True, count, 0,
                None, None))
            ids, batch, removed = IdAllocator(db), [], []
            for row in _rows(count, rng):
                batch.append((ids.next_id(row.ts), row))
                if rng.random() < 0.001:
                    removed.append(batch[-1][0])
                if len(batch) >= BATCH:
                    insert_messages(db, chat, export, batch)
                    batch = []
            insert_messages(db, chat, export, batch)
            mark_removed(db, export, removed)
        (folder / "bench-messages").write_text(str(count))
        print(f"built {count:,} messages in {time.perf_counter() - began:.0f} s")
    finally:
        vault.close()


class NaiveModel(QAbstractListModel):
    """The baseline: every row of the chat read into a list when it opens."""

    def __init__(self, db, chat_id: int) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.rows = db.execute("SELECT id, ts, author, kind, text FROM messages "
                               "WHERE chat_id = ? ORDER BY id", [chat_id]).fetchall()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            _, ts, author, _, text = self.rows[index.row()]
            return f"{ts[11:16]}  {author or ''}: {text or ''}"
        return None


def rss_mib() -> float:
    """Resident memory now (Linux), in MiB; 0 elsewhere."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except OSError:
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def timed(work: Callable[[], None]) -> float:
    began = time.perf_counter()
    work()
    return (time.perf_counter() - began) * 1000


class Stalls:
    """The longest time the GUI thread spent in one go without handling events."""

    def __init__(self) -> None:
        self.longest = 0.0

    def step(self, work: Callable[[], object]) -> None:
        """Run one synchronous piece of GUI-thread work and note its length."""
        self.longest = max(self.longest, timed(lambda: work() and None))

    def pump(self, until: Callable[[], bool], seconds: float = 120) -> None:
        """Run the event loop until `until()` holds, noting the longest heartbeat gap.

        A real event loop (it sleeps when idle, as the app's does), with a 2 ms
        heartbeat: a gap between two beats is time the window could not answer.
        """
        loop, last = QEventLoop(), [time.perf_counter()]
        deadline = time.monotonic() + seconds

        def beat() -> None:
            now = time.perf_counter()
            self.longest = max(self.longest, (now - last[0]) * 1000)
            last[0] = now
            if until() or time.monotonic() > deadline:
                loop.quit()

        timer = QTimer()
        timer.setInterval(2)
        timer.timeout.connect(beat)
        timer.start()
        loop.exec()
        timer.stop()
        if not until():
            raise TimeoutError("the view did not get there in time")


def bench_ours(session: Session, chat, mid: dt.date) -> dict[str, float]:  # type: ignore[no-untyped-def]
    pane = ChatPane(session)
    pane.resize(1000, 800)
    pane.show()
    QApplication.processEvents()
    view, out, base, gui = pane.view, {}, rss_mib(), Stalls()
    paint = view.viewport().repaint
    out["open"] = timed(lambda: (gui.step(lambda: pane.open_chat(chat)), gui.step(paint)))
    shown: list[object] = []
    pane.message_shown.connect(shown.append)
    out["jump"] = timed(lambda: (gui.step(lambda: pane.jump_to_date(mid)),
                                 gui.pump(lambda: bool(shown)), gui.step(paint)))
    pane.open_chat(chat)
    last = chat.messages - 1
    out["end"] = timed(lambda: (gui.step(view.go_to_end),
                                gui.pump(lambda: view.currentIndex().row() == last),
                                gui.step(paint)))
    view.scrollTo(pane.model.index(chat.messages // 3))
    out["scroll"] = statistics.median(
        timed(lambda: (view.scroll_pixels(3 * view.fontMetrics().lineSpacing()), paint()))
        for _ in range(SCROLL_STEPS))
    out["stall"] = gui.longest
    out["memory"] = rss_mib() - base
    pane.clear()
    pane.deleteLater()
    return out


def bench_naive(session: Session, chat, mid: dt.date) -> dict[str, float]:  # type: ignore[no-untyped-def]
    view = QListView()
    view.setUniformItemSizes(True)
    view.resize(1000, 800)
    view.show()
    QApplication.processEvents()
    out, base, holder = {}, rss_mib(), {}

    def open_() -> None:
        holder["model"] = NaiveModel(session.gui_db(), chat.id)
        view.setModel(holder["model"])
        view.viewport().repaint()

    out["open"] = timed(open_)
    model, day = holder["model"], mid.isoformat()

    def jump() -> None:
        row = next(i for i, r in enumerate(model.rows) if r[1] >= day)
        view.setCurrentIndex(model.index(row))
        view.scrollTo(model.index(row), QAbstractItemView.ScrollHint.PositionAtCenter)
        view.viewport().repaint()

    out["jump"] = timed(jump)
    out["end"] = timed(lambda: (view.scrollToBottom(), view.viewport().repaint()))
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 3)
    out["scroll"] = statistics.median(
        timed(lambda: (bar.setValue(bar.value() + 3), view.viewport().repaint()))
        for _ in range(SCROLL_STEPS))
    out["stall"] = max(out["open"], out["jump"], out["end"])  # all of it on the GUI thread
    out["memory"] = rss_mib() - base
    view.setModel(None)
    return out


def report(count: int, ours: dict[str, float], naive: dict[str, float]) -> None:
    for side in (ours, naive):
        side["open+jump"] = side["open"] + side["jump"]
        side["open+end"] = side["open"] + side["end"]
    print(f"\nchat of {count:,} messages, 1000x800 offscreen window")
    print(f"{'operation':<12}{'ours ms':>12}{'naive ms':>12}{'naive/ours':>12}")
    for key in ("open", "jump", "end", "open+jump", "open+end", "scroll", "stall"):
        ratio = naive[key] / ours[key] if ours[key] else float("inf")
        print(f"{key:<12}{ours[key]:>12.1f}{naive[key]:>12.1f}{ratio:>11.1f}x")
    print(f"{'memory':<12}{ours['memory']:>9.0f} MiB{naive['memory']:>8.0f} MiB")
    print("jump/end: the naive model already holds every row (its open paid for them); "
          "ours reads ids up to the target on the background reader.\n"
          "stall: the longest the window stopped answering during open, jump and end.")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="build into (or reuse) this folder")
    args = parser.parse_args(argv)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="moddesk-bench-")) / "vault"
    marker = folder / "bench-messages"
    if not (marker.exists() and marker.read_text() == str(args.messages)):
        build(folder, args.messages)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    session = Session(folder)
    with insecure_floor_for_tests():
        session.unlock_with(open_vault(folder, passphrase_bytes(PASSPHRASE)))
    try:
        (chat,) = chat_summaries(session.gui_db())
        first = dt.date.fromisoformat(chat.first_ts[:10])
        mid = first + (dt.date.fromisoformat(chat.last_ts[:10]) - first) / 2
        ours = bench_ours(session, chat, mid)
        naive = bench_naive(session, chat, mid)
    finally:
        session.lock("quit")
    report(chat.messages, ours, naive)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
