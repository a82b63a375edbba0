"""Extraction in worker processes for ``ingest(jobs=N)``, in input order, with bounded work in flight.

Why a module of its own: the worker side must be importable by a fresh interpreter (the "spawn" start method)
and must not drag in the store; the parent side keeps the order and the memory bound.

* **Sharing the gazetteer.** On Linux the workers are forked: they inherit the loaded gazetteer (numpy arrays,
  the automaton, dicts) copy-on-write, so it is neither reloaded nor copied per worker. ``gc.freeze()`` before
  the fork keeps the workers' garbage collector from writing to the inherited objects (a collection touches
  every tracked object's header, which would copy the pages). Elsewhere ("spawn") each worker loads the
  gazetteer once, in its initializer, from the index file the parent's gazetteer came from.
* **Order and memory.** Reports go out in chunks (one task = ``chunk`` reports, to keep inter-process traffic
  cheap) and at most ``window`` chunks are in flight: results are taken back oldest first, so the caller sees
  them in input order and the reader never runs more than ``window * chunk`` reports ahead, however large the
  batch. (``Pool.imap`` would read the whole input eagerly into its task queue.)
* **Failures.** An exception in ``extract`` is caught in the worker and comes back as a :class:`Failed` for that
  report only. A worker that dies (killed, out of memory) breaks the pool: :class:`WorkerError` stops the batch
  (every report stored so far is complete). Ctrl-C: the workers ignore SIGINT; the parent cancels what is queued
  and terminates them.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import dataclasses
import gc
import multiprocessing
import os
import pickle
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from incidents.errors import UserError
from incidents.model import Report

__all__ = [
    "AUTO_MAX_JOBS",
    "CHUNK_REPORTS",
    "WINDOW_PER_JOB",
    "Extracted",
    "Failed",
    "WorkerError",
    "auto_jobs",
    "extract_one",
    "extract_ordered",
]

#: ``jobs="auto"`` never starts more workers than this: the main process reads and stores for all of them, at
#: ~2 ms CPU per report against ~7 ms of extraction in a worker (docs/performance.md), so past 3-4 workers it is
#: the limit and more workers only add memory. ``jobs=N`` can still ask for more.
AUTO_MAX_JOBS = 4
#: reports per task: at ~6 ms per report a task is ~50 ms of work, so the ~0.1 ms of IPC per task is noise, and
#: the last tasks of a batch leave no worker idle for long
CHUNK_REPORTS = 8
#: tasks in flight per worker: enough that a worker always has its next task queued while the parent stores
WINDOW_PER_JOB = 3

T = TypeVar("T")

_STATE: dict[str, Any] = {}  # the worker's extraction function and gazetteer (set by the initializer)


class WorkerError(UserError):
    """A worker process died or could not start; the batch stops (reports stored so far are complete).

    A :class:`UserError`: the CLI prints it in one line (the usual cause is the machine, e.g. out of memory).
    """


@dataclass(frozen=True, slots=True)
class Failed:
    """Extraction of one report raised: the reason, as the reject will say it."""

    reason: str


@dataclass(frozen=True, slots=True)
class Extracted:
    """What ingest needs of an extraction: the (possibly completed) report, its incidents, its warnings."""

    report: Report
    incidents: tuple[Any, ...]
    warnings: tuple[str, ...]


def auto_jobs() -> int:
    """Workers for ``jobs="auto"``: the CPUs this process may use, at most :data:`AUTO_MAX_JOBS`."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, AUTO_MAX_JOBS))


def extract_one(extract: Callable[..., Any], report: Report, gazetteer: Any) -> Extracted | Failed:
    """``extract(report, gazetteer=...)``, an exception turned into the reject reason (same in both paths)."""
    try:
        ex = extract(report, gazetteer=gazetteer)
    except Exception as exc:  # a bug in extraction must not stop the batch; it is reported
        return Failed(f"extraction failed: {type(exc).__name__}: {exc}")
    return Extracted(ex.report, tuple(ex.incidents), tuple(ex.warnings))


# ============================================================================================= worker side


def _init_worker(extract: Callable[..., Any], gazetteer: Any, gazetteer_path: str | None) -> None:
    """Runs once per worker: Ctrl-C is the parent's to handle; the gazetteer is inherited or loaded once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if gazetteer is None and gazetteer_path is not None:
        from geodata.gazetteer import Gazetteer

        with Path(gazetteer_path).open("rb") as f:
            gazetteer = Gazetteer(pickle.load(f), path=Path(gazetteer_path))
    _STATE["extract"] = extract
    _STATE["gazetteer"] = gazetteer


def _ready() -> int:
    """A no-op task: the pool has started and its initializer ran."""
    return os.getpid()


def _report_changes(before: Report, after: Report) -> dict[str, Any] | None:
    """The fields extraction changed (usually only the dateline): the report need not travel back whole."""
    if after is before:
        return None
    changes = {}
    for f in dataclasses.fields(Report):
        old, new = getattr(before, f.name), getattr(after, f.name)
        if new is not old and new != old:
            changes[f.name] = new
    return changes


def _extract_chunk(reports: list[Report]) -> list[bytes]:
    """Extract a chunk of reports; each outcome pickled here so that one unpicklable result fails alone."""
    extract, gazetteer = _STATE["extract"], _STATE["gazetteer"]
    out = []
    for report in reports:
        outcome = extract_one(extract, report, gazetteer)
        shipped: Any = outcome
        if isinstance(outcome, Extracted):
            shipped = (_report_changes(report, outcome.report), outcome.incidents, outcome.warnings)
        try:
            out.append(pickle.dumps(shipped, protocol=pickle.HIGHEST_PROTOCOL))
        except Exception as exc:
            reason = f"extraction failed: its result cannot be sent back from the worker ({type(exc).__name__}: {exc})"
            out.append(pickle.dumps(Failed(reason)))
    return out


def _unship(report: Report, data: bytes) -> Extracted | Failed:
    shipped = pickle.loads(data)
    if isinstance(shipped, Failed):
        return shipped
    changes, incidents, warnings = shipped
    return Extracted(dataclasses.replace(report, **changes) if changes else report, incidents, warnings)


# ============================================================================================= parent side


#: extracted once in the parent before the fork: a town, a province and a casualty count reach the tables that
#: extraction builds on first use (the place-id index, the province boundaries: ~140 MB), so that the workers
#: share them instead of each building its own copy
WARM_UP_TEXT = (
    "KIRKUK, Iraq — Two rockets hit a military base near Kirkuk in Kirkuk province on Monday, killing one "
    "soldier and wounding three, police said. Gunmen also attacked a checkpoint in Tuz Khurmatu."
)


def _warm_up(extract: Callable[..., Any], gazetteer: Any) -> None:
    """One throwaway extraction, so lazily built tables exist before the fork (memory, not output).

    Only for the project's own extractor: a caller's function is not run in this process behind its back.
    """
    import datetime as dt

    if getattr(extract, "__module__", None) != "incidents.extract.pipeline":
        return
    report = Report.create(text=WARM_UP_TEXT, published=dt.date(2020, 1, 6))
    with contextlib.suppress(Exception):  # only an optimisation: extraction's own errors show up per report
        extract(report, gazetteer=gazetteer)


def _context() -> multiprocessing.context.BaseContext:
    """Fork on Linux (the gazetteer is shared copy-on-write); spawn elsewhere (fork is unsafe on macOS)."""
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _gazetteer_args(gazetteer: Any, method: str) -> tuple[Any, str | None]:
    """What the initializer gets: the object itself when forked (not copied), else the index file to load."""
    if method == "fork":
        return gazetteer, None
    module = sys.modules.get("geodata.gazetteer")  # loaded already when ``gazetteer`` is one of its objects
    path = getattr(gazetteer, "path", None)
    if module is not None and isinstance(gazetteer, module.Gazetteer) and path is not None:
        return None, str(path)  # a 270 MB object is not pickled per worker: each loads the index once
    return gazetteer, None  # a small stand-in (tests) travels as it is


@dataclass(slots=True)
class _Chunk(Generic[T]):
    items: list[tuple[T, Report | None]]
    future: cf.Future[list[bytes]] | None = None


def extract_ordered(
    items: Iterable[tuple[T, Report | None]],
    *,
    extract: Callable[..., Any],
    gazetteer: Any,
    jobs: int,
    chunk: int | None = None,
    window: int | None = None,
    on_start: Callable[[], None] | None = None,
) -> Iterator[tuple[T, Extracted | Failed | None]]:
    """``(tag, outcome)`` for each ``(tag, report)`` of ``items``, in input order; ``None`` where report is None.

    ``jobs`` worker processes extract; this generator (the caller's process) reads ``items`` lazily, at most
    ``window`` chunks of ``chunk`` reports ahead of what it has yielded. ``on_start`` is called once the workers
    run (the caller creates threads, e.g. a progress bar, only after the fork).
    """
    chunk = chunk or CHUNK_REPORTS
    window = window or WINDOW_PER_JOB * jobs
    ctx = _context()
    method = ctx.get_start_method()
    gaz, gaz_path = _gazetteer_args(gazetteer, method)
    froze = False
    if method == "fork":
        _warm_up(extract, gazetteer)
    if method == "fork" and gc.get_freeze_count() == 0:
        gc.freeze()  # inherited objects stay out of the workers' collections: their pages stay shared
        froze = True
    executor = cf.ProcessPoolExecutor(
        max_workers=jobs, mp_context=ctx, initializer=_init_worker, initargs=(extract, gaz, gaz_path)
    )
    interrupted = True
    try:
        try:
            # start every worker now (fork happens here, before the caller starts any thread)
            executor.submit(_ready).result()
        except BrokenProcessPool as exc:
            raise WorkerError(f"the extraction worker processes could not start ({exc})") from exc
        finally:
            if froze:
                gc.unfreeze()
                froze = False
        if on_start is not None:
            on_start()
        yield from _pipeline(items, executor, chunk, window)
        interrupted = False
    finally:
        if froze:
            gc.unfreeze()
        _shutdown(executor, terminate=interrupted)


def _pipeline(
    items: Iterable[tuple[T, Report | None]], executor: cf.ProcessPoolExecutor, chunk: int, window: int
) -> Iterator[tuple[T, Extracted | Failed | None]]:
    pending: deque[_Chunk[T]] = deque()

    def submit(c: _Chunk[T]) -> None:
        reports = [r for _, r in c.items if r is not None]
        if reports:
            c.future = executor.submit(_extract_chunk, reports)
        pending.append(c)

    def collect(c: _Chunk[T]) -> Iterator[tuple[T, Extracted | Failed | None]]:
        try:
            shipped = iter(c.future.result()) if c.future is not None else iter(())
        except BrokenProcessPool as exc:
            raise WorkerError(
                f"an extraction worker process died ({exc}); the reports stored so far are complete: run the "
                "same command again (reports already stored come out unchanged), with fewer --jobs if memory is short"
            ) from exc
        for tag, report in c.items:
            yield tag, (None if report is None else _unship(report, next(shipped)))

    current: _Chunk[T] = _Chunk([])
    n_reports = 0
    for tag, report in items:
        current.items.append((tag, report))
        n_reports += report is not None
        # a chunk closes at ``chunk`` reports, or at many steps without reports (a run of rejected files)
        if n_reports == chunk or len(current.items) >= 8 * chunk:
            submit(current)
            current, n_reports = _Chunk([]), 0
            while len(pending) >= window:
                yield from collect(pending.popleft())
    if current.items:
        submit(current)
    while pending:
        yield from collect(pending.popleft())


def _shutdown(executor: cf.ProcessPoolExecutor, *, terminate: bool) -> None:
    """Normal end: let the workers exit. Interrupted or failed: drop queued work and stop the workers now."""
    if not terminate:
        executor.shutdown(wait=True)
        return
    processes = list(getattr(executor, "_processes", {}).values())  # no public way to stop running workers
    executor.shutdown(wait=False, cancel_futures=True)
    for p in processes:
        if p.is_alive():
            p.terminate()
    for p in processes:
        p.join(timeout=5)
