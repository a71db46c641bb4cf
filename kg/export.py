"""Writing graphs: deterministic serialisations, atomic writes (reading: :mod:`kg.load`)."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from kg.atomic import write_atomic  # noqa: F401  (re-exported: the CLI writes graphs with it)
from kg.errors import KgError
from kg.load import SUFFIX_FORMATS, graph_format, load_graph  # noqa: F401  (re-exported: the commands read graphs with it)
from kg.vocab import bind_prefixes

FORMATS = {"turtle": "longturtle", "nt": "nt", "jsonld": "json-ld", "trig": "trig"}


def serialize(graph: Graph, fmt: str = "turtle") -> str:
    """The graph as text; the same graph always gives the same bytes."""
    if fmt not in FORMATS:
        raise KgError(f"unknown format '{fmt}': use one of {', '.join(FORMATS)}")
    bind_prefixes(graph)
    if fmt == "nt":
        # N-Triples ends statements with "\n" only: a literal may hold a form feed,
        # U+0085 or U+2028, which str.splitlines() would take for line ends.
        lines = graph.serialize(format="nt").split("\n")
        return "\n".join(sorted(line for line in lines if line.strip())) + "\n"
    if fmt == "trig":
        ds = Dataset()
        bind_prefixes(ds)
        for triple in sorted(graph):
            ds.add(triple)
        return ds.serialize(format="trig")
    if fmt == "jsonld":
        ordered = Graph()
        bind_prefixes(ordered)
        for triple in sorted(graph):
            ordered.add(triple)
        return ordered.serialize(format="json-ld", sort_keys=True, indent=1)
    return graph.serialize(format="longturtle")


def oxigraph_turtle(triples) -> str:
    """Turtle written by Oxigraph with the project's prefixes, statements in the
    order given (pyoxigraph triples): for the large graphs of a store, at
    several times rdflib's pace (88,861 statements: 1.0 s against 4.6 s)."""
    import pyoxigraph as ox

    from kg.vocab import PREFIXES

    return ox.serialize(triples, format=ox.RdfFormat.TURTLE,
                        prefixes={k: str(v) for k, v in PREFIXES.items()}).decode("utf-8")
