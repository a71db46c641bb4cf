"""Every file in queries/ declares its prefixes and runs unchanged on another
SPARQL 1.1 engine (pyoxigraph) with the rows kg query gives."""

from collections import Counter
from pathlib import Path

import pytest

from kg.export import serialize
from kg.query import available, run

pyoxigraph = pytest.importorskip("pyoxigraph")

QUERIES = Path(__file__).resolve().parent.parent / "queries"
NAMES = sorted(p.stem for p in QUERIES.glob("*.rq"))


@pytest.fixture(scope="module")
def store(sample_graph):
    s = pyoxigraph.Store()
    s.load(serialize(sample_graph, "turtle").encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE)
    return s


def _cell(term) -> str:
    return "" if term is None else term.value


def test_every_query_file_is_listed():
    assert NAMES == available() and len(NAMES) >= 15


@pytest.mark.parametrize("name", NAMES)
def test_query_file_declares_its_prefixes_and_keeps_its_comment(name):
    text = (QUERIES / f"{name}.rq").read_text(encoding="utf-8")
    assert text.startswith("# ")  # the leading comment states the question
    assert "PREFIX kg: <https://w3id.org/kg-archives/ontology#>" in text


@pytest.mark.parametrize("name", NAMES)
def test_query_gives_the_same_rows_on_oxigraph(name, store, sample_graph):
    text = (QUERIES / f"{name}.rq").read_text(encoding="utf-8")
    ours = run(sample_graph, name)
    theirs = store.query(text)
    variables = [v.value for v in theirs.variables]
    assert variables == ours.variables
    rows = [[_cell(sol[v]) for v in variables] for sol in theirs]
    assert ours.rows, name
    assert Counter(map(tuple, rows)) == Counter(map(tuple, ours.rows)), name


def test_inline_query_may_leave_prefixes_out(sample_graph):
    rows = run(sample_graph, "SELECT (COUNT(?t) AS ?n) WHERE { ?t a kg:SpeechTurn }")
    assert rows.rows == [["14"]]
    declared = run(sample_graph, "PREFIX kg: <https://w3id.org/kg-archives/ontology#>\n"
                                 "SELECT (COUNT(?t) AS ?n) WHERE { ?t a kg:SpeechTurn ; schema:position ?p }")
    assert declared.rows == [["14"]]
