"""Speakers extractor: speech turns in order per sitting, who spoke (as
printed and as a person), direct or reported speech, joint and unlabelled
turns, explicit disagreement, and stated positions as marked interpretation
with the sentence that supports them."""

from __future__ import annotations

from rdflib import Literal

from kg.document.model import Document, Span
from kg.graph import iris
from kg.graph.builder import GraphBuilder, item_iri, record_iri, sitting_iri, turn_iri, turn_position
from kg.text.stances import DISAGREE_RE, STANCE_CUES, stance_cue
from kg.vocab import DCTERMS, KG, PROV, SDO, SEM, XSD

# The stances of kg.text.stances as terms of the ontology.
STANCES = {"ForForce": KG.ForForce, "ForDecisiveMeasures": KG.ForDecisiveMeasures,
           "ForNegotiation": KG.ForNegotiation, "ReportsConcern": KG.ReportsConcern}


MODES = {"direct": KG.DirectSpeech, "reported": KG.ReportedSpeech, "narrative": KG.NarrativeSpeech}


def extract(doc: Document, b: GraphBuilder) -> None:
    compiler = b.graph.value(record_iri(doc), DCTERMS.creator)
    for i, turn in enumerate(doc.turns):
        iri = turn_iri(doc, i)
        position = turn_position(doc, i)
        b.node(iri, KG.SpeechTurn, doc, [turn.span])
        b.add(iri, SEM.subEventOf, sitting_iri(doc, turn.sitting))
        b.add(iri, SDO.position, Literal(position, datatype=XSD.positiveInteger))
        b.add(iri, KG.openerForm, Literal(turn.opener))
        b.add(iri, KG.speechMode, MODES.get(turn.mode, KG.DirectSpeech))
        if turn.speaker_printed:
            b.add(iri, KG.speakerAsPrinted, Literal(turn.speaker_printed))
        persons = [b.named(doc, e) for e in turn.speakers]
        for e in turn.speakers:
            if e.person:
                b.add(iri, KG.roleAsPrinted, Literal(e.printed))
                b.add(iri, KG.office, Literal(e.office_key))
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
    for m in DISAGREE_RE.finditer(doc.text, span.start, span.end):
        group = next(g for g in ("name", "name2", "name3", "name4") if m.group(g))
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
    return next((s for s in doc.spans.within("sentences", span) if s.start <= offset < s.end), span)


def _stances(doc, b, turn_node, person, turn, position: int) -> None:
    span = turn.span
    spoken = [(sent, doc.quote(sent)) for sent in doc.spans.within("sentences", span)]
    for name, rule, cue in STANCE_CUES:
        evidence = [sent for sent, words in spoken if stance_cue(words, cue)]
        if not evidence:
            continue
        stance = STANCES[name]
        claim = iris.stance(doc.key, turn.sitting, position, rule)
        b.node(claim, [KG.StanceClaim, KG.Interpretation], doc, evidence)
        b.add(claim, KG.agent, person)
        b.add(claim, KG.stance, stance)
        b.add(claim, KG.inTurn, turn_node)
        b.add(claim, KG.assertedBy, Literal("kg speakers extractor"))
        b.add(claim, KG.rule, Literal(rule))
        for sent in evidence:
            b.add(claim, KG.evidence, b.span(doc, sent))
