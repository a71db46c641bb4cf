"""A record's body as segments: paragraphs, cut where a participant list
starts in mid-paragraph or where a flattened copy ran a field or a line into
the one before; and guests named only in a record's title."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.document.genres.meeting import PARTICIPANTS_RE, TITLE_GUESTS_RE
from kg.document.lists import split_names
from kg.document.model import Document, ParticipantList, Span
from kg.document.roles import office_entry, office_form_pattern
from kg.link.offices import role_key


@dataclass
class Segment:
    start: int
    end: int


def segments(doc: Document) -> list[Segment]:
    text = doc.text
    out = []
    unbroken = not re.search(r"\n[ \t]*\n", text[doc.body.start:doc.body.end].strip())
    for m in re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text[doc.body.start:doc.body.end]):
        a, b = doc.body.start + m.start(), doc.body.start + m.end()
        cut = a
        starts = sorted({p.start() for p in PARTICIPANTS_RE.finditer(text, a, b)} | {c for c in doc.flat_cuts if a < c < b})
        for start in starts:
            if start > cut and text[cut:start].strip():
                out.extend(_lines_as_paragraphs(doc, cut, rstrip(text, cut, start)) if unbroken
                           else [Segment(cut, rstrip(text, cut, start))])
            cut = start
        out.extend(_lines_as_paragraphs(doc, cut, b) if unbroken else [Segment(cut, b)])
    return out


_ITEM_LINE_RE = re.compile(r"[ \t]*\(\d{1,2}\)\s")
_NUMBERED_LINE_RE = re.compile(r"[ \t]*\d{1,2}\.[ \t]+[A-Z]")
_SHORT_LINE_RE = re.compile(r"[ \t]*[A-Z][\w'’-]*(?:[ \t]+[\w'’:&-]+){0,4}[ \t]*$")


def _lines_as_paragraphs(doc: Document, a: int, b: int) -> list[Segment]:
    """A body printed without blank lines (an OCR or a web copy): its
    paragraphs are told by their first lines: a minute's number ("1. The
    ..."), a speaker ("The Prime Minister said"), the Cabinet's conclusions,
    a short heading before a numbered line or another heading, a line after a
    sentence's end. A line of items ("(2) Invited ...") goes on with the one
    before; so do the lines of a participant list."""
    from kg.document.openers import find_opener

    text = doc.text
    lines, pos = [], a
    for raw in text[a:b].split("\n"):
        lines.append((pos, pos + len(raw)))
        pos += len(raw) + 1
    listing = bool(PARTICIPANTS_RE.match(text, a))

    def heading(i: int) -> bool:
        x, y = lines[i]
        if not _SHORT_LINE_RE.fullmatch(text, x, y) or i + 1 >= len(lines):
            return False
        nx, ny = lines[i + 1]
        return bool(_NUMBERED_LINE_RE.match(text, nx, ny)) or (i + 2 < len(lines) and heading(i + 1))

    out, start = [], a
    for i in range(1, len(lines)):
        x, y = lines[i]
        px, py = lines[i - 1]
        prev = text[px:py].rstrip()
        if not text[x:y].strip() or _ITEM_LINE_RE.match(text, x, y) or prev.endswith(("—", "–", ":")):
            continue
        new = bool(_NUMBERED_LINE_RE.match(text, x, y)) or heading(i) or (_SHORT_LINE_RE.fullmatch(text, px, py) and heading(i - 1))
        if not listing:
            new = new or prev.endswith((".", "?", "!")) or text.startswith("The Cabinet", x) or find_opener(doc, x, y) is not None
        if new:
            out.append(Segment(start, rstrip(text, start, px + len(prev))))
            start = x
            listing = False
    out.append(Segment(start, b))
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


def title_host(doc: Document) -> None:
    """An office holder the title names as the one met ("Memorandum of a Conference With
    the President"): a participant, first in the list, unless the list prints that office."""
    if doc.title is None or not doc.sittings or doc.sittings[0].participant_list is None:
        return
    m = re.search(rf"\b(?:Conference|Conversation|Meeting|Talk|Discussion)s?\s+[Ww]ith\s+"
                  rf"(?P<office>the\s+(?i:{office_form_pattern()}))\b", doc.quote(doc.title))
    if not m:
        return
    plist = doc.participant_lists[doc.sittings[0].participant_list]
    printed = m.group("office")
    if any(e.office and role_key(e.office) == role_key(printed) for e in plist.entries):
        return
    plist.entries.insert(0, office_entry(doc, printed, doc.title.start + m.start("office")))
