"""The fast SHACL engine (kg.shacl) reports what pySHACL (kg.validate) reports.

Compared on the conforming graph and every violating graph of tests/shapes,
and on the graph of the sample record: same severity, focus node, path,
message and value for every result."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Namespace

from kg.build import build
from kg.shacl import validate_fast
from kg.validate import validate

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "tests" / "shapes"
VIOLATIONS = sorted((HERE / "violations").glob("*.ttl"))
TEST = Namespace("https://w3id.org/kg-archives/test#")


def data_of(path: Path) -> Graph:
    added = Graph().parse(path, format="turtle")
    for e in set(added.subjects(TEST.focus, None)):
        added.remove((e, None, None))
    data = Graph().parse(HERE / "conforming.ttl", format="turtle")
    for t in added:
        data.add(t)
    return data


def same(graph: Graph) -> None:
    reference, fast = validate(graph), validate_fast(graph)
    missing = sorted(set(reference.results) - set(fast.results))
    extra = sorted(set(fast.results) - set(reference.results))
    assert not missing and not extra, f"missing: {missing}\nextra: {extra}"
    assert reference.conforms == fast.conforms


def test_conforming_graph():
    same(Graph().parse(HERE / "conforming.ttl", format="turtle"))


@pytest.mark.parametrize("path", VIOLATIONS, ids=[p.stem for p in VIOLATIONS])
def test_violating_graph(path):
    same(data_of(path))


def test_sample_record():
    same(build([ROOT / "data" / "presidium-1956-11-01.txt"], link=False, validate=False).graph)
