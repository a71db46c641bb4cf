"""OWL reasoning (kg reason): the sample is consistent and its inferences are
kept apart and marked; graphs broken on purpose are reported inconsistent in
plain words; no Java means a clear message and exit code 2."""

import importlib
import os
import tempfile

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef

from kg import resources
from kg import vocab as v
from kg.cli import main
from kg.errors import ReasonerUnavailable
from kg.export import serialize
from kg.graph import iris
from kg.reason import constrained_terms, reason, reasoner_input


ID = v.ID
SPEAKERS = ["mikoan", "suslov", "serov", "bulganin", "konev", "kaganovic", "furceva", "zukov", "sepilov"]
SILENT = ["vorosilov", "saburov", "breznev", "svernik", "pospelov"]
RICO = "https://www.ica.org/standards/RiC/ontology#"


@pytest.fixture(scope="module")
def sample_result(java, sample_graph):
    return reason(sample_graph)


def _ontology():
    return Graph().parse(resources.ONTOLOGY)



def _serov(graph):
    """The sample's Serov (a node of that record: it prints no given name)."""
    return next(graph.subjects(v.KG.nameKey, Literal("serov")))


def _serov_name(graph):
    return "id:" + iris.local_name(_serov(graph))


def test_ontology_holds_the_axioms_the_reasoner_needs():
    g = _ontology()
    classes, properties = constrained_terms(g)
    assert (v.KG.Speaker, v.OWL.equivalentClass, None) in g
    assert (v.KG.Assignment, v.OWL.equivalentClass, None) in g
    assert (v.KG.SpeechTurn, v.OWL.disjointWith, v.SDO.Person) in g
    assert any(True for _ in g.subjects(v.RDF.type, v.OWL.AllDisjointClasses))
    assert (v.SEM.subEventOf, v.OWL.inverseOf, URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/hasSubEvent")) in g
    assert (URIRef(RICO + "isIncludedInTransitive"), v.RDF.type, v.OWL.TransitiveProperty) in g
    assert (v.KG.speaker, v.RDFS.domain, v.KG.SpeechTurn) in g and (v.KG.speaker, v.RDFS.range, v.SDO.Person) in g
    assert {v.SDO.Person, v.SDO.Place, v.ORG.Organization, v.KG.SpeechTurn} <= classes
    assert {v.KG.speaker, v.KG.assignee, v.KG.roleType} <= properties


def test_reasoner_input_keeps_what_the_axioms_talk_about(sample_graph):
    data = reasoner_input(sample_graph, _ontology())
    assert not any(isinstance(o, Literal) for o in data.objects())
    predicates = set(data.predicates())
    assert {v.KG.speaker, v.KG.assignee, v.SEM.subEventOf, v.RDF.type} <= predicates
    assert not predicates & {v.OA.hasSelector, v.OA.hasSource, v.PROV.wasDerivedFrom}
    assert (_serov(sample_graph), v.RDF.type, v.SDO.Person) in data
    assert not any(data.subjects(v.RDF.type, v.OA.TextPositionSelector))
    assert len(data) < len(sample_graph) / 3


def test_sample_is_consistent(sample_result):
    assert sample_result.consistent
    assert sample_result.explanation == []
    assert sample_result.seconds > 0
    assert sample_result.to_text().startswith("consistent: 53 statement(s) inferred")


def test_sample_cited_leaves_are_inferred_in_their_fonds(sample_result):
    """rico:isDirectlyIncludedIn (leaf -> delo -> opis -> fond) gives the
    transitive inclusion: the cited folios of TsKhSD lie in fond 3."""
    leaf = v.ID["source/tskhsd/fond-3/opis-12/delo-1006/19-22"]
    fond = v.ID["archive/tskhsd/fond-3"]
    assert (leaf, v.RICO.isIncludedInTransitive, fond) in sample_result.inferred


def test_sample_speakers_and_assignments_are_classified(sample_result, sample_graph):
    inferred = sample_result.inferred
    speakers = {str(s).rsplit("/", 1)[-1] for s in inferred.subjects(v.RDF.type, v.KG.Speaker)}
    assert speakers == set(SPEAKERS)
    assert not speakers & set(SILENT)
    assignments = set(inferred.subjects(v.RDF.type, v.KG.Assignment))
    assert assignments == {d for d in sample_graph.subjects(v.RDF.type, v.KG.Decision)
                           if sample_graph.value(d, v.KG.assignee) is not None}
    assert sample_result.summary() == {"rdf:type kg:Assignment": 2, "rdf:type kg:Speaker": 9,
                                       "rico:includesTransitive": 21, "rico:isIncludedInTransitive": 21}


def test_inferences_are_only_new_statements_about_the_graph(sample_result, sample_graph):
    nodes = set(sample_graph.subjects())
    for s, p, o in sample_result.inferred:
        assert (s, p, o) not in sample_graph
        assert s in nodes
        assert o not in (v.OWL.Thing, v.OWL.NamedIndividual)


def test_inferences_are_marked_and_written_the_same_every_time(sample_result, sample_graph):
    marked = sample_result.marked()
    run = sample_result.run
    assert (run, v.RDF.type, v.PROV.Activity) in marked
    assert "HermiT via owlready2" in str(marked.value(run, v.RDFS.label))
    assert (run, v.PROV.used, ID[f"text/{next(sample_graph.objects(None, v.KG.sha256))[:12]}"]) in marked
    for s, p, o in sample_result.inferred:
        axioms = set(marked.subjects(v.OWL.annotatedSource, s)) & set(marked.subjects(v.OWL.annotatedTarget, o))
        assert len(axioms) == 1
        axiom = axioms.pop()
        assert marked.value(axiom, v.OWL.annotatedProperty) == p
        assert marked.value(axiom, v.KG.inferredBy) == run
    assert not any(isinstance(t, Literal) and t.datatype == v.XSD.dateTime for t in marked.objects())
    again = reason(sample_graph)
    assert serialize(again.marked()) == serialize(marked)


def test_pruning_changes_no_inference(java, sample_graph, monkeypatch, sample_result):
    def literals_only(graph, ontology):
        data = Graph()
        for triple in graph:
            if not isinstance(triple[2], Literal):
                data.add(triple)
        return data

    monkeypatch.setattr(importlib.import_module("kg.reason.run"), "reasoner_input", literals_only)
    unpruned = reason(sample_graph)
    assert unpruned.consistent
    assert set(unpruned.inferred) == set(sample_result.inferred)


def test_transitive_inclusion_of_archival_levels(java, sample_graph):
    g = Graph() + sample_graph
    direct = URIRef(RICO + "isDirectlyIncludedIn")
    for s, o in list(g.subject_objects(v.RICO.isOrWasIncludedIn)):
        g.add((s, direct, o))
    result = reason(g)
    assert result.consistent
    transitive = URIRef(RICO + "isIncludedInTransitive")
    record = ID["source/tskhsd/fond-3/opis-12/delo-1006/19-22"]
    assert (record, transitive, ID["archive/tskhsd/fond-3"]) in result.inferred
    assert (record, transitive, ID["archive/tskhsd/fond-3/opis-12"]) in result.inferred


def test_a_person_who_is_a_place_is_inconsistent(java, sample_graph):
    g = Graph() + sample_graph
    g.add((_serov(sample_graph), v.RDF.type, v.SDO.Place))
    result = reason(g)
    assert not result.consistent
    assert len(result.inferred) == 0
    assert any(_serov_name(sample_graph) in s and "a person" in s and "a place" in s and "exclude each other" in s
               for s in result.explanation), result.explanation
    assert result.to_text().startswith("inconsistent")


def test_a_turn_used_as_a_person_is_inconsistent(java, sample_graph):
    g = Graph() + sample_graph
    turn, other = ID["turn/7218875696e8/1/3"], ID["turn/7218875696e8/1/4"]
    g.add((turn, v.KG.speaker, other))
    result = reason(g)
    assert not result.consistent
    sentence = next(s for s in result.explanation if "id:turn/7218875696e8/1/4" in s)
    assert "a person" in sentence and "a speech turn" in sentence
    assert "kg:speaker of id:turn/7218875696e8/1/3" in sentence


def test_a_role_that_is_both_chair_and_absentee_is_inconsistent(java, sample_graph):
    g = Graph() + sample_graph
    role = next(g.subjects(v.KG.roleType, v.KG.Chair))
    g.add((role, v.KG.roleType, v.KG.Absentee))
    result = reason(g)
    assert not result.consistent
    assert any("kg:roleType" in s and "kg:Chair" in s and "kg:Absentee" in s for s in result.explanation)


def test_no_file_is_left_behind(java, sample_graph, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    options = os.environ.get("JAVA_TOOL_OPTIONS")
    broken = Graph() + sample_graph
    broken.add((_serov(sample_graph), v.RDF.type, v.SDO.Place))
    assert not reason(broken).consistent
    assert tempfile.tempdir == str(tmp_path)
    assert list(tmp_path.iterdir()) == []
    assert os.environ.get("JAVA_TOOL_OPTIONS") == options


def test_without_java_the_reasoner_says_so(sample_graph, tmp_path, monkeypatch):
    import owlready2

    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setattr(owlready2, "JAVA_EXE", "java")
    with pytest.raises(ReasonerUnavailable, match="no Java runtime found: install one"):
        reason(sample_graph)
    graph = tmp_path / "g.ttl"
    graph.write_text(serialize(sample_graph), encoding="utf-8")
    result = CliRunner().invoke(main, ["reason", str(graph)])
    assert result.exit_code == 2
    assert "no Java runtime found" in result.output and "JAVA_HOME" in result.output


def test_cli_reason(java, sample_graph, tmp_path):
    runner = CliRunner()
    graph = tmp_path / "g.ttl"
    graph.write_text(serialize(sample_graph), encoding="utf-8")
    out = tmp_path / "inferred.ttl"
    result = runner.invoke(main, ["reason", str(graph), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("consistent: 53 statement(s) inferred")
    inferred = Graph().parse(out)
    assert len(set(inferred.subjects(v.RDF.type, v.KG.Speaker))) == 9
    assert len(set(inferred.subjects(v.KG.inferredBy, None))) == 53
    first = out.read_bytes()
    assert runner.invoke(main, ["reason", str(graph), "-o", str(out)]).exit_code == 0
    assert out.read_bytes() == first

    broken = Graph() + sample_graph
    broken.add((_serov(sample_graph), v.RDF.type, v.SDO.Place))
    bad = tmp_path / "broken.ttl"
    bad.write_text(serialize(broken), encoding="utf-8")
    target = tmp_path / "none.ttl"
    result = runner.invoke(main, ["reason", str(bad), "-o", str(target)])
    assert result.exit_code == 1
    assert "inconsistent" in result.output and _serov_name(sample_graph) in result.output
    assert not target.exists()
