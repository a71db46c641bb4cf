"""Progress of a long build on a terminal: files done, rate, time left.

Shown on a terminal only (nothing when stderr is a file or a pipe), on one
line rewritten in place and cleared at the end."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TextIO


class Progress:
    """A ``build(progress=...)`` callback that draws on ``stream`` when it is a terminal."""

    def __init__(self, stream: TextIO, *, every: float = 0.2, clock=time.monotonic, force: bool = False):
        self.stream = stream
        self.active = force or _is_tty(stream)
        self.every = every
        self.clock = clock
        self.started = clock()
        self.last = float("-inf")
        self.drawn = False

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc) -> None:
        self.clear()

    def line(self, done: int, total: int, path: Path | str, now: float | None = None) -> str:
        elapsed = max((self.clock() if now is None else now) - self.started, 1e-9)
        rate = done / elapsed
        left = (total - done) / rate if rate > 0 else 0.0
        return (f"[{done}/{total}] files, {rate:.1f} files/s, {_duration(left)} left, "
                f"{_duration(elapsed)} so far: {Path(path).name}")

    def update(self, done: int, total: int, path: Path | str) -> None:
        if not self.active:
            return
        now = self.clock()
        if now - self.last < self.every and done < total:
            return
        self.last = now
        text = self.line(done, total, path, now)
        self.stream.write("\r" + text[:150] + "\x1b[K")
        self.stream.flush()
        self.drawn = True

    def clear(self) -> None:
        if self.drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.drawn = False


def _is_tty(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"
