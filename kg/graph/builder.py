"""The graph builder: deterministic IRIs and span provenance.

Every node an extractor mints goes through :meth:`GraphBuilder.node`, which
types it and ties it to the spans it came from. IRIs are derived from the
record's content key and offsets, never from run-wide counters, so the same
input always gives the same graph."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from functools import lru_cache

from rdflib import Graph, Literal, URIRef

from kg.document.model import Document, Span
from kg.graph import iris
from kg.graph.identity import RecordPersons, other_iri
from kg.names import surname
from kg.vocab import KG, OA, ORG, PROV, RDF, RDFS, SDO, XSD, bind_prefixes

ENTITY_CLASSES = {"person": SDO.Person, "place": SDO.Place, "body": ORG.Organization}


def text_iri(doc: Document) -> URIRef:
    return iris.text(doc.key)


def record_iri(doc: Document) -> URIRef:
    return iris.record(doc.key)


def session_iri(doc: Document) -> URIRef:
    return iris.session(doc.key)


def sitting_iri(doc: Document, index: int) -> URIRef:
    return iris.sitting(doc.key, index)


def item_iri(doc: Document, index: int) -> URIRef:
    return iris.item(doc.key, index + 1)


def turn_position(doc: Document, turn_index: int) -> int:
    """1-based position of ``doc.turns[turn_index]`` within its sitting."""
    cached = doc.__dict__.get("_turn_positions")
    if cached is None or cached[0] != len(doc.turns):
        # counted once for all turns: counting the earlier turns per turn is quadratic
        seen: dict[int, int] = {}
        positions = []
        for t in doc.turns:
            seen[t.sitting] = seen.get(t.sitting, 0) + 1
            positions.append(seen[t.sitting])
        cached = (len(doc.turns), positions)
        doc.__dict__["_turn_positions"] = cached
    return cached[1][turn_index]


def turn_iri(doc: Document, turn_index: int) -> URIRef:
    """IRI of ``doc.turns[turn_index]``: sitting and 1-based position in it."""
    return iris.turn(doc.key, doc.turns[turn_index].sitting, turn_position(doc, turn_index))


def note_iri(doc: Document, number: int) -> URIRef:
    return iris.note(doc.key, number)


@lru_cache(maxsize=65536)
def offset_literal(n: int) -> Literal:
    """A character offset as the span selectors hold it (made once per value:
    every span has two, and making an rdflib literal is slow)."""
    return Literal(n, datatype=XSD.nonNegativeInteger)


def date_literal(value: _dt.date) -> Literal:
    return Literal(value.isoformat(), datatype=XSD.date)


class GraphBuilder:
    """Adds statements to one rdflib graph; owns span and entity nodes."""

    def __init__(self, graph: Graph | None = None):
        self.graph = graph if graph is not None else Graph()
        self._persons: dict[str, RecordPersons] = {}
        bind_prefixes(self.graph)

    def add(self, s, p, o) -> None:
        if o is None:
            return
        if not isinstance(o, (URIRef, Literal)):
            o = Literal(o)
        self.graph.add((s, p, o))

    def span(self, doc: Document, span: Span) -> URIRef:
        """The oa:SpecificResource of ``span`` with both selectors."""
        iri = iris.span(doc.key, span.start, span.end)
        g = self.graph
        if (iri, RDF.type, OA.SpecificResource) in g:
            return iri
        pos = iris.span_position(doc.key, span.start, span.end)
        quote = iris.span_quote(doc.key, span.start, span.end)
        g.add((iri, RDF.type, OA.SpecificResource))
        g.add((iri, OA.hasSource, text_iri(doc)))
        g.add((iri, OA.hasSelector, pos))
        g.add((iri, OA.hasSelector, quote))
        g.add((pos, RDF.type, OA.TextPositionSelector))
        g.add((pos, OA.start, offset_literal(span.start)))
        g.add((pos, OA.end, offset_literal(span.end)))
        g.add((quote, RDF.type, OA.TextQuoteSelector))
        g.add((quote, OA.exact, Literal(doc.text[span.start:span.end])))
        return iri

    def node(self, iri: URIRef, types, doc: Document, spans: Iterable[Span] = ()) -> URIRef:
        """Type ``iri`` and derive it from ``spans`` of ``doc``."""
        for t in types if isinstance(types, (list, tuple)) else [types]:
            self.graph.add((iri, RDF.type, t))
        for sp in spans:
            if sp is not None:
                self.graph.add((iri, PROV.wasDerivedFrom, self.span(doc, sp)))
        return iri

    def named(self, doc: Document, entry) -> URIRef | None:
        """The person (or body) a list entry, speaker label or assignee names; a
        printed office stands for its holder, and the mention keeps the office as
        printed. An office nobody is known to hold on the date names nobody (None)."""
        if entry.person:
            return self.entity(doc, "person", entry.key_name, entry.span, as_printed=entry.printed)
        if entry.kind == "office":
            return None
        return self.entity(doc, entry.kind, entry.printed, entry.span)

    def entity(self, doc: Document, kind: str, printed: str, span: Span, *, as_printed: str | None = None) -> URIRef:
        """The person, place or body named ``printed`` at ``span``, with a mention
        node; keyed by the rule of :mod:`kg.graph.identity`. ``as_printed``: the
        words at ``span`` when they are not the name (an office standing for its holder)."""
        if kind == "person":
            iri, key = self.persons(doc).iri(printed)
        else:
            iri, key = other_iri(kind, printed)
        g = self.graph
        if (iri, RDF.type, ENTITY_CLASSES[kind]) not in g:
            g.add((iri, RDF.type, ENTITY_CLASSES[kind]))
            g.add((iri, KG.nameKey, Literal(key)))
        if as_printed is None:
            g.add((iri, KG.spelling, Literal(printed)))
        self._label(iri, surname(printed) if kind == "person" else printed)
        mention = iris.mention(doc.key, span.start, span.end)
        self.node(mention, KG.Mention, doc, [span])
        self.add(mention, KG.asPrinted, Literal(as_printed if as_printed is not None else printed))
        self.add(mention, KG.refersTo, iri)
        self.add(mention, KG.mentionedIn, text_iri(doc))
        g.add((iri, PROV.wasDerivedFrom, self.span(doc, span)))
        return iri

    def persons(self, doc: Document) -> RecordPersons:
        """The persons ``doc`` names in full, read once per record."""
        if doc.key not in self._persons:
            self._persons[doc.key] = RecordPersons(doc)
        return self._persons[doc.key]

    def _label(self, iri: URIRef, label: str) -> None:
        """One display name per entity (schema:name, also its first rdfs:label): the
        shortest, then alphabetically first, form seen; the linker may add labels."""
        g = self.graph
        current = g.value(iri, SDO.name)
        if current is not None and not ((len(label), label) < (len(str(current)), str(current)) and "." not in label):
            return
        if current is not None:
            g.remove((iri, SDO.name, current))
            g.remove((iri, RDFS.label, Literal(str(current), lang="en")))
        g.add((iri, SDO.name, Literal(label)))
        g.add((iri, RDFS.label, Literal(label, lang="en")))
