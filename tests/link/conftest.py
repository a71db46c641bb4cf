import pytest
from rdflib import Graph

from kg.link.authority import COLUMNS, load_authority, parse_authority

from .graphs import Record

# Invented entries with invented ids (Q9900000 and up): they exist only in
# these tests, to show a link where the real authority data has no qid.
TEST_ROWS = [
    dict(kind="person", label="László Rajk", qid="Q9900001", aliases="Laszlo Rajk|Rajk László",
         native_label="Rajk László", born="1909-03-08", died="1949-10-15", evidence="test row"),
    dict(kind="person", label="John Foster Dulles", qid="Q9900002", aliases="J. F. Dulles|Foster Dulles|Dulles",
         born="1888-02-25", died="1959-05-24", role_1956="US Secretary of State (26 Jan 1953 - 22 Apr 1959)",
         active_from="1953-01-26", active_to="1959-04-22", evidence="test row"),
    dict(kind="person", label="Allen Dulles", qid="Q9900003", aliases="Allen Welsh Dulles|A. W. Dulles",
         born="1893-04-07", died="1969-01-29", evidence="test row"),
    dict(kind="person", label="Ivan Serov", qid="Q9900004", aliases="Serow", born="1905-08-13",
         died="1990-07-01", evidence="test row"),
    dict(kind="person", label="Valentin Serov", qid="Q9900005", born="1865-01-19", died="1911-12-05",
         evidence="test row"),
    dict(kind="person", label="Sergei Kirov", qid="Q9900006", born="1886-03-27", died="1934-12-01",
         evidence="test row"),
    dict(kind="place", label="Kirov", qid="Q9900007", aliases="Vyatka", evidence="test row"),
    dict(kind="person", label="Nikita Khrushchev", qid="Q9900008", aliases="Khrushchev|Хрущёв",
         native_label="Никита Сергеевич Хрущёв", born="1894-04-15", died="1971-09-11", evidence="test row"),
    dict(kind="person", label="Georgy Malenkov", qid="Q9900009", born="1902-01-08", died="1988-01-14",
         evidence="test row"),
    dict(kind="person", label="Vladimir Malin", aliases="V. N. Malin", evidence="test row"),
    dict(kind="person", label="Yuri Primerov", qid="Q9900010", born="1930-01-01", died="1960-12-31",
         role_1956="Fictitious deputy (1955-57)", active_from="1955", active_to="1957", evidence="test row"),
    dict(kind="person", label="Pavel Primerov", qid="Q9900011", born="1925-01-01", died="2000-12-31",
         role_1956="Fictitious minister (1961-70)", active_from="1961", active_to="1970", evidence="test row"),
]


def tsv(rows) -> str:
    lines = ["\t".join(COLUMNS)]
    for row in rows:
        lines.append("\t".join(row.get(c, "") for c in COLUMNS))
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="session")
def authority():
    """The real authority data, data/authority.tsv."""
    return load_authority()


@pytest.fixture(scope="session")
def test_authority():
    return parse_authority(tsv(TEST_ROWS), "test-authority.tsv")


@pytest.fixture
def graph():
    return Graph()


@pytest.fixture
def meeting(graph):
    """A record of a meeting on 1 November 1956."""
    return Record(graph, "1956-11-01", "Working notes of a session")
