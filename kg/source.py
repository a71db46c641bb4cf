"""Where a command reads its graph from: a graph file, or a store folder.

    source = open_source(path)     # a .ttl/.nt/... file, or a folder written by kg build --store
    source.query(text)             # rows (Oxigraph over the union of a store's graphs)
    source.validate()              # SHACL report
    source.check_graph()           # what kg check reads
    source.export(fmt)             # text in a serialisation

A file is parsed into rdflib as before; a store is read through Oxigraph and
never loaded whole into rdflib."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from kg.errors import GraphInputError, KgError, QueryError

QUAD_FORMATS = {"trig", "nquads"}


def is_store(path) -> bool:
    return Path(path).is_dir()


@dataclass
class FileSource:
    path: Path
    graph: Graph

    def query(self, text: str, records=(), **limits):
        """``limits``: ``allow_service``, ``timeout``, ``memory_mb`` of :func:`kg.query.run`."""
        from kg.query import run

        if records:
            raise QueryError(f"{self.path}: a graph file has no record graphs to choose from; "
                             f"--record is for a store")
        return run(self.graph, text, **limits)

    def validate(self):
        from kg.shacl import validate_fast

        return validate_fast(self.graph)

    def check_graph(self):
        return self.graph

    def reason_graph(self) -> Graph:
        return self.graph

    def reason(self, engine: str = "auto"):
        """HermiT over the graph; the rules of :mod:`kg.reason.rules` with ``engine="rules"``."""
        from kg.reason import reason
        from kg.reason.rules import reason_by_rules

        return reason_by_rules(self.graph) if engine == "rules" else reason(self.graph)

    def reasoning_text(self, graph: Graph) -> str:
        """What a reasoning run inferred, as Turtle."""
        import kg.export as kg_export

        return kg_export.serialize(graph, "turtle")

    def export(self, fmt: str) -> str:
        import kg.export as kg_export

        if fmt == "nquads":
            fmt = "nt"  # a file holds one graph: its quads are its triples
        return kg_export.serialize(self.graph, fmt)


@dataclass
class StoreSource:
    path: Path
    store: object  # pyoxigraph.Store

    def query(self, text: str, records=(), **limits):
        from kg.store.query import run_guarded

        return run_guarded(self.store, self.path, text, records=records, **limits)

    def validate(self):
        from kg.store.validate import validate_store

        return validate_store(self.store, self.path)

    def check_graph(self):
        from kg.store.view import StoreView

        return StoreView(self.store)

    def reason_graph(self) -> Graph:
        from kg.oxi import store_to_graph

        return store_to_graph(self.store)

    def reason(self, engine: str = "auto"):
        """The entity graph once, then each record (:mod:`kg.store.reason`): by the rules, or
        with ``engine="hermit"`` by HermiT over batches of records."""
        from kg.store.reason import reason_store

        return reason_store(self.store, self.path, engine="hermit" if engine == "hermit" else "rules")

    def export(self, fmt: str) -> str:
        import pyoxigraph as ox

        import kg.export as kg_export

        if fmt == "trig":
            return self.store.dump(format=ox.RdfFormat.TRIG).decode("utf-8")
        if fmt == "nquads":
            return self.store.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8")
        if fmt == "nt":
            lines = ox.serialize((ox.Triple(q.subject, q.predicate, q.object)
                                  for q in self.store.quads_for_pattern(None, None, None, None)),
                                 format=ox.RdfFormat.N_TRIPLES).decode("utf-8").splitlines()
            return "\n".join(sorted(set(lines))) + "\n"
        if fmt == "turtle":
            return kg_export.oxigraph_turtle(ox.Triple(q.subject, q.predicate, q.object)
                                             for q in self.store.quads_for_pattern(None, None, None, None))
        return kg_export.serialize(self.reason_graph(), fmt)

    def reasoning_text(self, graph: Graph) -> str:
        """What a reasoning run inferred, as Turtle: sorted, written by Oxigraph (a
        corpus's run holds hundreds of thousands of statements)."""
        import pyoxigraph as ox

        import kg.export as kg_export
        from kg.oxi import to_ox

        return kg_export.oxigraph_turtle(ox.Triple(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in sorted(graph))


def open_source(path, *, write: bool = False, require_record: bool = False):
    """The graph file or store folder at ``path``; errors name it. With
    ``require_record``, a graph file that holds no record is an error."""
    p = Path(path)
    if is_store(p):
        import pyoxigraph as ox

        from kg.store.manifest import MANIFEST

        if not (p / MANIFEST).exists():
            raise GraphInputError(f"{p}: a folder, but not a store written by kg build --store")
        try:
            store = ox.Store(str(p)) if write else ox.Store.read_only(str(p))
        except OSError as exc:
            raise GraphInputError(f"{p}: the store cannot be opened: {exc}") from None
        return StoreSource(p, store)
    from kg.export import load_graph

    try:
        return FileSource(p, load_graph(p, require_record=require_record))
    except KgError:
        raise
