"""Times of day as datelines and titles print them: "at 11 a.m.", "5 p.m.",
"7:15 p.m.", "10:30", "10.00–13.30" (a range: its first time), "noon".

:func:`find_time` gives the first time in a piece of text, read on a
24-hour clock ("HH:MM"), with its offsets."""

from __future__ import annotations

import re
from typing import NamedTuple

_MERIDIEM = r"(?P<ampm>[ap])\.?\s?m\.?(?![A-Za-z])"
TIME_RE = re.compile(
    rf"(?<![\d.:])(?P<hour>\d{{1,2}})(?:[:.](?P<minute>[0-5]\d))?\s?{_MERIDIEM}"  # 11 a.m., 7:15 p.m.
    r"|(?<![\d.:/])(?P<hour24>[01]?\d|2[0-3])[:.](?P<minute24>[0-5]\d)(?![\d.:/]|\s?[ap]\.?\s?m\b)"  # 10:30, 10.00
    r"|\b(?P<noon>noon|midday)\b",
    re.IGNORECASE,
)


class TimeOfDay(NamedTuple):
    value: str  # "HH:MM"
    start: int
    end: int


def find_time(text: str, start: int = 0) -> TimeOfDay | None:
    """The first time of day in ``text`` from offset ``start`` on."""
    for m in TIME_RE.finditer(text, start):
        if m.group("noon"):
            return TimeOfDay("12:00", m.start(), m.end())
        if m.group("hour") is not None:
            hour, minute = int(m.group("hour")), int(m.group("minute") or 0)
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if m.group("ampm").lower() == "p" else 0)
        else:
            hour, minute = int(m.group("hour24")), int(m.group("minute24"))
        return TimeOfDay(f"{hour:02d}:{minute:02d}", m.start(), m.end())
    return None
