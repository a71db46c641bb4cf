"""Decisions extractor: decisions and assignments with their assignees, the
resolutions recorded under agenda items, and proposals kept apart from them.

Forms: "Ivanov, Petrov (the draft reply)", "Cdes. Ivanov, Petrov, + Polish
comrades— to prepare ...", an item's outcome ("So far, to keep the
embassy."), and "Action taken:"/"Decision:" paragraphs. A note whose marker
closes a decision and that restates it ("... are to work out ...") confirms it."""

from __future__ import annotations

import re

from rdflib import Literal

from kg.text import one_line
from kg.document.model import Document, NameEntry, Span
from kg.document.patterns import DASH, HONORIFIC, SURNAME
from kg.extract.context import turn_at
from kg.extract.speakers import sentences
from kg.graph import iris
from kg.graph.builder import GraphBuilder, item_iri, note_iri, sitting_iri, turn_iri
from kg.vocab import KG

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
    r"|^To\s+[a-z]+"
    r"|^(?:Resolved|Decided|Approve|Approved|Adopt|Adopted|Accept|Accepted|Confirm|Instruct|Entrust|Agreed|Discussed|Noted)\b"
    r"|^(?:Action|Actions)\s+taken\b|^Decision\s*[:.—-]"
    r"|\b(?:approves|decides|resolves|adopts|instructs|accepts|rejects|agrees|noted|remains\s+in\s+force)\b"
    r"|\b(?:is|are)\s+to\s+(?:be\s+)?[a-z]+",
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
    for index, span in doc.resolutions:
        where = item_iri(doc, index) if index is not None else None
        for part in _resolution_parts(doc, span):
            if _in_passage(doc, b, part, where, found):
                continue
            words = doc.quote(part)
            if _RESOLUTION_RE.search(words) or _ITEM_LEAD_RE.match(words):
                _decision(doc, b, part, where, _named_assignees(doc, part), summary=_summary(_strip_lead(words)))
                found.append(part)


# "Resolution:" / "Action taken:" followed by "(1) ...", "1. ...", "a. ..." items.
_ITEM_LEAD_RE = re.compile(r"^\s*(?:\(\d{1,2}\)|\d{1,2}\.|[a-h]\.)\s+")
_HEAD_RE = re.compile(r"(?:Resolution|Resolved|Decision|Decided|Actions?\s+taken)\s*[:.—-]?\s*", re.I)


def _resolution_parts(doc: Document, span: Span) -> list[Span]:
    """A resolution paragraph split into its numbered or lettered items."""
    text = doc.text
    head = _HEAD_RE.match(text, span.start, span.end)
    start = head.end() if head else span.start
    parts, current = [], None
    pos = start
    for line in text[start:span.end].split("\n"):
        a, z = pos, pos + len(line)
        pos = z + 1
        if not line.strip():
            continue
        if current is None or _ITEM_LEAD_RE.match(line):
            if current is not None:
                parts.append(current)
            current = Span(a + len(line) - len(line.lstrip()), z)
        else:
            current = Span(current.start, z)
    if current is not None:
        parts.append(current)
    return parts


def _strip_lead(words: str) -> str:
    """The words without a leading "Resolution:" or "(1)"."""
    head = _HEAD_RE.match(words)
    words = words[head.end():] if head else words
    return _ITEM_LEAD_RE.sub("", words, count=1)


_NAMED_RE = re.compile(rf"(?:{HONORIFIC}\s+)(?P<names>{_NAMES})\s+(?:is|are)\s+to\b")


def _named_assignees(doc: Document, span: Span) -> list[NameEntry]:
    """Assignees of "Comrades Münnich and Apró are to meet ..."."""
    m = _NAMED_RE.search(doc.text, span.start, span.end)
    if not m:
        return []
    return [NameEntry(x.group(0), Span(m.start("names") + x.start(), m.start("names") + x.end()))
            for x in re.finditer(SURNAME, m.group("names")) if x.group(0) != "and"]


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
            _decision(doc, b, dspan, where, entries, summary=_summary(m.group("task")),
                      group=group)
            found.append(dspan)
            made = True
    return made


def _end_with_period(text: str, end: int, limit: int) -> int:
    m = re.match(r"\)?\.?(?:\(\s?\d{1,3}\s?\))?", text[end:limit])
    return end + (m.end() if m else 0)


def _summary(words: str) -> str:
    """The words of a decision on one line, without note markers or a final period."""
    return one_line(re.sub(r"\(\s?\d{1,3}\s?\)", "", words)).strip(" .")


def _decision(doc, b, span: Span, where, entries: list[NameEntry], *, summary: str, group: str | None = None):
    iri = iris.decision(doc.key, span.start)
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
    iri = iris.proposal(doc.key, turn.span.start)
    b.node(iri, KG.Proposal, doc, parts)
    b.add(iri, KG.proposedBy, b.entity(doc, "person", turn.speakers[0].printed, turn.speakers[0].span))
    b.add(iri, KG.inTurn, turn_iri(doc, i))
    b.add(iri, KG.summary, Literal(" ".join(_summary(doc.quote(p)) + "." for p in parts)))
