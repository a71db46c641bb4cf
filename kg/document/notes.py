"""Translator's notes and the markers that point to them.

Notes follow a heading ("Translator's Notes", "Translator's Note:"); each
begins with its number (``1 `` or ``1.``); a paragraph without a number
continues the note before it (a page break). Markers in the body are ``(n)``
(glued or spaced), ``[n]`` in copies where ``(1)`` at a line start numbers a
paragraph, or, in book scans, bare numbers glued to a word (``Egypt.165``).
Disagreements between markers and notes are reported, never fatal."""

from __future__ import annotations

import re

from kg.document.layouts.notes import BRACKET_MARKER_RE, GLUED_MARKER_RE, NOTE_START_RE, PAREN_MARKER_RE
from kg.document.model import Document, Marker, Note, Span


def read_notes(doc: Document, lines: list[tuple[int, int]], heading: int | None) -> None:
    if heading is None:
        return
    text = doc.text
    a, b = lines[heading]
    head_line = text[a:b]
    colon = head_line.find(":")
    paragraphs: list[Span] = []
    if colon >= 0 and head_line[colon + 1:].strip(" \t*"):
        start = a + colon + 1
        while text[start] in " \t*":
            start += 1
        paragraphs.append(Span(start, b))
    pos = b
    for m in re.finditer(r"(?:[^\n]*\S[^\n]*(?:\n|$))+", text[pos:]):
        block_start, block_end = pos + m.start(), pos + m.end()
        line_start = block_start
        current = None
        for line in text[block_start:block_end].split("\n"):
            line_end = line_start + len(line)
            if line.strip():
                starts_note = NOTE_START_RE.match(line)
                if current is None or starts_note:
                    if current is not None:
                        paragraphs.append(current)
                    current = Span(line_start, line_end)
                else:
                    current = Span(current.start, line_end)
            line_start = line_end + 1
        if current is not None:
            paragraphs.append(current)
    last = 0
    paragraphs = [p for p in paragraphs if not any(s.start <= p.start < s.end for s in doc.source_lines)]
    for para in paragraphs:
        para = _rstrip(text, para)
        m = NOTE_START_RE.match(text[para.start:para.end])
        number = int(m.group("num")) if m else None
        starts = m is not None and (not doc.notes or last < number <= last + 10)
        if not doc.notes and m is None and para.start < b + 1 and colon >= 0:
            number, starts = 1, True
        if starts:
            num_span = Span(para.start + m.start("num"), para.start + m.end("num")) if m else Span(para.start, para.start)
            doc.notes.append(Note(number, para, num_span, [para]))
            last = number
        elif doc.notes:
            note = doc.notes[-1]
            note.paragraphs.append(para)
            note.span = Span(note.span.start, para.end)
        else:
            doc.unparsed.append(para)
            doc.warn(para.start, "text under the notes heading before the first numbered note was kept as unparsed text", para)


def _rstrip(text: str, span: Span) -> Span:
    end = span.end
    while end > span.start and text[end - 1].isspace():
        end -= 1
    return Span(span.start, end)


def read_markers(doc: Document) -> None:
    """Note markers in the body (and title), in order of the text."""
    if doc.body is None:
        return
    text = doc.text
    start = doc.title.start if doc.title is not None and doc.title.start < doc.body.start else doc.body.start
    region = text[start:doc.body.end]
    brackets = list(BRACKET_MARKER_RE.finditer(region))
    if brackets and doc.notes:
        found = brackets
    else:
        found = [
            m for m in PAREN_MARKER_RE.finditer(region)
            if not (brackets and _at_line_start(region, m.start()))
        ]
    if not found and doc.notes and not brackets:
        numbers = {n.number for n in doc.notes}
        found = [m for m in GLUED_MARKER_RE.finditer(region) if int(m.group(1)) in numbers]
    for m in found:
        s, e = start + m.start(), start + m.end()
        if _inside_header_region(doc, s):
            continue
        if m.group(1) == "*":
            unnumbered = [n for n in doc.notes if n.number_span.start == n.number_span.end]
            if len(unnumbered) != 1:
                continue  # an asterisk calls the one unnumbered note, when there is one
            number = unnumbered[0].number
        else:
            number = int(m.group(1))
        doc.markers.append(Marker(number, Span(s, e, "marker")))


def _at_line_start(region: str, i: int) -> bool:
    j = region.rfind("\n", 0, i)
    return not region[j + 1:i].strip()


def _inside_header_region(doc: Document, offset: int) -> bool:
    return any(f.span.start <= offset < f.span.end for f in doc.fields)


def check_markers(doc: Document) -> None:
    """Warn where markers and notes disagree."""
    numbers = {n.number for n in doc.notes}
    marked = {m.number for m in doc.markers}
    for m in doc.markers:
        if doc.notes and m.number not in numbers:
            doc.warn(m.span.start, f"note marker ({m.number}) has no note {m.number} under the notes heading", m.span)
        elif not doc.notes:
            doc.warn(m.span.start, f"note marker ({m.number}) has no note: the record has no notes section", m.span)
    for n in doc.notes:
        if n.number not in marked:
            doc.warn(n.span.start, f"note {n.number} has no marker ({n.number}) in the text", n.number_span)
    previous = 0
    for m in doc.markers:
        if m.number < previous:
            doc.warn(m.span.start, f"note marker ({m.number}) is out of order: it follows marker ({previous})", m.span)
        previous = max(previous, m.number)
