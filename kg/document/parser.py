"""One record's text -> :class:`Document`: header, body and notes.

The header (date line, title, ``Citation:``/``Summary:``... fields) and the
notes section are found here; the body's structure (sittings, lists, agenda,
turns) is left to :mod:`kg.document.body`, the notes and their markers to
:mod:`kg.document.notes`."""

from __future__ import annotations

from kg.document import body, notes
from kg.document.correspondents import read_correspondents
from kg.document.genres.cabinet import flattened_title, title_after_header
from kg.document.genres.documents import MEETING, MEMCON, form_of_title, is_title
from kg.document.genres.meeting import PARTICIPANTS_RE
from kg.document.header import before_inline_fields, find_dateline, inline_fields, read_page_header
from kg.document.layouts.archive_page import FIELD_RE, SOURCE_LINE_RE
from kg.document.layouts.article import ARTICLE, is_article, quoted_session_date, read_agreed_glosses, read_article_header
from kg.document.layouts.flattened import flattened_header, line_cuts
from kg.document.layouts.edition import DOCUMENT_NUMBER_LINE_RE, NUMBER_BEFORE_TITLE_RE
from kg.document.layouts.notes import NOTES_HEADING_RE
from kg.document.model import Document, Field, Span
from kg.document.drafter import meeting_drafter
from kg.document.roles import resolve_roles
from kg.document.spans import read_spans
from kg.document.title import (
    is_title_at,
    prefer_body_title,
    read_title,
    skip_blank,
    text_lines,
    title_in_body,
    title_span,
    title_start,
    title_text,
    trim,
)
from kg.text.citations import find_archival_refs
from kg.text.dates import find_dates, is_date_line, leading_date
from kg.text.times import find_time


def _reference_above_title(doc: Document, lines, i: int) -> int:
    """An archive's reference printed above the title is the record's source."""
    text = doc.text
    if i >= len(lines):
        return i
    a, b = lines[i]
    refs = find_archival_refs(text[a:b])
    nxt = skip_blank(text, lines, i + 1)
    if refs and refs[0].start == 0 and nxt < len(lines) and title_start(text[lines[nxt][0]:lines[nxt][1]]) is not None:
        doc.fields.append(Field("Source", trim(text, a, b)))
        doc.source_lines.append(Span(a, b, "source"))
        return nxt
    return i


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
    return bool(is_title(line) or PARTICIPANTS_RE.match(line.strip()))


def parse_record(text: str, *, path: str = "<text>", index: int = 1, line_offset: int = 0) -> Document:
    doc = Document(text=text, path=path, index=index, line_offset=line_offset)
    lines = text_lines(text)
    i = 0
    while i < len(lines) and not text[lines[i][0]:lines[i][1]].strip():
        i += 1
    i = _reference_above_title(doc, lines, i)
    i = title_after_header([text[a:b] for a, b in lines], i, lambda line: title_start(line) is not None)
    if i < len(lines) and DOCUMENT_NUMBER_LINE_RE.match(text[lines[i][0]:lines[i][1]]):
        doc.document_number = trim(text, *lines[i])
        i = skip_blank(text, lines, i + 1)
    run_together = None
    if i < len(lines) and is_date_line(text[lines[i][0]:lines[i][1]]):
        doc.date_line = trim(text, *lines[i])
        i = skip_blank(text, lines, i + 1)
    elif i < len(lines) and (dated := leading_date(text[lines[i][0]:lines[i][1]])) is not None:
        rest = text[lines[i][0] + dated:lines[i][1]].lstrip()
        if is_title(before_inline_fields(rest)):
            doc.date_line = trim(text, lines[i][0], lines[i][0] + dated)
            run_together = lines[i][1] - len(rest)

    body_line = i
    body_offset = None  # the body starts inside the line of a header run together with it
    cabinet = flattened_title(text[lines[i][0]:lines[i][1]]) if i < len(lines) and run_together is None else None
    flat = (flattened_header(text, *lines[i]) if i < len(lines) and run_together is None and cabinet is None
            else None)
    if cabinet is not None:
        doc.title = Span(lines[i][0] + cabinet[0], lines[i][0] + cabinet[1])
        body_offset = lines[i][0] + cabinet[1]
    elif run_together is not None:
        doc.title = inline_fields(doc, run_together, lines[i][1])
        body_line = i + 1
    elif flat is not None:
        doc.title, doc.dateline, doc.place, doc.flat_cuts = flat.title, flat.dateline, flat.place or None, flat.cuts
        doc.preamble.extend([flat.heading] if flat.heading else [])
    else:
        if (i + 1 < len(lines) and not is_title_at(text, lines, i) and text[lines[i][0]:lines[i][1]].strip()
                and is_title_at(text, lines, i + 1) and len(text[lines[i][0]:lines[i][1]].split()) <= 6):
            i += 1  # the issuing body above the title: "Secretariat of the Central Committee"
            body_line = i
        if i < len(lines) and is_title_at(text, lines, i):
            doc.title, last = read_title(text, lines, i)
            body_line = last + 1
            j = skip_blank(text, lines, body_line)
            if doc.date_line is None and j < len(lines) and is_date_line(text[lines[j][0]:lines[j][1]]):
                doc.date_line = trim(text, *lines[j])  # "MEMORANDUM FOR THE RECORD / August 27, 1963"
                body_line = j + 1
            number = NUMBER_BEFORE_TITLE_RE.match(text, lines[i][0], lines[i][1])
            if number:
                doc.document_number = Span(number.start("number"), number.end("number"), "document-number")
        elif (after_byline := read_article_header(doc, lines, i)) is not None:
            body_line = after_byline
    while True:
        known = len(doc.fields)
        _read_header_fields(doc, lines, body_line)
        if len(doc.fields) > known:
            body_line = max(body_line, doc.line_of(doc.fields[-1].span.end) - line_offset)
        after_page = read_page_header(doc, lines, body_line)
        if after_page == body_line:
            break
        body_line = after_page

    heading = _find_notes_heading(text, lines, body_line)
    unheaded = notes.find_unheaded_notes(doc, lines, body_line) if heading is None else None
    body_end = len(text)
    if heading is not None:
        a, b = lines[heading]
        doc.notes_heading = Span(a, b, "notes-heading")
        body_end = a
    elif unheaded is not None:
        body_end = lines[unheaded][0]
        doc.notes_heading = Span(body_end, body_end, "notes-heading")
    body_start = lines[body_line][0] if body_line < len(lines) else len(text)
    if body_offset is not None:
        body_start = body_offset
    elif flat is not None:
        body_start = flat.body_start
        doc.flat_cuts += line_cuts(text, body_start, body_end)
    body_start, body_end = _strip_source_lines(doc, lines, body_start, body_end)
    doc.body = Span(body_start, max(body_start, body_end), "body")
    if doc.title is None:
        title_in_body(doc, lines, body_line)

    if doc.dateline is None:
        find_dateline(doc, lines, body_line)
    notes.read_notes(doc, lines, heading, unheaded)
    # after the notes: a source-note marker glued to the title ("Record1") is no part of it
    doc.form = ARTICLE if is_article(doc) else form_of_title(title_text(doc)) if doc.title is not None else None
    doc.date, doc.date_span = _record_date(doc)  # read again after the body; speakers by initials need it
    body.read_body(doc)
    read_agreed_glosses(doc)
    if doc.form not in (None, MEETING):
        read_correspondents(doc, title_text(doc))
    if doc.author is None:
        doc.author = meeting_drafter(doc)
    prefer_body_title(doc)
    notes.read_markers(doc)
    notes.check_markers(doc)
    doc.date, doc.date_span = _record_date(doc)
    _start_time(doc)
    resolve_roles(doc)
    read_spans(doc)
    return doc


def _record_date(doc: Document):
    """The record's own date: its title's, else its dateline's, else the page's
    date line, else the citation's; never a date from a summary or the body
    (an article's date is the one its prose gives the session it quotes)."""
    sources = [quoted_session_date(doc), title_span(doc), doc.dateline, doc.date_line]
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


def _start_time(doc: Document) -> None:
    """The time of day the title or dateline gives after the record's own date
    ("..., October 29, 1956, 7:15 p.m.", "..., 1956, at 11 a.m."): the
    session's start. Only a dateline or title is read, never the citation."""
    if doc.date_span is None or doc.form not in (None, MEETING, MEMCON):
        return
    for span in (title_span(doc), doc.dateline, doc.date_line):
        if span is not None and span.start <= doc.date_span.start < span.end:
            line_end = doc.text.find("\n", span.end)  # a dateline's span may stop at the date
            found = find_time(doc.text[:line_end if line_end >= 0 else len(doc.text)], doc.date_span.end)
            if found is not None:
                doc.start_time = found.value
                doc.start_time_span = Span(found.start, found.end, "time")
            return


def _read_header_fields(doc: Document, lines: list[tuple[int, int]], first: int) -> None:
    """``Citation:``-style fields between the title and the body."""
    text = doc.text
    i = first
    while i < len(lines):
        a, b = lines[i]
        line = text[a:b]
        if not line.strip() or is_date_line(line):
            i += 1
            continue
        m = FIELD_RE.match(line)
        if not m:
            break
        name = m.group("name").title() if m.group("name").islower() else m.group("name")
        if m.group("value").strip().strip("*"):
            doc.fields.append(Field(name, trim(text, a + m.start("value"), a + m.end("value"))))
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
            doc.fields.append(Field(name, trim(text, lines[j][0], end)))
        i = k


def _strip_source_lines(doc: Document, lines, body_start: int, body_end: int) -> tuple[int, int]:
    """A ``[Source: ...]`` or ``Source:`` line after the header is the record's
    citation; when it closes the body, the body ends before it."""
    text = doc.text
    for a, b in lines:
        if a < body_start:
            continue
        m = SOURCE_LINE_RE.match(text[a:b])
        if m and not (m.group("plain") and a > 0 and text[a - 1:a] == "\n" and text[max(0, a - 2):a - 1].strip()):
            group = "value" if m.group("value") else "plain"
            value = Span(a + m.start(group), a + m.end(group))
        elif (value := _reference_line(text, a, b)) is None:
            continue
        doc.fields.append(Field("Source", value))
        doc.source_lines.append(Span(a, b, "source"))
        if a < body_end and not text[b:body_end].strip():
            body_end = _rstrip_offset(text, body_start, a)
    return body_start, body_end


def _reference_line(text: str, a: int, b: int) -> Span | None:
    """A line that is an archive's reference and nothing else, bracketed or
    not: "SAPMO-BArch, DY 30/IV 2/2/363, Bl. 12-15.", "[TNA, FO 371/122378.]"."""
    line = text[a:b].strip()
    if not line or len(line) > 240 or not (text[a:b][:1].strip() or text[a:b].lstrip()[:1] == "["):
        return None
    inner = line[1:-1] if line.startswith("[") and line.endswith("]") else line
    refs = find_archival_refs(inner)
    if not refs or (refs[0].start > 0 and not (line.startswith("[") and line.endswith("]"))):
        return None
    start = a + text[a:b].index(inner)
    return Span(start, start + len(inner.rstrip()))


def _rstrip_offset(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


