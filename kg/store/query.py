"""SPARQL over a store: Oxigraph, over the union of the record graphs and the
entity graph, or over some records only (their graphs, their identity links
and the entity graph)."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.errors import QueryError
from kg.limits import call_limited
from kg.query import Rows, find, prepare, resolve
from kg.store.graphs import ENTITY_GRAPH, links_graph
from kg.store.manifest import Manifest
from kg.store.record import record_key_of
from kg.vocab import ID, KG, PREFIXES

_HAS_TEXT = f"SELECT ?text WHERE {{ ?text <{KG.sourceFile}> ?file }} LIMIT 1"


def _cell(term) -> str:
    if term is None:
        return ""
    if isinstance(term, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return term.value
    return str(term)


def record_graphs(store: ox.Store, folder, names) -> list[str]:
    """The graphs a query over some records reads: each record's graph, its
    identity links and the entity graph. A record is named by its key (as in
    its IRI, ``id:record/<key>``), its IRI, or its source file: the path it was
    built from, or the file's name alone when no other file of the store has
    that name (every record of the file)."""
    built: dict | None = None
    graphs: list[str] = []
    for name in names:
        iri = _record_graph(store, name)
        if iri is not None:
            found = [iri]
        else:
            if built is None:
                built = Manifest.read(Path(folder)).files
            found = _records_of_file(name, built)
        for iri in sorted(found):
            graphs += [iri, links_graph(record_key_of(iri))]
    return list(dict.fromkeys(graphs + [ENTITY_GRAPH]))


def _record_graph(store: ox.Store, name: str) -> str | None:
    """The graph of the record ``name`` is the key or the IRI of, if the store holds it."""
    iri = name if "/" in name else str(ID[f"record/{name}"])
    if iri != str(ID[f"record/{record_key_of(iri)}"]):
        return None
    graph = ox.NamedNode(iri)
    found = store.contains_named_graph(graph) and next(iter(store.query(_HAS_TEXT, default_graph=graph)), None)
    return iri if found else None


def _records_of_file(name: str, built: dict) -> list[str]:
    target = Path(name).resolve()
    paths = [f for f in built if f == name or Path(f).resolve() == target]
    if not paths and Path(name).name == name:
        paths = [f for f in built if Path(f).name == name]
        if len(paths) > 1:
            raise QueryError(f"{len(paths)} files of the store are named {name!r} ({', '.join(sorted(paths)[:3])}"
                             f"{', ...' if len(paths) > 3 else ''}): give the path")
    if not paths:
        raise QueryError(f"no record {name!r} in the store (name a record by its key, its IRI, "
                         f"or its source file)")
    return [rec["iri"] for f in paths for rec in built[f]["records"]]


def run(store: ox.Store, query: str, graphs: list[str] | None = None) -> Rows:
    """``query`` over the whole store, or over ``graphs`` only (see :func:`record_graphs`)."""
    text = resolve(query)
    if graphs is None:
        scope = {"use_default_graph_as_union": True}
    else:
        nodes = [ox.NamedNode(g) for g in graphs]
        scope = {"default_graph": nodes, "named_graphs": nodes}
    try:
        result = store.query(text, prefixes={k: str(v) for k, v in PREFIXES.items()}, **scope)
        if isinstance(result, ox.QueryBoolean):
            return Rows(["ask"], [[str(bool(result)).lower()]])
        if isinstance(result, ox.QueryTriples):
            return Rows(["subject", "predicate", "object"],
                        sorted([_cell(t.subject), _cell(t.predicate), _cell(t.object)] for t in result))
        variables = [v.value for v in result.variables]
        return Rows(variables, [[_cell(row[v]) for v in variables] for row in result])
    except (SyntaxError, ValueError, OSError) as exc:
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise QueryError(f"the query cannot be run: {message}") from None


def _run_at(path: str, text: str, graphs: list[str] | None) -> Rows:
    return run(ox.Store.read_only(path), text, graphs)


def run_guarded(store: ox.Store, path, query: str, *, allow_service: bool = False, timeout: float | None = None,
                memory_mb: int | None = None, records=()) -> Rows:
    """``query`` on the store with the guards of :func:`kg.query.run`: updates
    refused, SERVICE and FROM refused unless ``allow_service``, and with a
    ``timeout`` or ``memory_mb`` the query runs in a child process (which opens
    the store read-only) that is stopped at the limit. With ``records``, over
    those records only (:func:`record_graphs`)."""
    q = find(query)
    prepare(q, allow_service=allow_service)
    graphs = record_graphs(store, path, records) if records else None
    if timeout is None and memory_mb is None:
        return run(store, q.text, graphs)
    return call_limited(_run_at, (str(path), q.text, graphs), timeout=timeout, memory_mb=memory_mb,
                        what=q.origin)
