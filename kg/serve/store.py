"""Open what ``kg serve`` and ``kg push`` read: a graph file (Turtle, N-Triples,
TriG, N-Quads, RDF/XML, JSON-LD), loaded into an in-memory pyoxigraph store,
or an Oxigraph store folder, opened read-only. Queries always see the union
of the store's graphs, so a store that keeps one named graph per record reads
like one graph."""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg.errors import KgError
from kg.vocab import PREFIXES

PREFIX_MAP = {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", **{k: str(v) for k, v in PREFIXES.items()}}


def declare_prefixes(sparql: str) -> str:
    """``sparql`` with PREFIX lines for the project's prefixes it leaves undeclared,
    for servers that do not know them."""
    declared = {m.lower() for m in re.findall(r"(?im)^\s*PREFIX\s+([\w-]*):", sparql)}
    lines = [f"PREFIX {k}: <{v}>" for k, v in PREFIX_MAP.items() if k.lower() not in declared]
    return "\n".join(lines + [sparql])


def open_store(path) -> ox.Store:
    """A store over ``path``: a folder is an Oxigraph store, anything else a graph file."""
    p = Path(path)
    if p.is_dir():
        try:
            return ox.Store.read_only(str(p))
        except OSError as exc:
            raise KgError(f"{p}: not an Oxigraph store ({exc})") from None
    if not p.is_file():
        raise KgError(f"{p}: no such graph file or store folder")
    fmt = ox.RdfFormat.from_extension(p.suffix.lstrip(".").lower() or "ttl")
    if fmt is None:
        raise KgError(f"{p}: unknown graph format '{p.suffix}' (use .ttl, .nt, .trig, .nq, .rdf or .jsonld)")
    store = ox.Store()
    try:
        store.bulk_load(path=str(p), format=fmt)
    except (SyntaxError, ValueError, OSError) as exc:
        raise KgError(f"{p}: cannot be read as {fmt.name}: {str(exc).splitlines()[0]}") from None
    return store


def query(store: ox.Store, text: str, **kwargs):
    """Run ``text`` on the union of the store's graphs, with the project's prefixes."""
    return store.query(text, prefixes=PREFIX_MAP, use_default_graph_as_union=True, **kwargs)


def value(term):
    """A Python value for a pyoxigraph term: the IRI as a string, a literal's
    number as an int or float, any other literal as its lexical form."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        if dt.startswith("http://www.w3.org/2001/XMLSchema#") and dt.rsplit("#", 1)[1] in _INTEGERS:
            return int(term.value)
        if dt in (_XSD + "decimal", _XSD + "double", _XSD + "float"):
            return float(term.value)
        if dt == _XSD + "boolean":
            return term.value == "true"
        return term.value
    return term.value


_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {"integer", "int", "long", "short", "positiveInteger", "nonNegativeInteger",
             "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong"}


def select(store: ox.Store, sparql: str, **bindings) -> list[dict]:
    """Rows of a SELECT as dicts of Python values; ``bindings`` give IRIs to
    variables, bound at the start of the query's WHERE clause."""
    if bindings:
        values = " ".join(f"VALUES ?{k} {{ {ox.NamedNode(v)} }}" for k, v in bindings.items())
        at = sparql.index("{", sparql.index("WHERE")) + 1
        sparql = sparql[:at] + " " + values + " " + sparql[at:]
    result = query(store, sparql)
    names = [v.value for v in result.variables]
    return [{n: value(row[n]) for n in names} for row in result]


def to_rdflib(store: ox.Store) -> Graph:
    """The union of the store's graphs as an rdflib graph (for :mod:`kg.check`)."""
    triples = query(store, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    return Graph().parse(data=data.decode("utf-8"), format="nt")
