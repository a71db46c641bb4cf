"""Session extractor: the record, its text, the session, its sittings,
participant lists, agenda items, and the chair and absentees where the text
or its notes say so."""

from __future__ import annotations

from functools import lru_cache
from pathlib import PurePath

from rdflib import Literal

from kg.document.correspondents import is_body, printed_at
from kg.document.genres.documents import MEETING, MEMCON
from kg.document.layouts.article import ARTICLE
from kg.document.genres.meeting import ABSENT_RES, BODY_IN_TITLE_RE, CHAIR_RES, PROTOCOL_REFERENCE_RE
from kg.document.layouts.archive_page import (
    COMPILER_RE,
    DOCUMENT_ID_RE,
    HOLDER_RE,
    NOT_HOLDERS_RE,
    TRANSLATION_LANGUAGE_RE,
    URL_RE,
    WORD_RE,
)
from kg.document.model import Document, NameEntry, Span
from kg.document.title import title_span, title_text
from kg.extract.gazetteer import load_gazetteer
from kg.graph import iris
from kg.graph.builder import (
    GraphBuilder,
    date_literal,
    item_iri,
    record_iri,
    session_iri,
    sitting_iri,
    text_iri,
)
from kg.text.sentences import sentence_around
from kg.vocab import DCTERMS, KG, RICO, SDO, SEM, XSD

LANGUAGES = {
    "russian": "ru", "english": "en", "hungarian": "hu", "czech": "cs", "slovak": "sk", "polish": "pl",
    "german": "de", "chinese": "zh", "romanian": "ro", "bulgarian": "bg", "french": "fr",
    "serbo-croatian": "sh", "serbian": "sr", "croatian": "hr", "italian": "it", "spanish": "es",
}

# The documentary forms of kg.document.genres.documents as terms of the ontology.
FORMS = {MEETING: KG.MeetingRecord, "cable": KG.Cable, "telegram": KG.Telegram, "report": KG.Report,
         "letter": KG.Letter, "diary entry": KG.DiaryEntry, "memorandum": KG.Memorandum,
         MEMCON: KG.MemorandumOfConversation, ARTICLE: KG.Article}


def extract(doc: Document, b: GraphBuilder) -> None:
    _record(doc, b)
    _correspondence(doc, b)
    if doc.form in (None, MEETING, MEMCON, ARTICLE):  # an article: the session it quotes
        _session(doc, b)
        _roles(doc, b)
    _sittings(doc, b)
    _agenda(doc, b)


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    return frozenset(form for kind, form, _ in load_gazetteer() if kind == "place")


def _correspondence(doc: Document, b: GraphBuilder) -> None:
    """The record's form, author, addressees and place of writing."""
    record = record_iri(doc)
    if doc.form in FORMS:
        b.add(record, RICO.hasDocumentaryFormType, FORMS[doc.form])
    recipients = doc.recipient if isinstance(doc.recipient, list) else [doc.recipient] if doc.recipient else []
    for prop, names in ((RICO.hasAuthor, [doc.author] if doc.author else []), (RICO.hasAddressee, recipients)):
        for name in names:
            span = printed_at(doc, name)
            if span is not None and name not in _place_names():  # "Cable ... to Prague" names a place, not a person
                b.add(record, prop, b.entity(doc, "body" if is_body(name) else "person", name, span))
    if doc.place and doc.dateline is not None:
        span = printed_at(doc, doc.place)
        if span is not None:
            b.add(record, SDO.locationCreated, b.entity(doc, "place", doc.place, span))


def _record(doc: Document, b: GraphBuilder) -> None:
    text, record = text_iri(doc), record_iri(doc)
    title = title_text(doc)
    b.node(text, [KG.RecordText, SDO.CreativeWork], doc, [doc.title] if doc.title else [])
    b.add(text, KG.sha256, Literal(doc.sha256))
    b.add(text, SDO.text, Literal(doc.text))
    b.add(text, KG.sourceFile, Literal(PurePath(doc.path).name))
    b.add(text, KG.recordIndex, Literal(doc.index, datatype=XSD.positiveInteger))
    b.add(text, KG.lineOffset, Literal(doc.line_offset, datatype=XSD.nonNegativeInteger))
    b.add(text, SDO.translationOfWork, record)
    if title:
        b.add(text, DCTERMS.title, Literal(title, lang="en"))
    if doc.header_title is not None:
        page_title = " ".join(doc.quote(doc.header_title).replace("**", "").split())
        b.add(text, DCTERMS.alternative, Literal(page_title, lang="en"))
        b.node(text, [], doc, [doc.header_title])
    contents = doc.field("Contents")
    target_lang = "en"
    if contents:
        m = TRANSLATION_LANGUAGE_RE.search(doc.quote(contents.span))
        if m:
            target_lang = LANGUAGES.get(m.group(1).lower(), target_lang)
    b.add(text, SDO.inLanguage, Literal(target_lang))

    b.node(record, RICO.Record, doc, [doc.title] if doc.title else [])
    if title:
        b.add(record, DCTERMS.title, Literal(title, lang="en"))
    if doc.date:
        b.add(record, DCTERMS.date, date_literal(doc.date))
        b.node(record, [], doc, [doc.date_span])
    original = doc.field("Original Language")
    if original:
        for word in WORD_RE.findall(doc.quote(original.span)):
            if word.lower() in LANGUAGES:
                b.add(record, SDO.inLanguage, Literal(LANGUAGES[word.lower()]))
        b.node(record, [], doc, [original.span])
    summary = doc.field("Summary")
    if summary:
        b.add(text, DCTERMS.abstract, Literal(doc.quote(summary.span), lang="en"))
        b.node(text, [], doc, [summary.span])
    citation = doc.field("Citation") or doc.field("Source")
    if citation:
        quoted = doc.quote(citation.span)
        b.add(text, KG.citationAsPrinted, Literal(quoted))
        b.add(text, DCTERMS.bibliographicCitation, Literal(" ".join(quoted.split())))
        b.node(text, [], doc, [citation.span])
        url = URL_RE.search(quoted)
        if url:
            b.add(text, SDO.url, Literal(url.group(0), datatype=XSD.anyURI))
            ident = DOCUMENT_ID_RE.search(url.group(0))
            if ident:
                b.add(text, SDO.identifier, Literal(ident.group(1)))
        holder = HOLDER_RE.search(quoted)
        if holder and not NOT_HOLDERS_RE.match(holder.group(1)):
            hs = citation.span.start + holder.start(1)
            body = b.entity(doc, "body", holder.group(1), Span(hs, hs + len(holder.group(1))))
            b.add(text, SDO.provider, body)
        comp = COMPILER_RE.search(quoted)
        if comp:
            cs = citation.span.start + comp.start("name")
            person = b.entity(doc, "person", comp.group("name"), Span(cs, cs + len(comp.group("name"))))
            b.add(record, DCTERMS.creator, person)
            b.add(record, KG.compilerAsPrinted, Literal(comp.group("name")))


def _session(doc: Document, b: GraphBuilder) -> None:
    session = session_iri(doc)
    b.node(session, KG.Session, doc, [doc.title] if doc.title else [doc.body])
    title = title_text(doc)
    if title:
        b.add(session, DCTERMS.title, Literal(title, lang="en"))
    if doc.date:
        b.add(session, SEM.hasTimeStamp, date_literal(doc.date))
    if doc.date and doc.start_time and doc.start_time_span:
        # xsd:dateTime, not xsd:time: OWL 2 (and HermiT) knows no xsd:time
        b.add(session, KG.startTime, Literal(f"{doc.date.isoformat()}T{doc.start_time}:00", datatype=XSD.dateTime))
        b.node(session, [], doc, [doc.start_time_span])
    b.add(session, KG.documentedBy, text_iri(doc))
    if doc.title:
        own = title_span(doc)  # without a glued note marker ("... Council1")
        m = BODY_IN_TITLE_RE.search(doc.quote(own))
        if m:
            s = own.start + m.start("body")
            name = " ".join(m.group("body").split()).strip(" *")
            body = b.entity(doc, "body", name, Span(s, own.start + m.end("body")))
            b.add(session, KG.heldBy, body)
    for p in doc.preamble:
        m = PROTOCOL_REFERENCE_RE.search(doc.quote(p))
        if m:
            b.add(session, KG.protocolReference, Literal(m.group(0)))
            b.node(session, [], doc, [Span(p.start + m.start(), p.start + m.end())])
    for plist in doc.participant_lists:
        if plist.source == "title":
            lst = iris.guest_list(doc.key)
            _list(doc, b, lst, plist.entries, plist.span, "with participation by")
            b.add(session, KG.hasParticipantList, lst)
            for entry in plist.entries:
                b.add(session, SDO.attendee, b.entity(doc, "person", entry.printed, entry.span))


def _list(doc: Document, b: GraphBuilder, iri, entries: list[NameEntry], span: Span, heading: str) -> None:
    b.node(iri, KG.ParticipantList, doc, [span])
    b.add(iri, SDO.name, Literal(heading))
    for pos, entry in enumerate(entries, start=1):
        e = iris.entry(doc.key, entry.span.start)
        b.node(e, KG.ListEntry, doc, [entry.span])
        b.add(e, KG.nameAsPrinted, Literal(entry.printed))
        b.add(e, SDO.position, Literal(pos, datatype=XSD.positiveInteger))
        b.add(e, KG.refersTo, b.named(doc, entry))
        if entry.person:
            b.add(e, KG.roleAsPrinted, Literal(entry.printed))
            b.add(e, KG.office, Literal(entry.office_key))
        b.add(iri, KG.entry, e)


def _sittings(doc: Document, b: GraphBuilder) -> None:
    session = session_iri(doc)
    for sitting in doc.sittings:
        s = sitting_iri(doc, sitting.index)
        b.node(s, KG.Sitting, doc, [sitting.span])
        b.add(s, SEM.subEventOf, session)
        b.add(s, SDO.position, Literal(sitting.index, datatype=XSD.positiveInteger))
        if sitting.participant_list is not None:
            plist = doc.participant_lists[sitting.participant_list]
            # a list printed once for several sittings (the days of talks) is one list, named by its first sitting
            first = next(x.index for x in doc.sittings if x.participant_list == sitting.participant_list)
            lst = iris.participant_list(doc.key, first)
            if first == sitting.index:
                _list(doc, b, lst, plist.entries, plist.span, plist.heading)
            b.add(s, KG.hasParticipantList, lst)
            for entry in plist.entries:
                b.add(s, SDO.attendee, b.named(doc, entry))


def _agenda(doc: Document, b: GraphBuilder) -> None:
    counts: dict[object, int] = {}
    for i, item in enumerate(doc.agenda):
        iri = item_iri(doc, i)
        parent = item_iri(doc, item.parent) if item.parent is not None else sitting_iri(doc, item.sitting)
        counts[parent] = counts.get(parent, 0) + 1
        b.node(iri, KG.AgendaItem, doc, [item.span])
        b.add(iri, DCTERMS.title, Literal(item.title, lang="en"))
        b.add(iri, SEM.subEventOf, parent)
        b.add(iri, SDO.position, Literal(counts[parent], datatype=XSD.positiveInteger))
        for pos, entry in enumerate(item.names, start=1):
            e = iris.entry(doc.key, entry.span.start)
            person = b.named(doc, entry)
            b.node(e, KG.ListEntry, doc, [entry.span])
            b.add(e, KG.nameAsPrinted, Literal(entry.printed))
            b.add(e, SDO.position, Literal(pos, datatype=XSD.positiveInteger))
            b.add(e, KG.refersTo, person)
            b.add(iri, KG.entry, e)
            b.add(iri, KG.addressedBy, person)


def _roles(doc: Document, b: GraphBuilder) -> None:
    session = session_iri(doc)
    regions = [n.span for n in doc.notes] + ([doc.body] if doc.body else [])
    listed = {KG.Chair: [(e, pl.span) for pl in doc.participant_lists for e in pl.chair],
              KG.Absentee: [(e, pl.span) for pl in doc.participant_lists for e in pl.absent]}
    for kind, regexes in ((KG.Chair, CHAIR_RES), (KG.Absentee, ABSENT_RES)):
        seen = set()
        for entry, list_span in listed[kind]:
            person = b.named(doc, entry)
            if person is None or person in seen:
                continue
            seen.add(person)
            _role(doc, b, session, kind, person, _line_of(doc, entry.span, list_span))
        for region in regions:
            for regex in regexes:
                for m in regex.finditer(doc.text, region.start, region.end):
                    if any(pl.span.start <= m.start() < pl.span.end for pl in doc.participant_lists):
                        continue  # a list's chair is the list reader's ("Grechko, Minister of Defence (in the Chair)")
                    name_span = Span(m.start("name"), m.end("name"))
                    person = b.entity(doc, "person", m.group("name"), name_span)
                    if person in seen:
                        continue
                    seen.add(person)
                    a, z = sentence_around(doc.text, m.start(), m.end())
                    _role(doc, b, session, kind, person, Span(a, z, "sentence"))


def _role(doc: Document, b: GraphBuilder, session, kind, person, evidence: Span) -> None:
    key = str(b.graph.value(person, KG.nameKey))
    role = iris.role(doc.key, "chair" if kind == KG.Chair else "absent", key)
    b.node(role, KG.RoleInSession, doc, [evidence])
    b.add(role, KG.roleType, kind)
    b.add(role, KG.agent, person)
    b.add(role, KG.inSession, session)


def _line_of(doc: Document, span: Span, within: Span) -> Span:
    """The line of the list that names the chair or the absentee."""
    a = doc.text.rfind("\n", within.start, span.start) + 1 or within.start
    z = doc.text.find("\n", span.end, within.end)
    return Span(max(a, within.start), within.end if z < 0 else z, "list-line")
