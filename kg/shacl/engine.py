"""A fast SHACL engine for the shapes kg uses.

The core constraints are checked in Python against any object that answers
``objects(s, p)`` and ``subjects(p, o)`` with rdflib terms (an rdflib graph,
or :class:`kg.store.view.StoreView` over a store); the SPARQL-based
constraints run in Oxigraph, once per constraint over all focus nodes rather
than once per focus node. pySHACL (:func:`kg.validate.validate`) stays the
reference; ``tests/test_fast_shacl.py`` holds the two to the same results."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from rdflib import BNode, Literal, URIRef

from kg.shacl.shapes import Shape, Shapes, load
from kg.vocab import RDF, SH, XSD

RDF_LANGSTRING = RDF.langString


@dataclass(frozen=True)
class Hit:
    """One result, in terms: the constraint's shape gives severity and message."""

    shape: Shape
    focus: object
    path: object  # the sh:path node, or None
    value: object
    message: str
    severity: URIRef


# The constraint kinds, as plain strings (as :mod:`kg.shacl.shapes` keeps them): compared in
# the inner loops, where a str comparison is far cheaper than an rdflib term's.
MIN_COUNT = str(SH.minCount)
MAX_COUNT = str(SH.maxCount)
HAS_VALUE = str(SH.hasValue)
QUALIFIED = str(SH.qualifiedValueShape)
CLASS = str(SH["class"])
DATATYPE = str(SH.datatype)
NODE_KIND = str(SH.nodeKind)
PATTERN = str(SH.pattern)
MIN_LENGTH = str(SH.minLength)
MIN_INCLUSIVE = str(SH.minInclusive)
MAX_INCLUSIVE = str(SH.maxInclusive)
IN = str(SH["in"])
OR = str(SH["or"])
NOT = str(SH["not"])
LESS_EQ = str(SH.lessThanOrEquals)
DISJOINT = str(SH.disjoint)
RDF_TYPE = RDF.type


_NONE: dict = {}  # what a node not in an index has (never written to)


class Index:
    """A graph's statements in dictionaries, for many lookups on a small graph."""

    def __init__(self, triples=()):
        self.out: dict = {}
        self.inv: dict = {}
        self.by_p: dict = {}
        self.add(triples)

    def add(self, triples) -> None:
        out, inv, by_p = self.out, self.inv, self.by_p
        for s, p, o in triples:
            out.setdefault(s, {}).setdefault(p, []).append(o)
            inv.setdefault(o, {}).setdefault(p, []).append(s)
            by_p.setdefault(p, []).append((s, o))

    def __contains__(self, triple) -> bool:
        s, p, o = triple
        return o in self.out.get(s, _NONE).get(p, ())

    def objects(self, subject=None, predicate=None):
        if subject is None:
            return iter(dict.fromkeys(o for _, o in self.by_p.get(predicate, ())))
        return iter(self.out.get(subject, _NONE).get(predicate, ()))

    def subjects(self, predicate=None, obj=None):
        if obj is None:
            return iter(dict.fromkeys(s for s, _ in self.by_p.get(predicate, ())))
        return iter(self.inv.get(obj, _NONE).get(predicate, ()))


def _values(g, focus, shape: Shape) -> list:
    if shape.path is None:
        return [focus]
    found = list(g.subjects(shape.path, focus) if shape.inverse else g.objects(focus, shape.path))
    return found if len(found) < 2 else list(dict.fromkeys(found))  # most paths have one value or none


def _has_class(g, node, cls) -> bool:
    if isinstance(node, Literal):
        return False
    return cls in g.objects(node, RDF_TYPE)


_INTEGER_SUBTYPES = {XSD.positiveInteger: 1, XSD.nonNegativeInteger: 0}


def _datatype_ok(value, datatype, canonical_integers: bool = False) -> bool:
    """Whether ``value`` is a well-formed literal of ``datatype``. Read from a
    store (``canonical_integers``), a literal of an integer subtype comes back as
    xsd:integer (Oxigraph keeps the value, not the subtype): one in the
    subtype's range then counts as of the subtype."""
    if not isinstance(value, Literal):
        return False
    if canonical_integers and datatype in _INTEGER_SUBTYPES and value.datatype == XSD.integer:
        number = value.toPython()
        return isinstance(number, int) and number >= _INTEGER_SUBTYPES[datatype]
    if datatype == RDF_LANGSTRING:
        return value.language is not None
    if value.language is not None:
        return False
    actual = value.datatype or XSD.string
    return actual == datatype and not getattr(value, "ill_typed", False)


@lru_cache(maxsize=256)
def _regex(pattern: str):
    return re.compile(pattern)


def _compare(a, b) -> bool | None:
    """a <= b for literals of comparable kinds; None when they cannot be compared."""
    if not (isinstance(a, Literal) and isinstance(b, Literal)):
        return None
    x, y = a.toPython(), b.toPython()
    if isinstance(x, (int, float, Decimal)) and isinstance(y, (int, float, Decimal)):
        return x <= y
    if type(x) is type(y) and not isinstance(x, Literal):
        try:
            return x <= y
        except TypeError:
            return None
    return None


def conforms(g, node, shape: Shape) -> bool:
    return not check(g, shape, node, first_only=True)


def check(g, shape: Shape, focus, *, first_only: bool = False) -> list[Hit]:
    """The results of ``shape`` on one focus node (core constraints and property shapes)."""
    hits: list[Hit] = []
    values = _values(g, focus, shape)

    def hit(value=None) -> bool:
        hits.append(Hit(shape, focus, shape.path_node, value, shape.message, shape.severity))
        return first_only

    for kind, arg in shape.constraints:
        if kind == MIN_COUNT:
            if len(values) < arg and hit():
                return hits
        elif kind == MAX_COUNT:
            if len(values) > arg and hit():
                return hits
        elif kind == HAS_VALUE:
            if arg not in values and hit():
                return hits
        elif kind == QUALIFIED:
            n = sum(1 for v in values if conforms(g, v, arg))
            if ((shape.qualified_min is not None and n < shape.qualified_min)
                    or (shape.qualified_max is not None and n > shape.qualified_max)) and hit():
                return hits
        elif values:  # a value constraint has nothing to say of no values
            test = _value_test(g, kind, arg, focus)
            for v in values:
                if not test(v) and hit(v):
                    return hits
    for prop in shape.properties:
        found = check(g, prop, focus, first_only=first_only)
        hits.extend(found)
        if found and first_only:
            return hits
    return hits


def _value_test(g, kind, arg, focus) -> Callable[[object], bool]:
    if kind == CLASS:
        return lambda v: _has_class(g, v, arg)
    if kind == DATATYPE:
        canonical = getattr(g, "canonical_integers", False)
        return lambda v: _datatype_ok(v, arg, canonical)
    if kind == NODE_KIND:
        kinds = {SH.IRI: (URIRef,), SH.BlankNode: (BNode,), SH.Literal: (Literal,),
                 SH.BlankNodeOrIRI: (BNode, URIRef), SH.IRIOrLiteral: (URIRef, Literal),
                 SH.BlankNodeOrLiteral: (BNode, Literal)}[arg]
        return lambda v: isinstance(v, kinds)
    if kind == PATTERN:
        rx = _regex(str(arg))
        return lambda v: not isinstance(v, BNode) and rx.search(str(v)) is not None
    if kind == MIN_LENGTH:
        return lambda v: not isinstance(v, BNode) and len(str(v)) >= arg
    if kind == MIN_INCLUSIVE:
        return lambda v: _compare(arg, v) is True
    if kind == MAX_INCLUSIVE:
        return lambda v: _compare(v, arg) is True
    if kind == IN:
        allowed = set(arg)
        return lambda v: v in allowed
    if kind == OR:
        return lambda v: any(conforms(g, v, s) for s in arg)
    if kind == NOT:
        return lambda v: not conforms(g, v, arg)
    if kind == LESS_EQ:
        others = list(g.objects(focus, arg))
        return lambda v: all(_compare(v, o) is True for o in others)
    if kind == DISJOINT:
        others = set(g.objects(focus, arg))
        return lambda v: v not in others
    raise ValueError(f"unknown constraint {kind}")


def focus_nodes(g, shape: Shape, typed_in=None) -> list:
    """The nodes ``shape`` targets in ``g``: the instances of its target classes
    (their type statements looked up in ``typed_in``, ``g`` by default) and the
    objects of its target properties."""
    found: dict = {}
    for cls in shape.target_classes:
        for s in (g if typed_in is None else typed_in).subjects(RDF_TYPE, cls):
            found[s] = None
    for p in shape.target_objects_of:
        for o in g.objects(None, p):
            found[o] = None
    return list(found)


def run(g, sparql_rows: Callable[[str], Iterable[dict]], *, keep: Callable[[object], bool] = lambda n: True,
        shapes: Shapes | None = None, typed_in=None) -> list[Hit]:
    """Every result of the shapes on ``g``, for the focus nodes ``keep`` accepts.
    ``sparql_rows(select)`` runs a SELECT on the same data and yields rows as
    dicts of rdflib terms. ``typed_in``, a part of ``g`` that holds the type
    statements of every node ``keep`` accepts, is where instances of target
    classes are looked for (a record's own graphs, not the whole entity layer
    beside them)."""
    shapes = shapes or load()
    hits: list[Hit] = []
    for shape in shapes.targeted:
        focus = [f for f in focus_nodes(g, shape, typed_in) if keep(f)]
        for f in focus:
            hits.extend(check(g, shape, f))
        if shape.sparql and focus:
            wanted = set(focus)
            for c in shape.sparql:
                for row in sparql_rows(_bound(c.select, focus)):
                    this = row.get("this")
                    if this not in wanted:
                        continue
                    value = row.get("value", this)
                    hits.append(Hit(shape, this, None, value, _message(c.message, row), shape.severity))
    return hits


_FOCUS_BOUND = 100_000  # focus nodes bound in the query itself; past that, the query runs on every node


def _bound(select: str, focus: list) -> str:
    """``select`` with ``?this`` bound to the focus nodes (``VALUES``), so that a
    store answers for those nodes only, not for every node of the corpus; as it
    is when a focus node is blank or there are too many to list."""
    if len(focus) > _FOCUS_BOUND or not all(isinstance(f, URIRef) for f in focus):
        return select
    at = re.search(r"\bWHERE\s*\{", select, re.IGNORECASE)
    if at is None:
        return select
    values = " ".join(f.n3() for f in sorted(focus))
    return f"{select[:at.end()]} VALUES ?this {{ {values} }} {select[at.end():]}"


def _message(template: str, row: dict) -> str:
    def sub(m):
        term = row.get(m.group(1))
        return "" if term is None else str(term)
    return re.sub(r"\{[?$](\w+)\}", sub, template)
