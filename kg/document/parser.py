"""One record's text -> :class:`Document`: header, body and notes.

The header (date line, title, ``Citation:``/``Summary:``... fields) and the
notes section are found here; the body's structure (sittings, lists, agenda,
turns) is left to :mod:`kg.document.body`, the notes and their markers to
:mod:`kg.document.notes`."""

from __future__ import annotations

import re

from kg.text import one_line
from kg.document import body, notes
from kg.document.dates import find_dates
from kg.document.model import Document, Field, Span
from kg.document.patterns import (
    DATE_LINE_RE,
    FIELD_RE,
    NOTES_HEADING_RE,
    PARTICIPANTS_RE,
    SOURCE_LINE_RE,
    TITLE_RE,
)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without its newline."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _trim(text: str, start: int, end: int) -> Span:
    """The span without surrounding whitespace and ``**`` marks."""
    while start < end and (text[start].isspace() or text[start] == "*"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == "*"):
        end -= 1
    return Span(start, end)


def _title_span(text: str, lines: list[tuple[int, int]], i: int) -> tuple[Span, int]:
    """The title starting at line ``i`` (a bold title may wrap); returns (span, last line)."""
    a, b = lines[i]
    line = text[a:b].strip()
    last = i
    if line.startswith("**") and not line.rstrip().endswith("**"):
        j = i + 1
        while j < len(lines) and text[lines[j][0]:lines[j][1]].strip():
            last = j
            if text[lines[j][0]:lines[j][1]].rstrip().endswith("**"):
                break
            j += 1
    return _trim(text, a, lines[last][1]), last


def _find_notes_heading(text: str, lines: list[tuple[int, int]], start_line: int) -> int | None:
    for i in range(len(lines) - 1, start_line - 1, -1):
        a, b = lines[i]
        m = NOTES_HEADING_RE.match(text[a:b])
        if not m:
            continue
        plain = m.group("head").lower().startswith("note")
        if plain and (m.group("rest") or "").strip():
            continue
        return i
    return None


def _is_body_start(line: str) -> bool:
    return bool(TITLE_RE.match(line) or PARTICIPANTS_RE.match(line.strip()))


def parse_record(text: str, *, path: str = "<text>", index: int = 1, line_offset: int = 0) -> Document:
    doc = Document(text=text, path=path, index=index, line_offset=line_offset)
    lines = _lines(text)
    i = 0
    while i < len(lines) and not text[lines[i][0]:lines[i][1]].strip():
        i += 1
    if i < len(lines) and DATE_LINE_RE.match(text[lines[i][0]:lines[i][1]]):
        doc.date_line = _trim(text, *lines[i])
        i += 1
        while i < len(lines) and not text[lines[i][0]:lines[i][1]].strip():
            i += 1

    body_line = i
    if i < len(lines) and TITLE_RE.match(text[lines[i][0]:lines[i][1]]):
        doc.title, last = _title_span(text, lines, i)
        body_line = last + 1
    _read_header_fields(doc, lines, body_line)
    if doc.fields:
        body_line = max(body_line, doc.line_of(doc.fields[-1].span.end) - line_offset)

    heading = _find_notes_heading(text, lines, body_line)
    body_end = len(text)
    if heading is not None:
        a, b = lines[heading]
        doc.notes_heading = Span(a, b, "notes-heading")
        body_end = a
    body_start = lines[body_line][0] if body_line < len(lines) else len(text)
    body_start, body_end = _strip_source_lines(doc, lines, body_start, body_end)
    doc.body = Span(body_start, max(body_start, body_end), "body")
    if doc.title is None:
        _title_in_body(doc, lines, body_line)

    notes.read_notes(doc, lines, heading)
    body.read_body(doc)
    _prefer_body_title(doc)
    notes.read_markers(doc)
    notes.check_markers(doc)
    doc.date, doc.date_span = _record_date(doc)
    return doc


def _record_date(doc: Document):
    """The meeting's date: the date line, else the title, else the citation."""
    sources = [doc.date_line, doc.title]
    citation = doc.field("Citation") or doc.field("Source")
    if citation:
        sources.append(citation.span)
    for span in sources:
        if span is None:
            continue
        for d in find_dates(doc.quote(span)):
            if d.precision == "day" and d.begin is not None:
                return d.begin, Span(span.start + d.start, span.start + d.end, "date")
    return None, None


def _read_header_fields(doc: Document, lines: list[tuple[int, int]], first: int) -> None:
    """``Citation:``-style fields between the title and the body."""
    text = doc.text
    i = first
    while i < len(lines):
        a, b = lines[i]
        line = text[a:b]
        if not line.strip() or DATE_LINE_RE.match(line):
            i += 1
            continue
        m = FIELD_RE.match(line)
        if not m:
            break
        name = m.group("name").title() if m.group("name").islower() else m.group("name")
        if m.group("value").strip().strip("*"):
            doc.fields.append(Field(name, _trim(text, a + m.start("value"), a + m.end("value"))))
            i += 1
            continue
        j = i + 1
        while j < len(lines) and not text[lines[j][0]:lines[j][1]].strip():
            j += 1
        k = j
        while k < len(lines):
            la, lb = lines[k]
            ln = text[la:lb]
            if FIELD_RE.match(ln) or _is_body_start(ln):
                break
            if not ln.strip() and name.lower() == "contents":
                break
            k += 1
        if j < len(lines):
            end = lines[k - 1][1] if k > j else lines[j][1]
            doc.fields.append(Field(name, _trim(text, lines[j][0], end)))
        i = k


def _strip_source_lines(doc: Document, lines, body_start: int, body_end: int) -> tuple[int, int]:
    """A ``[Source: ...]`` or ``Source:`` line after the header is the record's
    citation; when it closes the body, the body ends before it."""
    text = doc.text
    for a, b in lines:
        if a < body_start:
            continue
        m = SOURCE_LINE_RE.match(text[a:b])
        if not m or (m.group("plain") and a > 0 and text[a - 1:a] == "\n" and text[max(0, a - 2):a - 1].strip()):
            continue
        group = "value" if m.group("value") else "plain"
        doc.fields.append(Field("Source", Span(a + m.start(group), a + m.end(group))))
        doc.source_lines.append(Span(a, b, "source"))
        if a < body_end and not text[b:body_end].strip():
            body_end = _rstrip_offset(text, body_start, a)
    return body_start, body_end


def _rstrip_offset(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _title_in_body(doc: Document, lines, first: int) -> None:
    """Records without a header start with their title."""
    text = doc.text
    for i in range(first, len(lines)):
        a, b = lines[i]
        if a >= doc.body.end:
            return
        if not text[a:b].strip():
            continue
        if TITLE_RE.match(text[a:b]):
            doc.title, _ = _title_span(text, lines, i)
        return


def _prefer_body_title(doc: Document) -> None:
    """A page whose header names several sessions titles each record in its body."""
    for span in doc.preamble:
        line = doc.quote(span).split("\n")[0]
        if TITLE_RE.match(line):
            own = Span(span.start, span.start + len(line.rstrip()), "title")
            if doc.title is not None and one_line(doc.quote(own).replace("**", "")) != one_line(doc.quote(doc.title).replace("**", "")):
                if _without_marker(doc.quote(own)) == _without_marker(doc.quote(doc.title)):
                    return
                doc.header_title, doc.title = doc.title, own
            elif doc.title is None:
                doc.title = own
            return


_TRAILING_MARKER_RE = re.compile(r"\s*(?:\(\s?(?:\d{1,3}|\*)\s?\)|\[\d{1,3}\])\s*$")


def _without_marker(text: str) -> str:
    return _TRAILING_MARKER_RE.sub("", one_line(text.replace("**", "")))


def title_text(doc: Document) -> str:
    """The title as printed, whitespace folded, without ** marks or a note marker at its end."""
    if doc.title is None:
        return ""
    return _without_marker(doc.quote(doc.title))
