"""queries/persons.rq on a hand-made graph."""

from rdflib import Graph

from kg.link import link_graph
from kg.query import resolve, run

from .graphs import Record


def rows(graph):
    result = run(graph, "persons")
    return [dict(zip(result.variables, r)) for r in result.rows]


def test_persons_query(authority):
    g = Graph()
    rec = Record(g, "1956-11-01", "Notes")
    mikoyan = rec.attend("Mikoyan")
    rec.mention(mikoyan, "Mikoian")
    rec.attend("Serov")
    rec.attend("Dulles")
    rec.attend("Konev")
    link_graph(g, authority)
    out = rows(g)
    assert out[0].keys() == {"person", "name", "wikidata", "born", "died", "spellings"}
    by_name = {r["name"]: r for r in out}
    assert [r["name"] for r in out] == sorted(r["name"] for r in out)
    m = by_name["Anastas Mikoyan"]
    assert m["person"] == str(mikoyan)
    assert m["wikidata"] == "http://www.wikidata.org/entity/Q152738"
    assert (m["born"], m["died"]) == ("1895-11-25", "1978-10-21")
    assert set(m["spellings"].split("; ")) == {"Mikoyan", "Mikoian"}
    # found in the authority data without a qid: name and dates, no wikidata
    s = by_name["Ivan Serov"]
    assert s["wikidata"] == "" and s["born"] == "1905-08-13"
    # ambiguous: the name as printed, nothing else
    d = by_name["Dulles"]
    assert d["wikidata"] == "" and d["born"] == "" and d["spellings"] == "Dulles"
    # year-only dates
    k = by_name["Ivan Konev"]
    assert (k["born"], k["died"]) == ("1897", "1973")
    assert len(out) == 4


def test_persons_query_states_its_question():
    text = resolve("persons")
    assert text.splitlines()[0].startswith("# ")
    assert "?" in text.splitlines()[0]
