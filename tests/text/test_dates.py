"""Tests of kg.text.dates: the date forms of the genre, the sample record,
what must not be read as a date, and properties over arbitrary text."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.text.dates import DateMention, find_dates, parse_date

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "presidium-1956-11-01.txt"
D = datetime.date


def rows(text: str, default_year: int | None = None) -> list[tuple]:
    return [(m.printed, m.begin, m.end_date, m.precision)
            for m in find_dates(text, default_year=default_year)]


# --- the sample record ------------------------------------------------------

def test_sample_record_dates_in_order():
    text = SAMPLE.read_text(encoding="utf-8")
    day = lambda y, m, d: (D(y, m, d), D(y, m, d), "day")  # noqa: E731
    month = lambda y, m, last: (D(y, m, 1), D(y, m, last), "month")  # noqa: E731
    expected = [
        ("November 1, 1956", *day(1956, 11, 1)),
        ("1 November 1956", *day(1956, 11, 1)),
        ("1 November 1956", *day(1956, 11, 1)),
        ("November 1, 1956", *day(1956, 11, 1)),
        ("1 November 1956", *day(1956, 11, 1)),
        ("31-X-56", *day(1956, 10, 31)),
        ("31-X-56", *day(1956, 10, 31)),
        ("31 X", *day(1956, 10, 31)),
        ("1", *day(1956, 11, 1)),                      # note 1: "both 1 and 2 November"
        ("2 November", *day(1956, 11, 2)),
        ("31 October-1 November", D(1956, 10, 31), D(1956, 11, 1), "day"),
        ("23 October", *day(1956, 10, 23)),
        ("31 October", *day(1956, 10, 31)),
        ("31 October", *day(1956, 10, 31)),
        ("end of October", *month(1956, 10, 31)),
        ("2 noyabrya 1956 g.", *day(1956, 11, 2)),
        ("end of October", *month(1956, 10, 31)),
        ("beginning of November", *month(1956, 11, 30)),
        ("late October", *month(1956, 10, 31)),
        ("late October", *month(1956, 10, 31)),
        ("5-6 December 1956", D(1956, 12, 5), D(1956, 12, 6), "day"),
        ("29 October 1956", *day(1956, 10, 29)),
        ("27 October 1956", *day(1956, 10, 27)),
    ]
    assert rows(text, 1956) == expected


def test_sample_record_spans_quote_the_text():
    text = SAMPLE.read_text(encoding="utf-8")
    mentions = find_dates(text, default_year=1956)
    for mention in mentions:
        assert text[mention.start:mention.end] == mention.printed
    starts = [m.start for m in mentions]
    assert starts == sorted(starts)


def test_sample_record_decision_of_31_october_written_two_ways():
    text = SAMPLE.read_text(encoding="utf-8")
    printed = {m.printed for m in find_dates(text, default_year=1956) if m.begin == D(1956, 10, 31)}
    assert {"31-X-56", "31 X", "31 October"} <= printed


# --- single dates -------------------------------------------------------------

@pytest.mark.parametrize("printed, begin", [
    ("1 November 1956", D(1956, 11, 1)),
    ("November 1, 1956", D(1956, 11, 1)),
    ("November 1 1956", D(1956, 11, 1)),
    ("31 October 1956", D(1956, 10, 31)),
    ("1st of November 1956", D(1956, 11, 1)),
    ("November 1st, 1956", D(1956, 11, 1)),
    ("NOVEMBER 1, 1956", D(1956, 11, 1)),
    ("1 MAY 1956", D(1956, 5, 1)),
    ("3 Nov. 1956", D(1956, 11, 3)),
    ("Sept. 4, 1957", D(1957, 9, 4)),
    ("4 November, 1956", D(1956, 11, 4)),
    ("31-X-56", D(1956, 10, 31)),
    ("31.X.1956", D(1956, 10, 31)),
    ("31/X/56", D(1956, 10, 31)),
    ("4 XI 1956", D(1956, 11, 4)),
    ("12-IV-1961", D(1961, 4, 12)),
    ("31.10.1956", D(1956, 10, 31)),
    ("2 noyabrya 1956 g.", D(1956, 11, 2)),
    ("2 noyabrya 1956", D(1956, 11, 2)),
    ("2 noiabria 1956 g.", D(1956, 11, 2)),
    ("23 oktyabrya 1956 goda", D(1956, 10, 23)),
    ("1 yanvarya 1957 g.", D(1957, 1, 1)),
    ("14 fevralya 1956 g.", D(1956, 2, 14)),
    ("8 marta 1953 g.", D(1953, 3, 8)),
    ("22 aprelya 1960", D(1960, 4, 22)),
    ("9 maya 1945 g.", D(1945, 5, 9)),
    ("9 maia 1945", D(1945, 5, 9)),
    ("22 iyunya 1941 g.", D(1941, 6, 22)),
    ("3 iyulya 1953", D(1953, 7, 3)),
    ("19 avgusta 1968 g.", D(1968, 8, 19)),
    ("1 sentyabrya 1939 g.", D(1939, 9, 1)),
    ("12 dekabrya 1956 g.", D(1956, 12, 12)),
])
def test_single_day_with_year(printed, begin):
    mention = parse_date(printed)
    assert mention is not None, printed
    assert (mention.start, mention.end, mention.printed) == (0, len(printed), printed)
    assert (mention.begin, mention.end_date, mention.precision) == (begin, begin, "day")


@pytest.mark.parametrize("printed, begin", [
    ("31 X", D(1956, 10, 31)),
    ("26/X", D(1956, 10, 26)),
    ("23 October", D(1956, 10, 23)),
    ("October 23", D(1956, 10, 23)),
    ("4 XI", D(1956, 11, 4)),
    ("5 noyabrya", D(1956, 11, 5)),
])
def test_day_without_year_takes_the_default_year(printed, begin):
    mention = parse_date(printed, default_year=1956)
    assert (mention.begin, mention.end_date, mention.precision) == (begin, begin, "day")


def test_day_without_year_and_without_default_is_kept_unresolved():
    mention = parse_date("31 X")
    assert mention is not None
    assert (mention.printed, mention.begin, mention.end_date, mention.precision) == ("31 X", None, None, "day")


def test_printed_year_wins_over_default_year():
    assert parse_date("4 November 1957", default_year=1956).begin == D(1957, 11, 4)


def test_parenthesised_roman_date_excludes_the_parentheses():
    text = "Cde. Zhukov reports on the move (4 XI) of the divisions."
    [mention] = find_dates(text, default_year=1956)
    assert mention.printed == "4 XI"
    assert text[mention.start - 1] == "(" and text[mention.end] == ")"
    assert mention.begin == D(1956, 11, 4)
    assert parse_date("(4 XI)", default_year=1956).printed == "4 XI"


def test_dates_in_running_text_have_exact_offsets():
    text = "Decided on 31-X-56; confirmed 2 noyabrya 1956 g.; see also 26/X."
    mentions = find_dates(text, default_year=1956)
    assert [m.printed for m in mentions] == ["31-X-56", "2 noyabrya 1956 g.", "26/X"]
    for m in mentions:
        assert text[m.start:m.end] == m.printed


# --- ranges and lists ---------------------------------------------------------

@pytest.mark.parametrize("printed, default, begin, end", [
    ("5-6 December 1956", None, D(1956, 12, 5), D(1956, 12, 6)),
    ("5–6 December 1956", None, D(1956, 12, 5), D(1956, 12, 6)),
    ("5-6 XII 1956", None, D(1956, 12, 5), D(1956, 12, 6)),
    ("November 5-6, 1956", None, D(1956, 11, 5), D(1956, 11, 6)),
    ("31 October-1 November", 1956, D(1956, 10, 31), D(1956, 11, 1)),
    ("31 October-1 November 1956", None, D(1956, 10, 31), D(1956, 11, 1)),
    ("31 October - 1 November 1957", 1956, D(1957, 10, 31), D(1957, 11, 1)),
    ("October 31-November 1, 1956", None, D(1956, 10, 31), D(1956, 11, 1)),
    ("31 December 1956-2 January 1957", None, D(1956, 12, 31), D(1957, 1, 2)),
    ("31 December-2 January 1957", None, D(1956, 12, 31), D(1957, 1, 2)),
])
def test_ranges(printed, default, begin, end):
    mention = parse_date(printed, default_year=default)
    assert mention is not None, printed
    assert (mention.begin, mention.end_date, mention.precision) == (begin, end, "day")


def test_backwards_range_is_not_a_range():
    assert parse_date("6-5 December 1956") is None


def test_two_days_sharing_month_and_year():
    text = "the reports of 27 and 29 October 1956 (Top Secret)"
    first, second = find_dates(text)
    assert (first.printed, first.begin, first.precision) == ("27", D(1956, 10, 27), "day")
    assert (second.printed, second.begin) == ("29 October 1956", D(1956, 10, 29))
    assert text[first.start:first.end] == "27"
    assert parse_date("27 and 29 October 1956") is None


def test_list_of_three_days_and_default_year():
    assert rows("sessions of 1, 2 and 3 November", 1956) == [
        ("1", D(1956, 11, 1), D(1956, 11, 1), "day"),
        ("2", D(1956, 11, 2), D(1956, 11, 2), "day"),
        ("3 November", D(1956, 11, 3), D(1956, 11, 3), "day"),
    ]


# --- month precision ----------------------------------------------------------

@pytest.mark.parametrize("printed, month, last", [
    ("late October", 10, 31),
    ("Late October", 10, 31),
    ("end of October", 10, 31),
    ("beginning of November", 11, 30),
    ("early November", 11, 30),
    ("mid-October", 10, 31),
    ("middle of February", 2, 29),
])
def test_qualified_month(printed, month, last):
    mention = parse_date(printed, default_year=1956)
    assert mention is not None, printed
    assert (mention.begin, mention.end_date, mention.precision) == (
        D(1956, month, 1), D(1956, month, last), "month")


def test_month_and_year():
    mention = parse_date("October 1956")
    assert (mention.begin, mention.end_date, mention.precision) == (D(1956, 10, 1), D(1956, 10, 31), "month")
    assert parse_date("end of February 1957").end_date == D(1957, 2, 28)


def test_qualified_month_span_leaves_out_the_article():
    text = "At the end of October and beginning of November the embassy was besieged."
    assert [m.printed for m in find_dates(text, default_year=1956)] == [
        "end of October", "beginning of November"]


def test_qualified_month_without_any_year_is_unresolved():
    assert rows("since late October") == [("late October", None, None, "month")]


# --- relative dates -----------------------------------------------------------

@pytest.mark.parametrize("text, printed", [
    ("The troops leave in 3 days.", "in 3 days"),
    ("Report within two weeks.", "within two weeks"),
    ("In 10 days we decide.", "In 10 days"),
    ("within the next 5 days", "within the next 5 days"),
    ("in a week", "in a week"),
])
def test_relative(text, printed):
    [mention] = find_dates(text, default_year=1956)
    assert (mention.printed, mention.begin, mention.end_date, mention.precision) == (
        printed, None, None, "relative")


# --- what is not a date -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "(Re: Point I of Protocol No. 50)(1)",
    "We should enter into negotiations. For 10-15 days.",
    "We should wait another 10-15 days and support this government.",
    "There are still 3 days to think it over;",
    "His mention of \"three days\" in the line above",
    "Published in CWIHP Bulletin 8-9, pp. 394-395",
    "TsKhSD, F. 3, Op. 12, D. 1006, Ll. 19-22",
    "in VHA, F. MNO, 1956, GS/OS, 2/8-49b.",
    "F. 07, Sv. 14, Archivna jednotka (A.j.) 14",
    "the year 1956 and 1957",
    "Cde. Bulganin: The international situation has changed.(4) If we",
    "Serov(2)",
    "So I said 3 I think.",
    "When I was 5 I went",
    "a 2 X 3 table",
    "X-rays: 2 X-rays taken",
    "in the next few days",
    "in 10-15 days",
    "Note 5 November",
    "No. 12 December",
    "No. 12 December 1956",
    "Sv. 14 X",
    "on 1 november 1956",
    "pp. 31 October",
    "October",
    "in October",
    "May I ask?",
    "Furtseva may have been referring",
    "",
])
def test_not_a_date(text):
    assert find_dates(text, default_year=1956) == []


@pytest.mark.parametrize("text", [
    "31 XI", "30 February 1956", "31 November", "32 October 1956", "0 October 1956",
    "29 February 1957", "31.11.1956", "31-XI-56", "31 June",
])
def test_impossible_dates_are_skipped(text):
    assert find_dates(text, default_year=1956) == []


def test_leap_day():
    assert parse_date("29 February 1956").begin == D(1956, 2, 29)
    assert parse_date("29 February") is not None


def test_two_digit_year_is_twentieth_century():
    assert parse_date("1-I-57").begin == D(1957, 1, 1)
    assert parse_date("31-X-05").begin == D(1905, 10, 31)


def test_parse_date_needs_the_whole_string():
    assert parse_date("on 1 November 1956") is None
    assert parse_date("1 November 1956 and after") is None
    assert parse_date("nothing here") is None
    assert parse_date("  1 November 1956  ").printed == "1 November 1956"


def test_mention_is_frozen():
    mention = parse_date("1 November 1956")
    assert isinstance(mention, DateMention)
    with pytest.raises(AttributeError):
        mention.start = 3  # type: ignore[misc]


# --- properties over arbitrary text -------------------------------------------

DATEISH = st.lists(
    st.sampled_from(list("0123456789 -./,()XIV–\n") + [
        "October", "November", "noyabrya", "g.", "late ", "end of ", "in ", "and ",
        "days", "No. ", "pp. ", "1956", "56", "Ll. ", "F. ", "within "]),
    max_size=40,
).map("".join)


def _check(text: str, default_year: int | None) -> None:
    mentions = find_dates(text, default_year=default_year)
    previous_end = 0
    for m in mentions:
        assert text[m.start:m.end] == m.printed
        assert m.start >= previous_end and m.end > m.start
        previous_end = m.end
        assert m.precision in ("day", "month", "relative")
        if m.begin is not None:
            assert m.end_date is not None and m.begin <= m.end_date


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), st.one_of(st.none(), st.integers(1, 9999)))
def test_arbitrary_text_never_raises_and_spans_quote(text, default_year):
    _check(text, default_year)
    parse_date(text, default_year=default_year)


@settings(max_examples=500, deadline=None)
@given(DATEISH, st.one_of(st.none(), st.just(1956)))
def test_date_like_text_never_raises_and_spans_quote(text, default_year):
    _check(text, default_year)


# --- the catalogue form, PartialDate, date lines -----------------------------------

@pytest.mark.parametrize("printed, partial, precision", [
    ("1956-10-23", (1956, 10, 23), "day"),
    ("1956-10", (1956, 10, None), "month"),
    ("1897", (1897, None, None), "year"),
    ("1895-06-11 (O.S. 30 May)", (1895, 6, 11), "day"),
    ("1955 (not source-checked)", (1955, None, None), "year"),
    ("1956-11-04T00:00:00Z", (1956, 11, 4), "day"),
])
def test_catalogue_form_reads_to_a_partial_date(printed, partial, precision):
    from kg.text.dates import PartialDate

    mention = parse_date(printed)
    assert mention is not None and mention.precision == precision
    assert mention.partial == PartialDate(*partial)


@pytest.mark.parametrize("printed", ["1956-02-30", "1956-13", "19567", "1956/10", "Protocol No. 1956"])
def test_not_a_catalogue_date(printed):
    assert parse_date(printed) is None


def test_partial_date_of_printed_forms():
    from kg.text.dates import PartialDate

    assert parse_date("1 November 1956").partial == PartialDate(1956, 11, 1)
    assert parse_date("October 1956").partial == PartialDate(1956, 10)
    assert parse_date("5-6 December 1956").partial is None  # a range is no single date
    assert parse_date("31 X").partial is None  # no year
    assert parse_date("in 3 days").partial is None


def test_partial_date_bounds():
    from kg.text.dates import PartialDate

    assert str(PartialDate(1956, 2).latest) == "1956-02-29"
    assert PartialDate(1956, 10).iso() == "1956-10" and PartialDate(1956).precision == "year"
    with pytest.raises(ValueError):
        PartialDate(1956, None, 3)


@pytest.mark.parametrize("line", [
    "**November 1, 1956**", "1 November 1956", "  _November 1, 1956_  ", "1956-11-01", "NOVEMBER 1, 1956",
])
def test_date_lines(line):
    from kg.text.dates import is_date_line

    assert is_date_line(line)


@pytest.mark.parametrize("line", [
    "October 1956", "1956", "31 X", "Moscow, 1 November 1956", "1 November 1956, Moscow", "", "**", "5-6 December 1956",
])
def test_not_date_lines(line):
    from kg.text.dates import is_date_line

    assert not is_date_line(line)


@pytest.mark.parametrize("text, printed, begin, end", [
    ("In the week from 1 to 7 April 1957 the police", "1 to 7 April 1957", D(1957, 4, 1), D(1957, 4, 7)),
    ("arrests made between 1 and 7 April 1957.", "1 and 7 April 1957", D(1957, 4, 1), D(1957, 4, 7)),
    ("to be held from 3 to 5 August.", "3 to 5 August", D(1961, 8, 3), D(1961, 8, 5)),
])
def test_from_to_ranges(text, printed, begin, end):
    [mention] = find_dates(text, default_year=1961 if "1957" not in text else None)
    assert (mention.printed, mention.begin, mention.end_date) == (printed, begin, end)


def test_from_to_needs_a_month_and_an_order():
    assert find_dates("from 1 to 7 of them") == []
    assert find_dates("from 9 to 3 April 1957") == []  # the end before the beginning is no range
