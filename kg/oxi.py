"""Between rdflib and Oxigraph: terms, N-Triples bytes, in-memory stores.

rdflib builds the graphs; Oxigraph stores, serialises and queries them. They
meet through N-Triples (bytes), which both read and write quickly."""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from kg.vocab import XSD

_XSD_STRING = str(XSD.string)


_ESCAPE = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def nt_term(term) -> str:
    """A term as N-Triples writes it."""
    if type(term) is URIRef:
        return f"<{term}>"
    if isinstance(term, Literal):
        quoted = '"' + str(term).translate(_ESCAPE) + '"'
        if term.language:
            return f"{quoted}@{term.language}"
        if term.datatype is not None:
            return f"{quoted}^^<{term.datatype}>"
        return quoted
    return term.n3()


def nt_lines(triples: Iterable, graph: str | None = None) -> list[str]:
    """N-Triples lines of rdflib triples, or N-Quads lines in ``graph`` (an IRI)."""
    end = f" <{graph}> .\n" if graph else " .\n"
    cache: dict = {}
    get = cache.get
    out = []
    for s, p, o in triples:  # written out for the three terms: this loop runs for every statement of a corpus
        a = get(s)
        if a is None:
            a = cache[s] = nt_term(s)
        b = get(p)
        if b is None:
            b = cache[p] = nt_term(p)
        c = get(o)
        if c is None:
            c = cache[o] = nt_term(o)
        out.append(f"{a} {b} {c}{end}")
    return out


def nt_bytes(triples: Iterable) -> bytes:
    """N-Triples of rdflib triples (one line each, in the order given)."""
    return "".join(nt_lines(triples)).encode("utf-8")


def graph_to_store(graph: Graph) -> ox.Store:
    store = ox.Store()
    store.load(nt_bytes(graph), format=ox.RdfFormat.N_TRIPLES)
    return store


_IRIS: dict[str, URIRef] = {}


def from_ox(term):
    """An rdflib term for a pyoxigraph term."""
    if isinstance(term, ox.NamedNode):
        value = term.value
        iri = _IRIS.get(value)
        if iri is None:
            if len(_IRIS) > 200_000:
                _IRIS.clear()
            iri = _IRIS[value] = URIRef(value)
        return iri
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        return Literal(term.value) if dt == _XSD_STRING else Literal(term.value, datatype=URIRef(dt))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.DefaultGraph) or term is None:
        return None
    raise TypeError(f"no rdflib term for {term!r}")


def to_ox(term):
    """A pyoxigraph term for an rdflib term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"no Oxigraph term for {term!r}")


def store_to_graph(store: ox.Store, graph_name=None, *, union: bool = True) -> Graph:
    """An rdflib graph of a store's named graph, or of the union of its graphs."""
    if graph_name is not None:
        data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph_name)
    else:
        quads = store.quads_for_pattern(None, None, None, None) if union else store.quads_for_pattern(
            None, None, None, ox.DefaultGraph())
        data = ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads),
                            format=ox.RdfFormat.N_TRIPLES)
    g = Graph()
    g.parse(data=data.decode("utf-8"), format="nt")
    return g
