"""Reading and writing graphs: deterministic serialisations, atomic writes."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from kg.atomic import write_atomic  # noqa: F401  (re-exported: the CLI writes graphs with it)
from kg.errors import GraphInputError, KgError
from kg.vocab import bind_prefixes

FORMATS = {"turtle": "longturtle", "nt": "nt", "jsonld": "json-ld", "trig": "trig"}
SUFFIX_FORMATS = {".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".jsonld": "json-ld",
                  ".json": "json-ld", ".trig": "trig", ".rdf": "xml", ".owl": "xml"}


def serialize(graph: Graph, fmt: str = "turtle") -> str:
    """The graph as text; the same graph always gives the same bytes."""
    if fmt not in FORMATS:
        raise KgError(f"unknown format '{fmt}': use one of {', '.join(FORMATS)}")
    bind_prefixes(graph)
    if fmt == "nt":
        lines = graph.serialize(format="nt").splitlines()
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


def load_graph(path: str | Path) -> Graph:
    """Parse a graph file; errors name the file (and the line where rdflib gives it)."""
    p = Path(path)
    if not p.exists():
        raise GraphInputError(f"{p}: no such file")
    fmt = SUFFIX_FORMATS.get(p.suffix.lower(), "turtle")
    g = Graph()
    try:
        g.parse(p, format=fmt)
    except Exception as exc:  # noqa: BLE001  -- rdflib raises many types; all mean "not a graph"
        message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise GraphInputError(f"{p}: not a readable {fmt} graph: {message}") from None
    bind_prefixes(g)
    return g
