"""The rule reasoner (kg.reason.rules): compiled from the ontology, refusing
an axiom it has no rule for, and reaching HermiT's conclusions, the
reference, on the sample and on every invented record."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection

from kg.errors import OntologyError
from kg.reason import reason
from kg.reason.rules import (SAME_AS, TYPE, compile_rules, conclusions, graph_triples, infer, project_rules,
                             reason_by_rules)
from kg.reason.select import load_ontology
from kg.vocab import KG, OWL, RDF, RDFS, SDO

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "cases"
EX = "https://example.org/"
RICO = "https://www.ica.org/standards/RiC/ontology#"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"


def _weak_closure(graph: Graph, inferred: Graph, rules) -> tuple[set, set]:
    """A graph's statements with the inferred ones, read through superclasses,
    super-properties and inverses only: two reasoners that report their
    conclusions in different shapes (HermiT through owlready2 leaves out
    some a superclass or an inverse gives) are compared by what they hold."""
    types, edges = set(), set()
    for s, p, o in list(graph_triples(graph)) + [(str(a), str(b), str(c)) for a, b, c in inferred]:
        if p == TYPE:
            types.update((s, c) for c in rules.supers.get(o, (o,)) if c != str(OWL.Thing))
            continue
        for q in rules.superprops.get(p, (p,)):
            edges.add((s, q, o))
            if q in rules.inverse:
                edges.add((o, rules.inverse[q], s))
    return types, edges


def _union_of_cases() -> Graph:
    g = Graph()
    for case in sorted(CASES.iterdir()):
        if (case / "expected.ttl").exists():
            g.parse(case / "expected.ttl")
    return g


# --- compiling --------------------------------------------------------------


def test_the_ontology_compiles_to_rules():
    r = project_rules()
    assert RICO + "isIncludedInTransitive" in r.transitive
    assert str(KG.roleType) in r.functional and str(KG.speechMode) in r.functional
    assert (RICO + "isIncludedInTransitive") in r.superprops[RICO + "isDirectlyIncludedIn"]
    assert r.inverse[SEM + "subEventOf"] == SEM + "hasSubEvent"
    defined = {d[0]: d for d in r.definitions}
    assert defined[str(KG.Speaker)][1] == {str(SDO.Person)}
    assert defined[str(KG.Speaker)][2] == ((str(KG.speaker), True, str(KG.SpeechTurn)),)
    assert defined[str(KG.Assignment)][2] == ((str(KG.assignee), False, str(OWL.Thing)),)
    assert str(SDO.Place) in r.disjoint[str(SDO.Person)]
    assert not r.unsatisfiable


@pytest.mark.parametrize("axiom", ["chain", "universal", "complement"])
def test_an_axiom_no_rule_covers_is_refused_by_name(axiom):
    ontology = load_ontology()
    restriction = BNode()
    if axiom == "chain":
        chain = BNode()
        Collection(ontology, chain, [KG.speaker, KG.inSession])
        ontology.add((KG.speaker, OWL.propertyChainAxiom, chain))
    elif axiom == "universal":
        ontology.add((KG.Decision, RDFS.subClassOf, restriction))
        ontology.add((restriction, RDF.type, OWL.Restriction))
        ontology.add((restriction, OWL.onProperty, KG.assignee))
        ontology.add((restriction, OWL.allValuesFrom, SDO.Person))
    else:
        ontology.add((KG.Decision, RDFS.subClassOf, restriction))
        ontology.add((restriction, OWL.complementOf, SDO.Person))
    with pytest.raises(OntologyError, match="the rule reasoner cannot use the axiom .*--engine hermit"):
        compile_rules(ontology)


# --- the rules on small graphs ----------------------------------------------


def _run(*triples):
    stated = [(EX + s if "/" not in s else s, p, EX + o if "/" not in o else o) for s, p, o in triples]
    return stated, infer(stated)


def test_inclusion_is_closed_and_read_through_super_properties():
    stated, closure = _run(("file", RICO + "isDirectlyIncludedIn", "series"),
                           ("series", RICO + "isDirectlyIncludedIn", "fonds"))
    assert (EX + "file", RICO + "isIncludedInTransitive", EX + "fonds") in closure.edges
    assert (EX + "fonds", RICO + "includesTransitive", EX + "file") in closure.edges
    assert (EX + "file", RICO + "isOrWasIncludedIn", EX + "fonds") in closure.edges
    new = conclusions(stated, closure)
    assert (EX + "file", RICO + "isIncludedInTransitive", EX + "fonds") in new
    assert (EX + "file", RICO + "isIncludedInTransitive", EX + "series") not in new  # a stated one read upwards
    assert (EX + "file", RICO + "isOrWasIncludedIn", EX + "fonds") not in new     # a new one read upwards


def test_a_speaker_needs_a_turn_and_a_person():
    stated, closure = _run(("t1", str(KG.speaker), "p1"), ("t1", TYPE, str(KG.SpeechTurn)),
                           ("p2", TYPE, str(SDO.Person)))
    assert str(KG.Speaker) in closure.types[EX + "p1"]          # the range makes p1 a person
    assert str(KG.Speaker) not in closure.types.get(EX + "p2", set())
    assert (EX + "p1", TYPE, str(KG.Speaker)) in conclusions(stated, closure)


def test_a_union_gives_what_its_members_share_and_the_member_left():
    stated, closure = _run(("d1", str(KG.decidedIn), "x"))
    assert {SEM + "Event", "https://schema.org/Event"} <= closure.types[EX + "x"]
    assert str(KG.Sitting) not in closure.types[EX + "x"]
    stated, closure = _run(("r1", str(KG.assignee), "y"), ("y", TYPE, str(KG.Session)))
    assert not closure.consistent  # a session is neither a person nor an organization
    assert closure.clashes[0].kind == "union"


def test_two_values_of_a_functional_property_are_one_unless_declared_different():
    stated, closure = _run(("claim", str(KG.about), "a"), ("claim", str(KG.about), "b"),
                           ("a", TYPE, str(SDO.Person)))
    assert closure.consistent and (EX + "a", SAME_AS, EX + "b") in closure.edges
    assert str(SDO.Person) in closure.types[EX + "b"]
    stated, closure = _run(("role", str(KG.roleType), str(KG.Chair)), ("role", str(KG.roleType), str(KG.Absentee)))
    assert not closure.consistent and closure.clashes[0].kind == "different"


def test_disjoint_types_clash():
    stated, closure = _run(("x", TYPE, str(SDO.Person)), ("t", str(KG.speaker), "x"), ("x", TYPE, str(KG.SpeechTurn)))
    assert not closure.consistent
    assert {c.kind for c in closure.clashes} == {"disjoint"}


def test_a_clash_no_pair_of_types_shows_is_said_in_plain_words():
    g = Graph()
    g.add((URIRef(EX + "d1"), KG.assignee, URIRef(EX + "y")))
    g.add((URIRef(EX + "y"), RDF.type, KG.Session))
    result = reason_by_rules(g)
    assert not result.consistent
    assert result.explanation == ["<https://example.org/y> must be an organization or a person, "
                                  "but its other types exclude each of them."]


def test_the_broken_samples_are_inconsistent_by_the_rules_too(sample_graph):
    serov = next(sample_graph.subjects(KG.nameKey, Literal("serov")))
    g = Graph() + sample_graph
    g.add((serov, RDF.type, SDO.Place))
    result = reason_by_rules(g)
    assert not result.consistent and len(result.inferred) == 0
    assert any("a person" in s and "a place" in s and "exclude each other" in s for s in result.explanation)
    assert result.to_text().startswith("inconsistent")
    g = Graph() + sample_graph
    g.add((next(g.subjects(KG.roleType, KG.Chair)), KG.roleType, KG.Absentee))
    assert not reason_by_rules(g).consistent


# --- HermiT, the reference -------------------------------------------------


def test_the_rules_conclude_what_hermit_concludes_on_the_sample(java, sample_graph):
    ours, reference = reason_by_rules(sample_graph), reason(sample_graph)
    assert ours.consistent and reference.consistent
    assert set(ours.inferred) == set(reference.inferred)
    assert ours.summary() == {"rdf:type kg:Assignment": 2, "rdf:type kg:Speaker": 9,
                              "rico:includesTransitive": 21, "rico:isIncludedInTransitive": 21}


def test_the_rules_conclude_what_hermit_concludes_on_every_invented_record(java):
    graph = _union_of_cases()
    rules = project_rules()
    ours, reference = reason_by_rules(graph), reason(graph)
    assert ours.consistent and reference.consistent and len(ours.inferred) > 500
    assert _weak_closure(graph, ours.inferred, rules) == _weak_closure(graph, reference.inferred, rules)


def test_what_the_rules_add_to_hermits_report_hermit_entails(java, monkeypatch):
    """A node in the domain of a property whose domain is a union is in every
    class all the union's members are in: HermiT entails it (a class declared
    disjoint with it makes the graph inconsistent) though owlready2 does not
    report it."""
    run = importlib.import_module("kg.reason.run")
    graph = Graph().parse(ROOT / "tests" / "shapes" / "violations" / "participant-list-empty.ttl")
    session = URIRef("https://w3id.org/kg-archives/id/session/k1")
    ours, reference = reason_by_rules(graph), reason(graph)
    event = URIRef("https://schema.org/Event")
    assert (session, RDF.type, event) in ours.inferred and (session, RDF.type, event) not in reference.inferred
    ontology, probe = load_ontology(), URIRef(EX + "NotAnEvent")
    ontology.add((probe, RDF.type, OWL.Class))
    ontology.add((probe, OWL.disjointWith, event))
    graph.add((session, RDF.type, probe))
    monkeypatch.setattr(run, "load_ontology", lambda: ontology)
    assert not reason(graph).consistent


def test_cli_reasons_with_either_engine(java, sample_graph, tmp_path):
    from click.testing import CliRunner

    from kg.cli import main
    from kg.export import serialize

    path = tmp_path / "sample.ttl"
    path.write_text(serialize(sample_graph, "turtle"), encoding="utf-8")
    outputs = {}
    for engine in ("hermit", "rules"):
        out = tmp_path / f"{engine}.ttl"
        result = CliRunner().invoke(main, ["reason", str(path), "--engine", engine, "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert "consistent: 53 statement(s) inferred" in result.output
        outputs[engine] = Graph().parse(out)
    stated = {engine: {(s, p, o) for s, p, o in g if p != RDFS.label and isinstance(s, URIRef)
                       and "reasoning" not in str(s) and "inference" not in str(s)}
              for engine, g in outputs.items()}  # the inferred statements, without their marking
    assert stated["hermit"] == stated["rules"] and len(stated["rules"]) == 53
