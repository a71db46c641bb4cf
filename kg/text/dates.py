"""Date expressions in archival meeting records.

`find_dates` returns every date expression of a text as a `DateMention`:
character offsets into the text, the printed form, and the calendar dates
it stands for.  The forms handled are the ones of the genre:

* day and month name, with or without year: ``1 November 1956``,
  ``23 October``, ``1st of November``, ``November 1, 1956``, ``Nov. 1``,
  ``NOVEMBER 1, 1956`` (English names capitalised or in capitals);
* transliterated Russian genitive month names, with or without ``g.``:
  ``2 noyabrya 1956 g.`` (both ``-ya`` and ``-ia`` spellings);
* Roman month numerals after a day number: ``31-X-56``, ``31 X``, ``26/X``,
  ``(4 XI)`` (the span excludes the parentheses), ``31.X.1956``;
* numeric day-first dates with a four-digit year: ``31.10.1956``;
* day ranges and lists: ``5-6 December 1956``, ``31 October-1 November``,
  ``from 1 to 7 April 1957`` and ``between 1 and 7 April`` (the range
  without its "from"),
  ``October 31-November 1, 1956``; ``27 and 29 October 1956`` gives two
  mentions, ``27`` and ``29 October 1956``, sharing month and year;
* month precision: ``October 1956``, ``late October``, ``end of October``,
  ``beginning of November``, ``early November``, ``mid-October`` (the whole
  month: `begin` is its first day, `end_date` its last);
* relative dates after "in" or "within": ``in 3 days``, ``within two weeks``
  (precision ``"relative"``, no calendar date).

`parse_date` reads a whole text as one date: any form above, or the
catalogue form of authority data and Wikidata, ``1956-10-23``, ``1956-10``,
``1897`` (a remark may follow after a space, ``(``, ``;`` or ``,``:
``1895-06-11 (O.S. 30 May)``).  A date known to the year, month or day is a
`PartialDate`; `DateMention.partial` gives it.  `is_date_line` tells a line
that is nothing but a day's date (``**November 1, 1956**``).

A two-digit year is read as 19xx.  When the text gives no year the
`default_year` argument supplies it; without one the mention is still
returned, with `begin` and `end_date` None.  A bare month name, a bare year,
a duration (``10-15 days``, ``3 days to think it over``), page and folio
numbers and archival numbers (``Protocol No. 50``, ``pp. 394-395``,
``D. 1006``, ``2/8-39b``) are not dates.  Impossible dates (``31 XI``) are
skipped; no input makes these functions raise.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass

from kg.text.date_forms import RULES

__all__ = ["PartialDate", "DateMention", "find_dates", "parse_date", "is_date_line"]


@dataclass(frozen=True)
class PartialDate:
    """A date known to the year, the month or the day. Dates sort by year,
    month and day, a missing part before any given one (1956 < 1956-10-23):
    the generated tuple order would compare None with a number."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day and not self.month:
            raise ValueError("a day without a month")
        datetime.date(self.year, self.month or 1, self.day or 1)  # ValueError when out of range

    @property
    def earliest(self) -> datetime.date:
        return datetime.date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> datetime.date:
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return datetime.date(self.year, month, day)

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

    def _key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    def __lt__(self, other: PartialDate) -> bool:
        return self._key() < other._key()

    def __le__(self, other: PartialDate) -> bool:
        return self._key() <= other._key()

    def __gt__(self, other: PartialDate) -> bool:
        return self._key() > other._key()

    def __ge__(self, other: PartialDate) -> bool:
        return self._key() >= other._key()


@dataclass(frozen=True)
class DateMention:
    """One date expression: its span in the text and what it denotes."""

    start: int
    end: int
    printed: str
    begin: datetime.date | None
    end_date: datetime.date | None
    precision: str  # "day" | "month" | "year" | "relative"

    @property
    def partial(self) -> PartialDate | None:
        """The date as a :class:`PartialDate` when it is one day, one month
        or one year (not a range, not a relative date, year known)."""
        if self.begin is None or self.end_date is None:
            return None
        if self.precision == "day" and self.begin == self.end_date:
            return PartialDate(self.begin.year, self.begin.month, self.begin.day)
        if self.precision == "month" and (self.begin.year, self.begin.month) == (self.end_date.year, self.end_date.month):
            return PartialDate(self.begin.year, self.begin.month)
        if self.precision == "year" and self.begin.year == self.end_date.year:
            return PartialDate(self.begin.year)
        return None



def find_dates(text: str, *, default_year: int | None = None) -> list[DateMention]:
    """All date mentions of `text`, sorted by start and non-overlapping.

    Where two readings overlap, the one starting first wins, and of two
    starting at the same place the longer one.
    """
    candidates: list[tuple[int, int, list[DateMention]]] = []
    for pattern, rule in RULES:
        for match in pattern.finditer(text):
            readings = rule(match, text, default_year)
            if readings is not None:
                mentions = [DateMention(r.start, r.end, text[r.start:r.end], r.begin, r.end_date, r.precision)
                            for r in readings]
                candidates.append((match.start(), match.end(), mentions))
    candidates.sort(key=lambda c: (c[0], c[0] - c[1]))
    found: list[DateMention] = []
    taken_to = -1
    for start, end, mentions in candidates:
        if start >= taken_to:
            found.extend(mentions)
            taken_to = end
    return found


# The catalogue form: "1956-10-23", "1956-10", "1897", a remark may follow.
_ISO_RE = re.compile(r"(?P<y>[0-9]{4})(?:-(?P<mo>[0-9]{2})(?:-(?P<d>[0-9]{2}))?)?(?=$|[\sT(;,])")


def _iso(text: str) -> DateMention | None:
    m = _ISO_RE.match(text)
    if not m:
        return None
    try:
        partial = PartialDate(int(m["y"]), int(m["mo"]) if m["mo"] else None, int(m["d"]) if m["d"] else None)
    except ValueError:
        return None
    return DateMention(m.start(), m.end(), m.group(), partial.earliest, partial.latest, partial.precision)


def parse_date(printed: str, *, default_year: int | None = None) -> DateMention | None:
    """The whole of `printed` read as one date mention, else None.

    Surrounding white space and one pair of enclosing parentheses are
    allowed (``" (4 XI) "``); offsets are into `printed` as given.  The
    catalogue form (``1956-10``) may be followed by a remark.
    """
    lead = len(printed) - len(printed.lstrip())
    iso = _iso(printed[lead:])
    if iso is not None:
        return DateMention(iso.start + lead, iso.end + lead, iso.printed, iso.begin, iso.end_date, iso.precision)
    mentions = find_dates(printed, default_year=default_year)
    if len(mentions) != 1:
        return None
    mention = mentions[0]
    before, after = printed[:mention.start].strip(), printed[mention.end:].strip()
    if (before, after) in (("", ""), ("(", ")")):
        return mention
    return None


def is_date_line(line: str) -> bool:
    """Whether `line` is a day's date and nothing else, bold or underlined
    marks aside: "**November 1, 1956**", "1 November 1956"."""
    core = line.strip().strip("*_").strip()
    if not core or not core[0].isdigit() and not core[0].isupper():
        return False
    mention = parse_date(core)
    return (mention is not None and mention.precision == "day" and mention.begin is not None
            and mention.begin == mention.end_date and mention.printed == core)


def leading_date(line: str) -> int | None:
    """Where a day's date that opens ``line`` ends ("June 24, 1958 Minutes
    of ..." -> 13), marks aside; None when the line does not open with one."""
    lead = len(line) - len(line.lstrip(" \t*_"))
    mentions = find_dates(line[lead:lead + 40])
    if not mentions or mentions[0].start != 0 or mentions[0].precision != "day" or mentions[0].begin is None:
        return None
    return lead + mentions[0].end
