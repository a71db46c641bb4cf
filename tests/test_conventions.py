"""The conventions of kg.document.layouts and kg.document.genres, each
pattern with the forms it is for and what it must not take."""

import pytest

from kg.document.genres.meeting import (
    DECISION_WORDING_RE,
    NAMED_TASK_RE,
    PARTICIPANTS_RE,
    PROPOSAL_RE,
    RESOLUTION_RE,
    TASK_AFTER_DASH_RE,
    TASK_IN_PARENS_RE,
    TITLE_RE,
)
from kg.document.layouts.archive_page import FIELD_RE, SOURCE_LINE_RE
from kg.document.layouts.notes import MARKER_AT_END_RE, NOTE_START_RE, NOTES_HEADING_RE, without_markers


@pytest.mark.parametrize("line", [
    "Working Notes from the Session of the CC CPSU Presidium on 1 November 1956",
    "**Minutes of the Meeting of the Political Bureau**",
    "Memorandum of Discussion at the 302nd Meeting of the National Security Council",
])
def test_meeting_titles(line):
    assert TITLE_RE.match(line)


@pytest.mark.parametrize("line", ["Notes on the text", "Report on the harvest", "Minutes later he left."])
def test_not_meeting_titles(line):
    assert not TITLE_RE.match(line)


def test_participant_headings():
    assert PARTICIPANTS_RE.match("Those Taking Part: Bulganin").group("head") == "Those Taking Part"
    assert not PARTICIPANTS_RE.match("Those who took part")


@pytest.mark.parametrize("text", [
    "Resolution: to send the reply.", "To instruct Cde. Suslov.", "The Presidium approves the draft.",
    "Cdes. Ivanov, Petrov — to prepare the text.", "The decision of 30 October remains in force.",
])
def test_resolutions(text):
    assert RESOLUTION_RE.match(text)


def test_speech_is_no_resolution():
    assert not RESOLUTION_RE.match("Cde. Ivanov: We must wait.")


def test_decision_wording():
    assert DECISION_WORDING_RE.search("So far, to keep the embassy.")
    assert DECISION_WORDING_RE.search("Comrades Münnich and Apró are to meet them.")
    assert not DECISION_WORDING_RE.search("The weather was cold.")


def test_tasks():
    m = TASK_AFTER_DASH_RE.search("Cdes. Ivanov, Petrov, + Polish comrades— to prepare the reply.")
    assert m.group("names") == "Ivanov, Petrov" and m.group("group") == "Polish comrades"
    m = TASK_IN_PARENS_RE.search("Ivanov, Petrov (the draft reply)")
    assert m.group("names") == "Ivanov, Petrov" and m.group("task") == "the draft reply"
    assert NAMED_TASK_RE.search("Comrades Münnich and Apró are to meet").group("names") == "Münnich and Apró"
    assert not TASK_IN_PARENS_RE.search("Ivanov (Moscow)")


def test_proposals():
    assert PROPOSAL_RE.search("We should wait another day")
    assert PROPOSAL_RE.search("Withdraw the troops")
    assert not PROPOSAL_RE.search("They withdrew yesterday")


def test_header_fields_and_source_lines():
    m = FIELD_RE.match("**Citation:** Working notes, 1 November 1956")
    assert m.group("name") == "Citation" and m.group("value") == "Working notes, 1 November 1956"
    assert not FIELD_RE.match("Cde. Ivanov: Citation follows")
    assert SOURCE_LINE_RE.match("[Source: APRF, F. 3, Op. 64]").group("value") == "APRF, F. 3, Op. 64"
    assert not SOURCE_LINE_RE.match("The source: unclear")


def test_notes_layout():
    assert NOTES_HEADING_RE.match("**Translator's Notes**")
    assert NOTES_HEADING_RE.match("Notes")
    assert NOTE_START_RE.match("12. The text reads").group("num") == "12"
    assert not NOTE_START_RE.match("1 November was a Thursday")
    assert MARKER_AT_END_RE.search("Kadar(2)") and MARKER_AT_END_RE.search("Presidium [3]")
    assert not MARKER_AT_END_RE.search("Kadar (Moscow)")
    assert without_markers("decided (3) today") == "decided  today"
