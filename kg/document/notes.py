"""Translator's notes and the markers that point to them.

Notes follow a heading ("Translator's Notes", "Translator's Note:"); each
begins with its number (``1 `` or ``1.``); a paragraph without a number
continues the note before it (a page break). Markers in the body are ``(n)``
(glued or spaced), ``[n]`` in copies where ``(1)`` at a line start numbers a
paragraph, or, in book scans, bare numbers glued to a word (``Egypt.165``).
Disagreements between markers and notes are reported, never fatal."""

from __future__ import annotations

import re

from kg.document.layouts.archive_page import SOURCE_LINE_RE
from kg.document.layouts.web_page import is_furniture
from kg.text.citations import find_archival_refs
from kg.document.layouts.edition import GLUED_TITLE_MARKER_RE
from kg.document.layouts.notes import (
    BRACKET_MARKER_RE, GLUED_MARKER_RE, NOTE_START_RE, PAREN_MARKER_RE, RULE_RE, SOURCE_NOTE_RE,
)
from kg.document.model import Document, Marker, Note, Span


def find_unheaded_notes(doc: Document, lines: list[tuple[int, int]], first: int) -> int | None:
    """The line where notes without a heading begin: a run of numbered notes
    closing the record (source lines may follow them), numbered 1, 2, ... or
    continuing a book's numbering, when the first is an edition's source note
    or the text before them calls one of them with a marker."""
    text = doc.text
    blocks: list[list[int]] = []  # paragraphs as lists of line indexes, from the end
    for i in range(len(lines) - 1, first - 1, -1):
        line = text[lines[i][0]:lines[i][1]]
        if not line.strip():
            if blocks and blocks[-1]:
                blocks.append([])
            continue
        if not blocks:
            blocks.append([])
        blocks[-1].insert(0, i)
    starts: list[tuple[int, int]] = []  # (line, number), from the end
    for block in blocks:
        if not block:
            continue
        first_line = text[lines[block[0]][0]:lines[block[0]][1]]
        if all(_not_text(text[lines[k][0]:lines[k][1]]) for k in block):
            continue  # a source line, an archive's reference, a running head below the notes
        if not NOTE_START_RE.match(first_line):
            break
        found = [(k, int(m.group("num"))) for k in block
                 if (m := NOTE_START_RE.match(text[lines[k][0]:lines[k][1]]))]
        starts = found + starts
    if not starts:
        return None
    numbers = [n for _, n in starts]
    if any(b != a + 1 for a, b in zip(numbers, numbers[1:])):
        return None
    line = starts[0][0]
    body = text[lines[first][0]:lines[line][0]] if first < len(lines) else ""
    called = any(_called(body, n) for n in numbers)
    if SOURCE_NOTE_RE.match(text[lines[line][0]:lines[line][1]]) or called:
        return line
    return None


def _not_text(line: str) -> bool:
    refs = find_archival_refs(line)
    return bool(SOURCE_LINE_RE.match(line) or is_furniture(line) or (refs and refs[0].start == 0))


def _called(body: str, number: int) -> bool:
    """Whether ``body`` calls note ``number`` with a marker inside a line
    (a "(1)" that opens a line numbers an item, not a note)."""
    return bool(re.search(rf"(?<=\S)[ \t]?(?:\({number}\)|\[{number}\])|(?<=[A-Za-z.,;:!?”\"’')]){number}(?=[\s,.;:]|$)",
                          body))


def read_notes(doc: Document, lines: list[tuple[int, int]], heading: int | None, first: int | None = None) -> None:
    """The notes under the heading at line ``heading``, or, without a
    heading, from line ``first`` on."""
    if heading is None and first is None:
        return
    text = doc.text
    a, b = lines[heading] if heading is not None else (lines[first][0], lines[first][0])
    head_line = text[a:b]
    colon = head_line.find(":") if heading is not None else -1
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


def read_page_foot(doc: Document, a: int, b: int) -> bool:
    """Notes set at the foot of a page block inside the body: a rule, numbered
    notes, and (optionally) a closing rule. Each note goes to ``doc.notes``
    and the rules to the preamble as furniture; False when ``text[a:b]`` is
    no such block."""
    text = doc.text
    lines, pos = [], a
    for line in text[a:b].split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    if len(lines) < 2 or not RULE_RE.match(text[lines[0][0]:lines[0][1]]):
        return False
    rules = [i for i, (s, e) in enumerate(lines) if RULE_RE.match(text[s:e])]
    inner = [(s, e) for i, (s, e) in enumerate(lines) if i not in rules and text[s:e].strip()]
    if not inner or rules[1:] not in ([], [len(lines) - 1]) or not NOTE_START_RE.match(text[inner[0][0]:inner[0][1]]):
        return False
    last = max((n.number for n in doc.notes), default=0)
    found: list[Note] = []
    for s, e in inner:
        span = _rstrip(text, Span(s, e))
        m = NOTE_START_RE.match(text[s:e])
        number = int(m.group("num")) if m else None
        if m and number > last:
            found.append(Note(number, span, Span(s + m.start("num"), s + m.end("num")), [span]))
            last = number
        elif found:
            found[-1].paragraphs.append(span)
            found[-1].span = Span(found[-1].span.start, span.end)
        else:
            return False
    doc.notes += found
    doc.preamble += [Span(lines[i][0], lines[i][1], "furniture") for i in rules]
    return True


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
        enumerated = _enumeration(region)
        items = _inline_items(region) if not doc.notes else set()  # with notes, "(1)" may call one
        found = [
            m for m in PAREN_MARKER_RE.finditer(region)
            if not ((brackets or m.group(1) in enumerated) and _at_line_start(region, m.start()))
            and not _in_reference(region, m) and m.start() not in items
        ]
    numbers = {n.number for n in doc.notes}
    if not found and doc.notes and not brackets:
        found = _glued_markers(region, numbers)
    if doc.title is not None and doc.title.start >= start:
        glued = GLUED_TITLE_MARKER_RE.search(region, doc.title.start - start, doc.title.end - start)
        if glued and int(glued.group(1)) in numbers and all(m.start() != glued.start() for m in found):
            found = [glued] + found
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


def _glued_markers(region: str, numbers: set[int]) -> list[re.Match]:
    """Bare numbers glued to a word that call a note: the numbers of the notes,
    and after the last of them the numbers that go on counting ("memorandum.3"
    when the edition printed notes 1 and 2 only: a marker whose note is lost)."""
    found, last = [], 0
    for m in GLUED_MARKER_RE.finditer(region):
        n = int(m.group(1))
        if n in numbers or (last and n == last + 1 and n > max(numbers)):
            found.append(m)
            last = n
    return found


def _enumeration(region: str) -> set[str]:
    """Numbers of "(1)", "(2)", ... opening consecutive lines: items of a list, not note markers."""
    at_starts = {m.group(1) for m in re.finditer(r"(?m)^[ \t]*\((\d{1,2})\)", region)}
    if not {"1", "2"} <= at_starts:
        return set()
    run, n = set(), 1
    while str(n) in at_starts:
        run.add(str(n))
        n += 1
    return run


_INLINE_ITEM_RE = re.compile(r"(?:(?<=[.:;—–-])|(?<=[.:;—–-]\s))\((\d{1,2})\)(?=\s+[A-Z])")


def _inline_items(region: str) -> set[int]:
    """Where "(1)", "(2)", ... open the items of a list run together on one
    line ("The Cabinet - (1) Took note ... (2) Invited ..."), counting from 1
    after a dash, colon or sentence end: items, not note markers."""
    out, expected = set(), 1
    for m in _INLINE_ITEM_RE.finditer(region):
        n = int(m.group(1))
        if n == expected or (n == expected + 1 and out):
            out.add(m.start())
            expected = n + 1
        elif n == 1:
            expected = 2
            out.add(m.start())
    return out if len(out) >= 2 else set()


def _in_reference(region: str, m: re.Match) -> bool:
    """A number in parentheses inside a reference: "C.M. (56) 99", "CABINET 91 (56)"."""
    before = region[max(0, m.start() - 6):m.start()]
    after = region[m.end():m.end() + 4]
    return bool(re.search(r"[A-Z]\.?\s?$|\d\s?$", before) and m.group(1).isdigit() and len(m.group(1)) == 2
                and (re.match(r"\s?\d", after) or re.search(r"\d\s?$", before)))


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
