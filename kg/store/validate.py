"""SHACL validation of a store, record by record, the entity layer once.

Each record's own nodes, and the identity claims of its links graph, are
checked against its named graph together with its links graph and the
entity graph (so a speaker's class is seen); the shared nodes, those the
entity graph holds, are checked once over the union
(:func:`kg.store.entities.validate_entities`).
Records are checked in parallel workers when the store's folder is known."""

from __future__ import annotations

from functools import lru_cache

import pyoxigraph as ox
from rdflib import Graph

from kg.oxi import from_ox
from kg.shacl import to_report
from kg.shacl.engine import Index, run
from kg.store.entities import validate_entities
from kg.store.graphs import ENTITY_GRAPH, links_graph
from kg.store.record import record_key_of
from kg.validate import Report
from kg.vocab import bind_prefixes


class _Layers:
    """Two indexes read as one graph."""

    canonical_integers = True  # Oxigraph reads integer subtypes back as xsd:integer

    def __init__(self, *layers: Index):
        self.layers = layers

    def objects(self, subject=None, predicate=None):
        return iter(dict.fromkeys(o for layer in self.layers for o in layer.objects(subject, predicate)))

    def subjects(self, predicate=None, obj=None):
        return iter(dict.fromkeys(s for layer in self.layers for s in layer.subjects(predicate, obj)))


def _index(store: ox.Store, graph: ox.NamedNode) -> Index:
    return Index((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object))
                 for q in store.quads_for_pattern(None, None, None, graph))


CHUNK = 25  # records per task of the parallel validation

@lru_cache(maxsize=1)
def _names() -> Graph:
    """An empty graph with the project's prefixes: how results name nodes."""
    g = Graph()
    bind_prefixes(g)
    return g


def _record_results(store: ox.Store, entities: Index, graph: ox.NamedNode, key: str) -> list:
    entity_graph = ox.NamedNode(ENTITY_GRAPH)
    links = ox.NamedNode(links_graph(key))

    def rows(select: str) -> list[dict]:
        result = store.query(select, default_graph=[graph, links, entity_graph])
        names = [v.value for v in result.variables]
        return [{n: from_ox(sol[n]) for n in names if sol[n] is not None} for sol in result]

    claims = _index(store, links)
    own = _Layers(_index(store, graph), claims)
    hits = run(_Layers(*own.layers, entities), rows, typed_in=own,
               keep=lambda n: record_key_of(n) == key or (n in claims.out and record_key_of(n) is None))
    return to_report(hits, _names()).results


def _open(path: str) -> tuple[ox.Store, Index]:
    store = ox.Store.read_only(path)
    return store, _index(store, ox.NamedNode(ENTITY_GRAPH))


def _validate_chunk(chunk: list[tuple[str, str]], *, path: str) -> list:
    from kg.store.workers import opened

    store, entities = opened(("validate", path), lambda: _open(path))
    return [r for key, iri in chunk for r in _record_results(store, entities, ox.NamedNode(iri), key)]


def validate_store(store: ox.Store, path=None, *, jobs: int | None = None, progress: bool | None = None) -> Report:
    """The shapes on every record (its own nodes, beside its links graph and the
    entity graph) and once on the entity layer. With the store's ``path`` the
    records are checked in parallel workers, each opening the store read-only."""
    from kg.store.workers import parallel

    records = sorted((key, g.value) for g in store.named_graphs() if (key := record_key_of(g.value)) is not None)
    results: set = set()
    if path is None:
        entities = _index(store, ox.NamedNode(ENTITY_GRAPH))
        for key, iri in records:
            results.update(_record_results(store, entities, ox.NamedNode(iri), key))
    else:
        chunks = [records[i:i + CHUNK] for i in range(0, len(records), CHUNK)]
        for found in parallel(_validate_chunk, chunks, jobs, progress, "records", path=str(path)):
            results.update(found)
    report = validate_entities(store)
    results = sorted(results | set(report.results))
    return Report(conforms=not any(r.severity == "Violation" for r in results), results=results)
