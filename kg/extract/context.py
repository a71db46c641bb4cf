"""Where a span sits in a record: which turn or note holds it. Shared by the
extractors that attach facts to the passage they come from."""

from __future__ import annotations

from rdflib import URIRef

from kg.document.model import Document
from kg.graph.builder import note_iri, text_iri, turn_iri


def turn_at(doc: Document, offset: int) -> int | None:
    for i, t in enumerate(doc.turns):
        if t.span.start <= offset < t.span.end:
            return i
    return None


def note_at(doc: Document, offset: int) -> int | None:
    for n in doc.notes:
        if n.span.start <= offset < n.span.end:
            return n.number
    return None


def passage_node(doc: Document, offset: int) -> URIRef:
    """The turn or note that holds ``offset``, else the record text."""
    t = turn_at(doc, offset)
    if t is not None:
        return turn_iri(doc, t)
    n = note_at(doc, offset)
    if n is not None:
        return note_iri(doc, n)
    return text_iri(doc)
