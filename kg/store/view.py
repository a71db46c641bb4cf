"""An rdflib-like view of a store: the union of its named graphs (or one of
them), plus additions.

The linker and the fast SHACL engine read a graph through ``objects``,
``subjects``, ``value`` and ``in``; this view answers them from an Oxigraph
store without loading it into rdflib. What is added goes to an rdflib graph
of its own (:attr:`StoreView.added`), written to the store by the caller."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import Graph

from kg.oxi import from_ox, to_ox
from kg.vocab import bind_prefixes


class StoreView:
    canonical_integers = True  # Oxigraph reads integer subtypes back as xsd:integer

    def __init__(self, store: ox.Store, graph: str | None = None):
        self.store = store
        self.graph = None if graph is None else ox.NamedNode(graph)  # one named graph instead of the union
        self.added = Graph()
        bind_prefixes(self.added)
        self.namespace_manager = self.added.namespace_manager
        self._added = 0

    def _quads(self, s, p, o):
        return self.store.quads_for_pattern(
            None if s is None else to_ox(s), None if p is None else to_ox(p), None if o is None else to_ox(o),
            self.graph)

    def objects(self, subject=None, predicate=None):
        seen = {}
        for q in self._quads(subject, predicate, None):
            if not isinstance(q.graph_name, ox.DefaultGraph):
                seen.setdefault(from_ox(q.object), None)
        if self._added:
            for o in self.added.objects(subject, predicate):
                seen.setdefault(o, None)
        return iter(list(seen))

    def subjects(self, predicate=None, obj=None):
        seen = {}
        for q in self._quads(None, predicate, obj):
            if not isinstance(q.graph_name, ox.DefaultGraph):
                seen.setdefault(from_ox(q.subject), None)
        if self._added:
            for s in self.added.subjects(predicate, obj):
                seen.setdefault(s, None)
        return iter(list(seen))

    def value(self, subject=None, predicate=None, object=None):  # noqa: A002  -- rdflib's signature
        if object is None:
            return next(self.objects(subject, predicate), None)
        return next(self.subjects(predicate, object), None)

    def __contains__(self, triple) -> bool:
        s, p, o = triple
        if self._added and triple in self.added:
            return True
        return any(not isinstance(q.graph_name, ox.DefaultGraph) for q in self._quads(s, p, o))

    def add(self, triple) -> None:
        self.added.add(triple)
        self._added += 1

    def remove(self, triple) -> None:
        """Removes from the additions only: the stored graphs are replaced whole by the caller."""
        self.added.remove(triple)
