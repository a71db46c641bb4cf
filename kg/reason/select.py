"""What HermiT is given: the statements of the graph whose class or property
takes part in an axiom of the ontology (see :mod:`kg.reason`), and the
ontology itself."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection

from kg import resources
from kg.errors import OntologyError
from kg.vocab import KG, OWL, RDF, RDFS

_POSITIVE_CLASS_PLACES = {RDFS.subClassOf, RDFS.domain, RDFS.range}
_CHARACTERISTICS = {OWL.FunctionalProperty, OWL.InverseFunctionalProperty, OWL.TransitiveProperty,
                    OWL.SymmetricProperty, OWL.AsymmetricProperty, OWL.ReflexiveProperty,
                    OWL.IrreflexiveProperty}
_PROPERTY_AXIOMS = {RDFS.domain, RDFS.range, OWL.inverseOf, RDFS.subPropertyOf, OWL.equivalentProperty,
                    OWL.propertyDisjointWith, OWL.propertyChainAxiom}
_PROPERTY_PLACES = {OWL.onProperty, OWL.inverseOf, OWL.equivalentProperty, OWL.propertyDisjointWith}
_DECLARATIONS = {OWL.Class, RDFS.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
                 OWL.NamedIndividual, RDF.Property}
_ANNOTATIONS = {RDFS.label, RDFS.comment, RDFS.seeAlso, RDFS.isDefinedBy, OWL.versionInfo}


def reasoner_input(graph: Graph, ontology: Graph) -> Graph:
    """The statements of ``graph`` HermiT is given (see the module's docstring)."""
    classes, properties = constrained_terms(ontology)
    data = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal):
            continue
        if p == RDF.type:
            if o in classes:
                data.add((s, p, o))
        elif p in properties or p in (OWL.sameAs, OWL.differentFrom):
            data.add((s, p, o))
    return data


def constrained_terms(ontology: Graph) -> tuple[set, set]:
    """Classes and properties some axiom of ``ontology`` constrains.

    A class is left out when it is only declared, annotated, or named as a
    superclass, a domain or a range; a property when it is only declared,
    annotated, or named as the super-property of another property."""
    classes, properties = set(), set()
    list_nodes = {s for s in ontology.subjects(RDF.first, None)}
    for s, p, o in ontology:
        if p in _ANNOTATIONS or p in (RDF.first, RDF.rest):
            continue
        if p == RDF.type:
            if o in _CHARACTERISTICS:
                properties.add(s)
            elif o not in _DECLARATIONS and isinstance(o, URIRef):
                classes.add(o)
            continue
        if p in _PROPERTY_AXIOMS:
            properties.add(s)
        if p in _PROPERTY_PLACES:
            properties.add(o)
        if isinstance(s, URIRef) and p not in _PROPERTY_AXIOMS:
            classes.add(s)
        if isinstance(o, URIRef) and p not in _POSITIVE_CLASS_PLACES and p not in _PROPERTY_PLACES:
            classes.add(o)
    for node in list_nodes:
        for member in Collection(ontology, node):
            if isinstance(member, URIRef):
                classes.add(member)
                properties.add(member)
    for chain in ontology.objects(None, OWL.propertyChainAxiom):
        properties.update(m for m in Collection(ontology, chain) if isinstance(m, URIRef))
    return classes, properties




def load_ontology() -> Graph:
    path = resources.ONTOLOGY
    g = Graph()
    try:
        g.parse(path, format="turtle")
    except Exception as exc:  # noqa: BLE001  -- any parse failure means the ontology is unusable
        raise OntologyError(f"{path}: the ontology cannot be loaded: {exc}") from None
    return g


def ontology_iri() -> str:
    return str(KG._NS).rstrip("#")
