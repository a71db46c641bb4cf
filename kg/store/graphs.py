"""The named graphs of a store.

* each record's own statements: the graph named by the record's IRI;
* each record's identity links: ``id:graph/links/<key>``, the claims about
  the persons the record alone names (keyed by the record) and what they put
  on those persons, so that relinking replaces them without touching the
  record's graph;
* the entity graph, ``id:graph/entities``: the statements about nodes several
  records share, their display names, and their identity claims."""

from __future__ import annotations

from kg.vocab import ID

ENTITY_GRAPH = str(ID["graph/entities"])
_LINKS = str(ID["graph/links/"])


def links_graph(key: str) -> str:
    """The graph of the identity claims about the entities of record ``key``."""
    return _LINKS + key


def is_links_graph(name: str) -> bool:
    return name.startswith(_LINKS)
