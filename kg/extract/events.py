"""Referenced-events extractor: earlier decisions, meetings, sessions,
reports and operations the record refers to, with ISO dates (or ranges)
from every date form of the genre, and the passages that mention them.

It reads the record's ``sentences`` and ``dates`` span groups; the words
that give an event its kind are in :mod:`kg.text.events`. An event is keyed
by its kind and date within a record, so "the decision taken on 31-X-56",
"the decision of 31 X" and "the 31 October decision" are one event with
three mentions. The record's own session is not an event it refers to."""

from __future__ import annotations

from rdflib import Literal

from kg.document.model import Document, Span
from kg.extract.context import passage_node, turn_at
from kg.graph import iris
from kg.graph.builder import GraphBuilder, date_literal, turn_iri
from kg.names import slug
from kg.text.events import UNDATED, kind_near
from kg.vocab import KG, RDF, RDFS, SDO, SEM


def extract(doc: Document, b: GraphBuilder) -> None:
    own_date = doc.date
    for sent in doc.spans["sentences"]:
        words = doc.quote(sent)
        for date in doc.spans.within("dates", sent):
            d = date.value
            if d.begin is None:
                continue
            kind = kind_near(words, d.start - sent.start, d.end - sent.start)
            if kind == "event":
                continue
            if kind in ("session", "meeting") and own_date and d.begin == own_date == d.end_date:
                continue
            when = d.begin.isoformat() if d.end_date in (None, d.begin) else f"{d.begin.isoformat()}--{d.end_date.isoformat()}"
            if d.precision == "month":
                when = d.begin.isoformat()[:7]
            iri = iris.event(doc.key, slug(kind), when)
            _event(doc, b, iri, kind, f"{kind} of {when}", sent, Span(d.start, d.end, "date"))
            b.add(iri, KG.dateAsPrinted, Literal(d.printed))
            if d.precision == "day":
                if d.end_date in (None, d.begin):
                    b.add(iri, SEM.hasTimeStamp, date_literal(d.begin))
                else:
                    b.add(iri, SEM.hasBeginTimeStamp, date_literal(d.begin))
                    b.add(iri, SEM.hasEndTimeStamp, date_literal(d.end_date))
            else:
                b.add(iri, SEM.hasBeginTimeStamp, date_literal(d.begin))
                b.add(iri, SEM.hasEndTimeStamp, date_literal(d.end_date))
        for kind, regex in UNDATED:
            for m in regex.finditer(words):
                name = " ".join(m.group("name").split())
                iri = iris.event(doc.key, slug(kind), slug(name)[:60].strip("-"))
                span = Span(sent.start + m.start("name"), sent.start + m.end("name"))
                _event(doc, b, iri, kind, name, sent, span)


def _event(doc: Document, b: GraphBuilder, iri, kind: str, label: str, sentence: Span, span: Span) -> None:
    b.node(iri, [KG.ReferencedEvent, SEM.Event], doc, [span, sentence])
    if b.graph.value(iri, SDO.name) is None:
        b.add(iri, SDO.name, Literal(label))
        b.add(iri, RDFS.label, Literal(label, lang="en"))
    b.add(iri, KG.eventKind, Literal(kind))
    b.add(iri, KG.mentionedIn, passage_node(doc, span.start))
    if kind == "decision":
        b.graph.add((iri, RDF.type, KG.Decision))
        t = turn_at(doc, span.start)
        if t is not None:
            b.add(turn_iri(doc, t), KG.refersToDecision, iri)
