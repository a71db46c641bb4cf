"""Tasks given to named persons in a passage: "Ivanov, Petrov (the draft
reply)", "Cdes. Ivanov, Petrov, + Polish comrades— to prepare ...",
"Comrades Münnich and Apró are to meet ...", and the items of a resolution
paragraph ("Resolution: (1) ... (2) ...")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.document.genres.meeting import (
    ACTING_BODY_HEAD_RE,
    ALTERNATIVE_HEAD_RE,
    DECISION_WORDING_RE,
    IMPERATIVE_LINE_RE,
    ITEM_LEAD_RE,
    NAMED_TASK_RE,
    RESOLUTION_HEAD_RE,
    RESPONSIBLE_LINE_RE,
    TASK_AFTER_DASH_RE,
    TASK_END_RE,
    TASK_IN_PARENS_RE,
)
from kg.document.assignees import decision_assignees
from kg.document.model import Document, NameEntry, Span
from kg.text.names import SURNAME
from kg.text.sentences import sentences


@dataclass(frozen=True)
class Assignment:
    """A task: who must carry it out (as printed), what, and a group named
    beside them ("Polish comrades")."""

    assignees: tuple[NameEntry, ...]
    task: str
    group: str | None = None


@dataclass(frozen=True)
class ResolutionItem:
    """One item of a resolution paragraph: the agenda item it belongs to, the
    words without their lead ("Resolution:", "(1)"), whether they state a
    decision, and the persons "Comrades X and Y are to ..." names."""

    item: int | None
    words: str
    states_decision: bool
    assignees: tuple[NameEntry, ...]


def _entries(m: re.Match) -> tuple[NameEntry, ...]:
    base = m.start("names")
    return tuple(NameEntry(x.group(0), Span(base + x.start(), base + x.end()))
                 for x in re.finditer(SURNAME, m.group("names")) if x.group(0) != "and")


def find_assignments(doc: Document, passage: Span) -> list[Span]:
    """Task spans in ``passage`` (label "assignment", value :class:`Assignment`),
    dash forms first, then names before a parenthesis."""
    text = doc.text
    found: list[Span] = []
    for regex in (TASK_AFTER_DASH_RE, TASK_IN_PARENS_RE):
        for m in regex.finditer(text, passage.start, passage.end):
            if any(f.start <= m.start() < f.end for f in found):
                continue
            if regex is TASK_AFTER_DASH_RE and m.start() == passage.start and text[m.start():m.start() + 3] != "Cde":
                continue
            entries = _entries(m)
            if not entries:
                continue
            tail = TASK_END_RE.match(text, m.end(), passage.end)
            task = Assignment(entries, m.group("task"), m.groupdict().get("group"))
            found.append(Span(m.start(), tail.end(), "assignment", task))
    return found


# The words before a task that lost its full stop: a word that ends no clause.
_RUN_ON_RE = re.compile(r"\s(?!(?:that|and|or|which|whereby|where|so)\s)[a-z]{3,}\s+$")
_NEXT_TASK_RE = re.compile(r";\s+(?=(?:[A-Z][\w.]*\s+){1,3}to\s+[a-z])")


def _tasks_of(text: str, part: Span) -> list[Span]:
    """An item that gives several tasks, separated by semicolons: "A and B to ...; C to ...",
    or run on where a flattened copy lost the full stop: "... in the evening Cdes X and Y are to ..."."""
    cuts = [(m.start(), m.end()) for m in _NEXT_TASK_RE.finditer(text, part.start, part.end)]
    cuts += [(m.start(), m.start()) for m in NAMED_TASK_RE.finditer(text, part.start, part.end)
             if _RUN_ON_RE.search(text, part.start, m.start())]
    out, pos = [], part.start
    for start, end in sorted(cuts):
        out.append(Span(pos, _rstrip(text, pos, start)))
        pos = end
    out.append(Span(pos, part.end))
    return out


def _rstrip(text: str, a: int, b: int) -> int:
    while b > a and text[b - 1].isspace():
        b -= 1
    return b
_INLINE_ITEM_RE = re.compile(r"(?<=[.;])\s+(?=\(\d{1,2}\)\s+[A-Z])")


def _inline_items(text: str, part: Span) -> list[Span]:
    """Items run together on one line, as a PDF copy flattens them: "(1) Took note ... . (2) Invited ..."."""
    out, pos = [], part.start
    for m in _INLINE_ITEM_RE.finditer(text, part.start, part.end):
        out.append(Span(pos, m.start()))
        pos = m.end()
    out.append(Span(pos, part.end))
    return out


def _decisions_in(text: str, part: Span) -> list[Span]:
    """A resolution item whose sentences each state a decision ("The Presidium
    agrees to ... . Comrades X and Y are to ...") as one item per sentence."""
    pieces = [Span(a, z) for a, z in sentences(text, part.start, part.end)]
    if len(pieces) > 1 and all(DECISION_WORDING_RE.search(text[p.start:p.end]) for p in pieces):
        return pieces
    return [part]


def resolution_items(doc: Document, agenda_item: int | None, span: Span) -> list[Span]:
    """A resolution paragraph split into its numbered or lettered items
    (label "resolution-item", value :class:`ResolutionItem`)."""
    text = doc.text
    head = RESOLUTION_HEAD_RE.match(text, span.start, span.end)
    start = head.end() if head else span.start
    parts: list[Span] = []
    current = None
    pos = start
    for line in text[start:span.end].split("\n"):
        a, z = pos, pos + len(line)
        pos = z + 1
        if not line.strip():
            continue
        follows = current is not None and text[current.end - 1:current.end] == "." and line.lstrip()[:1].isupper()
        if current is not None and RESPONSIBLE_LINE_RE.match(line):
            current = Span(current.start, z)  # who answers for the item above, and by when
        elif current is None or ITEM_LEAD_RE.match(line) or IMPERATIVE_LINE_RE.match(line) or follows:
            if current is not None:
                parts.append(current)
            current = Span(a + len(line) - len(line.lstrip()), z)
        else:
            current = Span(current.start, z)
    if current is not None:
        parts.append(current)
    parts = [piece for part in parts for piece in _inline_items(text, part)]
    parts = [piece for part in parts for piece in _decisions_in(text, part)]
    parts = [piece for part in parts for piece in _tasks_of(text, part)]
    out = []
    for part in parts:
        words = text[part.start:part.end]
        states = bool(DECISION_WORDING_RE.search(words) or ITEM_LEAD_RE.match(words) or head)
        states = states and not ACTING_BODY_HEAD_RE.fullmatch(words) and not ALTERNATIVE_HEAD_RE.match(words)
        lead = RESOLUTION_HEAD_RE.match(words)
        bare = ITEM_LEAD_RE.sub("", words[lead.end():] if lead else words, count=1)
        named = NAMED_TASK_RE.search(text, part.start, part.end)
        assignees = _entries(named) if named else ()
        if states and not assignees:
            assignees = decision_assignees(doc, part.start, part.end)
        out.append(Span(part.start, part.end, "resolution-item", ResolutionItem(agenda_item, bare, states, assignees)))
    return out
