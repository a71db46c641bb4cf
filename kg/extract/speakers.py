"""Speakers extractor: speech turns in order per sitting, who spoke (as
printed and as a person), direct or reported speech, joint and unlabelled
turns, explicit disagreement, and stated positions as marked interpretation
with the sentence that supports them."""

from __future__ import annotations

import re

from rdflib import Literal

from kg.document.model import Document, Span
from kg.document.patterns import HONORIFIC, SURNAME
from kg.graph import iris
from kg.graph.builder import GraphBuilder, item_iri, record_iri, sitting_iri, turn_iri, turn_position
from kg.vocab import DCTERMS, KG, PROV, SDO, SEM, XSD

_DISAGREE_RE = re.compile(
    rf"\b(?:I|we)\s+(?:don't|do\s+not|cannot|can't)\s+agree\s+with\s+(?:{HONORIFIC}\s+)?(?P<name>{SURNAME})"
    rf"|\b(?:I|we)\s+(?:disagree|object)\s+(?:with|to)\s+(?:{HONORIFIC}\s+)?(?P<name2>{SURNAME})"
    rf"|\b{HONORIFIC}\s+(?P<name3>{SURNAME})\s+is\s+wrong\b"
)

_NEGATION = re.compile(r"\b(?:not|no|never|without|n't)\b|n't\b", re.IGNORECASE)
_IF_NOT = re.compile(r"\bif\s+we\s+(?:don't|do\s+not)\b", re.IGNORECASE)

# Stance cues: (stance, rule name, pattern). A cue in a sentence with a negation
# does not count, except in "if we don't ..., [bad outcome]" which argues for it.
STANCE_CUES = [
    (KG.ForForce, "occupation-or-force",
     re.compile(r"\b(?:occupation|occupy|use\s+of\s+force|by\s+force|military\s+path|armed\s+intervention)\b", re.I)),
    (KG.ForDecisiveMeasures, "decisive-measures",
     re.compile(r"\b(?:decisive|take\s+measures|can't\s+wait|cannot\s+wait|establish\s+order)\b", re.I)),
    (KG.ForNegotiation, "negotiate-or-support-government",
     re.compile(r"\b(?:negotiat\w*|support\s+(?:the|this)\s+(?:existing\s+|current\s+)?gov\w*|wait\s+another)\b", re.I)),
    (KG.ReportsConcern, "reports-worry",
     re.compile(r"\b(?:(?:are|is|were|was)\s+worried|concerns?\s+(?:about|that))\b", re.I)),
]
_INHERENTLY_NEGATIVE = re.compile(r"can't\s+wait|cannot\s+wait", re.I)


# A sentence ends after . ! ? (and the note marker glued to it), or after a
# parenthesis closing an attribution such as "(Cde. Mikoyan)" before a capital.
# A blank line is a page break, not an end: sentences run across it.
_SENTENCE_END_RE = re.compile(
    r"(?<=[.!?])(?:\(\s?\d{1,3}\s?\))?(?=\s|$|[A-Z“\"])|(?<=\))(?=\s+[A-Z])"
)


_ABBREVIATION_RE = re.compile(
    r"(?:\b(?:Cdes?|Col|Gen|Lieut|Maj|Dr|Mr|Mrs|No|vol|pp?|F|Op|D|Ll?|ob|Sv|polit|counterrev|cf|e\.g|i\.e|"
    r"St|Jr|Sr|Prof|Arch|gov|Comp|ed|eds|trans)\.|(?<![\w.])[A-Z]\.)$"
)


def sentences(doc: Document, span: Span):
    """Sentence spans within ``span`` (split after . ! ? and markers)."""
    text = doc.text
    start = span.start
    for m in _SENTENCE_END_RE.finditer(text[span.start:span.end]):
        end = span.start + m.end()
        if _ABBREVIATION_RE.search(text, max(span.start, end - 12), end):
            continue
        if text[start:end].strip():
            a = start + len(text[start:end]) - len(text[start:end].lstrip())
            yield Span(a, end, "sentence")
        start = end
    if text[start:span.end].strip():
        a = start + len(text[start:span.end]) - len(text[start:span.end].lstrip())
        yield Span(a, span.end, "sentence")


def extract(doc: Document, b: GraphBuilder) -> None:
    compiler = b.graph.value(record_iri(doc), DCTERMS.creator)
    for i, turn in enumerate(doc.turns):
        iri = turn_iri(doc, i)
        position = turn_position(doc, i)
        b.node(iri, KG.SpeechTurn, doc, [turn.span])
        b.add(iri, SEM.subEventOf, sitting_iri(doc, turn.sitting))
        b.add(iri, SDO.position, Literal(position, datatype=XSD.positiveInteger))
        b.add(iri, KG.openerForm, Literal(turn.opener))
        b.add(iri, KG.speechMode, KG.ReportedSpeech if turn.mode == "reported" else KG.DirectSpeech)
        if turn.speaker_printed:
            b.add(iri, KG.speakerAsPrinted, Literal(turn.speaker_printed))
        persons = [b.entity(doc, "person", e.printed, e.span) for e in turn.speakers]
        for p in persons:
            b.add(iri, KG.speaker, p)
        if not persons and not turn.speaker_printed:
            b.add(iri, KG.speakerUnknown, Literal(True))
        if len(persons) > 1:
            b.add(iri, KG.jointTurn, Literal(True))
        for e in turn.supporters:
            b.add(iri, KG.supportedBy, b.entity(doc, "person", e.printed, e.span))
        if turn.item is not None:
            b.add(iri, KG.inAgendaItem, item_iri(doc, turn.item))
        if compiler is not None:
            b.add(iri, PROV.wasAttributedTo, compiler)
        if len(persons) == 1:
            _disagreements(doc, b, iri, persons[0], turn.span)
            _stances(doc, b, iri, persons[0], turn, position)


def _disagreements(doc, b, turn, person, span: Span) -> None:
    for m in _DISAGREE_RE.finditer(doc.text, span.start, span.end):
        group = next(g for g in ("name", "name2", "name3") if m.group(g))
        other_span = Span(m.start(group), m.end(group))
        other = b.entity(doc, "person", m.group(group), other_span)
        if other == person:
            continue
        d = iris.disagreement(doc.key, m.start())
        b.node(d, KG.Disagreement, doc, [_sentence_of(doc, span, m.start())])
        b.add(d, KG.agent, person)
        b.add(d, KG.disagreesWith, other)
        b.add(d, KG.inTurn, turn)


def _sentence_of(doc: Document, span: Span, offset: int) -> Span:
    for s in sentences(doc, span):
        if s.start <= offset < s.end:
            return s
    return span


def _stances(doc, b, turn_node, person, turn, position: int) -> None:
    span = turn.span
    spoken = [(sent, doc.quote(sent)) for sent in sentences(doc, span)]
    for stance, rule, cue in STANCE_CUES:
        evidence = []
        for sent, words in spoken:
            m = cue.search(words)
            if not m:
                continue
            negated = _NEGATION.search(words) and not _INHERENTLY_NEGATIVE.search(m.group(0))
            if negated and not _IF_NOT.search(words):
                continue
            evidence.append(sent)
        if not evidence:
            continue
        claim = iris.stance(doc.key, turn.sitting, position, rule)
        b.node(claim, [KG.StanceClaim, KG.Interpretation], doc, evidence)
        b.add(claim, KG.agent, person)
        b.add(claim, KG.stance, stance)
        b.add(claim, KG.inTurn, turn_node)
        b.add(claim, KG.assertedBy, Literal("kg speakers extractor"))
        b.add(claim, KG.rule, Literal(rule))
        for sent in evidence:
            b.add(claim, KG.evidence, b.span(doc, sent))
