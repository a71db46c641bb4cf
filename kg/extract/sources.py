"""Sources extractor: archival citations as a RiC-O hierarchy (archive ->
fonds -> series -> file -> the cited leaves as a record), published sources,
and cross-references to notes of the printed edition that this record does
not contain ("Note 146 infra"), kept unresolved."""

from __future__ import annotations

from rdflib import Literal, URIRef

from kg.document.model import Document, Span
from kg.graph import iris
from kg.graph.builder import GraphBuilder, note_iri, record_iri, text_iri
from kg.names import slug
from kg.text.citations.archives import LATER_NAMES
from kg.vocab import KG, RDFS, RICO, RICRST, SDO, XSD

RECORD_SET_TYPES = {"Fonds": RICRST.Fonds, "Series": RICRST.Series, "File": RICRST.File}


def extract(doc: Document, b: GraphBuilder) -> None:
    for rspan in doc.spans["citations"]:
        ref, header = rspan.value.ref, rspan.value.note is None
        citing = text_iri(doc) if header else note_iri(doc, rspan.value.note)
        if rspan.label == "archival":
            source = _archival(doc, b, ref, rspan)
            _citation(doc, b, rspan, source, citing, ref.printed, folios=ref.folios_printed)
            if header and b.graph.value(record_iri(doc), RICO.isOrWasIncludedIn) is None:
                # the first reference of the header places the record; others are copies or related files
                b.add(record_iri(doc), RICO.isOrWasIncludedIn, b.graph.value(source, RICO.isOrWasIncludedIn))
                b.add(record_iri(doc), RICO.identifier, Literal(ref.printed))
        elif rspan.label == "published":
            work = _work(doc, b, ref, rspan)
            _citation(doc, b, rspan, work, citing, ref.printed, pages=ref.pages)
            if header:
                b.add(text_iri(doc), SDO.isPartOf, work)
        else:
            x = iris.xref(doc.key, rspan.start)
            b.node(x, KG.CrossReference, doc, [rspan])
            b.add(x, KG.asPrinted, Literal(ref.printed))
            b.add(x, KG.targetNoteNumber, Literal(ref.number, datatype=XSD.nonNegativeInteger))
            if ref.direction:
                b.add(x, KG.direction, Literal(ref.direction))
            b.add(x, KG.resolved, Literal(False))
            b.add(x, KG.citedIn, citing)


# The standard abbreviation of each kind of archival level. A level is one node
# for every record that cites it, so its label is made from its kind and value,
# never from one record's print ("Fond (F.) 3", OCR "0p. 12"): the forms as
# printed stay on each citation (kg:asPrinted).
LEVEL_ABBREVIATIONS = {"fond": "F.", "opis": "Op.", "delo": "D.", "svazek": "Sv.", "papka": "P.", "aj": "A.j.",
                       "box": "Box", "folder": "Folder", "signature": "sygn.", "collection": "RG",
                       "series": "Series", "unit": "Unit"}


def level_label(kind: str, value: str) -> str:
    """"F. 3", "Op. 12"; a level known by a name ("Whitman File") by the name alone."""
    if not any(ch.isdigit() for ch in value):
        return value
    return f"{LEVEL_ABBREVIATIONS.get(kind, kind.capitalize())} {value}"


def _archival(doc: Document, b: GraphBuilder, ref, span: Span) -> URIRef:
    archive = iris.archive(slug(ref.archive))
    b.node(archive, RICO.CorporateBody, doc, [span])
    b.add(archive, RICO.name, Literal(ref.archive))
    b.add(archive, RDFS.label, Literal(ref.archive))
    later = LATER_NAMES.get(ref.archive)
    if later and later != ref.archive:
        b.add(archive, RICO.name, Literal(later))
    if ref.archive_printed and ref.archive_printed != ref.archive:
        b.add(archive, RICO.name, Literal(ref.archive_printed))
    parent, path = archive, []
    for level in ref.levels:
        if level.kind == "pages":
            continue  # the pages are the leaf's folios, not a record set
        path.append(f"{slug(level.kind)}-{slug(level.value)}")
        node = iris.record_set(slug(ref.archive), path)
        b.node(node, RICO.RecordSet, doc, [span])
        b.add(node, RICO.identifier, Literal(level.value))
        b.add(node, KG.levelLabel, Literal(level_label(level.kind, level.value)))
        if level.rico_type in RECORD_SET_TYPES:
            b.add(node, RICO.hasRecordSetType, RECORD_SET_TYPES[level.rico_type])
        if parent == archive:
            b.add(node, RICO.hasOrHadHolder, archive)
        else:
            b.add(node, RICO.isOrWasIncludedIn, parent)
            b.add(node, RICO.isDirectlyIncludedIn, parent)
        parent = node
    leaf = iris.source(slug(ref.archive), path, slug(ref.folios or "all"))
    b.node(leaf, RICO.Record, doc, [span])
    b.add(leaf, RICO.isOrWasIncludedIn, parent)
    if parent != archive:
        b.add(leaf, RICO.isDirectlyIncludedIn, parent)
    if parent == archive:
        b.add(leaf, RICO.hasOrHadHolder, archive)
    if ref.folios:
        b.add(leaf, KG.folios, Literal(ref.folios))
    return leaf


def _work(doc: Document, b: GraphBuilder, ref, span: Span) -> URIRef:
    work = iris.work(slug(ref.title), slug(ref.volume) if ref.volume else None)
    b.node(work, SDO.CreativeWork, doc, [span])
    b.add(work, SDO.name, Literal(ref.title))
    if ref.volume:
        b.add(work, SDO.volumeNumber, Literal(ref.volume))
    if ref.author:
        start = span.start + ref.printed.find(ref.author) if ref.author in ref.printed else None
        if start is not None:
            b.add(work, SDO.author, b.entity(doc, "person", ref.author, Span(start, start + len(ref.author))))
    return work


def _citation(doc, b, span: Span, target, citing, printed: str, *, folios=None, pages=None) -> URIRef:
    c = iris.citation(doc.key, span.start)
    b.node(c, KG.Citation, doc, [span])
    b.add(c, KG.cites, target)
    b.add(c, KG.citedIn, citing)
    b.add(c, KG.asPrinted, Literal(printed))
    if folios:
        b.add(c, KG.foliosAsPrinted, Literal(folios))
    if pages:
        b.add(c, KG.pages, Literal(pages))
    return c
