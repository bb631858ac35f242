"""Scanning with the text stage in worker processes (the other core).

The engine's main process reads batches, sends their texts to a pool and
keeps a few batches in flight; results come back in order and the main
process finishes each batch (events, floods, unanswered questions, flags).
Workers are started with "spawn", never "fork": the app runs Qt and
database threads, which a forked child must not inherit.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import TYPE_CHECKING

from .model import Allowlist, Flag, MessageRecord, Pack
from .text_stage import TextResult, TextStage, batch_texts

if TYPE_CHECKING:
    from .chat_state import ScanState
    from .engine import Triage

IN_FLIGHT_PER_WORKER = 3
_STAGE: TextStage | None = None


def scan_in_workers(engine: Triage, messages: Iterable[MessageRecord], state: ScanState, *,
                    workers: int) -> Iterator[Flag]:
    """Flags in order, with `workers` processes running the text detectors."""
    from .engine import BATCH

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                             initargs=(engine.packs, engine.allowlist)) as pool:
        pending: deque[tuple[list[MessageRecord], Future[TextResult]]] = deque()
        stream = iter(messages)
        while True:
            while len(pending) < workers * IN_FLIGHT_PER_WORKER and (batch := list(islice(stream, BATCH))):
                pending.append((batch, pool.submit(_run_stage, batch_texts(batch))))
            if not pending:
                return
            batch, future = pending.popleft()
            yield from engine.finish_batch(batch, state, future.result())


def _start_worker(packs: tuple[Pack, ...], allowlist: Allowlist | None) -> None:
    global _STAGE
    from .engine import Triage

    _STAGE = Triage(packs, allowlist=allowlist).text_stage


def _run_stage(texts: list[str]) -> TextResult:
    assert _STAGE is not None, "worker not started"
    return _STAGE.run(texts)
