"""Progress of a long run on a terminal: units done, rate, time left.

Silent when standard error is not a terminal (piped, in tests, in CI); the
summary of the stages is printed by the caller either way."""

from __future__ import annotations

import sys
import time


class Progress:
    def __init__(self, total: int, what: str = "records", *, stream=None, enabled: bool | None = None):
        self.total, self.what = total, what
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.done = 0
        self.started = time.perf_counter()
        self._shown = 0.0

    def advance(self, n: int = 1) -> None:
        self.done += n
        now = time.perf_counter()
        if self.enabled and (now - self._shown > 0.2 or self.done >= self.total):
            self._shown = now
            elapsed = now - self.started
            rate = self.done / elapsed if elapsed > 0 else 0.0
            left = (self.total - self.done) / rate if rate > 0 else 0.0
            self.stream.write(f"\r  {self.done}/{self.total} {self.what}, {rate:.1f}/s, "
                              f"{left:.0f} s left   ")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.done:
            self.stream.write("\r" + " " * 60 + "\r")
            self.stream.flush()
