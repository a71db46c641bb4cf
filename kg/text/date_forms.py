"""The printed forms of dates, one pattern and one reading per form.

Each rule reads one match of its pattern into :class:`Reading` tuples
(offsets and calendar dates); :func:`kg.text.dates.find_dates` runs them all
and keeps the readings that do not overlap.  The forms are listed in the
docstring of :mod:`kg.text.dates`."""

from __future__ import annotations

import datetime
import re
from typing import Callable, NamedTuple

from kg.text.months import MONTH_NAME, ROMAN_MONTHS, month_number


class Reading(NamedTuple):
    """What one rule read: offsets, first and last day, precision."""

    start: int
    end: int
    begin: datetime.date | None
    end_date: datetime.date | None
    precision: str


_NUMBER_WORDS = (
    "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty",
)

# A hyphen or dash joining the two ends of a range.
_DASH = r"\s?[-\u2010-\u2015]\s?"
# A day number may not continue a word, a number, a path or a range.
_START = r"(?<![\w/.\-\u2010-\u2015])"


def _day(name: str, ordinal: bool = True) -> str:
    """A day number 1-31 as group `name`, optionally with st/nd/rd/th."""
    suffix = "(?:st|nd|rd|th)?" if ordinal else ""
    return rf"(?P<{name}>3[01]|[12][0-9]|0?[1-9])(?![0-9]){suffix}"


def _month(name: str) -> str:
    return rf"(?P<{name}>{MONTH_NAME})"


def _year(name: str) -> str:
    """A four-digit year, with the Russian ``g.`` / ``goda`` after it."""
    return rf"(?P<{name}>(?:1[89]|20)[0-9][0-9])(?![0-9])(?:\s?g\.|\s+goda\b)?"


_DAY_ONLY = r"(?:3[01]|[12][0-9]|0?[1-9])(?![0-9])(?:st|nd|rd|th)?"

# "31 October-1 November", "31 December 1956-2 January 1957"
_CROSS_MONTH_RE = re.compile(
    rf"{_START}{_day('d1')}\s+(?:of\s+)?{_month('m1')}(?:,?\s+{_year('y1')})?"
    rf"{_DASH}{_day('d2')}\s+(?:of\s+)?{_month('m2')}(?:,?\s+{_year('y2')})?"
)
# "1 November 1956", "23 October", "5-6 December 1956", "2 noyabrya 1956 g."
_DAY_MONTH_RE = re.compile(
    rf"{_START}{_day('d1')}(?:{_DASH}{_day('d2')})?\s+(?:of\s+)?{_month('m1')}"
    rf"(?:,?\s+{_year('y1')})?"
)
# "27 and 29 October 1956", "1, 2 and 3 November": one mention per day
_DAY_LIST_RE = re.compile(
    rf"{_START}(?P<list>{_DAY_ONLY}(?:\s*,\s*{_DAY_ONLY}){{0,5}})\s*,?\s+and\s+"
    rf"{_day('d1')}\s+(?:of\s+)?{_month('m1')}(?:,?\s+{_year('y1')})?"
)
# "from 1 to 7 April 1957", "between 1 and 7 April": one range, "from" left out
_FROM_TO_RE = re.compile(
    rf"(?<!\w)(?:[Ff]rom|[Bb]etween)\s+{_day('d1')}\s+(?:to|and|until|till|through)\s+"
    rf"{_day('d2')}\s+(?:of\s+)?{_month('m1')}(?:,?\s+{_year('y1')})?"
)
# "November 1, 1956", "November 5-6, 1956", "October 31-November 1, 1956"
_MONTH_DAY_RE = re.compile(
    rf"(?<!\w){_month('m1')}\s+{_day('d1')}"
    rf"(?:{_DASH}(?:{_month('m2')}\s+)?{_day('d2')})?(?:,?\s+{_year('y1')})?(?!\w)"
)
# "October 1956", "November, 1956"
_MONTH_YEAR_RE = re.compile(rf"(?<!\w){_month('m1')},?\s+{_year('y1')}")
# "late October", "end of October 1956", "beginning of November", "mid-October"
_QUALIFIED_RE = re.compile(
    r"(?<!\w)(?P<q>(?i:late|early|mid|middle\s+of|end\s+of|beginning\s+of|start\s+of"
    r"|first\s+half\s+of|second\s+half\s+of))(?:\s+|-)"
    rf"{_month('m1')}(?:,?\s+{_year('y1')})?"
)
# "31-X-56", "31 X", "26/X", "4 XI", "31.X.1956", "5-6 XII 1956"; a two-digit
# year only after - . / (never after a space: "31 X 56 men" is no year)
_ROMAN_RE = re.compile(
    rf"{_START}{_day('d1', False)}(?:{_DASH}{_day('d2', False)})?"
    r"(?P<sep>[-./]|[ \u00a0])(?P<rm>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?![A-Za-z])"
    r"(?:[-./](?P<ya>(?:1[89]|20)[0-9][0-9]|[0-9][0-9])(?![0-9])"
    r"|[ \u00a0](?P<yb>(?:1[89]|20)[0-9][0-9])(?![0-9]))?"
    r"(?![A-Za-z]|-[A-Za-z])"
)
# "31.10.1956": day first, four-digit year only
_NUMERIC_RE = re.compile(
    rf"(?<![\w./-]){_day('d1', False)}\.(?P<mo>1[0-2]|0?[1-9])\."
    r"(?P<y1>(?:1[89]|20)[0-9][0-9])(?![0-9]|\.[0-9])"
)
# "in 3 days", "within two weeks", "in the next 10 days"
_RELATIVE_RE = re.compile(
    r"(?<!\w)(?:[Ii]n|[Ww]ithin)\s+(?:the\s+(?:next|coming)\s+)?"
    r"(?P<n>[0-9]{1,3}|" + "|".join(_NUMBER_WORDS) + r")\s+(?:days?|weeks?|months?)(?!\w)"
)
# A number right after one of these is a page, folio, note or archival
# number, not a day: "No. 5", "pp. 12", "F. 3", "Sv. 14", "Note 2".
_REFERENCE_BEFORE_RE = re.compile(
    r"\b(?:Nos?|nos?|pp?|vols?|Vol|F|Op|0p|D|L|Ll|LI|Sv|sv|Box|box|[Nn]otes?|Fig|fig"
    r"|Nr|nr|fols?|ff|[Cc]h|[Pp]oint|[Ii]tem|[Pp]ara|[Aa]rt|[Ss]ec)\s?\.?\)?\s*$"
)

# A rule reads one match: None when it is no date after all; a list of
# mentions otherwise, empty when the date cannot exist (the span stays taken,
# so "30 February 1956" does not fall back to "February 1956").
_Rule = Callable[[re.Match, str, "int | None"], "list[Reading] | None"]


def _year_value(printed: str | None) -> int | None:
    if not printed:
        return None
    value = int(printed)
    return 1900 + value if value < 100 else value


def _after_reference(text: str, start: int) -> bool:
    return bool(_REFERENCE_BEFORE_RE.search(text[max(0, start - 14):start]))


def _valid(year: int | None, month: int, day: int) -> datetime.date | None:
    """The date, or None if it cannot exist (a missing year checks as leap)."""
    try:
        return datetime.date(2000 if year is None else year, month, day)
    except ValueError:
        return None


def _mention(text: str, start: int, end: int, first: tuple, last: tuple,
             precision: str = "day") -> Reading | None:
    """A mention from (year, month, day) of its first and last day, or None."""
    begin, finish = _valid(*first), _valid(*last)
    if begin is None or finish is None:
        return None
    if first[0] is None or last[0] is None:
        if first[1] == last[1] and last[2] < first[2]:
            return None
        begin = finish = None
    elif finish < begin:
        return None
    return Reading(start, end, begin, finish, precision)


def _whole_month(text: str, start: int, end: int, year: int | None, month: int) -> Reading | None:
    last = next((d for d in (31, 30, 29, 28) if _valid(year, month, d)), None)
    if last is None:
        return None
    return _mention(text, start, end, (year, month, 1), (year, month, last), "month")


def _found(*mentions: Reading | None) -> list[Reading]:
    return [m for m in mentions if m is not None]


def _span_years(first_month: int, last_month: int, y1: int | None, y2: int | None,
                default: int | None) -> tuple[int | None, int | None]:
    """Years of both ends of a range: each end takes the other's if missing."""
    if y1 is None and y2 is None:
        y1 = default
    if y1 is None and y2 is not None:
        y1 = y2 - 1 if first_month > last_month else y2
    if y2 is None and y1 is not None:
        y2 = y1 + 1 if last_month < first_month else y1
    return y1, y2


def _cross_month(m: re.Match, text: str, default: int | None) -> list[Reading] | None:
    if _after_reference(text, m.start()):
        return None
    m1, m2 = month_number(m["m1"]), month_number(m["m2"])
    y1, y2 = _span_years(m1, m2, _year_value(m["y1"]), _year_value(m["y2"]), default)
    return _found(_mention(text, m.start(), m.end(), (y1, m1, int(m["d1"])), (y2, m2, int(m["d2"]))))


def _day_month(m: re.Match, text: str, default: int | None) -> list[Reading] | None:
    if _after_reference(text, m.start()):
        return None
    month, year = month_number(m["m1"]), _year_value(m["y1"]) or default
    d1 = int(m["d1"])
    d2 = int(m["d2"]) if m["d2"] else d1
    return _found(_mention(text, m.start(), m.end(), (year, month, d1), (year, month, d2)))


def _day_list(m: re.Match, text: str, default: int | None) -> list[Reading] | None:
    if _after_reference(text, m.start()):
        return None
    month, year = month_number(m["m1"]), _year_value(m["y1"]) or default
    mentions = []
    for day in re.finditer(r"[0-9]+(?:st|nd|rd|th)?", m["list"]):
        start, end = m.start("list") + day.start(), m.start("list") + day.end()
        number = int(re.match(r"[0-9]+", day.group()).group())
        mentions.append(_mention(text, start, end, (year, month, number), (year, month, number)))
    day = int(m["d1"])
    mentions.append(_mention(text, m.start("d1"), m.end(), (year, month, day), (year, month, day)))
    return _found(*mentions)


def _from_to(m: re.Match, text: str, default: int | None) -> list[Reading] | None:
    month, year = month_number(m["m1"]), _year_value(m["y1"]) or default
    return _found(_mention(text, m.start("d1"), m.end(), (year, month, int(m["d1"])), (year, month, int(m["d2"]))))


def _month_day(m: re.Match, text: str, default: int | None) -> list[Reading] | None:
    m1 = month_number(m["m1"])
    m2 = month_number(m["m2"]) if m["m2"] else m1
    d1 = int(m["d1"])
    d2 = int(m["d2"]) if m["d2"] else d1
    y1, y2 = _span_years(m1, m2, None, _year_value(m["y1"]) or default, None)
    return _found(_mention(text, m.start(), m.end(), (y1, m1, d1), (y2, m2, d2)))


def _month_year(m: re.Match, text: str, default: int | None) -> list[Reading] | None:
    if re.search(r"[0-9]\s*$", text[max(0, m.start() - 3):m.start()]):
        return None
    return _found(_whole_month(text, m.start(), m.end(), _year_value(m["y1"]), month_number(m["m1"])))


def _qualified(m: re.Match, text: str, default: int | None) -> list[Reading] | None:
    year = _year_value(m["y1"]) or default
    return _found(_whole_month(text, m.start(), m.end(), year, month_number(m["m1"])))


def _roman(m: re.Match, text: str, default: int | None) -> list[Reading] | None:
    start, end = m.start(), m.end()
    if _after_reference(text, start):
        return None
    printed_year = m["ya"] or m["yb"]
    spaced = m["sep"] in " \u00a0"
    if spaced and not printed_year:
        if re.match(r"\s*[0-9]", text[end:end + 4]):
            return None
        enclosed = text[start - 1:start] == "(" and text[end:end + 1] == ")"
        if m["rm"] == "I" and not enclosed:
            return None
    month = ROMAN_MONTHS.index(m["rm"]) + 1
    year = _year_value(printed_year) or default
    d1 = int(m["d1"])
    d2 = int(m["d2"]) if m["d2"] else d1
    return _found(_mention(text, start, end, (year, month, d1), (year, month, d2)))


def _numeric(m: re.Match, text: str, default: int | None) -> list[Reading] | None:
    if _after_reference(text, m.start()):
        return None
    date = (int(m["y1"]), int(m["mo"]), int(m["d1"]))
    return _found(_mention(text, m.start(), m.end(), date, date))


def _relative(m: re.Match, text: str, default: int | None) -> list[Reading] | None:
    return [Reading(m.start(), m.end(), None, None, "relative")]


RULES: tuple[tuple[re.Pattern, _Rule], ...] = (
    (_CROSS_MONTH_RE, _cross_month),
    (_DAY_MONTH_RE, _day_month),
    (_FROM_TO_RE, _from_to),
    (_DAY_LIST_RE, _day_list),
    (_MONTH_DAY_RE, _month_day),
    (_MONTH_YEAR_RE, _month_year),
    (_QUALIFIED_RE, _qualified),
    (_ROMAN_RE, _roman),
    (_NUMERIC_RE, _numeric),
    (_RELATIVE_RE, _relative),
)
