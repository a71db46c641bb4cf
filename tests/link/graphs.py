"""Small graphs built by hand in the shape docs/graph-model.md describes:
a record with its date, a sitting with attendees, turns with speakers,
mentions with spans, and the persons, places, bodies and events they name."""

from __future__ import annotations

import hashlib

from rdflib import Graph, Literal, URIRef

from kg.names import name_key, surname
from kg.vocab import DCTERMS, ID, KG, OA, ORG, PROV, RDF, RDFS, RICO, SDO, SEM, XSD, bind_prefixes


class Record:
    """One record: its text grows as names are added, so every span's quote
    is the text at its offsets."""

    def __init__(self, graph: Graph, date: str, title: str = "Working notes", key: str | None = None):
        self.g = graph
        self.date = date
        self.k = key or hashlib.sha256(f"{title}/{date}".encode()).hexdigest()[:12]
        self.text = f"{title}, {date}.\n"
        self.text_iri = ID[f"text/{self.k}"]
        self.record = ID[f"record/{self.k}"]
        self.session = ID[f"session/{self.k}"]
        self.sitting = ID[f"sitting/{self.k}/1"]
        self.list = ID[f"list/{self.k}/1"]
        self.turns = 0
        g = graph
        bind_prefixes(g)
        g.add((self.text_iri, RDF.type, KG.RecordText))
        g.add((self.text_iri, RDF.type, SDO.CreativeWork))
        g.add((self.text_iri, DCTERMS.title, Literal(title)))
        g.add((self.text_iri, SDO.translationOfWork, self.record))
        g.add((self.record, RDF.type, RICO.Record))
        g.add((self.record, DCTERMS.date, Literal(date, datatype=XSD.date)))
        g.add((self.session, RDF.type, KG.Session))
        g.add((self.session, SEM.hasTimeStamp, Literal(date, datatype=XSD.date)))
        g.add((self.session, KG.documentedBy, self.text_iri))
        g.add((self.sitting, RDF.type, KG.Sitting))
        g.add((self.sitting, SEM.subEventOf, self.session))
        g.add((self.sitting, KG.hasParticipantList, self.list))
        g.add((self.list, RDF.type, KG.ParticipantList))

    # -- text and spans
    def write(self, words: str) -> tuple[int, int]:
        start = len(self.text)
        self.text += words
        end = len(self.text)
        self.text += " "
        return start, end

    def span(self, start: int, end: int) -> URIRef:
        iri = ID[f"span/{self.k}/{start}-{end}"]
        g = self.g
        g.add((iri, RDF.type, OA.SpecificResource))
        g.add((iri, OA.hasSource, self.text_iri))
        pos, quote = URIRef(f"{iri}/pos"), URIRef(f"{iri}/quote")
        g.add((iri, OA.hasSelector, pos))
        g.add((iri, OA.hasSelector, quote))
        g.add((pos, RDF.type, OA.TextPositionSelector))
        g.add((pos, OA.start, Literal(start, datatype=XSD.nonNegativeInteger)))
        g.add((pos, OA.end, Literal(end, datatype=XSD.nonNegativeInteger)))
        g.add((quote, RDF.type, OA.TextQuoteSelector))
        g.add((quote, OA.exact, Literal(self.text[start:end])))
        return iri

    # -- entities
    def entity(self, kind: str, name: str, key: str | None = None) -> URIRef:
        folder, rdf_type = {"person": ("person", SDO.Person), "place": ("place", SDO.Place),
                            "body": ("body", ORG.Organization)}[kind]
        key = key or name_key(surname(name) if kind == "person" else name)
        iri = ID[f"{folder}/{key}"]
        g = self.g
        if (iri, RDF.type, rdf_type) not in g:
            g.add((iri, RDF.type, rdf_type))
            g.add((iri, KG.nameKey, Literal(key)))
            g.add((iri, RDFS.label, Literal(name)))
        g.add((iri, KG.spelling, Literal(name)))
        return iri

    def event(self, label: str, date: str | None = None, slug: str = "x", kind: str = "war") -> URIRef:
        iri = ID[f"event/{self.k}/{slug}"]
        g = self.g
        g.add((iri, RDF.type, KG.ReferencedEvent))
        g.add((iri, RDF.type, SEM.Event))
        g.add((iri, RDFS.label, Literal(label)))
        g.add((iri, KG.eventKind, Literal(kind)))
        if date:
            g.add((iri, SEM.hasTimeStamp, Literal(date, datatype=XSD.date)))
        start, end = self.write(label)
        g.add((iri, PROV.wasDerivedFrom, self.span(start, end)))
        g.add((iri, KG.mentionedIn, self.text_iri))
        return iri

    def mention(self, entity: URIRef, printed: str, before: str = "", after: str = "") -> URIRef:
        if before:
            self.write(before)
        start, end = self.write(printed)
        if after:
            self.write(after)
        iri = ID[f"mention/{self.k}/{start}-{end}"]
        g = self.g
        g.add((iri, RDF.type, KG.Mention))
        g.add((iri, KG.asPrinted, Literal(printed)))
        g.add((iri, KG.refersTo, entity))
        g.add((iri, KG.mentionedIn, self.text_iri))
        g.add((iri, PROV.wasDerivedFrom, self.span(start, end)))
        g.add((entity, PROV.wasDerivedFrom, self.span(start, end)))
        return iri

    def person(self, printed: str, key: str | None = None) -> URIRef:
        return self.entity("person", printed, key)

    def attend(self, printed: str, key: str | None = None) -> URIRef:
        """A name in the participant list: entry + schema:attendee."""
        person = self.entity("person", printed, key)
        start, end = self.write(printed)
        entry = ID[f"entry/{self.k}/{start}"]
        g = self.g
        g.add((entry, RDF.type, KG.ListEntry))
        g.add((entry, KG.nameAsPrinted, Literal(printed)))
        g.add((entry, KG.refersTo, person))
        g.add((entry, PROV.wasDerivedFrom, self.span(start, end)))
        g.add((person, PROV.wasDerivedFrom, self.span(start, end)))
        g.add((self.list, KG.entry, entry))
        g.add((self.sitting, SDO.attendee, person))
        return person

    def speak(self, printed: str, words: str = "We must act.", key: str | None = None) -> URIRef:
        """A turn opened by "Cde. <printed>:" with that person as speaker; the
        name in the opener is a mention."""
        person = self.entity("person", printed, key)
        self.turns += 1
        start, _ = self.write("Cde.")
        self.mention(person, printed)
        self.text = self.text[:-1] + ": "
        _, end = self.write(words)
        turn = ID[f"turn/{self.k}/1/{self.turns}"]
        g = self.g
        g.add((turn, RDF.type, KG.SpeechTurn))
        g.add((turn, SEM.subEventOf, self.sitting))
        g.add((turn, SDO.position, Literal(self.turns)))
        g.add((turn, KG.speaker, person))
        g.add((turn, KG.speakerAsPrinted, Literal(f"Cde. {printed}")))
        g.add((turn, PROV.wasDerivedFrom, self.span(start, end)))
        return person


def check_spans(graph: Graph, records: list[Record]) -> None:
    """Every quote is the text at its offsets (the graph contract)."""
    texts = {r.text_iri: r.text for r in records}
    for span in graph.subjects(RDF.type, OA.SpecificResource):
        text = texts[graph.value(span, OA.hasSource)]
        sels = list(graph.objects(span, OA.hasSelector))
        pos = next(s for s in sels if (s, RDF.type, OA.TextPositionSelector) in graph)
        quote = next(s for s in sels if (s, RDF.type, OA.TextQuoteSelector) in graph)
        start, end = int(graph.value(pos, OA.start)), int(graph.value(pos, OA.end))
        assert text[start:end] == str(graph.value(quote, OA.exact))
