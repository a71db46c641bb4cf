"""Every IRI kg writes fits one pattern of kg.graph.iris, and the graph model
document lists exactly those patterns."""

import re
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

from kg.graph import iris
from kg.link import link_graph
from kg.reason import ReasonResult
from kg.vocab import ID, KG, OWL, RDF, SDO

ROOT = Path(__file__).resolve().parent.parent
GOLDENS = sorted((ROOT / "tests" / "cases").glob("*/expected.ttl"))


def _unmatched(graph: Graph) -> list[str]:
    return sorted({str(s) for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(str(ID))
                   and not iris.matching_patterns(str(s))})


@pytest.mark.parametrize("path", GOLDENS, ids=lambda p: p.parent.name)
def test_every_subject_of_a_golden_graph_fits_a_pattern(path):
    g = Graph().parse(path, format="turtle")
    assert _unmatched(g) == []


def test_every_subject_of_the_linked_sample_fits_a_pattern(sample_graph):
    g = Graph() + sample_graph
    link_graph(g)
    assert _unmatched(g) == []
    kinds = {iris.matching_patterns(str(s))[0] for s in g.subjects() if str(s).startswith(str(ID))}
    assert {"turn", "mention", "claim", "candidate", "agent", "record-person", "place", "body"} <= kinds


def test_inference_nodes_fit_a_pattern(sample_graph):
    text = next(sample_graph.subjects(RDF.type, KG.RecordText))
    inferred = Graph()
    inferred.add((text, RDF.type, SDO.CreativeWork))
    marked = ReasonResult(True, inferred, run_name="0123456789ab", sources=[text]).marked()
    assert _unmatched(marked) == []
    assert iris.matching_patterns(str(next(marked.subjects(RDF.type, OWL.Axiom)))) == ["inference"]


def test_patterns_are_distinct_and_minted_by_their_functions():
    templates = [t for _, t, _ in iris.PATTERNS]
    assert len(set(templates)) == len(templates)
    k = "0123456789ab"
    minted = {
        "turn": iris.turn(k, 2, 7), "stance": iris.stance(k, 1, 3, "reports-worry"),
        "record-person": iris.entity("person", "serov", k), "person": iris.entity("person", "anos-kovacs"),
        "record-set": iris.record_set("tskhsd", ["fond-3", "opis-12"]),
        "source": iris.source("tskhsd", ["fond-3"], "19-22"), "work-volume": iris.work("memoirs", "2"),
        "candidate": iris.candidate(iris.entity("place", "hungari"), "Q28"),
        "span-quote": iris.span_quote(k, 10, 20), "marker": iris.marker(k, 4, 120),
    }
    for name, iri in minted.items():
        assert iris.matching_patterns(str(iri)) == [name], iri


def test_the_graph_model_lists_exactly_the_patterns():
    doc = (ROOT / "docs" / "graph-model.md").read_text(encoding="utf-8")
    section = doc.split("## IRI patterns", 1)[1].split("\n## ", 1)[0]
    listed = re.findall(r"^\| `([\w-]+)` \| `id:([^`]+)` \| (\w+) \|", section, re.MULTILINE)
    assert sorted(listed) == sorted(iris.PATTERNS)
