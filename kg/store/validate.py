"""SHACL validation of a store, record by record, the entity layer once.

Each record's own nodes are checked against its named graph together with
its links graph and the entity graph (so a speaker's class is seen); the nodes no record owns are
checked once over the union (:func:`kg.store.entities.validate_entities`)."""

from __future__ import annotations

import pyoxigraph as ox

from kg.oxi import from_ox
from kg.shacl import to_report
from kg.shacl.engine import Index, run
from kg.store.entities import validate_entities
from kg.store.graphs import ENTITY_GRAPH, links_graph
from kg.store.record import record_key_of
from kg.validate import Report


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


def validate_store(store: ox.Store) -> Report:
    entity_graph = ox.NamedNode(ENTITY_GRAPH)
    entities = _index(store, entity_graph)
    hits = []
    for graph in store.named_graphs():
        key = record_key_of(graph.value)
        if key is None:
            continue

        links = ox.NamedNode(links_graph(key))

        def rows(select: str, graph=graph, links=links) -> list[dict]:
            result = store.query(select, default_graph=[graph, links, entity_graph])
            names = [v.value for v in result.variables]
            return [{n: from_ox(sol[n]) for n in names if sol[n] is not None} for sol in result]

        hits.extend(run(_Layers(_index(store, graph), _index(store, links), entities), rows,
                        keep=lambda n, key=key: record_key_of(n) == key))
    report = validate_entities(store)
    from kg.store.view import StoreView

    records = to_report(hits, StoreView(store).added)
    results = sorted(set(records.results) | set(report.results))
    return Report(conforms=not any(r.severity == "Violation" for r in results), results=results)
