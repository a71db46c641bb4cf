"""The body of a record: sittings, participant lists, agenda items, turns,
and the resolutions recorded between them.

The body is read as a sequence of *segments*: paragraphs, cut where a
participant list starts in mid-paragraph (as in records where the second
sitting's list follows the last turn of the first without a break). Each
segment is a participant list, an agenda heading, a resolution, the opener
of a speech turn, or the continuation of the current turn."""

from __future__ import annotations

import re

from kg.document.agenda import AgendaReading
from kg.document.genres.cabinet import MINUTE_NUMBER_RE, minute_heading, not_the_record
from kg.document.genres.documents import MEETING, MEMCON, is_header_line
from kg.document.genres.meeting import (
    ABSENT_BODY_RE,
    FLAT_PARTICIPANTS_RE,
    ITEM_REFERENCE_RE,
    PARTICIPANTS_RE,
    NOTETAKER_RE,
    PREAMBLE_RE,
    RESOLUTION_RE,
    SESSION_HEADING_RE,
    SIGNATURE_RE,
    SUBJECT_LINE_RE,
    TITLE_RE,
    chair_rules,
    group_kind,
    list_heading,
)
from kg.document.labels import not_a_name
from kg.document.layouts.article import ARTICLE, in_quotation, quotations, quoted_at
from kg.document.layouts.web_page import is_furniture
from kg.document.lists import split_names
from kg.document.notes import read_page_foot
from kg.document.segments import Segment as _Segment
from kg.document.segments import lstrip as _lstrip
from kg.document.segments import rstrip as _rstrip
from kg.document.segments import segments as _segments
from kg.document.segments import title_guests, title_host
from kg.document.model import Document, NameEntry, ParticipantList, Sitting, Span, Turn
from kg.document.members import extend_list, read_members
from kg.document.openers import find_opener, reported_after_item_lead, reported_starts
from kg.document.participants import read_bulleted, read_group, read_narrative
from kg.text.names import HONORIFIC, NAMES

_AFTER_RE = re.compile(rf"\(\s*(?P<hon>{HONORIFIC}\s+)?(?P<names>{NAMES})\s*\)\.?\s*$")
_INLINE_RE = re.compile(rf"\(\s*{HONORIFIC}\s+(?P<names>{NAMES})\s*\)")
_AGENDA_LIST_RE = re.compile(r"(?:Agenda|Order\s+of\s+the\s+day|Items\s+discussed)\s*:?[ \t]*(?:\n|$|(?=1[.)]\s))", re.I)
_EDITORIAL_RE = re.compile(r"The\s+following\s+(?:is|are)\b|\[(?:Editor|Translator)|Invented\s+record\b|(?:Excerpts?|Extracts?)[ \t]*$"
                           r"|(?:Session|Sitting)\s+of\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?\.?\s*$")  # a second day's heading
_TRANS_RE = re.compile(r"^\s*\[[^\]]*\]\s*$")


class _Reader(AgendaReading):
    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self.sitting = 0
        self.item: int | None = None
        self.turn: Turn | None = None
        self.rapporteur: list[NameEntry] = []
        self.content_seen = False
        self.list_open = False  # the segment before was a group of a participant list
        self.list_narrative = False  # ... told in a sentence
        self.list_kind = "members"  # the kind of its last group
        self.agenda_list: dict[int, Span] = {}  # the items of an "Agenda:" list by number

    # sittings -----------------------------------------------------------
    def new_sitting(self, start: int, end: int) -> None:
        doc = self.doc
        current = doc.sittings[-1] if doc.sittings else None
        if current is not None and current.participant_list is None and not self._sitting_has_content(current.index):
            return
        if current is not None:
            current.span = Span(current.span.start, _rstrip(self.text, current.span.start, start), "sitting")
        self.sitting = len(doc.sittings) + 1
        doc.sittings.append(Sitting(self.sitting, Span(start, end, "sitting")))
        self.item = None
        self.rapporteur = []

    def ensure_sitting(self, start: int) -> None:
        if not self.doc.sittings:
            self.sitting = 1
            self.doc.sittings.append(Sitting(1, Span(start, start, "sitting")))

    def _sitting_has_content(self, index: int) -> bool:
        return any(t.sitting == index for t in self.doc.turns) or any(a.sitting == index for a in self.doc.agenda)

    # turns --------------------------------------------------------------
    def close_turn(self) -> None:
        self.turn = None

    def open_turn(self, start: int, end: int, speakers, printed, opener, mode, body_start) -> Turn:
        self.ensure_sitting(start)
        turn = Turn(Span(start, end, "turn"), self.sitting, list(speakers), printed, opener, mode, self.item,
                    [Span(body_start, end)])
        self.doc.turns.append(turn)
        self.turn = turn
        self.rapporteur = []
        self.content_seen = True
        return turn

    def extend_turn(self, start: int, end: int) -> None:
        turn = self.turn
        turn.span = Span(turn.span.start, end, "turn")
        turn.paragraphs.append(Span(start, end))

    # segments -----------------------------------------------------------
    def read(self, seg: _Segment) -> None:
        a, b = seg.start, seg.end
        text = self.text
        if a >= b:
            return
        p = PARTICIPANTS_RE.match(text, a) or (a in self.doc.flat_cuts and FLAT_PARTICIPANTS_RE.match(text, a))
        if p:
            self.read_participants(p, b)
            return
        if self.list_open and extend_list(self.doc, self.list_kind, a, b):
            return  # the list goes on after a blank line (a block in two columns)
        self.list_open = False
        line_end = text.find("\n", a, b)
        first_line = text[a: b if line_end < 0 else line_end]
        if _AGENDA_LIST_RE.match(text, a, b):
            self.read_agenda_list(a, b)
            return
        if (not_a_name(text[a:b]) and "\n" not in text[a:b].strip() and len(text[a:b].split()) == 1
                and not RESOLUTION_RE.match(text, a, b)):
            self.doc.preamble.append(Span(a, b, "heading"))
            return
        ref = ITEM_REFERENCE_RE.match(text, a, b if line_end < 0 else line_end)
        if ref and int(ref.group("num")) in self.agenda_list:
            self.refer_to_item(int(ref.group("num")), a)
            rest = _lstrip(text, ref.end(), b)
            if rest < b:
                self.read(_Segment(rest, b))
            return
        aside = ABSENT_BODY_RE.match(text, a, b) or not_the_record(text, a, b)
        if _EDITORIAL_RE.match(text, a, b) or SUBJECT_LINE_RE.match(text, a, b) or aside or (
            not self.content_seen and (TITLE_RE.match(first_line) or PREAMBLE_RE.match(first_line)
                                       or is_header_line(first_line))
        ):
            self.doc.preamble.append(Span(a, b, "preamble"))
            return
        if SESSION_HEADING_RE.fullmatch(text, a, b) and self.doc.sittings:
            self.read_session_heading(a, b)
            return
        heading = minute_heading(text, a, b, self.doc.body.end)
        if heading is not None:
            self.open_item(Span(*heading, "agenda"))
            return
        number = MINUTE_NUMBER_RE.match(text, a, b)
        if number and self.item is not None and not self.doc.agenda[self.item].numbered:
            a = number.end()  # "1. The Foreign Secretary said ...": the minute's number before its first turn
        elif reported_after_item_lead(self.doc, a, b) is None and self.read_agenda(a, b):
            return
        if self.content_seen and (SIGNATURE_RE.fullmatch(text, a, b) or NOTETAKER_RE.match(text, a, b)) \
                and find_opener(self.doc, a, b) is None:
            self.close_turn()
            self.doc.preamble.append(Span(a, b, "signature"))
            return
        if not self.doc.turns and not self.doc.participant_lists:
            bulleted = read_bulleted(self.doc, a, b)
            if bulleted is not None:
                self.new_sitting(a, b)
                self.doc.participant_lists.append(ParticipantList(Span(a, b, "participants"), bulleted.entries, ""))
                self.doc.sittings[-1].participant_list = len(self.doc.participant_lists) - 1
                self.content_seen = True
                return
        if _TRANS_RE.match(text[a:b]) and self.turn is not None:
            self.extend_turn(a, b)
            return
        if RESOLUTION_RE.match(text, a, b):
            self.close_turn()
            self.ensure_sitting(a)
            self.doc.resolutions.append((self.item, Span(a, b, "resolution")))
            self.content_seen = True
            return
        if self.read_opener(a, b):
            return
        self.read_unlabelled(a, b)

    def read_session_heading(self, a: int, b: int) -> None:
        """"May 8, morning session.": the talks of another day, a sitting with the same list."""
        self.close_turn()
        self.doc.preamble.append(Span(a, b, "session"))
        current = self.doc.sittings[-1]
        if self._sitting_has_content(current.index):
            self.new_sitting(a, b)
            self.doc.sittings[-1].participant_list = current.participant_list

    def read_participants(self, p: re.Match, end: int) -> None:
        """One group of a participant list; the groups that follow one another
        without anything between them make the list of one sitting."""
        text = self.text
        heading = list_heading(p)
        kind = group_kind(heading)
        narrative = p.group("nhead") is not None or (self.list_open and self.list_narrative)
        group = (read_narrative(self.doc, p.end(), end, kind) if narrative
                 else read_members(self.doc, kind, p.end(), end) or read_group(self.doc, kind, p.end(), end))
        self.list_kind = kind
        self.list_narrative = narrative
        stop = max(group.end, p.end())
        while stop < end:
            m = re.match(r"[.)?]|\s?\(\s?\d{1,3}\s?\)|\[\d{1,3}\]|\s*(?:—|–|--)\s*\([^()\n]{1,120}\)", text[stop:end])
            if not m:
                break
            stop += m.end()
        self.close_turn()
        doc = self.doc
        if self.list_open and doc.sittings and doc.sittings[-1].participant_list is not None:
            plist = doc.participant_lists[doc.sittings[-1].participant_list]
            plist.span = Span(plist.span.start, stop, "participants")
        else:
            self.new_sitting(p.start(), stop)
            plist = ParticipantList(Span(p.start(), stop, "participants"), [], heading)
            doc.participant_lists.append(plist)
            doc.sittings[-1].participant_list = len(doc.participant_lists) - 1
        if kind == "absent":
            plist.absent.extend(group.entries)
        else:
            known = {e.name.split()[-1] for e in plist.entries}
            plist.entries.extend(e for e in group.entries if not (kind == "chair" and e.name.split()[-1] in known))
            plist.chair.extend(group.entries if kind == "chair" else group.chair)
        self.content_seen = True
        if not group.entries:
            doc.warn(p.start(), f"the list '{heading}' names nobody the parser could read")
        rest = _lstrip(text, stop, end)
        self.list_open = True
        if rest < end:
            self.read(_Segment(rest, end))

    def read_opener(self, a: int, b: int) -> bool:
        found = find_opener(self.doc, a, b)
        if found is None:
            return False
        if found.mode == "direct":
            self.open_turn(a, b, found.speakers, found.printed, found.opener, found.mode, found.body_start)
            if chair_rules(self.doc, found.printed, found.speakers, found.body_start, b):
                self.doc.resolutions.append((self.item, Span(found.body_start, b, "resolution")))
            return True
        # minutes in the third person may report several speakers in one paragraph:
        # "The President asked ... Mr. Dulles replied that ..."
        starts = reported_starts(self.doc, a, b, found)
        for i, (s, opener) in enumerate(starts):
            end = _rstrip(self.text, s, starts[i + 1][0]) if i + 1 < len(starts) else b
            self.open_turn(s, end, opener.speakers, opener.printed, opener.opener, opener.mode, opener.body_start)
            if chair_rules(self.doc, opener.printed, opener.speakers, s, end, opener.mode):
                self.doc.resolutions.append((self.item, Span(s, _rstrip(self.text, s, end), "resolution")))
        return True

    def read_unlabelled(self, a: int, b: int) -> None:
        text = self.text
        after = _AFTER_RE.search(text, a, b)
        if after and after.start() > a:
            entries, _ = split_names(self.doc, after.start("names"), after.end("names"))
            if entries and (after.group("hon") or (len(entries) == 1 and self.turn is None)):
                same = self.turn is not None and {e.printed for e in entries} == {e.printed for e in self.turn.speakers}
                if not same:
                    self.close_turn()
                    self.open_turn(a, b, entries, text[after.start():after.end()].strip(" ."), "after", "direct", a)
                    return
            elif entries and self.turn is not None:
                self.turn.supporters.extend(entries)
        if self.turn is not None:
            self.extend_turn(a, b)
            if not self.turn.speakers:
                self._inline_speaker(a, b)
            return
        if self.rapporteur:
            self.open_turn(a, b, self.rapporteur, self.rapporteur[0].printed, "rapporteur", "direct", a)
            return
        turn = self.open_turn(a, b, [], "", "unlabelled", "direct", a)
        self._inline_speaker(a, b)
        if not turn.speakers:
            self.doc.warn(a, "a statement with no speaker named was kept as a turn by an unknown speaker",
                          Span(a, b))

    def _inline_speaker(self, a: int, b: int) -> None:
        m = _INLINE_RE.search(self.text, a, b)
        if m:
            entries, _ = split_names(self.doc, m.start("names"), m.end("names"))
            if entries:
                self.turn.speakers = entries
                self.turn.speaker_printed = m.group(0).strip("() ")
                self.turn.opener = "inline"


def read_body(doc: Document) -> None:
    if doc.body is None or doc.body.start >= doc.body.end:
        return
    reader = _Reader(doc)
    passages = doc.form is not None and doc.form not in (MEETING, MEMCON)
    quoted = quotations(doc) if doc.form == ARTICLE else []  # an article reads the record it quotes
    for seg in _segments(doc):
        seg = _Segment(*in_quotation(quoted, seg.start, seg.end))
        first_line = doc.text[seg.start:seg.end].split("\n", 1)[0]
        if is_furniture(first_line) and "\n" not in doc.text[seg.start:seg.end].strip():
            doc.preamble.append(Span(seg.start, seg.end, "furniture"))  # a running head inside the text
        elif read_page_foot(doc, seg.start, seg.end):
            continue  # notes at the foot of a page block
        elif passages and not PARTICIPANTS_RE.match(doc.text, seg.start) and not quoted_at(quoted, seg.start):
            if not doc.passages and is_header_line(first_line):
                doc.preamble.append(Span(seg.start, seg.end, "preamble"))
            else:
                doc.passages.append(Span(seg.start, seg.end, "passage"))
        else:
            reader.read(seg)
    reader.listed_items_without_heading()
    if doc.sittings:
        last = doc.sittings[-1]
        last.span = Span(last.span.start, max(last.span.end, _rstrip(doc.text, doc.body.start, doc.body.end)), "sitting")
    title_guests(doc)
    title_host(doc)
