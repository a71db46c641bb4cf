"""Forward-chaining rules compiled from the ontology: the same atomic
conclusions HermiT draws from a record, in milliseconds instead of seconds.

HermiT (:mod:`kg.reason.run`) is the reference: a complete OWL 2 DL reasoner,
run through owlready2 on a file. It needs a Java process and about 0.2 s per
record, so a corpus of thousands is reasoned over with the rules here, record
by record (:mod:`kg.store.reason`), and HermiT is kept for single files and
for checking the rules (``tests/test_reason_rules.py`` holds that both reach
the same conclusions on the sample, the invented records and the graphs
broken on purpose).

:func:`compile_rules` reads the ontology's axioms into tables; every axiom
it meets is one of these kinds, or it raises
:class:`~kg.errors.OntologyError` naming the axiom it cannot turn into rules
(so that an ontology grown past them is reasoned over by HermiT, never
half-reasoned):

- ``A rdfs:subClassOf B``, ``A owl:equivalentClass B`` between named classes,
  and a superclass that is an intersection of named classes: ``x a A`` gives
  ``x a B``. A superclass ``[owl:someValuesFrom C]`` gives nothing about named
  individuals and is passed over.
- ``A owl:equivalentClass [owl:intersectionOf (B [owl:onProperty p;
  owl:someValuesFrom C] ...)]``: a node of every named class of the list,
  with a ``p`` value of class ``C`` (or, for ``[owl:inverseOf p]``, the value
  of some ``C``'s ``p``), is an ``A`` (``kg:Speaker``, ``kg:Assignment``); the
  other direction gives ``x a B``.
- ``p rdfs:domain D`` and ``p rdfs:range R`` with a named class, a union of
  named classes or an enumeration of individuals: a named class is a type; a
  union is a constraint, met by a type among its members, refuted when every
  member is excluded by a disjointness (inconsistent), and giving the classes
  every member not excluded falls under (``sem:Event`` for a value of
  ``kg:decidedIn``; the one member left when all others are excluded); an
  enumeration gives a node that
  is not one of its members the types all members share.
- ``p rdfs:subPropertyOf q``, ``p owl:inverseOf q``, ``owl:TransitiveProperty``,
  ``owl:SymmetricProperty``.
- ``owl:FunctionalProperty`` on an object property: two values are the same
  individual (``owl:sameAs``), unless they are declared different
  (``owl:AllDifferent``, ``owl:differentFrom``): inconsistent.
- ``owl:disjointWith`` and ``owl:AllDisjointClasses``: a node of two disjoint
  classes is inconsistent.

Literals take part in no axiom (see :mod:`kg.reason`); datatype properties
are passed over as HermiT is given none.

:func:`infer` runs the rules over ``(subject, predicate, object)`` IRIs to
a fixpoint and returns a :class:`Closure`: the clashes found (empty when
consistent), every type and object-property statement that follows, and the
individuals found to be the same."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from rdflib import BNode, Graph, URIRef
from rdflib.collection import Collection

from kg.errors import OntologyError
from kg.vocab import OWL, RDF, RDFS

TYPE = str(RDF.type)
SAME_AS = str(OWL.sameAs)
DIFFERENT_FROM = str(OWL.differentFrom)
THING = str(OWL.Thing)
_DECLARATIONS = {OWL.Class, RDFS.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
                 OWL.NamedIndividual, RDF.Property, OWL.Ontology, OWL.Restriction, RDFS.Datatype}
_ANNOTATION_PREDICATES = {RDFS.label, RDFS.comment, RDFS.seeAlso, RDFS.isDefinedBy, OWL.versionInfo,
                          OWL.versionIRI, OWL.imports}


@dataclass
class Rules:
    """The ontology's axioms as tables (see the module's docstring)."""

    supers: dict = field(default_factory=dict)           # class -> itself and every superclass
    disjoint: dict = field(default_factory=dict)         # class -> classes declared disjoint with it
    excluded: dict = field(default_factory=dict)         # class -> classes a member of it cannot be in
    superprops: dict = field(default_factory=dict)       # property -> itself and every super-property
    inverse: dict = field(default_factory=dict)          # property -> its inverse (both ways)
    transitive: frozenset = frozenset()
    symmetric: frozenset = frozenset()
    functional: frozenset = frozenset()                  # object properties
    object_properties: frozenset = frozenset()
    domain: dict = field(default_factory=dict)           # property -> [constraint]
    range: dict = field(default_factory=dict)            # property -> [constraint]
    definitions: list = field(default_factory=list)      # (class, named classes, ((property, inverse?, filler), ...))
    by_conjunct: dict = field(default_factory=dict)      # class -> definitions with it among the named classes
    by_property: dict = field(default_factory=dict)      # property -> definitions with an existential on it
    by_filler: dict = field(default_factory=dict)        # class -> definitions with it as an existential's filler
    different: dict = field(default_factory=dict)        # individual -> individuals declared different from it
    facts: list = field(default_factory=list)            # the ontology's own statements about individuals
    terms: frozenset = frozenset()                        # the ontology's own subjects
    relevant: frozenset = frozenset()                     # the predicates some rule reads
    unsatisfiable: frozenset = frozenset()


@dataclass(frozen=True)
class Union:
    members: frozenset


@dataclass(frozen=True)
class OneOf:
    members: frozenset


@dataclass(frozen=True)
class Clash:
    """Why a graph is inconsistent: ``node`` and the classes, or values, that exclude each other."""

    node: str
    kind: str          # "disjoint" | "union" | "different" | "unsatisfiable"
    first: str
    second: str = ""


@dataclass
class Closure:
    """What :func:`infer` found: clashes, and every type and statement that follows."""

    clashes: list
    types: dict          # node -> set of classes (closed under superclasses)
    edges: set           # (s, p, o) object-property statements, stated or inferred
    same: dict           # node -> the individuals it is the same as (itself included), when more than itself

    @property
    def consistent(self) -> bool:
        return not self.clashes


# --- compiling the ontology ------------------------------------------------


def compile_rules(ontology: Graph) -> Rules:
    """The tables of ``ontology`` (see the module's docstring); raises
    :class:`~kg.errors.OntologyError` for an axiom no rule here covers."""
    return _Compiler(ontology).compile()


@lru_cache(maxsize=1)
def project_rules() -> Rules:
    """The rules of the project's ontology, compiled once per process."""
    from kg.reason.select import load_ontology

    return compile_rules(load_ontology())


class _Compiler:
    def __init__(self, ontology: Graph):
        self.o = ontology
        self.direct = defaultdict(set)
        self.prop_direct = defaultdict(set)
        self.rules = Rules()

    def fail(self, s, p, o) -> None:
        raise OntologyError(f"the rule reasoner cannot use the axiom {s.n3()} {p.n3()} {o.n3()}: "
                            "reason with HermiT (--engine hermit)")

    def compile(self) -> Rules:
        o, r = self.o, self.rules
        list_nodes = set(o.subjects(RDF.first, None)) | set(o.subjects(RDF.rest, None))
        anonymous_classes = {s for s in o.subjects() if isinstance(s, BNode)} - list_nodes
        domains, ranges = defaultdict(list), defaultdict(list)
        disjoint_pairs, different_pairs = set(), set()
        transitive, symmetric, functional, object_props = set(), set(), set(), set()
        for s, p, v in o:
            if p in _ANNOTATION_PREDICATES or p in (RDF.first, RDF.rest) or s in list_nodes:
                continue
            if isinstance(s, BNode) and s in anonymous_classes and self._anonymous_part(s, p, v):
                continue
            if p == RDF.type:
                if v in _DECLARATIONS:
                    if v == OWL.ObjectProperty:
                        object_props.add(str(s))
                elif v == OWL.TransitiveProperty:
                    transitive.add(str(s))
                elif v == OWL.SymmetricProperty:
                    symmetric.add(str(s))
                elif v == OWL.FunctionalProperty:
                    functional.add(str(s))
                elif v == OWL.AllDisjointClasses:
                    members = [str(m) for m in Collection(o, o.value(s, OWL.members))]
                    disjoint_pairs.update((a, b) for a in members for b in members if a != b)
                elif v == OWL.AllDifferent:
                    members = [str(m) for m in Collection(o, o.value(s, OWL.distinctMembers))]
                    different_pairs.update((a, b) for a in members for b in members if a != b)
                elif isinstance(v, URIRef) and isinstance(s, URIRef):
                    r.facts.append((str(s), TYPE, str(v)))
                else:
                    self.fail(s, p, v)
            elif p == RDFS.subClassOf:
                self._superclass(s, v)
            elif p == OWL.equivalentClass:
                self._equivalent(s, v)
            elif p == RDFS.domain:
                domains[str(s)].append(self._constraint(s, p, v))
            elif p == RDFS.range:
                ranges[str(s)].append(self._constraint(s, p, v))
            elif p == RDFS.subPropertyOf:
                self.prop_direct[str(s)].add(str(v))
            elif p == OWL.inverseOf and isinstance(s, URIRef):
                r.inverse[str(s)], r.inverse[str(v)] = str(v), str(s)
            elif p == OWL.disjointWith:
                disjoint_pairs.update({(str(s), str(v)), (str(v), str(s))})
            elif p == OWL.differentFrom:
                different_pairs.update({(str(s), str(v)), (str(v), str(s))})
            elif isinstance(s, URIRef) and isinstance(v, URIRef) and p not in _META:
                r.facts.append((str(s), str(p), str(v)))
            elif p not in _META:
                self.fail(s, p, v)
        r.object_properties = frozenset(object_props | {SAME_AS})
        r.functional = frozenset(functional & object_props)
        r.transitive, r.symmetric = frozenset(transitive), frozenset(symmetric)
        r.supers = _closed(self.direct)
        r.superprops = _closed(self.prop_direct)
        for prop, sup in list(r.superprops.items()):
            inv = r.inverse.get(prop)
            if inv:  # p <= q gives inverse(p) <= inverse(q)
                for q in sup:
                    if q in r.inverse:
                        self.prop_direct[inv].add(r.inverse[q])
        r.superprops = _closed(self.prop_direct)
        r.domain, r.range = dict(domains), dict(ranges)
        for a, b in disjoint_pairs:
            r.disjoint.setdefault(a, set()).add(b)
        for a, b in different_pairs:
            r.different.setdefault(a, set()).add(b)
        for cls in set(r.supers) | set(r.disjoint):
            r.excluded[cls] = {d for sup in r.supers.get(cls, {cls}) for d in r.disjoint.get(sup, ())}
        r.unsatisfiable = frozenset(c for c, ex in r.excluded.items() if ex & r.supers.get(c, {c}))
        for definition in r.definitions:
            cls, named, existentials = definition
            for c in named:
                r.by_conjunct.setdefault(c, []).append(definition)
            for prop, _, filler in existentials:
                r.by_property.setdefault(prop, []).append(definition)
                r.by_filler.setdefault(filler, []).append(definition)
        r.terms = frozenset(str(s) for s in o.subjects() if isinstance(s, URIRef))
        r.relevant = frozenset({TYPE, SAME_AS, DIFFERENT_FROM} | set(r.superprops) | set(r.inverse) | set(r.domain)
                               | set(r.range) | r.functional | r.transitive | r.symmetric | set(r.by_property))
        return r

    def _anonymous_part(self, s, p, v) -> bool:
        """A statement inside an anonymous class expression: read where the expression is used."""
        return p in (RDF.type, OWL.unionOf, OWL.intersectionOf, OWL.oneOf, OWL.onProperty,
                     OWL.someValuesFrom, OWL.inverseOf) and not (p == RDF.type and v in (
                         OWL.AllDisjointClasses, OWL.AllDifferent))

    def _superclass(self, s, v) -> None:
        if not isinstance(s, URIRef):
            self.fail(s, RDFS.subClassOf, v)
        if isinstance(v, URIRef):
            self.direct[str(s)].add(str(v))
        elif (v, RDF.type, OWL.Restriction) in self.o and self.o.value(v, OWL.someValuesFrom) is not None:
            pass  # an existential superclass says nothing of a named individual
        elif self.o.value(v, OWL.intersectionOf) is not None:
            for m in Collection(self.o, self.o.value(v, OWL.intersectionOf)):
                self._superclass(s, m)
        else:
            self.fail(s, RDFS.subClassOf, v)

    def _equivalent(self, s, v) -> None:
        if isinstance(v, URIRef):
            self.direct[str(s)].add(str(v))
            self.direct[str(v)].add(str(s))
            return
        parts = self.o.value(v, OWL.intersectionOf)
        if parts is None:
            self.fail(s, OWL.equivalentClass, v)
        named, existentials = set(), []
        for m in Collection(self.o, parts):
            if isinstance(m, URIRef):
                named.add(str(m))
                self.direct[str(s)].add(str(m))
                continue
            prop, filler = self.o.value(m, OWL.onProperty), self.o.value(m, OWL.someValuesFrom)
            if prop is None or not isinstance(filler, URIRef):
                self.fail(s, OWL.equivalentClass, v)
            inverse = False
            if isinstance(prop, BNode):
                prop, inverse = self.o.value(prop, OWL.inverseOf), True
            existentials.append((str(prop), inverse, str(filler)))
        self.rules.definitions.append((str(s), frozenset(named), tuple(existentials)))

    def _constraint(self, s, p, v):
        if isinstance(v, URIRef):
            return str(v)
        for kind, make in ((OWL.unionOf, Union), (OWL.oneOf, OneOf)):
            members = self.o.value(v, kind)
            if members is not None:
                listed = list(Collection(self.o, members))
                if kind == OWL.unionOf and not all(isinstance(m, URIRef) for m in listed):
                    self.fail(s, p, v)
                return make(frozenset(str(m) for m in listed))
        self.fail(s, p, v)


_META = {OWL.members, OWL.distinctMembers, OWL.annotatedSource, OWL.annotatedProperty, OWL.annotatedTarget}


def _closed(direct: dict) -> dict:
    closed = {}
    for start in list(direct):
        seen, todo = {start}, [start]
        while todo:
            for up in direct.get(todo.pop(), ()):
                if up not in seen:
                    seen.add(up)
                    todo.append(up)
        closed[start] = frozenset(seen)
    return closed


# --- running the rules -----------------------------------------------------


def infer(triples, rules: Rules | None = None) -> Closure:
    """Run ``rules`` (the project's by default) over ``triples``, each a
    ``(subject, predicate, object)`` of strings, literals left out; a
    statement whose predicate no rule reads is passed over."""
    return _Run(rules or project_rules()).run(triples)


class _Run:
    def __init__(self, rules: Rules):
        self.r = rules
        self.types = defaultdict(set)
        self.out = defaultdict(lambda: defaultdict(set))
        self.into = defaultdict(lambda: defaultdict(set))
        self.edges = set()
        self.todo = []
        self.clashes = []
        self.unions = defaultdict(set)
        self.parent = {}
        self.members = {}
        self.different = defaultdict(set)

    def find(self, x):
        parent = self.parent
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    def run(self, triples) -> Closure:
        for s, p, o in self.r.facts:
            self.state(s, p, o)
        relevant = self.r.relevant
        for s, p, o in triples:
            if p in relevant:
                self.state(s, p, o)
        while self.todo:
            job = self.todo.pop()
            job[0](*job[1:])
        same = {}
        for rep, group in self.members.items():
            if len(group) > 1:
                for m in group:
                    same[m] = group
        types = {n: ts for n, ts in self.types.items()}
        edges = set(self.edges)
        for node, group in same.items():  # every individual of a group has what its representative has
            rep = self.find(node)
            types[node] = self.types.get(rep, set())
        if same:
            expanded = set()
            for s, p, o in edges:
                for s2 in same.get(s, (s,)):
                    for o2 in same.get(o, (o,)):
                        expanded.add((s2, p, o2))
            for node, group in same.items():
                for other in group:
                    if other != node:
                        expanded.add((node, SAME_AS, other))
            edges = expanded
        return Closure(self.clashes, types, edges, same)

    def state(self, s, p, o) -> None:
        if p == TYPE:
            self.add_type(self.find(s), o)
        elif p == SAME_AS:
            self.merge(s, o)
        elif p == DIFFERENT_FROM:
            self.different[s].add(o)
            self.different[o].add(s)
        else:
            self.add_edge(self.find(s), p, self.find(o))

    def add_type(self, x, cls) -> None:
        if cls == THING:
            return
        types = self.types[x]
        for c in self.r.supers.get(cls, (cls,)):
            if c not in types:
                types.add(c)
                self.todo.append((self.on_type, x, c))

    def add_edge(self, s, p, o) -> None:
        if (s, p, o) in self.edges:
            return
        self.edges.add((s, p, o))
        self.out[s][p].add(o)
        self.into[o][p].add(s)
        self.todo.append((self.on_edge, s, p, o))

    def on_type(self, x, cls) -> None:
        if x != self.find(x):
            return
        if cls in self.r.unsatisfiable:
            self.clash(x, "unsatisfiable", cls)
        for other in self.r.disjoint.get(cls, ()):
            if other in self.types[x] and cls < other:
                self.clash(x, "disjoint", cls, other)
        for definition in self.r.by_conjunct.get(cls, ()):
            self.define(x, definition)
        for definition in self.r.by_filler.get(cls, ()):
            _, _, existentials = definition
            for prop, inverse, filler in existentials:
                if filler == cls:
                    for y in (self.out[x][prop] if inverse else self.into[x][prop]):
                        self.define(y, definition)
        if self.unions.get(x):
            self.check_unions(x)

    def on_edge(self, s, p, o) -> None:
        if s != self.find(s) or o != self.find(o):
            return
        r = self.r
        for q in r.superprops.get(p, (p,)):
            if q != p:
                self.add_edge(s, q, o)
        inv = r.inverse.get(p)
        if inv:
            self.add_edge(o, inv, s)
        if p in r.symmetric:
            self.add_edge(o, p, s)
        if p in r.transitive:
            for z in list(self.out[o][p]):
                self.add_edge(s, p, z)
            for w in list(self.into[s][p]):
                self.add_edge(w, p, o)
        for constraint in r.domain.get(p, ()):
            self.constrain(s, constraint)
        for constraint in r.range.get(p, ()):
            self.constrain(o, constraint)
        if p in r.functional and len(self.out[s][p]) > 1:
            values = sorted(self.out[s][p])
            for other in values[1:]:
                self.merge(values[0], other)
        for definition in r.by_property.get(p, ()):
            _, _, existentials = definition
            for prop, inverse, _ in existentials:
                if prop == p:
                    self.define(o if inverse else s, definition)

    def constrain(self, x, constraint) -> None:
        if isinstance(constraint, str):
            self.add_type(x, constraint)
        elif isinstance(constraint, Union):
            if constraint not in self.unions[x]:
                self.unions[x].add(constraint)
                self.check_unions(x)
        elif x not in constraint.members:
            shared = None
            for m in constraint.members:
                ts = self.types.get(self.find(m), set())
                shared = set(ts) if shared is None else shared & ts
            for c in sorted(shared or ()):
                self.add_type(x, c)

    def check_unions(self, x) -> None:
        types = self.types[x]
        for union in sorted(self.unions[x], key=lambda u: sorted(u.members)):
            if union.members & types:
                continue
            left = [m for m in sorted(union.members)
                    if m not in self.r.unsatisfiable and not (self.r.excluded.get(m, set()) & types)]
            if not left:
                self.clash(x, "union", " ".join(sorted(union.members)))
                continue
            shared = set.intersection(*(set(self.r.supers.get(m, (m,))) for m in left))
            for cls in sorted(shared - types):
                self.add_type(x, cls)

    def define(self, x, definition) -> None:
        cls, named, existentials = definition
        if cls in self.types[x] or not named <= self.types[x]:
            return
        for prop, inverse, filler in existentials:
            values = self.into[x][prop] if inverse else self.out[x][prop]
            if not any(filler == THING or filler in self.types[self.find(y)] for y in values):
                return
        self.add_type(x, cls)

    def merge(self, a, b) -> None:
        a, b = self.find(a), self.find(b)
        if a == b:
            return
        group_a, group_b = self.members.get(a, {a}), self.members.get(b, {b})
        for x in group_a:
            if (self.r.different.get(x, set()) | self.different.get(x, set())) & group_b:
                self.clash(x, "different", sorted(group_a)[0], sorted(group_b)[0])
                return
        rep, gone = (a, b) if a < b else (b, a)
        self.parent[gone] = rep
        self.members[rep] = group_a | group_b
        self.members.pop(gone, None)
        for c in sorted(self.types.pop(gone, set())):
            self.add_type(rep, c)
        for u in self.unions.pop(gone, set()):
            self.constrain(rep, u)
        for p, values in list(self.out.pop(gone, {}).items()):
            for o in list(values):
                self.into[o][p].discard(gone)
                self.edges.discard((gone, p, o))
                self.add_edge(rep, p, self.find(o))
        for p, subjects in list(self.into.pop(gone, {}).items()):
            for s in list(subjects):
                self.out[s][p].discard(gone)
                self.edges.discard((s, p, gone))
                self.add_edge(self.find(s), p, rep)

    def clash(self, node, kind, first, second="") -> None:
        found = Clash(node, kind, first, second)
        if found not in self.clashes:
            self.clashes.append(found)


# --- what is new -----------------------------------------------------------


def conclusions(triples, closure: Closure, rules: Rules | None = None) -> list[tuple[str, str, str]]:
    """The statements of ``closure`` that ``triples`` did not state, as
    HermiT's are kept (:func:`kg.reason.run._keep`): about IRIs of the graph
    that are not the ontology's own terms; of a node's new types only the
    most specific (a new ``kg:Speaker``, not also ``schema:Person``); no
    statement that is a stated one read through a super-property or an
    inverse (``sem:hasSubEvent`` for every ``sem:subEventOf``), nor a new
    one read through a super-property; no
    ``owl:Thing``, no individual the same as itself."""
    r = rules or project_rules()
    stated = set()
    stated_types = defaultdict(set)
    nodes = set()
    for s, p, o in triples:
        if p not in r.relevant:
            continue
        nodes.add(s)
        if p == TYPE:
            stated_types[s].update(r.supers.get(o, (o,)))
            continue
        nodes.add(o)
        for q in r.superprops.get(p, (p,)):
            stated.add((s, q, o))
            if q in r.inverse:
                stated.add((o, r.inverse[q], s))
    new = []
    for node in sorted(n for n in nodes if _is_iri(n) and n not in r.terms):
        fresh = closure.types.get(node, set()) - stated_types.get(node, set()) - {THING}
        for cls in sorted(fresh):
            if not any(other != cls and cls in r.supers.get(other, ()) for other in fresh):
                new.append((node, TYPE, cls))
    fresh = [(s, p, o) for s, p, o in sorted(closure.edges)
             if (s, p, o) not in stated and not (s == o and p == SAME_AS) and p in r.object_properties
             and s in nodes and o in nodes and _is_iri(s) and _is_iri(o) and s not in r.terms and o not in r.terms]
    implied = set()
    for s, p, o in fresh:
        for q in r.superprops.get(p, ()):
            if q != p and p not in r.superprops.get(q, ()):
                implied.add((s, q, o))
                if q in r.inverse:
                    implied.add((o, r.inverse[q], s))
    return new + [t for t in fresh if t not in implied]


def _is_iri(node: str) -> bool:
    return not node.startswith("_:")


def graph_triples(graph: Graph):
    """The object-valued statements of an rdflib graph as strings (blank nodes as ``_:id``)."""
    from rdflib import Literal

    for s, p, o in graph:
        if isinstance(o, Literal):
            continue
        yield (s.n3() if isinstance(s, BNode) else str(s), str(p), o.n3() if isinstance(o, BNode) else str(o))


def reason_by_rules(graph: Graph):
    """:func:`kg.reason.reason` with the rules instead of HermiT: a
    :class:`~kg.reason.ReasonResult` for ``graph``."""
    import hashlib
    import time

    from kg.export import serialize
    from kg.graph.view import GraphView
    from kg.reason.run import ReasonResult
    from kg.reason.select import load_ontology
    from kg.vocab import bind_prefixes

    started = time.perf_counter()
    rules = project_rules()
    triples = list(graph_triples(graph))
    closure = infer(triples, rules)
    run = hashlib.sha256(serialize(graph, "nt").encode("utf-8")).hexdigest()[:12]
    sources = GraphView(graph).record_texts()
    seconds = time.perf_counter() - started
    if not closure.consistent:
        sentences = explain(graph, closure.clashes, load_ontology())
        return ReasonResult(False, Graph(), sentences, seconds, run, sources, engine=RULES)
    inferred = Graph()
    bind_prefixes(inferred)
    for s, p, o in conclusions(triples, closure, rules):
        inferred.add((URIRef(s), URIRef(p), URIRef(o)))
    return ReasonResult(True, inferred, [], seconds, run, sources, engine=RULES)


RULES = "rules compiled from the ontology"


def describe(clash: Clash, ontology: Graph) -> str:
    """A clash in plain words."""
    from kg.reason.explain import class_name, short

    def name(cls: str) -> str:
        words = class_name(URIRef(cls), ontology)
        return ("an " if words[:1].lower() in "aeiou" else "a ") + words

    node = short(URIRef(clash.node))
    if clash.kind == "disjoint":
        return (f"{node} is both {name(clash.first)} and {name(clash.second)}, "
                "which the ontology says exclude each other.")
    if clash.kind == "union":
        options = " or ".join(name(c) for c in clash.first.split())
        return f"{node} must be {options}, but its other types exclude each of them."
    if clash.kind == "different":
        return (f"{short(URIRef(clash.first))} and {short(URIRef(clash.second))} would be one individual "
                f"(two values, at {node}, of a property that has one), but the ontology says they are different.")
    return f"{node} is {name(clash.first)}, a class that can have no members."


def explain(graph: Graph, clashes: list, ontology: Graph) -> list[str]:
    """Sentences for an inconsistent graph: :func:`kg.reason.explain_inconsistency`'s,
    and the rules' own clashes where it names none."""
    from kg.reason.explain import explain_inconsistency

    sentences = [s for s in explain_inconsistency(graph, ontology) if not s.startswith(_UNNAMED)]
    return sentences or [describe(c, ontology) for c in clashes]


_UNNAMED = "The reasoner found the graph inconsistent, but not through"
