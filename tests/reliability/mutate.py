"""Mutations of a built graph, for the fuzz tests: drop, duplicate and retype
triples, swap literals between triples, change datatypes, break lexical forms.

Each mutation is a pure function of a seed, so a failing case is replayed by
its seed alone."""

from __future__ import annotations

import random
import warnings

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg.vocab import KG

DATATYPES = (XSD.integer, XSD.nonNegativeInteger, XSD.date, XSD.gYear, XSD.gYearMonth, XSD.string,
             XSD.boolean, XSD.dateTime, XSD.decimal, RDF.langString, None)
ODD_VALUES = ("", "ten", "-1", "0", "1956", "1956-13-45", "1956-02", "99999999999999999999", " ", "\n",
              "\x0c\u2028", "NaN", "true", "x" * 300)


def _any_literal(rng: random.Random) -> Literal:
    value = rng.choice(ODD_VALUES)
    dt = rng.choice(DATATYPES)
    if dt == RDF.langString:
        return Literal(value, lang="ru")
    return Literal(value, datatype=dt)


def _drop(g, triples, rng):
    g.remove(rng.choice(triples))


def _duplicate(g, triples, rng):
    """The same subject gets a second value for a predicate (from another triple)."""
    s, p, o = rng.choice(triples)
    donors = [t[2] for t in triples if t[1] == p and t[2] != o]
    g.add((s, p, rng.choice(donors) if donors else o))


def _retype(g, triples, rng):
    types = sorted({o for _, p, o in triples if p == RDF.type}, key=str) or [KG.Session]
    subjects = sorted({s for s, _, _ in triples}, key=str)
    s = rng.choice(subjects)
    if rng.random() < 0.5:
        for t in list(g.triples((s, RDF.type, None))):
            g.remove(t)
    g.add((s, RDF.type, rng.choice(types)))


def _swap_literals(g, triples, rng):
    lits = [t for t in triples if isinstance(t[2], Literal)]
    if len(lits) < 2:
        return
    a, b = rng.sample(lits, 2)
    g.remove(a)
    g.remove(b)
    g.add((a[0], a[1], b[2]))
    g.add((b[0], b[1], a[2]))


def _change_datatype(g, triples, rng):
    lits = [t for t in triples if isinstance(t[2], Literal)]
    if not lits:
        return
    s, p, o = rng.choice(lits)
    g.remove((s, p, o))
    dt = rng.choice(DATATYPES)
    g.add((s, p, Literal(str(o), lang="en") if dt == RDF.langString else Literal(str(o), datatype=dt)))


def _odd_literal(g, triples, rng):
    lits = [t for t in triples if isinstance(t[2], Literal)]
    if not lits:
        return
    s, p, o = rng.choice(lits)
    g.remove((s, p, o))
    g.add((s, p, _any_literal(rng)))


def _object_to_literal(g, triples, rng):
    """An IRI where a literal belongs, or a literal where an IRI belongs."""
    s, p, o = rng.choice(triples)
    g.remove((s, p, o))
    if isinstance(o, Literal):
        g.add((s, p, rng.choice([URIRef(f"http://example.org/{rng.randrange(9)}"), BNode()])))
    else:
        g.add((s, p, _any_literal(rng)))


def _dangling(g, triples, rng):
    """A reference to a node that has no description."""
    s, p, o = rng.choice([t for t in triples if isinstance(t[2], URIRef) and t[1] != RDF.type] or triples)
    g.remove((s, p, o))
    g.add((s, p, URIRef(f"{o}-missing") if isinstance(o, URIRef) else URIRef("http://example.org/missing")))


MUTATIONS = (_drop, _duplicate, _retype, _swap_literals, _change_datatype, _odd_literal,
             _object_to_literal, _dangling)


def mutate(graph: Graph, seed: int, steps: int | None = None, only=None) -> Graph:
    """A copy of ``graph`` with a few random mutations chosen by ``seed``
    (``only``: that one mutation)."""
    rng = random.Random(seed)
    g = Graph()
    for prefix, ns in graph.namespaces():
        g.bind(prefix, ns)
    g += graph
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # rdflib warns of the odd literals made here on purpose
        for _ in range(steps if steps is not None else rng.randint(1, 12)):
            triples = sorted(g, key=_key)
            if not triples:
                break
            (only or rng.choice(MUTATIONS))(g, triples, rng)
    return g


def _key(triple):
    return tuple((type(t).__name__, str(t), str(getattr(t, "datatype", "") or ""), getattr(t, "language", "") or "")
                 for t in triple)
