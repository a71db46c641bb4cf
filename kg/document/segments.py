"""A record's body as segments: paragraphs, cut where a participant list
starts in mid-paragraph; and guests named only in a record's title."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.document.genres.meeting import PARTICIPANTS_RE, TITLE_GUESTS_RE
from kg.document.lists import split_names
from kg.document.model import Document, ParticipantList, Span


@dataclass
class Segment:
    start: int
    end: int


def segments(doc: Document) -> list[Segment]:
    text = doc.text
    out = []
    for m in re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text[doc.body.start:doc.body.end]):
        a, b = doc.body.start + m.start(), doc.body.start + m.end()
        cut = a
        for p in PARTICIPANTS_RE.finditer(text, a, b):
            if p.start() > cut and text[cut:p.start()].strip():
                out.append(Segment(cut, rstrip(text, cut, p.start())))
            cut = p.start()
        out.append(Segment(cut, b))
    return out


def rstrip(text: str, a: int, b: int) -> int:
    while b > a and text[b - 1].isspace():
        b -= 1
    return b


def lstrip(text: str, a: int, b: int) -> int:
    while a < b and text[a].isspace():
        a += 1
    return a


def title_guests(doc: Document) -> None:
    """Guests named only in the title: "..., with Participation by J. Horvath and F. Kiss"."""
    if doc.title is None:
        return
    m = TITLE_GUESTS_RE.search(doc.text, doc.title.start, doc.title.end)
    if not m:
        return
    start = m.end()
    entries, stop = split_names(doc, start, doc.title.end)
    if entries:
        doc.participant_lists.append(ParticipantList(Span(m.start(), stop, "guests"), entries,
                                                     "with participation by", source="title"))
