"""Work spread over forked worker processes, results as they come.

The function and its fixed arguments are inherited by the workers when they
fork (the authority table, the parsed shapes), not sent to each; only the
items and the results cross between processes."""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Iterator

from kg.store.progress import Progress


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


_task: dict = {}  # what forked workers inherit: the function and its fixed arguments
_opened: dict = {}  # what tasks opened in this process during the current run of parallel()


def opened(key, make):
    """``make()``, once per process for one run of :func:`parallel`: what every
    task of a worker reads (the store opened read-only, say). The run's end
    forgets it, so that the next run reads the store as it is then."""
    if key not in _opened:
        _opened[key] = make()
    return _opened[key]


def _worker_init() -> None:
    # the pool stops its workers with SIGTERM; the CLI's handler is for the main process
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _work(item):
    return _task["function"](item, **_task["kwargs"])


def parallel(function, items: list, jobs: int | None, progress: bool | None, what: str, **kwargs) -> Iterator:
    """``function(item, **kwargs)`` over ``items`` in ``jobs`` forked workers,
    results as they come; ``kwargs`` are inherited, not sent."""
    if not items:
        return
    jobs = max(1, min(jobs or default_jobs(), len(items)))
    bar = Progress(len(items), what, enabled=progress)
    try:
        if jobs == 1 or "fork" not in multiprocessing.get_all_start_methods():
            for item in items:
                yield function(item, **kwargs)
                bar.advance()
        else:
            _task.update(function=function, kwargs=kwargs)
            with multiprocessing.get_context("fork").Pool(jobs, initializer=_worker_init) as pool:
                for result in pool.imap_unordered(_work, items, chunksize=2):
                    yield result
                    bar.advance()
    finally:
        _task.clear()
        _opened.clear()
    bar.close()
