"""The span groups a record's readers make once, for every extractor:

``sentences``        sentences of the running text (turns, item outcomes,
                     notes), region by region in that order;
``speaker_labels``   the names that open or close a turn (value: turn index);
``list_entries``     names in participant lists and after agenda items
                     (value: the :class:`NameEntry`);
``resolution_items`` items of the resolutions recorded under agenda items
                     (value: :class:`~kg.document.assignments.ResolutionItem`);
``assignments``      tasks given to named persons in turns and resolution
                     items (value: :class:`~kg.document.assignments.Assignment`);
``dates``            date expressions of the sentences, the record's year
                     supplied where none is printed (value: the
                     :class:`~kg.text.dates.DateMention`, offsets in the record);
``citations``        archival, published and cross references in the header
                     citation and the notes (value: :class:`Citation`).

Extractors read these groups (``doc.spans["dates"]``) and hold no patterns
of their own for the same ideas."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from kg.document.assignments import find_assignments, resolution_items
from kg.document.model import Document, Span, SpanGroups
from kg.text.citations import find_archival_refs, find_cross_refs, find_published_refs
from kg.text.dates import find_dates
from kg.text.sentences import sentences


@dataclass(frozen=True)
class Citation:
    """A reference as the citation reader found it (offsets in the citing
    passage), its kind ("archival", "published", "cross"), and where it
    stands: the record's header citation (``note`` None) or note ``note``."""

    ref: object
    kind: str
    note: int | None


def regions(doc: Document) -> list[Span]:
    """The spans of running text: turns, item outcomes, notes, and the
    paragraphs of a record without turns (a cable, a report)."""
    out = [t.span for t in doc.turns]
    out += [span for _, span in doc.resolutions]
    out += [n.span for n in doc.notes]
    out += doc.passages
    return out


def citing_places(doc: Document) -> list[tuple[Span, int | None]]:
    """(span, note number) of the header citation and of every note."""
    out: list[tuple[Span, int | None]] = []
    for f in doc.fields:
        if f.name in ("Citation", "Source"):
            out.append((f.span, None))
    out += [(note.span, note.number) for note in doc.notes]
    return out


def read_spans(doc: Document) -> None:
    """Fill ``doc.spans`` from the structures the parser found."""
    groups = SpanGroups()
    groups["sentences"] = [Span(a, z, "sentence") for region in regions(doc)
                           for a, z in sentences(doc.text, region.start, region.end)]
    groups["speaker_labels"] = [Span(e.span.start, e.span.end, "speaker", i)
                                for i, turn in enumerate(doc.turns) for e in turn.speakers]
    groups["list_entries"] = ([Span(e.span.start, e.span.end, "entry", e) for pl in doc.participant_lists
                               for e in pl.entries]
                              + [Span(e.span.start, e.span.end, "entry", e) for item in doc.agenda for e in item.names])
    groups["resolution_items"] = [part for index, span in doc.resolutions
                                  for part in resolution_items(doc, index, span)]
    groups["assignments"] = ([a for turn in doc.turns for a in find_assignments(doc, turn.span)]
                             + [a for part in groups["resolution_items"] for a in find_assignments(doc, part)])
    year = doc.date.year if doc.date else None
    dates = []
    for sent in groups["sentences"]:
        for d in find_dates(doc.text[sent.start:sent.end], default_year=year):
            moved = dataclasses.replace(d, start=sent.start + d.start, end=sent.start + d.end)
            dates.append(Span(moved.start, moved.end, "date", moved))
    groups["dates"] = dates
    citations = []
    for place, note in citing_places(doc):
        words = doc.text[place.start:place.end]
        for kind, refs in (("archival", find_archival_refs(words)), ("published", find_published_refs(words)),
                           ("cross", find_cross_refs(words))):
            for ref in refs:
                citations.append(Span(place.start + ref.start, place.start + ref.end, kind, Citation(ref, kind, note)))
    groups["citations"] = citations
    doc.spans = groups
