"""Decisions extractor: decisions and assignments with their assignees, the
resolutions recorded under agenda items, and proposals kept apart from them.

It reads the span groups of the record (:mod:`kg.document.spans`): the
tasks given to named persons ("Ivanov, Petrov (the draft reply)", "Cdes.
Ivanov, Petrov, + Polish comrades— to prepare ..."), the items of the
resolutions under agenda items ("So far, to keep the embassy.", "Action
taken:"/"Decision:" paragraphs), and the sentences of each turn. A note whose
marker closes a decision and that restates it ("... are to work out ...")
confirms it."""

from __future__ import annotations

from rdflib import Literal

from kg.document.genres.meeting import CONFIRMS_DECISION_RE, PROPOSAL_RE
from kg.document.layouts.notes import without_markers
from kg.document.model import Document, NameEntry, Span
from kg.extract.context import turn_at
from kg.graph import iris
from kg.graph.builder import GraphBuilder, item_iri, note_iri, sitting_iri, turn_iri
from kg.vocab import KG


def extract(doc: Document, b: GraphBuilder) -> None:
    tasks = doc.spans["assignments"]
    for i, turn in enumerate(doc.turns):
        for task in doc.spans.within("assignments", turn.span):
            _task(doc, b, task, turn_iri(doc, i))
        _proposals(doc, b, i, tasks)
    for part in doc.spans["resolution_items"]:
        item = part.value
        where = item_iri(doc, item.item) if item.item is not None else _sitting_of(doc, part)
        inside = doc.spans.within("assignments", part)
        for task in inside:
            _task(doc, b, task, where)
        if not inside and item.states_decision:
            _decision(doc, b, part, where, list(item.assignees), summary=_clean(_without_closing_marker(doc, part, item.words)))


def _sitting_of(doc: Document, span: Span):
    """The sitting whose span holds ``span``, for a resolution under no agenda item."""
    for sitting in doc.sittings:
        if sitting.span.start <= span.start <= sitting.span.end:
            return sitting_iri(doc, sitting.index)
    return sitting_iri(doc, doc.sittings[-1].index) if doc.sittings else None


def _task(doc, b, task: Span, where) -> None:
    _decision(doc, b, task, where, list(task.value.assignees), summary=_clean(task.value.task),
              group=task.value.group)


def _without_closing_marker(doc: Document, part: Span, words: str) -> str:
    """The words of a resolution without the note marker glued to its end ("readied.2")."""
    for marker in doc.markers:
        if part.start < marker.span.start < part.end and not doc.text[marker.span.end:part.end].strip():
            tail = doc.text[marker.span.start:part.end].rstrip()
            if words.rstrip().endswith(tail):
                return words.rstrip()[: -len(tail)]
    return words


def _clean(words: str) -> str:
    return " ".join(without_markers(words).split()).strip(" .")


def _decision(doc, b, span: Span, where, entries: list[NameEntry], *, summary: str, group: str | None = None):
    iri = iris.decision(doc.key, span.start)
    b.node(iri, KG.Decision, doc, [span])
    b.add(iri, KG.summary, Literal(summary))
    b.add(iri, KG.decidedIn, where)
    for entry in entries:
        agent = b.named(doc, entry)
        if agent is not None:
            b.add(iri, KG.assignee, agent)
        b.add(iri, KG.assigneeAsPrinted, Literal(entry.printed))
        if entry.person:
            b.add(iri, KG.roleAsPrinted, Literal(entry.printed))
            b.add(iri, KG.office, Literal(entry.office_key))
    if group:
        b.add(iri, KG.assigneeAsPrinted, Literal(group))
    t = turn_at(doc, span.start)
    if t is not None:
        b.add(iri, KG.decidedIn, sitting_iri(doc, doc.turns[t].sitting))
    elif where is None and doc.sittings:
        # a resolution outside any agenda item or turn belongs to the sitting it is printed in
        sitting = next((s for s in doc.sittings if s.span.start <= span.start <= s.span.end), doc.sittings[-1])
        b.add(iri, KG.decidedIn, sitting_iri(doc, sitting.index))
    for marker in doc.markers:
        if span.start <= marker.span.start <= span.end + 2:
            note = doc.note(marker.number)
            if note is None:
                continue
            words = doc.quote(note.span)
            names = {e.printed for e in entries}
            if CONFIRMS_DECISION_RE.search(words) and (not names or all(n in words for n in names)):
                b.add(iri, KG.confirmedBy, note_iri(doc, marker.number))
    return iri


def _proposals(doc: Document, b: GraphBuilder, i: int, tasks: list[Span]) -> None:
    turn = doc.turns[i]
    if len(turn.speakers) != 1:
        return
    parts = []
    for sent in doc.spans.within("sentences", turn.span):
        if sent.start < turn.body_start:
            sent = Span(turn.body_start, sent.end)
        if any(f.start <= sent.start < f.end for f in tasks):
            continue
        words = doc.quote(sent).strip()
        if words and PROPOSAL_RE.search(words) and not words.endswith("?"):
            parts.append(sent)
    if not parts:
        return
    iri = iris.proposal(doc.key, turn.span.start)
    b.node(iri, KG.Proposal, doc, parts)
    b.add(iri, KG.proposedBy, b.named(doc, turn.speakers[0]))
    b.add(iri, KG.inTurn, turn_iri(doc, i))
    b.add(iri, KG.summary, Literal(" ".join(_clean(doc.quote(p)) + "." for p in parts)))
