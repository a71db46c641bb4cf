"""The corpus store: records built in parallel into an embedded Oxigraph store.

    from kg.store import build_store
    build_store(["records/"], "corpus.kg")   # then: kg query corpus.kg speakers
"""

from kg.store.corpus import StoreBuild, build_store, relink_store
from kg.store.graphs import ENTITY_GRAPH

__all__ = ["ENTITY_GRAPH", "StoreBuild", "build_store", "relink_store"]
