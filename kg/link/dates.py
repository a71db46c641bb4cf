"""Dates of the authority data and of records as the linker compares them:
a year, a month or a day, with the earliest and latest day it may mean."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

_DATE = re.compile(r"(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[\sT(;,])")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day and not self.month:
            raise ValueError("a day without a month")
        date(self.year, self.month or 1, self.day or 1)  # raises ValueError when out of range

    @property
    def earliest(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> date:
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return date(self.year, month, day)

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        text = f"{self.year:04d}"
        if self.month:
            text += f"-{self.month:02d}"
            if self.day:
                text += f"-{self.day:02d}"
        return text

    def __str__(self) -> str:
        return self.iso()


def parse_date(cell: str | None) -> PartialDate | None:
    """The date at the start of an authority cell: "1895-06-11 (O.S. 30 May)",
    "1897", "1956-10 (...)". Empty -> None; anything else -> ValueError."""
    text = (cell or "").strip()
    if not text:
        return None
    m = _DATE.match(text)
    if not m:
        raise ValueError(f"not a date: {text!r}")
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    try:
        return PartialDate(year, month, day)
    except ValueError as exc:
        raise ValueError(f"not a date: {text!r}") from exc
