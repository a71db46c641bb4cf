"""What the graph says about one entity, as the linker reads it: the
spellings the records use, the spans, the record dates, and whether and when
the entity acts in a meeting (attends, speaks, chairs, compiles, proposes)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg.graph.view import GraphView
from kg.link.authority import PartialDate
from kg.text.dates import parse_date
from kg.vocab import DCTERMS, KG, OA, ORG, PROV, RDF, RDFS, SDO, SEM


KIND_TYPES: tuple[tuple[URIRef, str], ...] = (
    (SDO.Person, "person"),
    (SDO.Place, "place"),
    (ORG.Organization, "body"),
    (KG.ReferencedEvent, "event"),
)

_UP = (
    SEM.subEventOf,
    KG.inSession,
    KG.inTurn,
    KG.decidedIn,
    KG.inAgendaItem,
    KG.documentedBy,
    KG.mentionedIn,
    SDO.translationOfWork,
    PROV.wasDerivedFrom,
    OA.hasSource,
)
_DATE_PROPS = (SEM.hasTimeStamp, DCTERMS.date, SEM.hasBeginTimeStamp)
_ACTING = {
    "person": (SDO.attendee, KG.speaker, KG.agent, DCTERMS.creator, PROV.wasAttributedTo,
               KG.addressedBy, KG.proposedBy, KG.assignee),
    "body": (KG.heldBy, KG.assignee),
}

@dataclass
class Context:
    """What the graph says about one entity."""

    iri: URIRef
    kind: str
    name: str
    forms: list[str]
    printed: list[str]  # forms as printed in mentions and list entries
    spans: list[URIRef]
    texts: set[URIRef]
    record_dates: list[PartialDate]
    acting: bool
    acting_dates: list[PartialDate]
    own_dates: list[PartialDate]  # an event's own time stamps


def _partial(value: Node) -> PartialDate | None:
    return _partial_date(str(value))


@lru_cache(maxsize=16384)  # the dates of a corpus's records are few and recur
def _partial_date(text: str) -> PartialDate | None:
    mention = parse_date(text)
    return mention.partial if mention is not None else None


class EntityReader:
    """The contexts of a graph's entities, with the dates and texts of nodes cached."""

    def __init__(self, graph: Graph):
        self.g = graph
        self._dates: dict[Node, list[PartialDate]] = {}
        self._texts: dict[Node, set[URIRef]] = {}
        self.view = GraphView(graph)

    def dates_of(self, node: Node) -> list[PartialDate]:
        if node in self._dates:
            return self._dates[node]
        seen = {node}
        level = [node]
        found: list[PartialDate] = []
        for _ in range(6):
            for n in level:
                for p in _DATE_PROPS:
                    for v in self.g.objects(n, p):
                        d = _partial(v)
                        if d and d not in found:
                            found.append(d)
            if found:
                break
            nxt = []
            for n in level:
                for p in _UP:
                    for v in self.g.objects(n, p):
                        if v not in seen:
                            seen.add(v)
                            nxt.append(v)
            if not nxt:
                break
            level = nxt
        if not found:
            for text in self.texts_of(node):
                if text != node:
                    found.extend(d for d in self.dates_of(text) if d not in found)
        found.sort()
        self._dates[node] = found
        return found

    def texts_of(self, node: Node) -> set[URIRef]:
        if node not in self._texts:
            self._texts[node] = self.view.texts_of(node)
        return self._texts[node]

    def context(self, entity: URIRef, kind: str) -> Context:
        g = self.g
        forms: list[str] = []
        printed: list[str] = []
        spans: set[URIRef] = set(g.objects(entity, PROV.wasDerivedFrom))  # type: ignore[arg-type]
        texts: set[URIRef] = set(self.texts_of(entity))

        def add(value: Node, is_printed: bool) -> None:
            text = " ".join(str(value).split())
            if text and text not in forms:
                forms.append(text)
            if is_printed and text and text not in printed:
                printed.append(text)

        labels = sorted(str(v) for v in g.objects(entity, RDFS.label))
        for v in g.objects(entity, KG.spelling):
            add(v, False)
        for v in labels:
            add(Literal(v), False)
        for mention in sorted(set(g.subjects(KG.refersTo, entity)), key=str):
            for p in (KG.asPrinted, KG.nameAsPrinted):
                for v in g.objects(mention, p):
                    add(v, True)
            spans.update(g.objects(mention, PROV.wasDerivedFrom))  # type: ignore[arg-type]
            texts |= self.texts_of(mention)
        acting_nodes: set[Node] = set()
        for p in _ACTING.get(kind, ()):
            for s in g.subjects(p, entity):
                if p == KG.agent and (s, KG.roleType, KG.Absentee) in g:
                    continue
                acting_nodes.add(s)
        if not spans:
            for node in sorted(acting_nodes, key=str):
                spans.update(g.objects(node, PROV.wasDerivedFrom))  # type: ignore[arg-type]
        acting_dates: list[PartialDate] = []
        for node in acting_nodes:
            texts |= self.texts_of(node)
            for d in self.dates_of(node):
                if d not in acting_dates:
                    acting_dates.append(d)
        record_dates: list[PartialDate] = []
        for text in sorted(texts, key=str):
            for d in self.dates_of(text):
                if d not in record_dates:
                    record_dates.append(d)
        for d in acting_dates:
            if d not in record_dates:
                record_dates.append(d)
        own_dates = []
        if kind == "event":
            for p in (SEM.hasTimeStamp, SEM.hasBeginTimeStamp, SEM.hasEndTimeStamp):
                for v in g.objects(entity, p):
                    d = _partial(v)
                    if d:
                        own_dates.append(d)
        forms.sort()
        name = labels[0] if labels else (printed[0] if printed else (forms[0] if forms else ""))
        return Context(
            iri=entity,
            kind=kind,
            name=name,
            forms=forms,
            printed=sorted(printed),
            spans=sorted(spans, key=str),
            texts=texts,
            record_dates=sorted(record_dates),
            acting=bool(acting_nodes),
            acting_dates=sorted(acting_dates),
            own_dates=sorted(own_dates),
        )


def entities(graph: Graph) -> list[tuple[URIRef, str]]:
    """The entities to link, with their kind, in IRI order."""
    out: dict[URIRef, str] = {}
    for rdf_type, kind in KIND_TYPES:
        for s in graph.subjects(RDF.type, rdf_type):
            if isinstance(s, URIRef) and s not in out:
                out[s] = kind
    return sorted(out.items(), key=lambda x: str(x[0]))
