"""ontology/kg.ttl: it declares exactly the closed vocabulary of kg/vocab.py,
documents every term, declares every external term the graphs and shapes
use, stays within what RiC-O 1.1 says, and loads in owlready2."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH
from rdflib.namespace import XSD as _XSD

from kg import vocab
from kg.vocab import KG, OA, RICO, RICRST, SEM

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "kg.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
ONTOLOGY_IRI = URIRef("https://w3id.org/kg-archives/ontology")

# Terms of kg/vocab.py that no module under kg/ writes into a graph, and why.
NOT_EMITTED = {
    "Stance": "the class of the four stance values; the values are emitted, the class is not",
    "NoteKind": "the class of the five note kinds; the kinds are emitted, the class is not",
    "Assignment": "defined class: a reasoner classifies decisions with an assignee",
    "Speaker": "defined class: a reasoner classifies persons who speak in a turn",
}
# Local terms the ontology may declare beyond kg/vocab.py (none so far).
ONTOLOGY_ONLY: set[str] = set()

DECLARATIONS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.NamedIndividual)
PROPERTY_KINDS = (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
BUILT_IN = {RDF.type, RDF.value, RDFS.label, RDFS.comment}


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


def kg_terms() -> set[str]:
    return set(KG.__annotations__)


def declared(g: Graph, iri) -> bool:
    return any((iri, RDF.type, d) in g for d in DECLARATIONS)


def local(iri) -> str:
    return str(iri)[len(str(KG._NS)):]


def test_ontology_header(onto):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    assert onto.value(ONTOLOGY_IRI, OWL.versionInfo) is not None
    assert onto.value(ONTOLOGY_IRI, OWL.versionIRI) is not None
    assert not list(onto.objects(ONTOLOGY_IRI, OWL.imports)), "the ontology must be self-contained"


def test_every_vocab_term_is_declared(onto):
    missing = sorted(n for n in kg_terms() if not declared(onto, KG[n]))
    assert not missing, f"kg/vocab.py terms not declared in ontology/kg.ttl: {missing}"


def test_ontology_declares_no_kg_term_outside_vocab(onto):
    used = {local(t) for triple in onto for t in triple
            if isinstance(t, URIRef) and str(t).startswith(str(KG._NS))}
    extra = sorted(used - kg_terms() - ONTOLOGY_ONLY)
    assert not extra, f"ontology/kg.ttl uses kg: terms that kg/vocab.py does not have: {extra}"


def test_every_vocab_term_is_emitted_or_listed():
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "kg").rglob("*.py") if p.name != "vocab.py")
    used = set(re.findall(r"\bKG\.(\w+)", source))
    unused = sorted(kg_terms() - used - set(NOT_EMITTED))
    assert not unused, f"kg/vocab.py terms no module uses (remove them, or list them with a reason): {unused}"
    stale = sorted(set(NOT_EMITTED) & used)
    assert not stale, f"terms listed as not emitted that the code now uses: {stale}"


def test_every_kg_term_is_documented_for_historians(onto):
    bad = []
    for name in sorted(kg_terms()):
        for prop in (RDFS.label, RDFS.comment):
            values = [v for v in onto.objects(KG[name], prop) if isinstance(v, Literal) and v.language == "en"]
            if len(values) != 1 or not str(values[0]).strip():
                bad.append(f"kg:{name} needs exactly one English {onto.namespace_manager.normalizeUri(prop)}")
    assert not bad, "\n".join(bad)


def test_each_property_has_one_kind(onto):
    props = {s for k in PROPERTY_KINDS for s in onto.subjects(RDF.type, k)}
    mixed = sorted(str(p) for p in props if sum((p, RDF.type, k) in onto for k in PROPERTY_KINDS) != 1)
    assert not mixed, f"properties declared with more than one kind (not OWL 2 DL): {mixed}"
    classes = set(onto.subjects(RDF.type, OWL.Class))
    assert not classes & props, "an IRI cannot be both a class and a property"


def test_domains_and_ranges_name_declared_classes_or_datatypes(onto):
    bad = []
    for pred in (RDFS.domain, RDFS.range):
        for s, o in onto.subject_objects(pred):
            if isinstance(o, URIRef) and str(o).startswith(str(_XSD)):
                if (s, RDF.type, OWL.DatatypeProperty) not in onto:
                    bad.append(f"{s}: a datatype range on a non-datatype property")
            elif isinstance(o, URIRef) and (o, RDF.type, OWL.Class) not in onto and o != OWL.Thing:
                bad.append(f"{s} {pred}: {o} is not a declared class")
    assert not bad, "\n".join(bad)


def test_external_iris_use_the_project_namespaces(onto):
    allowed = {str(ns) for ns in vocab.PREFIXES.values()} | {str(RDF), str(RDFS), str(OWL), str(_XSD)}
    allowed.add(str(RICRST._NS))
    stray = sorted({str(t) for triple in onto for t in triple
                    if isinstance(t, URIRef) and t != ONTOLOGY_IRI and not str(t).startswith("https://w3id.org/kg-archives/ontology/")
                    and not any(str(t).startswith(ns) for ns in allowed)})
    assert not stray, f"IRIs outside the namespaces of kg/vocab.py (http vs https?): {stray}"


def test_reused_terms_of_vocab_are_declared(onto):
    missing = [f"{cls.__name__}.{name}" for cls in (OA, RICO, RICRST, SEM)
               for name in cls.__annotations__ if not declared(onto, cls._NS[name])]
    assert not missing, f"reused terms of kg/vocab.py not declared: {missing}"


def test_rico_terms_keep_their_ric_o_meaning(onto):
    """RiC-O 1.1: rico:isOrWasIncludedIn is not transitive; rico:isIncludedInTransitive
    is, below it; rico:isDirectlyIncludedIn is below that. No rico: class or
    property is given a domain, a range or a super-class here."""
    assert (RICO.isOrWasIncludedIn, RDF.type, OWL.TransitiveProperty) not in onto
    transitive = RICO._NS["isIncludedInTransitive"]
    direct = RICO._NS["isDirectlyIncludedIn"]
    assert (transitive, RDF.type, OWL.TransitiveProperty) in onto
    assert (transitive, RDFS.subPropertyOf, RICO.isOrWasIncludedIn) in onto
    assert (direct, RDFS.subPropertyOf, transitive) in onto
    for s, p, _ in onto:
        if str(s).startswith(str(RICO._NS)):
            assert p not in (RDFS.domain, RDFS.range, RDFS.subClassOf, OWL.equivalentClass), f"{s} {p} redefines RiC-O"


def test_shape_targets_classes_and_paths_are_declared(onto, shapes):
    bad = []
    for pred in (SH.targetClass, SH["class"]):
        for cls in set(shapes.objects(None, pred)):
            if (cls, RDF.type, OWL.Class) not in onto:
                bad.append(f"{shapes.namespace_manager.normalizeUri(pred)} {cls} is not a class of the ontology")
    paths = set(shapes.objects(None, SH.path)) | set(shapes.objects(None, SH.inversePath)) \
        | set(shapes.objects(None, SH.targetObjectsOf))
    for p in paths:
        if isinstance(p, URIRef) and p not in BUILT_IN and not declared(onto, p):
            bad.append(f"path {p} is not a property of the ontology")
    assert not bad, "\n".join(bad)


def test_ontology_declares_every_term_the_sample_graph_uses(onto, sample_graph):
    missing = set()
    for s, p, o in sample_graph:
        if p not in BUILT_IN and not declared(onto, p):
            missing.add(f"property {p}")
        if p == RDF.type and (o, RDF.type, OWL.Class) not in onto:
            missing.add(f"class {o}")
    assert not missing, "terms the extractors emit that the ontology does not declare:\n" + "\n".join(sorted(missing))


def test_loads_in_owlready2(onto, tmp_path):
    from owlready2 import World

    nt = tmp_path / "kg.nt"
    nt.write_bytes(onto.serialize(format="nt", encoding="utf-8"))
    world = World()
    o = world.get_ontology(nt.as_uri()).load()
    ns = world.get_namespace(str(KG._NS))
    assert ns.SpeechTurn is not None and ns.Session is not None
    assert ns.speaker.__class__.__name__ == "ObjectPropertyClass"
    assert ns.sha256.__class__.__name__ == "DataPropertyClass"
    assert ns.Speaker.equivalent_to, "kg:Speaker must be a defined class"
    assert ns.SpeechTurn in set(o.classes())
    turn_parents = {str(c.iri) for c in ns.SpeechTurn.is_a if hasattr(c, "iri")}
    assert {"http://semanticweb.cs.vu.nl/2009/11/sem/Event", "https://schema.org/Event"} <= turn_parents
