"""The SHACL shapes of ``ontology/shapes.ttl``, read once into plain records.

Only the parts of SHACL the shapes use are read (targets by class and by
objects of a property; property paths that are an IRI or an inverse IRI; the
core constraints listed in :data:`CONSTRAINTS`; SPARQL-based constraints).
A shape that uses anything else is refused, so the fast engine never
silently skips a constraint the reference (pySHACL) would check."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection

from kg.errors import OntologyError
from kg.vocab import RDF, SH

CONSTRAINTS = {
    SH.minCount, SH.maxCount, SH["class"], SH.datatype, SH.nodeKind, SH.pattern, SH.minLength,
    SH.minInclusive, SH.maxInclusive, SH["in"], SH.hasValue, SH["or"], SH["not"],
    SH.lessThanOrEquals, SH.disjoint, SH.qualifiedValueShape,
}
_READ = CONSTRAINTS | {
    SH.path, SH.property, SH.sparql, SH.message, SH.severity, SH.targetClass, SH.targetObjectsOf,
    SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.name, SH.description, SH.declare, SH.flags,
    RDF.type,
}


@dataclass(frozen=True)
class Sparql:
    node: object
    select: str  # with $this turned into ?this, and the prefixes declared
    message: str


@dataclass
class Shape:
    node: object
    path: URIRef | None = None
    inverse: bool = False
    path_node: object = None  # the sh:path object as written (for reports)
    constraints: list[tuple[str, object]] = field(default_factory=list)  # (constraint IRI as a str, argument)
    properties: list[Shape] = field(default_factory=list)
    sparql: list[Sparql] = field(default_factory=list)
    severity: URIRef = SH.Violation
    message: str = ""
    target_classes: list[URIRef] = field(default_factory=list)
    target_objects_of: list[URIRef] = field(default_factory=list)
    qualified_min: int | None = None
    qualified_max: int | None = None


class _Reader:
    def __init__(self, g: Graph):
        self.g = g
        self.shapes: dict[object, Shape] = {}
        self.prefixes = "".join(
            f"PREFIX {g.value(d, SH.prefix)}: <{g.value(d, SH.namespace)}>\n"
            for d in g.objects(None, SH.declare))

    def shape(self, node) -> Shape:
        if node in self.shapes:
            return self.shapes[node]
        g = self.g
        s = Shape(node)
        self.shapes[node] = s
        for p in set(g.predicates(node, None)):
            if p not in _READ:
                raise OntologyError(f"the fast SHACL engine does not read {p} (shape {node})")
        path = g.value(node, SH.path)
        if path is not None:
            s.path_node = path
            if isinstance(path, BNode):
                inverse = g.value(path, SH.inversePath)
                if inverse is None:
                    raise OntologyError(f"the fast SHACL engine reads IRI and inverse paths only (shape {node})")
                s.path, s.inverse = inverse, True
            else:
                s.path = path
        s.severity = g.value(node, SH.severity) or SH.Violation
        s.message = str(g.value(node, SH.message) or "")
        s.target_classes = sorted(g.objects(node, SH.targetClass))
        s.target_objects_of = sorted(g.objects(node, SH.targetObjectsOf))
        q = g.value(node, SH.qualifiedMinCount)
        s.qualified_min = int(q) if q is not None else None
        q = g.value(node, SH.qualifiedMaxCount)
        s.qualified_max = int(q) if q is not None else None
        for p, o in sorted(g.predicate_objects(node)):
            if p in (SH["or"], SH["in"]):
                items = list(Collection(g, o))
                s.constraints.append((str(p), [self.shape(i) for i in items] if p == SH["or"] else items))
            elif p in (SH["not"], SH.qualifiedValueShape):
                s.constraints.append((str(p), self.shape(o)))
            elif p in (SH.minCount, SH.maxCount, SH.minLength):
                s.constraints.append((str(p), int(o)))
            elif p in CONSTRAINTS:
                s.constraints.append((str(p), o))
        s.properties = [self.shape(p) for p in sorted(g.objects(node, SH.property), key=str)]
        for c in g.objects(node, SH.sparql):
            text = str(g.value(c, SH.select)).replace("$this", "?this")
            s.sparql.append(Sparql(c, self.prefixes + text, str(g.value(c, SH.message) or "")))
        return s


@dataclass
class Shapes:
    targeted: list[Shape]
    graph: Graph


@lru_cache(maxsize=1)
def load() -> Shapes:
    from kg.validate import shapes_graph

    g = shapes_graph()
    reader = _Reader(g)
    targeted = []
    for node in sorted(set(g.subjects(SH.targetClass, None)) | set(g.subjects(SH.targetObjectsOf, None)), key=str):
        targeted.append(reader.shape(node))
    return Shapes(targeted, g)


def literal_value(term):
    return term.toPython() if isinstance(term, Literal) else term
