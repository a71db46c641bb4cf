"""Running a function with a time and a memory limit that really hold.

rdflib evaluates SPARQL in Python, so a thread cannot be stopped from
outside. :func:`call_limited` runs the function in a forked child process:
on time out the child is killed, and its memory is capped with
``RLIMIT_AS``. The child inherits what the parent has loaded (the graph), so
nothing big is copied; only the result comes back, pickled."""

from __future__ import annotations

import multiprocessing
import os
import traceback
from collections.abc import Callable
from typing import Any

from kg.errors import KgError


class LimitExceeded(KgError):
    """The function ran past its time or memory limit."""


_MEMORY_EXIT = 86  # the child's exit code when even reporting ran out of memory


def _child(conn, fn, args, memory_mb):
    try:
        try:
            if memory_mb:
                _cap_memory(memory_mb)
            answer = ("ok", fn(*args))
        except MemoryError:
            answer = ("memory", None)
        except KgError as exc:
            answer = ("kg", str(exc))
        except BaseException as exc:  # noqa: BLE001  -- handed to the parent, which decides
            answer = ("error", (type(exc).__name__, str(exc), traceback.format_exc()))
        conn.send(answer)
    except MemoryError:
        os._exit(_MEMORY_EXIT)  # the answer itself did not fit: say so by the exit code
    finally:
        conn.close()


def _cap_memory(memory_mb: int) -> None:
    import resource

    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[0])
    now = pages * os.sysconf("SC_PAGE_SIZE")
    limit = now + memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods() and os.path.exists("/proc/self/statm")


def call_limited(fn: Callable[..., Any], args: tuple, *, timeout: float | None, memory_mb: int | None,
                 what: str = "the query") -> Any:
    """``fn(*args)`` in a child process, killed after ``timeout`` seconds;
    its memory grows by at most ``memory_mb``. A :class:`LimitExceeded`
    says which limit fired; a KgError of the child is raised again here;
    any other exception of the child comes back as ``RuntimeError`` with the
    child's traceback in its notes."""
    if not can_fork():
        return fn(*args)
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, fn, args, memory_mb), daemon=True)
    proc.start()
    child.close()
    try:
        if not parent.poll(timeout):
            raise LimitExceeded(f"{what} ran past the time limit of {timeout:g} s and was stopped "
                                "(give --timeout SECONDS to allow more)")
        try:
            status, value = parent.recv()
        except EOFError:
            proc.join(5)
            status, value = ("memory", None) if proc.exitcode == _MEMORY_EXIT else ("ended", proc.exitcode)
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(5)
        parent.close()
    if status == "ok":
        return value
    if status == "memory":
        raise LimitExceeded(f"{what} needed more than {memory_mb} MB of memory and was stopped "
                            "(give --memory MB to allow more)")
    if status == "kg":
        raise KgError(value)
    if status == "ended":
        raise LimitExceeded(f"{what} was stopped: its process ended without an answer (exit code {value})")
    name, message, trace = value
    error = RuntimeError(f"{name}: {message}")
    error.add_note(trace)
    raise error
