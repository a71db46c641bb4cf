"""Tests of kg.text.names: name shapes, honorifics, titles, ranks, bodies,
with the forms each pattern is for and what it must not take."""

import re

import pytest

from kg.names import name_key, surname
from kg.text.names import (
    BODY_NAME_RE,
    LINE_NAME_RE,
    NAME_ITEM_RE,
    NAMES,
    NOT_BODY_LEAD_RE,
    RANKED_NAME_RE,
    TITLE_RE,
    form_pattern,
    surname_pattern,
)


@pytest.mark.parametrize("printed, name", [
    ("Cde. Mikoyan", "Mikoyan"),
    ("Cdes. Khr.", "Khr."),
    ("V. N. Malin", "V. N. Malin"),
    ("J. Horvath", "J. Horvath"),
    ("Kádár", "Kádár"),
    ("Mad'ar", "Mad'ar"),
    ("Comrade Bulganin-Smith", "Bulganin-Smith"),
    ("Tov. Suslov", "Suslov"),
])
def test_name_items(printed, name):
    m = NAME_ITEM_RE.match(printed)
    assert m and m.group("name") == name


@pytest.mark.parametrize("printed", ["the question", "and Petrov", "1956", "on Hungary", "mikoyan"])
def test_not_name_items(printed):
    assert not NAME_ITEM_RE.match(printed)


@pytest.mark.parametrize("printed", [
    "Ivanov, Petrov and Sidorov", "Ivanov, Petrov, and Sidorov", "Bulganin + Zhukov", "Kadar & Munnich", "Suslov",
])
def test_several_names(printed):
    assert re.fullmatch(NAMES, printed)


@pytest.mark.parametrize("printed", ["Ivanov and the others", "ivanov, Petrov", "Ivanov,, Petrov"])
def test_not_several_names(printed):
    assert not re.fullmatch(NAMES, printed)


def test_line_names():
    assert LINE_NAME_RE.fullmatch("John Foster Dulles")
    assert LINE_NAME_RE.fullmatch("J. F. Dulles")
    assert not LINE_NAME_RE.fullmatch("the Secretary")


@pytest.mark.parametrize("printed, rest", [
    ("Cde. Mikoyan", "Mikoyan"), ("Marshal Zhukov", "Zhukov"), ("Premier Zhou", "Zhou"),
    ("Col.-General Malinin", "Malinin"), ("Tovarishch Suslov", "Suslov"), ("Mr. Dulles", "Dulles"),
])
def test_titles_before_names(printed, rest):
    assert TITLE_RE.sub("", printed) == rest


@pytest.mark.parametrize("printed", ["Generalov", "Marshall", "Presidium", "Mrsk"])
def test_titles_are_whole_words(printed):
    assert TITLE_RE.sub("", printed) == printed


def test_keys_and_surnames_without_titles():
    assert name_key("Cde. Mikoyan") == name_key("Mikoian") == name_key("Chairman Mikojan")
    assert surname("Secretary John Foster Dulles") == "Dulles"
    assert surname("Secretary") == "Secretary"  # a title alone is kept, not emptied
    assert name_key("President") == "president"


@pytest.mark.parametrize("text, name", [
    ("reported by Col.-General Malinin today", "Malinin"),
    ("Marshal G. K. Zhukov arrived", "G. K. Zhukov"),
    ("Ambassador Andropov cables", "Andropov"),
])
def test_ranked_names(text, name):
    assert RANKED_NAME_RE.search(text).group("name") == name


@pytest.mark.parametrize("text", ["the General Staff met", "General Secretary Novotny", "the Marshal said"])
def test_not_ranked_names(text):
    assert not RANKED_NAME_RE.search(text)


def test_body_names():
    assert BODY_NAME_RE.search("We met the Chinese delegation today").group("name") == "the Chinese delegation"
    assert BODY_NAME_RE.search("the KSC Central Committee decided").group("name") == "the KSC Central Committee"
    assert NOT_BODY_LEAD_RE.match("If Party")
    assert not BODY_NAME_RE.search("a delegation came")


def test_form_and_surname_patterns_are_whole_words():
    assert form_pattern("Nagy").search("with Nagy, and")
    assert not form_pattern("Nagy").search("Nagyvárad")
    assert not form_pattern("Nagy").search("Kovacs-Nagy")
    assert surname_pattern("Kadar").search("(Kadar)")
    assert not surname_pattern("Kadar").search("Kadarov")
