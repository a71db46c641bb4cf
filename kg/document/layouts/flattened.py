"""A record's header flattened by a PDF copy: the archive's heading, the
title, the dateline and the first fields of the body run together on one
line, and the lines of the body run together without blank lines between
them::

    CENTRAL STATE ARCHIVE Fond 1-B Opis 6 PROTOCOL No. 211 of the Session of
    the Politburo ... Sofia, 9 and 12 July 1963 Present: T. Zhivkov, ...
    Absent: D. Ganev (ill) Agenda: 1. ... 2. ...

    Minutes of the Meeting of the Politburo of the PUWP CC 20 December 1970
    Present comrades Gomułka Cyrankiewicz Gierek ...
    In the Chair Cde. Gomułka for the first part of the meeting
    Cyrankiewicz The reports from the coast are worse ...

The title runs from its first word to the dateline or the first field; what
stands before it is the archive's heading. The body is cut where each field
starts ("Present", "Absent", "Agenda", "In the Chair") and, when the copy
lost its blank lines, at every line, so that each is read as if it opened a
paragraph; the names of a list may have lost their commas ("Present comrades
Gomułka Cyrankiewicz ...")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.document.genres.meeting import TITLE_RE
from kg.document.model import Document, NameEntry, Span
from kg.text.dates import find_dates
from kg.text.names import FULL_SURNAME
from kg.text.names import TITLE_RE as NAME_TITLE_RE

# The first word of a title inside the line.
_TITLE_WORD_RE = re.compile(r"(?<!\S)(?:PROTOCOL|Protocol|MINUTES|Minutes|RECORD|Record|Working\s+Notes|Notes|Transcript)\b")
# A field of the body run into the line: "Present:", "Absent (excused):", "Present comrades A B".
INLINE_FIELD_RE = re.compile(
    r"(?<=\s)(?:Present|Absent|Excused|Agenda|Chaired\s+by|In\s+the\s+[Cc]hair)"
    r"(?:[ \t]*(?:\([a-z ]{1,20}\)[ \t]*)?:|[ \t]+(?=(?:comrades|Cdes?\.?|comrs?\.)[ \t]))")
# The place before the dateline's date: "... of the BCP Sofia, 9 and 12 July 1963".
_PLACE_RE = re.compile(r"(?<=\s)(?P<place>(?:[A-Z][a-z][\w'’-]*[ \t]+)?[A-Z][\w'’-]+),[ \t]+(?=\d|[A-Z][a-z]+[ \t]+\d)")


@dataclass
class FlatHeader:
    heading: Span | None  # the archive's heading before the title
    title: Span
    dateline: Span | None
    place: str
    body_start: int  # the first field, where the body begins
    cuts: list[int]  # where each field of the body starts inside the line


def flattened_header(text: str, a: int, b: int) -> FlatHeader | None:
    """The parts of the run-together header line ``text[a:b]``, or None when
    the line is no title followed by fields of the body."""
    first = INLINE_FIELD_RE.search(text, a, b)
    if first is None:
        return None
    title = next((m for m in _TITLE_WORD_RE.finditer(text, a, first.start())
                  if TITLE_RE.match(text[m.start():first.start()].rstrip())), None)
    if title is None:
        return None
    title_end = _rstrip(text, title.start(), first.start())
    dateline, place = None, ""
    for p in _PLACE_RE.finditer(text, title.start(), title_end):
        rest = text[p.end():title_end]
        dates = [d for d in find_dates(rest) if d.precision == "day"]
        if dates and dates[0].start == 0 and not rest[dates[-1].end:].strip(" ."):
            dateline, place = Span(p.start("place"), title_end, "dateline"), p.group("place")
            title_end = _rstrip(text, title.start(), p.start())
            break
    heading = Span(a, _rstrip(text, a, title.start()), "preamble") if text[a:title.start()].strip() else None
    cuts = [m.start() for m in INLINE_FIELD_RE.finditer(text, first.start(), b)]
    return FlatHeader(heading, Span(title.start(), title_end, "title"), dateline, place, first.start(), cuts)


def line_cuts(text: str, a: int, b: int) -> list[int]:
    """The starts of the lines of a flattened body that lost its blank lines
    (none when it kept them: then its paragraphs are its units)."""
    body = text[a:b]
    if re.search(r"\n[ \t]*\n", body.strip()):
        return []
    return [a + m.end() for m in re.finditer(r"\n(?=[ \t]*\S)", body)]


# Names left with spaces only between them: "comrades Gomułka Cyrankiewicz Gierek".
_SPACED_NAMES_RE = re.compile(rf"[ \t]*(?:(?:comrades|Cdes?\.?|comrs?\.)[ \t]+)?(?:{FULL_SURNAME}[ \t]+){{2,}}{FULL_SURNAME}[ \t]*")


def spaced_names(doc: Document, a: int, b: int, group: str) -> list[NameEntry] | None:
    """The surnames of a list whose commas the copy lost, or None when
    ``text[a:b]`` is no such run of names."""
    if not _SPACED_NAMES_RE.fullmatch(doc.text, a, b):
        return None
    return [NameEntry(m.group(0), Span(a + m.start(), a + m.end(), "name"), group=group)
            for m in re.finditer(FULL_SURNAME, doc.text[a:b]) if not NAME_TITLE_RE.fullmatch(m.group(0) + " ")]


def _rstrip(text: str, a: int, b: int) -> int:
    while b > a and text[b - 1].isspace():
        b -= 1
    return b
