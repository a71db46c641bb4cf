"""Referenced-events extractor: earlier decisions, meetings, sessions,
reports and operations the record refers to, with ISO dates (or ranges)
from every date form of the genre, and the passages that mention them.

An event is keyed by its kind and date within a record, so "the decision
taken on 31-X-56", "the decision of 31 X" and "the 31 October decision" are
one event with three mentions. The record's own session is not an event it
refers to."""

from __future__ import annotations

import re

from rdflib import Literal

from kg.document.dates import find_dates
from kg.document.model import Document, Span
from kg.extract.context import passage_node, regions, turn_at
from kg.extract.speakers import sentences
from kg.graph import iris
from kg.graph.builder import GraphBuilder, date_literal, turn_iri
from kg.names import slug
from kg.vocab import KG, RDF, RDFS, SDO, SEM

# Trigger words -> kind of event. Transliterated Russian and Czech words for
# "session" and "protocol" appear in the titles of cited documents.
TRIGGERS = [
    ("decision", r"decision|decided|resolution|approved"),
    ("meeting", r"meeting|talks|discussions?|consultations?"),
    ("session", r"sessions?|zasedani\w*|plenum|protocol|protokol\w*|stenographic|stenograficky"),
    ("report", r"reports?|notes\s+from|summary|souhrn|hlaseni|warnings|telegram|cable|letter"),
    ("evacuation", r"evacuat\w+"),
    ("return", r"returned|return|arrived|came\s+back"),
    ("military operation", r"invasion|intervention|military\s+operations?|code-named"),
    ("withdrawal", r"withdrawal|withdrew"),
    ("declaration", r"[Dd]eclaration"),
    ("uprising", r"uprising|revolt|putsch|demonstrations?"),
    ("visit", r"visit\w*"),
]
_TRIGGER_RES = [(kind, re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)) for kind, pattern in TRIGGERS]

# Undated events named by a fixed phrase.
UNDATED = [
    ("declaration", re.compile(r"(?<![.!?]\s)\b(?P<name>the\s+Declaration)\b")),
    ("withdrawal", re.compile(r"\b(?P<name>(?:[A-Z]\w+'s\s+)?withdrawal\s+from\s+the\s+[A-Z][\w ]+?)(?=\s+and\b|[,.;]|$)")),
    ("military operation", re.compile(
        r"\b(?P<name>(?:the\s+commencement\s+of\s+)?(?:[A-Z]\w+\s+and\s+)?(?:[A-Z]\w+\s+)?military\s+operations?\s+against\s+[A-Z]\w+)")),
    ("military operation", re.compile(r"\bcode-named\s+[\"“](?P<name>[^\"”]+)[\"”]")),
    ("decision", re.compile(r"\b(?P<name>[A-Z]\w+(?:'s|’s)\s+(?:sudden\s+)?decision\s+to\s+[a-z]+[^,;.()]{0,80})")),
]


def _kind_near(words: str, start: int, end: int) -> str:
    best, best_distance = "event", None
    for kind, regex in _TRIGGER_RES:
        for m in regex.finditer(words):
            distance = start - m.end() if m.end() <= start else (m.start() - end) * 1.5
            if distance < -0.5:
                continue
            if best_distance is None or distance < best_distance:
                best, best_distance = kind, distance
    return best


def extract(doc: Document, b: GraphBuilder) -> None:
    own_date = doc.date
    year = own_date.year if own_date else None
    for region in regions(doc):
        for sent in sentences(doc, region):
            words = doc.quote(sent)
            for d in find_dates(words, default_year=year):
                if d.begin is None:
                    continue
                kind = _kind_near(words, d.start, d.end)
                if kind == "event":
                    continue
                if kind in ("session", "meeting") and own_date and d.begin == own_date == d.end_date:
                    continue
                when = d.begin.isoformat() if d.end_date in (None, d.begin) else f"{d.begin.isoformat()}--{d.end_date.isoformat()}"
                if d.precision == "month":
                    when = d.begin.isoformat()[:7]
                iri = iris.event(doc.key, slug(kind), when)
                date_span = Span(sent.start + d.start, sent.start + d.end, "date")
                _event(doc, b, iri, kind, f"{kind} of {when}", sent, date_span)
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
                    name = re.sub(r"\s+", " ", m.group("name")).strip()
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
