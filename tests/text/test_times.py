"""Times of day in datelines and titles, and the session's start time."""

import pytest

from kg.document.parser import parse_record
from kg.text.times import find_time


@pytest.mark.parametrize("text, value", [
    ("Washington, October 18, 1962, 5 p.m.", "17:00"),
    ("held at 10 Downing Street, S.W.1, on Tuesday, 20th November, 1956, at 11 a.m.", "11:00"),
    ("Beijing, 3 June 1971, 10.00–13.30", "10:00"),
    ("White House, Washington, October 29, 1956, 7:15 p.m.", "19:15"),
    ("Moscow, 1 November 1956, 10:30", "10:30"),
    ("12 p.m.", "12:00"),
    ("12 a.m.", "00:00"),
    ("at noon", "12:00"),
])
def test_a_time_of_day_is_read_on_a_24_hour_clock(text, value):
    assert find_time(text).value == value


@pytest.mark.parametrize("text", ["29.10.1956", "Sofia, 9 and 12 July 1963", "1956/10:30", "13 a.m."])
def test_dates_and_other_numbers_are_no_times(text):
    assert find_time(text) is None


def test_the_dateline_time_is_the_session_start_and_its_span():
    text = ("Memorandum of Conversation\n\nWashington, October 18, 1962, 5 p.m.\n\n"
            "PARTICIPANTS\nSecretary of State Rusk\nSoviet Foreign Minister Gromyko\n\n"
            "Gromyko said that he wished to speak frankly. Rusk said 10:30 would suit him.\n")
    doc = parse_record(text)
    assert doc.start_time == "17:00"
    assert doc.quote(doc.start_time_span) == "5 p.m."


def test_a_telegram_despatch_time_is_no_session_start():
    text = "Telegram From the Embassy in Poland to the Department of State\n\nWarsaw, October 20, 1956, 4 p.m.\n\nGomulka was elected.\n"
    assert parse_record(text).start_time is None
