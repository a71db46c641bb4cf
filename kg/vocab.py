"""The closed vocabulary of the graph: our own terms (``KG``) and the terms we
reuse from RiC-O, Web Annotation and SEM. Every term the code uses is declared
here; a misspelt term raises ``AttributeError`` at import time instead of
producing a silent new IRI. ``ontology/kg.ttl`` declares the same ``KG`` terms
(a test checks the two agree)."""

from __future__ import annotations

from inspect import get_annotations

from rdflib import Namespace
from rdflib import namespace as _rdflib
from rdflib.namespace import DefinedNamespace  # noqa: F401  (re-exported)
from rdflib.term import URIRef


def _terms_as_attributes(ns: type) -> type:
    """``ns`` with each of its declared terms a plain class attribute.

    A closed namespace answers ``NS.term`` through its metaclass's ``__getattr__``
    (a check that the term is declared, then a cached lookup) on every access;
    the builder, the linker and the shapes read terms in their inner loops, where
    that was about a twentieth of a record's build. The terms are the same IRIs."""
    for cls in ns.__mro__:
        if isinstance(cls, _rdflib.DefinedNamespaceMeta):
            for name, kind in get_annotations(cls).items():  # a string where annotations are postponed
                if kind in (URIRef, "URIRef") and not name.startswith("_") and name not in ns.__dict__:
                    type.__setattr__(ns, name, ns._NS[name])
    return ns


def _reused(ns: type) -> type:
    """rdflib's closed namespace ``ns``, its terms as attributes (in a subclass:
    rdflib's own class is left as it is)."""
    return _terms_as_attributes(type(ns.__name__, (ns,), {"__module__": __name__}))


# re-exported for the extractors
DCTERMS = _reused(_rdflib.DCTERMS)
ORG = _reused(_rdflib.ORG)
OWL = _reused(_rdflib.OWL)
PROV = _reused(_rdflib.PROV)
RDF = _reused(_rdflib.RDF)
RDFS = _reused(_rdflib.RDFS)
SDO = _reused(_rdflib.SDO)
SH = _reused(_rdflib.SH)
SKOS = _reused(_rdflib.SKOS)
TIME = _reused(_rdflib.TIME)
XSD = _reused(_rdflib.XSD)

BASE = "https://w3id.org/kg-archives/"
ID = Namespace(BASE + "id/")
WD = Namespace("http://www.wikidata.org/entity/")


class KG(DefinedNamespace):
    """Local terms, only where no reused vocabulary has one (see ontology/kg.ttl)."""

    _fail = True
    _NS = Namespace(BASE + "ontology#")

    # record and text
    MeetingRecord: URIRef
    Cable: URIRef
    Telegram: URIRef
    Report: URIRef
    Letter: URIRef
    DiaryEntry: URIRef
    Memorandum: URIRef
    MemorandumOfConversation: URIRef
    Article: URIRef  # a publication quoting a record
    RecordText: URIRef  # the text we read: a translation as copied from an archive page
    sha256: URIRef  # hex digest of the text the offsets refer to
    sourceFile: URIRef  # file name the text was read from
    recordIndex: URIRef  # 1-based position of the record in its file
    lineOffset: URIRef  # line of the file at which the record's text begins
    citationAsPrinted: URIRef
    compilerAsPrinted: URIRef
    protocolReference: URIRef  # "Point I of Protocol No. 50" as printed
    startTime: URIRef  # the session's day and start time as the dateline or title gives it (xsd:dateTime)
    # meetings
    Session: URIRef
    Sitting: URIRef
    AgendaItem: URIRef
    SpeechTurn: URIRef
    ParticipantList: URIRef
    ListEntry: URIRef
    heldBy: URIRef  # session -> body
    documentedBy: URIRef  # session -> record text
    hasParticipantList: URIRef
    entry: URIRef  # participant / parenthesis list -> entry
    nameAsPrinted: URIRef
    roleAsPrinted: URIRef  # list entry / turn -> the office by which it names a person ("the Secretary of State")
    office: URIRef  # list entry / turn -> key of the office in data/offices.tsv the role was resolved through
    refersTo: URIRef  # entry / mention -> person, place or body
    addressedBy: URIRef  # agenda item -> person who spoke to it
    inAgendaItem: URIRef  # turn -> item
    supportedBy: URIRef  # turn -> person named in parentheses after the statement as supporting it
    # roles in a session
    RoleInSession: URIRef
    Chair: URIRef
    Absentee: URIRef
    roleType: URIRef
    agent: URIRef
    inSession: URIRef
    # turns
    speaker: URIRef
    speakerAsPrinted: URIRef
    speakerUnknown: URIRef
    openerForm: URIRef
    speechMode: URIRef
    DirectSpeech: URIRef
    ReportedSpeech: URIRef
    NarrativeSpeech: URIRef  # the record says someone spoke, not what they said
    jointTurn: URIRef
    # disagreement and stances (interpretation)
    Disagreement: URIRef
    disagreesWith: URIRef
    inTurn: URIRef
    Interpretation: URIRef
    StanceClaim: URIRef
    stance: URIRef
    Stance: URIRef
    ForForce: URIRef
    ForDecisiveMeasures: URIRef
    ForNegotiation: URIRef
    ReportsConcern: URIRef
    evidence: URIRef
    assertedBy: URIRef
    rule: URIRef
    # decisions
    Decision: URIRef
    Proposal: URIRef
    Assignment: URIRef
    summary: URIRef
    assignee: URIRef
    assigneeAsPrinted: URIRef
    decidedIn: URIRef
    proposedBy: URIRef
    confirmedBy: URIRef
    refersToDecision: URIRef
    # referenced events
    ReferencedEvent: URIRef
    eventKind: URIRef
    dateAsPrinted: URIRef
    mentionedIn: URIRef
    # translator's notes
    TranslatorNote: URIRef
    NoteMarker: URIRef
    noteNumber: URIRef
    noteKind: URIRef
    primaryNoteKind: URIRef
    NoteKind: URIRef
    Explanation: URIRef
    Correction: URIRef
    Uncertainty: URIRef
    SourceCitation: URIRef
    Identification: URIRef
    markerOf: URIRef
    passage: URIRef
    # sources
    Citation: URIRef
    cites: URIRef
    citedIn: URIRef
    asPrinted: URIRef
    folios: URIRef
    foliosAsPrinted: URIRef
    pages: URIRef
    levelLabel: URIRef
    CrossReference: URIRef
    targetNoteNumber: URIRef
    direction: URIRef
    resolved: URIRef
    # entities and mentions
    Mention: URIRef
    spelling: URIRef
    nameKey: URIRef
    # parser warnings kept in the graph
    UnparsedText: URIRef
    warning: URIRef
    # identity linking (kg.link)
    IdentityClaim: URIRef
    Candidate: URIRef
    candidate: URIRef
    score: URIRef
    outcome: URIRef
    Linked: URIRef
    Ambiguous: URIRef
    NotFound: URIRef
    about: URIRef
    authorityKey: URIRef
    # inference marking (kg.reason)
    Speaker: URIRef
    inferredBy: URIRef


class OA(DefinedNamespace):
    """W3C Web Annotation vocabulary: the terms we use."""

    _fail = True
    _NS = Namespace("http://www.w3.org/ns/oa#")

    Annotation: URIRef
    SpecificResource: URIRef
    TextPositionSelector: URIRef
    TextQuoteSelector: URIRef
    TextualBody: URIRef
    hasBody: URIRef
    hasTarget: URIRef
    hasSource: URIRef
    hasSelector: URIRef
    start: URIRef
    end: URIRef
    exact: URIRef
    motivatedBy: URIRef
    commenting: URIRef
    editing: URIRef
    identifying: URIRef


class RICO(DefinedNamespace):
    """Records in Contexts ontology (RiC-O 1.1): the terms we use."""

    _fail = True
    _NS = Namespace("https://www.ica.org/standards/RiC/ontology#")

    Record: URIRef
    RecordSet: URIRef
    CorporateBody: URIRef
    hasRecordSetType: URIRef
    isOrWasIncludedIn: URIRef
    isDirectlyIncludedIn: URIRef
    isIncludedInTransitive: URIRef
    hasOrHadHolder: URIRef
    name: URIRef
    identifier: URIRef
    title: URIRef
    DocumentaryFormType: URIRef
    hasDocumentaryFormType: URIRef
    hasAuthor: URIRef
    hasAddressee: URIRef


class RICRST(DefinedNamespace):
    """RiC-O record set types."""

    _fail = True
    _NS = Namespace("https://www.ica.org/standards/RiC/vocabularies/recordSetTypes#")

    Fonds: URIRef
    Series: URIRef
    File: URIRef


class SEM(DefinedNamespace):
    """Simple Event Model: the terms we use."""

    _fail = True
    _NS = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")

    Event: URIRef
    subEventOf: URIRef
    hasBeginTimeStamp: URIRef
    hasEndTimeStamp: URIRef
    hasTimeStamp: URIRef


for _ns in (KG, OA, RICO, RICRST, SEM):
    _terms_as_attributes(_ns)

PREFIXES = {
    "kg": KG._NS,
    "id": ID,
    "oa": OA._NS,
    "rico": RICO._NS,
    "ric-rst": RICRST._NS,
    "sem": SEM._NS,
    "prov": PROV,
    "org": ORG,
    "dcterms": DCTERMS,
    "schema": SDO,
    "wd": WD,
    "rdfs": RDFS,
    "xsd": XSD,
    "skos": SKOS,
    "time": TIME,
    "owl": OWL,
}


def bind_prefixes(graph) -> None:
    """Bind the project's prefixes on ``graph`` (replacing rdflib's defaults)."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
