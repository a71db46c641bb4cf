"""Notes extractor: translator's notes as Web Annotations anchored at their
markers, with the passage each marker closes and the kinds of the note
(explanation, correction, uncertainty, source, identification)."""

from __future__ import annotations

import bisect

from rdflib import Literal, URIRef

from kg.document.model import Document, Span
from kg.graph import iris
from kg.graph.builder import GraphBuilder, note_iri, text_iri
from kg.text.note_kinds import note_kinds
from kg.text.sentences import clause_start
from kg.vocab import KG, OA, RDF, XSD


# The note kinds of kg.text.note_kinds as terms of the ontology.
NOTE_KINDS = {"Correction": KG.Correction, "Uncertainty": KG.Uncertainty, "SourceCitation": KG.SourceCitation,
              "Identification": KG.Identification, "Explanation": KG.Explanation}


def passage_before(doc: Document, marker: Span, turn_starts: list[int] | None = None) -> Span:
    """The sentence (or clause) that a marker closes. ``turn_starts`` (the
    turns' start offsets, in order) spares a scan of every turn per marker."""
    text = doc.text
    end = marker.start
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    start = clause_start(text, end)
    if turn_starts is None:
        turn_starts = [t.span.start for t in doc.turns]
    i = bisect.bisect_right(turn_starts, marker.start) - 1
    for turn in doc.turns[max(i, 0):i + 1]:
        if turn.span.start <= marker.start < turn.span.end:
            start = max(start, turn.body_start)
    while start < end and text[start].isspace():
        start += 1
    return Span(start, max(start, end), "passage")


def marker_iri(doc: Document, marker) -> URIRef:
    return iris.marker(doc.key, marker.number, marker.span.start)


def extract(doc: Document, b: GraphBuilder) -> None:
    first_marker = {}
    turn_starts = [t.span.start for t in doc.turns]
    for marker in doc.markers:
        iri = marker_iri(doc, marker)
        span = b.span(doc, marker.span)
        b.node(iri, [KG.NoteMarker, OA.SpecificResource], doc, [marker.span])
        b.add(iri, OA.hasSource, text_iri(doc))
        for selector in b.graph.objects(span, OA.hasSelector):
            b.add(iri, OA.hasSelector, selector)
        b.add(iri, KG.noteNumber, Literal(marker.number, datatype=XSD.nonNegativeInteger))
        if doc.note(marker.number) is not None:
            b.add(iri, KG.markerOf, note_iri(doc, marker.number))
            first_marker.setdefault(marker.number, marker)
    for note in doc.notes:
        iri = note_iri(doc, note.number)
        words = doc.quote(note.span)
        b.node(iri, [OA.Annotation, KG.TranslatorNote], doc, [note.span])
        b.add(iri, KG.noteNumber, Literal(note.number, datatype=XSD.nonNegativeInteger))
        kinds = [NOTE_KINDS[name] for name in note_kinds(words)]
        for kind in kinds:
            b.add(iri, KG.noteKind, kind)
        b.add(iri, KG.primaryNoteKind, kinds[0])
        b.add(iri, OA.motivatedBy, OA.editing if kinds[0] == KG.Correction else OA.commenting)
        body = iris.note_body(doc.key, note.number)
        b.node(body, OA.TextualBody, doc, [note.span])
        b.add(body, RDF.value, Literal(_body_text(doc, note)))
        b.add(iri, OA.hasBody, body)
        marker = first_marker.get(note.number)
        if marker is not None:
            b.add(iri, OA.hasTarget, marker_iri(doc, marker))
            passage = passage_before(doc, marker.span, turn_starts)
            if passage.end > passage.start:
                b.add(iri, KG.passage, b.span(doc, passage))


def _body_text(doc: Document, note) -> str:
    """The note's words without its number; page breaks joined by a blank line."""
    parts = [doc.quote(p) for p in note.paragraphs]
    parts[0] = parts[0][note.number_span.end - note.paragraphs[0].start:].lstrip(". \t")
    return "\n\n".join(p.strip() for p in parts)
