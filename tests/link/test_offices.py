"""The office table (data/offices.tsv): every tenure names a person row of the
authority table, its dates parse, and the tenures of one office follow each
other without overlapping."""

import csv
from collections import defaultdict

import pytest

from kg.link.authority import DEFAULT_PATH, cell_date, load_authority

OFFICES = DEFAULT_PATH.parent / "offices.tsv"
HEADER = ("office", "forms", "body", "holder", "start", "end", "evidence")


def _rows():
    with OFFICES.open(encoding="utf-8") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.fixture(scope="module")
def rows():
    return _rows()


def test_header_is_documented():
    header = next(line for line in OFFICES.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    assert tuple(header.split("\t")) == HEADER
    readme = (OFFICES.parent / "README.md").read_text(encoding="utf-8")
    assert "offices.tsv" in readme
    for column in HEADER:
        assert f"`{column}`" in readme, column


def test_every_row_is_complete_and_names_a_person(rows):
    people = {e.key: e for e in load_authority() if e.kind == "person"}
    for row in rows:
        where = f"{row['office']} {row['holder']}"
        assert None not in row.values() and len(row) == len(HEADER), where
        assert row["office"] and row["forms"] and row["body"] and row["evidence"].strip(), where
        assert row["holder"] in people, where
        start, end = cell_date(row["start"]), cell_date(row["end"])
        assert start is not None, where
        if end is not None:
            assert start.earliest <= end.latest, where
        person = people[row["holder"]]
        if person.born:
            assert person.born.earliest <= start.latest, where
        if person.died and end is not None:
            assert end.earliest <= person.died.latest, where


def test_one_office_has_one_holder_at_a_time(rows):
    tenures = defaultdict(list)
    for row in rows:
        tenures[row["office"]].append((cell_date(row["start"]), cell_date(row["end"]), row["holder"]))
    for office, spans in tenures.items():
        spans.sort(key=lambda s: s[0].earliest)
        for (_, end, holder), (start, _, successor) in zip(spans, spans[1:]):
            assert end is not None, f"{office}: {holder} has no end but {successor} follows"
            assert end.earliest <= start.latest, f"{office}: {holder} overlaps {successor}"


def test_forms_are_the_same_on_every_row_of_an_office(rows):
    forms = defaultdict(set)
    for row in rows:
        forms[row["office"]].add(row["forms"])
    assert all(len(f) == 1 for f in forms.values()), {o: f for o, f in forms.items() if len(f) > 1}


@pytest.mark.parametrize("printed, on, surname", [
    ("the Director, Office of Defense Mobilization", "1956-11-01", "Flemming"),
    ("the Director, Office of Civil and Defense Mobilization", "1960-06-09", "Hoegh"),
    ("the Executive Secretary, NSC", "1960-06-09", "Lay"),
])
def test_an_nsc_office_printed_in_a_list_resolves_to_its_holder_on_the_day(printed, on, surname):
    import datetime as dt

    from kg.link.offices import holder

    assert holder(printed, dt.date.fromisoformat(on), country="United States").surname == surname


def test_an_office_resolves_to_nobody_outside_its_tenures():
    import datetime as dt

    from kg.link.offices import holder

    assert holder("the Director, Office of Civil and Defense Mobilization", dt.date(1956, 11, 1)) is None


def test_the_director_usia_of_1961_is_murrow():
    import datetime as dt

    from kg.link.offices import holder

    assert holder("the Director, USIA", dt.date(1961, 7, 19), country="United States").surname == "Murrow"
