"""The parts of a record's header besides the ``Citation:``-style fields:
the digital archive's catalogue summary and citation sentence, the title
printed a second time, stray page furniture between them, an edition's
document number, and the dateline that opens the body of a cable, report or
memorandum ("Moscow, October 23, 1962, 10 a.m.", "Berlin, Tuesday, 1 August
1961").

A digital-archive page prints, after its date line and title, the
archive's summary of the record, then a citation sentence::

    "Title" Date, Program, Archive reference. Compiled by X. Published in Y.

and then the title again. The summary is kept as the archive's description
of the record (``Summary`` field), the sentence as its citation."""

from __future__ import annotations

import re

from kg.document.genres.meeting import PARTICIPANTS_RE, SUBJECT_LINE_RE
from kg.document.layouts.web_page import CLOSING_RE, is_furniture
from kg.document.model import Document, Field, Span
from kg.text.dates import leading_date

# A citation sentence: the title in quotes, then the date.
CITATION_SENTENCE_RE = re.compile(r"^[ \t]*[\"“][^\"”\n]{4,300}[\"”][ \t]+\S")
# The place that opens a dateline ("Moscow, ", "from Budapest, ", "White House, Washington, ").
_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_PLACE_RE = re.compile(rf"^[ \t*_]*(?:from[ \t]+)?(?P<place>(?!{_WEEKDAYS})[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){{0,3}}"
                       rf"(?:,[ \t]+(?!{_WEEKDAYS})[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){{0,2}})?),[ \t]+")
# A date after "Date:" or a telegram's despatch time ("D. 4.15 p.m. 31st October, 1956").
_DATE_STAMP_RE = re.compile(r"(?:^[ \t]*Date[ \t]*:|\bD\.[ \t]+[0-9]{1,2}[.:][0-9]{2}[ \t]*[ap]\.m\.|"
                            r"^[ \t]*C\.\s?[MC]\.\s*\d+\s*\(\d\d\))[ \t]*")  # "C.M. 85 (56)   20 November 1956"
_WEEKDAY_RE = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[ \t]+")
_COLLAPSE_RE = re.compile(r"[\s*_]+")


def _collapsed(text: str) -> str:
    return _COLLAPSE_RE.sub(" ", text).strip()


def _line(doc: Document, lines, i: int) -> str:
    return doc.text[lines[i][0]:lines[i][1]]


def _paragraph_end(doc: Document, lines, i: int) -> int:
    """The index of the last line of the paragraph starting at line ``i``."""
    j = i
    while j + 1 < len(lines) and _line(doc, lines, j + 1).strip():
        j += 1
    return j


def read_page_header(doc: Document, lines, i: int) -> int:
    """Read the summary, citation sentence, repeated title and furniture
    from line ``i`` on; return the first line that is none of them."""
    title = _collapsed(doc.quote(doc.title)) if doc.title is not None else None
    start = i
    while i < len(lines):
        line = _line(doc, lines, i)
        if not line.strip():
            i += 1
            continue
        if PARTICIPANTS_RE.match(doc.text, lines[i][0]):
            break  # "PARTICIPANTS" / "MEMBERS PRESENT" alone on its line opens the body
        if SUBJECT_LINE_RE.match(line):
            end = _paragraph_end(doc, lines, i)  # "SUBJECT" and the subject under it
            doc.preamble.append(_span(doc, lines[i][0], lines[end][1]))
            i = end + 1
            continue
        if is_furniture(line) or CLOSING_RE.match(line):
            i += 1
            continue
        if title and _collapsed(line) == title:
            doc.preamble.append(Span(lines[i][0], lines[i][1], "title-repeat"))
            i += 1
            continue
        if CITATION_SENTENCE_RE.match(line) and doc.field("Citation") is None:
            end = _paragraph_end(doc, lines, i)
            doc.fields.append(Field("Citation", _span(doc, lines[i][0], lines[end][1])))
            i = end + 1
            continue
        end = _paragraph_end(doc, lines, i)
        nxt = next((k for k in range(end + 1, len(lines)) if _line(doc, lines, k).strip()), None)
        if (nxt is not None and CITATION_SENTENCE_RE.match(_line(doc, lines, nxt))
                and doc.field("Summary") is None and len(doc.text[lines[i][0]:lines[end][1]]) > 60):
            doc.fields.append(Field("Summary", _span(doc, lines[i][0], lines[end][1])))
            i = end + 1
            continue
        break
    return i if any(doc.text[lines[k][0]:lines[k][1]].strip() for k in range(start, min(i, len(lines)))) else start


def _span(doc: Document, a: int, b: int) -> Span:
    text = doc.text
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return Span(a, b)


def dateline(line: str) -> tuple[str, int, int] | None:
    """(place, start, end of the date) of a dateline such as "Moscow,
    Wednesday, 12th December, 1956", else None."""
    if len(line) > 160:
        return None
    stamp = _DATE_STAMP_RE.search(line)
    if stamp:
        end = leading_date(line[stamp.end():])
        if end is not None:
            return "", stamp.end(), stamp.end() + end
    m = _PLACE_RE.match(line)
    if not m:
        return None
    rest = m.end()
    weekday = _WEEKDAY_RE.match(line, rest)
    if weekday:
        rest = weekday.end()
    m2 = re.match(r"(?:dispatched|sent|dated)[ \t]+", line[rest:])
    if m2:
        rest += m2.end()
    end = leading_date(line[rest:])
    if end is None:
        return None
    return m.group("place"), rest, rest + end


def find_dateline(doc: Document, lines, first: int, limit: int = 12) -> None:
    """The dateline among the first lines of the body, or a line that is only
    a date there; sets ``doc.dateline`` and ``doc.place``."""
    seen = 0
    for i in range(first, len(lines)):
        a, b = lines[i]
        if doc.body is not None and a >= doc.body.end:
            return
        line = doc.text[a:b]
        if not line.strip():
            continue
        seen += 1
        if seen > limit:
            return
        found = dateline(line)
        if found is not None:
            place, start, end = found
            doc.dateline = Span(a + start, a + end, "dateline")
            doc.place = place or doc.place
            return


_INLINE_FIELD_RE = re.compile(r"[ \t]+(?P<name>Citation|Summary|Original Language|Contents|Source|Author|Keywords)[ \t]*:[ \t]*")


def before_inline_fields(line: str) -> str:
    """A run-together header line up to its first inline field ("... Citation: ...")."""
    m = _INLINE_FIELD_RE.search(line)
    return line[:m.start()] if m else line


def inline_fields(doc: Document, start: int, end: int) -> Span:
    """A header run together on one line, as PDF exports flatten it: the
    title, then "Citation: ... Summary: ... Original Language: ...". Adds the
    fields and returns the title's span."""
    text = doc.text
    cuts = list(_INLINE_FIELD_RE.finditer(text, start, end))
    title_end = cuts[0].start() if cuts else end
    for m, nxt in zip(cuts, cuts[1:] + [None]):
        value_end = nxt.start() if nxt else end
        doc.fields.append(Field(m.group("name"), _span(doc, m.end(), value_end)))
    return _span(doc, start, title_end)
