"""The SHACL shapes of ontology/shapes.ttl, tested on hand-written graphs.

``tests/shapes/conforming.ttl`` holds one conforming node of every class the
shapes target. Each file of ``tests/shapes/violations/`` adds a small graph to
it that breaks one shape, and states what must be reported with
``test:`` triples (removed before validation):

    [] test:focus <node> ;            # the focus node of the expected result
       test:path kg:x ;               # its path (or test:inversePath kg:x; none: no path)
       test:shape kgsh:SomeShape ;    # the node shape the result comes from
       test:severity sh:Violation ;   # or sh:Warning
       test:alsoAffects <other> .     # another node the defect may be reported on

Every violation reported must be on a node of the added graph, an expected
focus node or a node it also affects, so a defect is caught where it is."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import BNode, Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH

ROOT = Path(__file__).resolve().parent.parent
SHAPES = ROOT / "ontology" / "shapes.ttl"
HERE = ROOT / "tests" / "shapes"
CONFORMING = HERE / "conforming.ttl"
VIOLATIONS = sorted((HERE / "violations").glob("*.ttl"))
TEST = Namespace("https://w3id.org/kg-archives/test#")


@lru_cache(maxsize=1)
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


def node_shapes() -> set[URIRef]:
    return {s for s in shapes().subjects(RDF.type, SH.NodeShape) if isinstance(s, URIRef)}


def sparql_constraints() -> set:
    return set(shapes().objects(None, SH.sparql))


def owners(shape) -> set:
    """The node shapes a result's source shape belongs to."""
    g = shapes()
    if (shape, RDF.type, SH.NodeShape) in g:
        return {shape}
    return set(g.subjects(SH.property, shape))


def path_key(graph: Graph, path):
    if path is None:
        return None
    if isinstance(path, URIRef):
        return ("", path)
    inverse = graph.value(path, SH.inversePath)
    if inverse is not None:
        return ("^", inverse)
    return ("?", str(path))


def results(data: Graph) -> list[dict]:
    _, report, _ = validate(data, shacl_graph=shapes(), inference="none", allow_warnings=True)
    out = []
    for r in report.subjects(SH.resultSeverity, None):
        source = report.value(r, SH.sourceShape)
        out.append({
            "severity": report.value(r, SH.resultSeverity),
            "focus": report.value(r, SH.focusNode),
            "path": path_key(report, report.value(r, SH.resultPath)),
            "shapes": owners(source),
            "constraint": report.value(r, SH.sourceConstraint),
            "message": str(report.value(r, SH.resultMessage) or ""),
        })
    return out


def show(found: list[dict]) -> str:
    return "\n".join(
        f"  {r['severity'].split('#')[-1]} {r['focus']} {r['path']} {sorted(s.split('#')[-1] for s in r['shapes'])}: {r['message']}"
        for r in found
    ) or "  (nothing reported)"


@lru_cache(maxsize=None)
def run(path: Path):
    """(added graph, expectations, results) for one violating graph."""
    added = Graph().parse(path, format="turtle")
    expectations = []
    for e in set(added.subjects(TEST.focus, None)):
        expectations.append({
            "focus": added.value(e, TEST.focus),
            "path": ("", added.value(e, TEST.path)) if added.value(e, TEST.path) is not None
            else ("^", added.value(e, TEST.inversePath)) if added.value(e, TEST.inversePath) is not None
            else None,
            "shape": added.value(e, TEST.shape),
            "severity": added.value(e, TEST.severity),
            "also": set(added.objects(e, TEST.alsoAffects)),
        })
    for e in set(added.subjects(TEST.focus, None)):
        added.remove((e, None, None))
    data = Graph().parse(CONFORMING, format="turtle")
    for t in added:
        data.add(t)
    return added, expectations, results(data)


def test_conforming_graph_has_no_results():
    found = results(Graph().parse(CONFORMING, format="turtle"))
    assert not found, "the conforming graph should give no result at all:\n" + show(found)


def test_conforming_graph_has_a_node_for_every_target():
    data = Graph().parse(CONFORMING, format="turtle")
    g = shapes()
    missing = []
    for shape in node_shapes():
        for cls in g.objects(shape, SH.targetClass):
            if not any(True for _ in data.subjects(RDF.type, cls)):
                missing.append(f"{shape}: no {cls}")
        for p in g.objects(shape, SH.targetObjectsOf):
            if not any(True for _ in data.objects(None, p)):
                missing.append(f"{shape}: no object of {p}")
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize("path", VIOLATIONS, ids=[p.stem for p in VIOLATIONS])
def test_violating_graph_is_reported_where_it_breaks(path):
    added, expectations, found = run(path)
    assert expectations, f"{path.name} states no expected result"
    for exp in expectations:
        hits = [
            r for r in found
            if r["focus"] == exp["focus"] and r["severity"] == exp["severity"]
            and r["path"] == exp["path"] and exp["shape"] in r["shapes"]
        ]
        assert hits, (
            f"{path.name}: expected a {exp['severity'].split('#')[-1]} on {exp['focus']} "
            f"(path {exp['path']}, shape {exp['shape']}); got:\n" + show(found)
        )
        assert all(r["message"] and not r["message"].startswith(("Node ", "Value ", "Less than", "More than"))
                   for r in hits), "the result must carry the shape's own message:\n" + show(hits)
    allowed = set(added.subjects()) | {e["focus"] for e in expectations}
    for exp in expectations:
        allowed |= exp["also"]
    stray = [r for r in found if r["severity"] == SH.Violation and r["focus"] not in allowed]
    assert not stray, f"{path.name}: violations reported on nodes the defect does not touch:\n" + show(stray)
    if all(e["severity"] == SH.Warning for e in expectations):
        violations = [r for r in found if r["severity"] == SH.Violation]
        assert not violations, f"{path.name} should only warn:\n" + show(violations)


def test_every_shape_and_sparql_check_has_a_violating_graph():
    expected_shapes, hit_constraints = set(), set()
    for path in VIOLATIONS:
        _, expectations, found = run(path)
        expected_shapes |= {e["shape"] for e in expectations}
        hit_constraints |= {r["constraint"] for r in found}
    assert not node_shapes() - expected_shapes, "shapes no violating graph breaks: " + ", ".join(
        sorted(str(s) for s in node_shapes() - expected_shapes))
    assert not sparql_constraints() - hit_constraints, "SPARQL checks no violating graph breaks: " + ", ".join(
        sorted(str(shapes().value(c, SH.message)) for c in sparql_constraints() - hit_constraints))


def _in_logical_list(g: Graph, node) -> bool:
    """Whether ``node`` is a member of an sh:or / sh:and / sh:xone list, or under sh:not / a qualified shape."""
    if any(True for _ in g.subjects(SH["not"], node)) or any(True for _ in g.subjects(SH.qualifiedValueShape, node)):
        return True
    for pred in (SH["or"], SH["and"], SH.xone):
        for owner, head in g.subject_objects(pred):
            if node in Collection(g, head):
                return True
    for holder in g.subjects(SH.property, node):
        if isinstance(holder, BNode) and _in_logical_list(g, holder):
            return True
    return False


def test_every_shape_speaks_in_plain_words_and_stays_open():
    g = shapes()
    silent = []
    for ps in set(g.subjects(SH.path, None)):
        if not _in_logical_list(g, ps) and g.value(ps, SH.message) is None:
            silent.append(f"property shape on {g.value(ps, SH.path)} has no sh:message")
    node_level = (SH["or"], SH["not"], SH["and"], SH.xone, SH["class"], SH.hasValue)
    for shape in node_shapes():
        if any(g.value(shape, p) is not None for p in node_level) and g.value(shape, SH.message) is None:
            silent.append(f"{shape} has node-level constraints and no sh:message")
    for c in sparql_constraints():
        if g.value(c, SH.message) is None:
            silent.append(f"a SPARQL check of {next(g.subjects(SH.sparql, c))} has no sh:message")
    assert not silent, "\n".join(silent)
    assert not list(g.subjects(SH.closed, None)), "shapes must stay open (no sh:closed)"


def test_sample_graph_conforms_before_and_after_linking(sample_graph):
    from kg.link.linker import link_graph

    found = [r for r in results(sample_graph) if r["severity"] == SH.Violation]
    assert not found, "the sample's graph violates the shapes:\n" + show(found)
    linked = Graph()
    for t in sample_graph:
        linked.add(t)
    link_graph(linked)
    found = [r for r in results(linked) if r["severity"] == SH.Violation]
    assert not found, "the sample's linked graph violates the shapes:\n" + show(found)
