"""Decisions extractor: decisions and assignments with their assignees, the
resolutions recorded under agenda items, and proposals kept apart from them.

Forms: "Ivanov, Petrov (the draft reply)", "Cdes. Ivanov, Petrov, + Polish
comrades— to prepare ...", an item's outcome ("So far, to keep the
embassy."), and "Action taken:"/"Decision:" paragraphs. A note whose marker
closes a decision and that restates it ("... are to work out ...") confirms it."""

from __future__ import annotations

import re

from rdflib import Literal

from kg.document.model import Document, NameEntry, Span
from kg.document.patterns import DASH, HONORIFIC, SURNAME
from kg.extract.context import turn_at
from kg.extract.speakers import sentences
from kg.graph.builder import GraphBuilder, item_iri, note_iri, sitting_iri, turn_iri
from kg.vocab import ID, KG

_NAMES = rf"{SURNAME}(?:\s*,\s*{SURNAME})*(?:,?\s*and\s+{SURNAME})?"
_TASK_IN_PARENS_RE = re.compile(
    rf"(?:(?<=^)|(?<=[.)]\s)|(?<=\n))(?P<names>{_NAMES})\s*\((?P<task>(?:the|a|an|to|on|draft)\b[^()]{{2,200}})\)"
)
_ASSIGN_RE = re.compile(
    rf"(?:{HONORIFIC}\s+)?(?P<names>{_NAMES})(?:,?\s*\+\s*(?P<group>[A-Z]\w+\s+comrades))?\s*{DASH}\s*"
    r"(?P<task>to\s+[a-z][^.()]*(?:\([^()]*\))?[^.]*)"
)
_RESOLUTION_RE = re.compile(
    r"^(?:(?:So\s+far|For\s+now|For\s+the\s+time\s+being|Meanwhile)\s*,?\s*)?to\s+[a-z]+"
    r"|^(?:Resolved|Decided|Approve|Approved|Adopt|Adopted|Accept|Accepted|Confirm|Instruct|Entrust|Agreed)\b"
    r"|^(?:Action|Actions)\s+taken\b|^Decision\s*[:.—-]",
)
_CONFIRM_RE = re.compile(r"\b(?:are|is)\s+to\s+[a-z]+|\binstructed\b|\bentrusted\b|\bresolved\b|\bdecided\b")
_PROPOSAL_RE = re.compile(
    r"^(?:We\s+should|We\s+must|We\s+need\s+to|Let\s+us|Let's|I\s+propose|I\s+suggest|I\s+move)\b"
    r"|\b(?:it\s+is\s+)?better\s+(?:now\s+)?to\s+[a-z]+"
    r"|^(?:Delay|Reconsider|Send|Remove|Disarm|Separate|Withdraw|Keep|Establish|Prepare|Postpone|Recall|"
    r"Instruct|Entrust|Adopt|Approve|Reject|Publish|Organize|Convene|Summon|Dispatch|Strengthen|Reply|"
    r"Inform|Tell|Ask|Give|Refuse|Demand|Propose)\b"
    r"|^To\s+the\s+[^.—–]{2,60}?(?:—|–|--)\s*[a-z]+"
)


def extract(doc: Document, b: GraphBuilder) -> None:
    found: list[Span] = []
    for i, turn in enumerate(doc.turns):
        _in_passage(doc, b, turn.span, turn_iri(doc, i), found)
        _proposals(doc, b, i, found)
    for index, span in doc.item_outcomes:
        if _in_passage(doc, b, span, item_iri(doc, index), found):
            continue
        words = doc.quote(span)
        if _RESOLUTION_RE.match(words):
            _decision(doc, b, span, item_iri(doc, index), [], summary=_clean(words))


def _in_passage(doc, b, span: Span, where, found: list[Span]) -> bool:
    text = doc.text
    made = False
    for regex in (_ASSIGN_RE, _TASK_IN_PARENS_RE):
        for m in regex.finditer(text, span.start, span.end):
            if any(f.start <= m.start() < f.end for f in found):
                continue
            if regex is _ASSIGN_RE and m.start() == span.start and text[m.start():m.start() + 3] != "Cde":
                continue
            entries = [NameEntry(x.group(0), Span(m.start("names") + x.start(), m.start("names") + x.end()))
                       for x in re.finditer(SURNAME, m.group("names")) if x.group(0) != "and"]
            if not entries:
                continue
            group = m.groupdict().get("group")
            dspan = Span(m.start(), _end_with_period(text, m.end(), span.end))
            _decision(doc, b, dspan, where, entries, summary=_clean(m.group("task")),
                      group=group)
            found.append(dspan)
            made = True
    return made


def _end_with_period(text: str, end: int, limit: int) -> int:
    m = re.match(r"\)?\.?(?:\(\s?\d{1,3}\s?\))?", text[end:limit])
    return end + (m.end() if m else 0)


def _clean(words: str) -> str:
    words = re.sub(r"\(\s?\d{1,3}\s?\)", "", words)
    return re.sub(r"\s+", " ", words).strip(" .")


def _decision(doc, b, span: Span, where, entries: list[NameEntry], *, summary: str, group: str | None = None):
    iri = ID[f"decision/{doc.key}/{span.start}"]
    b.node(iri, KG.Decision, doc, [span])
    b.add(iri, KG.summary, Literal(summary))
    b.add(iri, KG.decidedIn, where)
    for entry in entries:
        b.add(iri, KG.assignee, b.entity(doc, "person", entry.printed, entry.span))
        b.add(iri, KG.assigneeAsPrinted, Literal(entry.printed))
    if group:
        b.add(iri, KG.assigneeAsPrinted, Literal(group))
    t = turn_at(doc, span.start)
    if t is not None:
        b.add(iri, KG.decidedIn, sitting_iri(doc, doc.turns[t].sitting))
    for marker in doc.markers:
        if span.start <= marker.span.start <= span.end + 2:
            note = doc.note(marker.number)
            if note is None:
                continue
            words = doc.quote(note.span)
            names = {e.printed for e in entries}
            if _CONFIRM_RE.search(words) and (not names or all(n in words for n in names)):
                b.add(iri, KG.confirmedBy, note_iri(doc, marker.number))
    return iri


def _proposals(doc: Document, b: GraphBuilder, i: int, found: list[Span]) -> None:
    turn = doc.turns[i]
    if len(turn.speakers) != 1:
        return
    parts = []
    for sent in sentences(doc, turn.span):
        if sent.start < turn.body_start:
            sent = Span(turn.body_start, sent.end)
        if any(f.start <= sent.start < f.end for f in found):
            continue
        words = doc.quote(sent).strip()
        if words and _PROPOSAL_RE.search(words) and not words.endswith("?"):
            parts.append(sent)
    if not parts:
        return
    iri = ID[f"proposal/{doc.key}/{turn.span.start}"]
    b.node(iri, KG.Proposal, doc, parts)
    b.add(iri, KG.proposedBy, b.entity(doc, "person", turn.speakers[0].printed, turn.speakers[0].span))
    b.add(iri, KG.inTurn, turn_iri(doc, i))
    b.add(iri, KG.summary, Literal(" ".join(_clean(doc.quote(p)) + "." for p in parts)))
