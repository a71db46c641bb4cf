"""The graph as the checks, the linker and the reasoner read it: one :class:`Record` per record text, with
its session, sittings, lists, turns, notes, markers and the rest, each node
with the spans it was derived from.

A node belongs to the record whose text its spans point into (or which it
names with kg:mentionedIn / kg:documentedBy); the readers never look at the
source files, or inside IRIs, only at the graph."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from rdflib import Graph, Literal, URIRef

from kg.names import surname
from kg.vocab import DCTERMS, KG, OA, PROV, RDF, RDFS, SDO, SEM


@dataclass(frozen=True, order=True)
class Span:
    """A passage of a record: its file, the SHA-256 of its text, character
    offsets into that text, and the words themselves."""

    file: str
    sha256: str
    start: int
    end: int
    quote: str


_GROUPED = {
    KG.Sitting: "sittings",
    KG.ParticipantList: "lists",
    KG.SpeechTurn: "turns",
    KG.TranslatorNote: "notes",
    KG.NoteMarker: "markers",
    KG.Mention: "mentions",
    KG.RoleInSession: "roles",
    KG.Decision: "decisions",
    KG.Citation: "citations",
    KG.UnparsedText: "unparsed",
    KG.AgendaItem: "items",
}


def as_int(value) -> int | None:
    """The whole number a literal holds, else None (an IRI, a word, a date: the
    shapes report those; the checks read past them)."""
    if not isinstance(value, Literal):
        return None
    python = value.toPython()
    if isinstance(python, int) and not isinstance(python, bool):
        return python
    text = str(value).strip()
    return int(text) if re.fullmatch(r"[+-]?\d{1,18}", text) else None


@dataclass
class Record:
    """The nodes of one record, each list in text order."""

    text: URIRef
    file: str
    sha256: str
    record: URIRef | None = None
    session: URIRef | None = None
    sittings: list = field(default_factory=list)
    lists: list = field(default_factory=list)
    turns: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    markers: list = field(default_factory=list)
    mentions: list = field(default_factory=list)
    roles: list = field(default_factory=list)
    decisions: list = field(default_factory=list)
    citations: list = field(default_factory=list)
    unparsed: list = field(default_factory=list)
    items: list = field(default_factory=list)


class GraphView:
    """Read-only access to a graph built by ``kg build``."""

    def __init__(self, graph: Graph):
        self.g = graph
        self._spans: dict = {}

    # --- spans -------------------------------------------------------------

    def span(self, iri) -> Span | None:
        """The passage a span node (``id:span/<k>/<start>-<end>``) stands for."""
        if iri in self._spans:
            return self._spans[iri]
        g = self.g
        text = g.value(iri, OA.hasSource)
        start = end = quote = None
        for selector in g.objects(iri, OA.hasSelector):
            if (selector, RDF.type, OA.TextPositionSelector) in g:
                start, end = g.value(selector, OA.start), g.value(selector, OA.end)
            elif (selector, RDF.type, OA.TextQuoteSelector) in g:
                quote = g.value(selector, OA.exact)
        found = None
        start, end = as_int(start), as_int(end)
        if text is not None and start is not None and end is not None:
            found = Span(str(g.value(text, KG.sourceFile) or ""), str(g.value(text, KG.sha256) or ""),
                         start, end, str(quote or ""))
        self._spans[iri] = found
        return found

    def spans(self, node, predicate=PROV.wasDerivedFrom) -> list[Span]:
        """The spans ``node`` was derived from, in text order."""
        return sorted(s for s in (self.span(i) for i in self.g.objects(node, predicate)) if s is not None)

    def first_span(self, node) -> Span | None:
        found = self.spans(node)
        return found[0] if found else None

    def text_of(self, node) -> URIRef | None:
        """The record text ``node`` was read from."""
        for span in self.g.objects(node, PROV.wasDerivedFrom):
            text = self.g.value(span, OA.hasSource)
            if text is not None:
                return text
        return None

    def texts_of(self, node) -> set[URIRef]:
        """Every record text ``node`` belongs to: those its spans point into and
        those it is mentioned in or documented by."""
        g = self.g
        out = {t for span in g.objects(node, PROV.wasDerivedFrom) for t in g.objects(span, OA.hasSource)}
        for p in (KG.mentionedIn, KG.documentedBy):
            out.update(v for v in g.objects(node, p) if (v, RDF.type, KG.RecordText) in g)
        return out

    def record_texts(self) -> list[URIRef]:
        """The record texts of the graph, in IRI order."""
        return sorted(self.g.subjects(RDF.type, KG.RecordText))

    # --- records -----------------------------------------------------------

    @cached_property
    def records(self) -> list[Record]:
        g = self.g
        by_text: dict = {}
        for text in g.subjects(RDF.type, KG.RecordText):
            by_text[text] = Record(text, str(g.value(text, KG.sourceFile) or ""), str(g.value(text, KG.sha256) or ""),
                                   record=g.value(text, SDO.translationOfWork))
        for session in g.subjects(KG.documentedBy, None):
            text = g.value(session, KG.documentedBy)
            if text in by_text:
                by_text[text].session = session
        grouped = defaultdict(set)
        for cls, name in _GROUPED.items():
            for node in g.subjects(RDF.type, cls):
                text = self.text_of(node)
                if text in by_text:
                    grouped[(text, name)].add(node)
        for (text, name), nodes in grouped.items():
            setattr(by_text[text], name, sorted(nodes, key=self._order))
        return sorted(by_text.values(), key=lambda r: (r.file, r.sha256))

    def _order(self, node):
        span = self.first_span(node)
        return (span.start if span else -1, str(node))

    # --- people ------------------------------------------------------------

    def speakers(self, turn) -> list[URIRef]:
        return sorted(self.g.objects(turn, KG.speaker))

    def entries(self, record: Record) -> list[tuple[URIRef, URIRef]]:
        """(entry, person) for every name of the record's participant lists."""
        out = []
        for lst in record.lists:
            for entry in self.g.objects(lst, KG.entry):
                person = self.g.value(entry, KG.refersTo)
                if person is not None:
                    out.append((entry, person))
        return sorted(out, key=lambda pair: self._order(pair[0]))

    def participants(self, record: Record) -> set[URIRef]:
        return {person for _, person in self.entries(record)}

    def record_speakers(self, record: Record) -> set[URIRef]:
        return {p for turn in record.turns for p in self.speakers(turn)}

    def name(self, person, record: Record | None = None) -> str:
        """The name as the record prints it (surname), else the graph's label."""
        g = self.g
        if record is not None:
            for entry, who in self.entries(record):
                if who == person and g.value(entry, KG.nameAsPrinted):
                    return surname(str(g.value(entry, KG.nameAsPrinted)))
            for turn in record.turns:
                printed = g.value(turn, KG.speakerAsPrinted)
                if person in self.speakers(turn) and printed and len(self.speakers(turn)) == 1:
                    return surname(str(printed))
            for mention in record.mentions:
                if g.value(mention, KG.refersTo) == person and g.value(mention, KG.asPrinted):
                    return str(g.value(mention, KG.asPrinted))
        if g.value(person, SDO.name) is not None:
            return str(g.value(person, SDO.name))
        labels = sorted((str(v) for v in g.objects(person, RDFS.label) if getattr(v, "language", None) in (None, "en")),
                        key=lambda s: (len(s), s))
        if labels:
            return labels[0]
        spellings = sorted(str(v) for v in g.objects(person, KG.spelling))
        return spellings[0] if spellings else str(g.value(person, KG.nameKey) or person)

    def forms(self, person) -> set[str]:
        """Every spelling of the person's name the graph holds."""
        g = self.g
        forms = {str(v) for v in g.objects(person, KG.spelling)} | {str(v) for v in g.objects(person, SDO.name)}
        forms |= {str(v) for v in g.objects(person, RDFS.label) if getattr(v, "language", None) in (None, "en")}
        return {surname(f) for f in forms if f.strip()}

    # --- turns and notes ---------------------------------------------------

    def turn_at(self, record: Record, offset: int):
        """The turn whose span holds ``offset``."""
        for turn in record.turns:
            span = self.first_span(turn)
            if span and span.start <= offset < span.end:
                return turn
        return None

    def sitting_of(self, turn):
        return self.g.value(turn, SEM.subEventOf)

    def position(self, node) -> int | None:
        return as_int(self.g.value(node, SDO.position))

    def number(self, node) -> int | None:
        return as_int(self.g.value(node, KG.noteNumber))

    def marker_of_note(self, record: Record, note):
        for marker in record.markers:
            if self.g.value(marker, KG.markerOf) == note:
                return marker
        return None

    def date(self, node, predicate=SEM.hasTimeStamp):
        value = self.g.value(node, predicate)
        if isinstance(value, Literal):
            parsed = value.toPython()
            if hasattr(parsed, "isoformat") and hasattr(parsed, "day"):
                return parsed
        return None

    def record_date(self, record: Record):
        return self.date(record.record, DCTERMS.date) if record.record is not None else None

    def describe_turn(self, turn) -> str:
        position, sitting = self.position(turn), self.sitting_of(turn)
        n = self.position(sitting) if sitting is not None else None
        where = f"turn {position}" if position else "a turn"
        return f"{where} of sitting {n}" if n else where
