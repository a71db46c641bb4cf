"""The graph builder: deterministic IRIs and span provenance.

Every node an extractor mints goes through :meth:`GraphBuilder.node`, which
types it and ties it to the spans it came from. IRIs are derived from the
record's content key and offsets, never from run-wide counters, so the same
input always gives the same graph."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable

from rdflib import Graph, Literal, URIRef

from kg.document.model import Document, Span
from kg.link.forms import canonical_name
from kg.names import name_key, slug, surname
from kg.vocab import ID, KG, OA, ORG, PROV, RDF, RDFS, SDO, XSD, bind_prefixes

ENTITY_CLASSES = {"person": SDO.Person, "place": SDO.Place, "body": ORG.Organization}


def text_iri(doc: Document) -> URIRef:
    return ID[f"text/{doc.key}"]


def record_iri(doc: Document) -> URIRef:
    return ID[f"record/{doc.key}"]


def session_iri(doc: Document) -> URIRef:
    return ID[f"session/{doc.key}"]


def sitting_iri(doc: Document, index: int) -> URIRef:
    return ID[f"sitting/{doc.key}/{index}"]


def item_iri(doc: Document, index: int) -> URIRef:
    return ID[f"item/{doc.key}/{index + 1}"]


def turn_iri(doc: Document, turn_index: int) -> URIRef:
    """IRI of ``doc.turns[turn_index]``: sitting and 1-based position in it."""
    turn = doc.turns[turn_index]
    position = sum(1 for t in doc.turns[:turn_index] if t.sitting == turn.sitting) + 1
    return ID[f"turn/{doc.key}/{turn.sitting}/{position}"]


def note_iri(doc: Document, number: int) -> URIRef:
    return ID[f"note/{doc.key}/{number}"]


def entity_iri(kind: str, name: str, namesakes: set[str] = frozenset()) -> URIRef:
    """Persons are keyed by surname, so one person is one node across records;
    where a record names two persons of one surname, the initial keeps them apart."""
    if kind != "person":
        return ID[f"{kind}/{name_key(name) or slug(name)}"]
    key = name_key(surname(name)) or slug(name)
    words = name.split()
    if key in namesakes and len(words) > 1 and words[0][0].isalpha():
        key = f"{slug(words[0][0])}-{key}"
    return ID[f"person/{key}"]


def date_literal(value: _dt.date) -> Literal:
    return Literal(value.isoformat(), datatype=XSD.date)


class GraphBuilder:
    """Adds statements to one rdflib graph; owns span and entity nodes."""

    def __init__(self, graph: Graph | None = None):
        self.graph = graph if graph is not None else Graph()
        self._namesake_cache: dict[str, set[str]] = {}
        bind_prefixes(self.graph)

    def add(self, s, p, o) -> None:
        if o is None:
            return
        if not isinstance(o, (URIRef, Literal)):
            o = Literal(o)
        self.graph.add((s, p, o))

    def span(self, doc: Document, span: Span) -> URIRef:
        """The oa:SpecificResource of ``span`` with both selectors."""
        iri = ID[f"span/{doc.key}/{span.start}-{span.end}"]
        g = self.graph
        if (iri, RDF.type, OA.SpecificResource) in g:
            return iri
        pos, quote = URIRef(f"{iri}/pos"), URIRef(f"{iri}/quote")
        g.add((iri, RDF.type, OA.SpecificResource))
        g.add((iri, OA.hasSource, text_iri(doc)))
        g.add((iri, OA.hasSelector, pos))
        g.add((iri, OA.hasSelector, quote))
        g.add((pos, RDF.type, OA.TextPositionSelector))
        g.add((pos, OA.start, Literal(span.start, datatype=XSD.nonNegativeInteger)))
        g.add((pos, OA.end, Literal(span.end, datatype=XSD.nonNegativeInteger)))
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
            return self.entity(doc, "person", entry.person, entry.span, canonical=entry.person,
                               as_printed=entry.printed)
        if entry.kind == "office":
            return None
        return self.entity(doc, entry.kind, entry.printed, entry.span)

    def entity(self, doc: Document, kind: str, printed: str, span: Span, *, canonical: str | None = None,
               as_printed: str | None = None) -> URIRef:
        """The person, place or body named ``printed`` at ``span``, with a mention node.
        ``canonical`` is the authority's name for it, when the name form came from there;
        ``as_printed`` the words at ``span`` when they are not a name (an office)."""
        canonical = canonical or canonical_name(kind, printed)
        iri = entity_iri(kind, canonical or printed, self._namesakes(doc))
        name = canonical or printed
        g = self.graph
        key = str(iri).rsplit("/", 1)[1]
        if (iri, RDF.type, ENTITY_CLASSES[kind]) not in g:
            g.add((iri, RDF.type, ENTITY_CLASSES[kind]))
            g.add((iri, KG.nameKey, Literal(key)))
        if as_printed is None:
            g.add((iri, KG.spelling, Literal(printed)))
        self._label(iri, surname(name) if kind == "person" else name)
        mention = ID[f"mention/{doc.key}/{span.start}-{span.end}"]
        self.node(mention, KG.Mention, doc, [span])
        self.add(mention, KG.asPrinted, Literal(as_printed if as_printed is not None else printed))
        self.add(mention, KG.refersTo, iri)
        self.add(mention, KG.mentionedIn, text_iri(doc))
        g.add((iri, PROV.wasDerivedFrom, self.span(doc, span)))
        return iri

    def _namesakes(self, doc: Document) -> set[str]:
        if doc.key not in self._namesake_cache:
            self._namesake_cache[doc.key] = doc.namesakes()
        return self._namesake_cache[doc.key]

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
