"""The body of a record: sittings, participant lists, agenda items, turns,
and the resolutions recorded between them.

The body is read as a sequence of *segments*: paragraphs, cut where a
participant list starts in mid-paragraph (as in records where the second
sitting's list follows the last turn of the first without a break). Each
segment is a participant list, an agenda heading, a resolution, the opener
of a speech turn, or the continuation of the current turn."""

from __future__ import annotations

import re

from kg.document.genres.documents import MEETING, MEMCON, is_header_line
from kg.document.layouts.web_page import is_furniture
from kg.document.genres.meeting import PARTICIPANTS_RE, PREAMBLE_RE, RESOLUTION_RE, TITLE_RE
from kg.document.lists import line_entries, split_names
from kg.document.segments import Segment as _Segment
from kg.document.segments import lstrip as _lstrip
from kg.document.segments import rstrip as _rstrip
from kg.document.notes import read_page_foot
from kg.document.segments import segments as _segments
from kg.document.segments import title_guests
from kg.document.model import AgendaItem, Document, NameEntry, ParticipantList, Sitting, Span, Turn
from kg.text.names import FIRSTNAME, FULL_NAME, HONORIFIC, NAMES, NOT_NAMES, OFFICE_WORDS, OFFICES, SURNAME, UPPER
from kg.text.speech import DASH, REPORTING_VERBS

_OPENER_RE = re.compile(rf"(?P<hon>{HONORIFIC})\s+(?P<names>{NAMES})\s*(?P<delim>:|{DASH})?\s*")
# "Comrade Ion Gheorghe Maurer: ...": an honorific, first names and the surname before the colon.
_HONORIFIC_FULL_NAME_RE = re.compile(rf"{HONORIFIC}\s+(?P<names>(?:{FIRSTNAME}\s+){{1,2}}{SURNAME})\s*:\s*")
# "Kiss [Károly--ed.]: ...": an editor's gloss may stand between the name and the colon.
_BARE_OPENER_RE = re.compile(rf"(?P<names>{SURNAME})(?:\s*\[[^\]\n]{{1,40}}\])?\s*(?P<delim>:|—|–|--)\s*")
_OFFICE_OPENER_RE = re.compile(
    rf"(?P<names>(?:The\s+)?(?:{OFFICES})(?:\s+(?:[{UPPER}][a-z]+|[{UPPER}]\.)){{0,3}})\s+(?={REPORTING_VERBS}\b)"
)
# "Pinto said that ...", "Gromyko opened by saying ...": a listed person and a verb of speech.
_LISTED_OPENER_RE = re.compile(
    rf"(?:The\s+)?(?P<names>{SURNAME})\s+(?:then\s+|also\s+|again\s+|next\s+)?"
    rf"(?={REPORTING_VERBS}\b|opened\b|began\b|turned\b|received\b|welcomed\b)"
)
# "Zhou Enlai: ..." — a full name as opener, accepted when the lists name it.
_FULL_NAME_OPENER_RE = re.compile(rf"(?P<names>{FULL_NAME})\s*(?P<delim>:|—|–|--)\s*")
_INFO_OF_RE = re.compile(rf"Information\s+(?:of|from|by)\s+(?:{HONORIFIC}\s+)?(?P<names>{NAMES})\.?")
_READ_ALOUD_RE = re.compile(
    rf"\(\s*The\s+text\s+is\s+read\s+(?:aloud\s+)?by\s+(?:{HONORIFIC}\s+)?(?P<names>{NAMES})\.?\s*\)\.?"
)
_AFTER_RE = re.compile(rf"\(\s*(?P<hon>{HONORIFIC}\s+)?(?P<names>{NAMES})\s*\)\.?\s*$")
_INLINE_RE = re.compile(rf"\(\s*{HONORIFIC}\s+(?P<names>{NAMES})\s*\)")
_AGENDA_RE = re.compile(
    r"(?P<num>(?:[IVX]{1,4}|\d{1,2})[.)]\s+)?"
    r"(?P<title>(?:On|About|Concerning|Regarding|Re:|Question\s+of|The\s+question\s+of)\s[^\n()]{2,160}?)"
    r"\s*(?:\.(?=\s|\(|$)|(?=\s*\()|(?=[ \t]*\n)|$)"
)
_NUMBERED_HEADING_RE = re.compile(r"(?P<num>(?:[IVX]{1,4}|\d{1,2})\.)[ \t]+(?P<title>[A-Z][^\n]{2,150}?)\.?[ \t]*(?=\n|$)")
_AGENDA_LIST_RE = re.compile(r"(?:Agenda|Order\s+of\s+the\s+day|Items\s+discussed)\s*:?[ \t]*(?:\n|$)", re.I)
_EDITORIAL_RE = re.compile(r"The\s+following\s+(?:is|are)\b|\[(?:Editor|Translator)|(?:Excerpts?|Extracts?)[ \t]*$")
_PAREN_NAMES_RE = re.compile(r"\s*\((?P<inner>[^()\n]{2,300})\)")
_ASSIGN_AFTER_DASH_RE = re.compile(r"\s*to\s+[a-z]+")
_TRANS_RE = re.compile(r"^\s*\[[^\]]*\]\s*$")


class _Reader:
    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self.sitting = 0
        self.item: int | None = None
        self.turn: Turn | None = None
        self.rapporteur: list[NameEntry] = []
        self.content_seen = False
        self.listing = False  # the segment before was a participant list

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
        p = PARTICIPANTS_RE.match(text, a)
        if p:
            self.read_participants(p, b)
            return
        self.listing = False
        line_end = text.find("\n", a, b)
        first_line = text[a: b if line_end < 0 else line_end]
        if _AGENDA_LIST_RE.match(text, a, b) or _EDITORIAL_RE.match(text, a, b) or (
            not self.content_seen and (TITLE_RE.match(first_line) or PREAMBLE_RE.match(first_line)
                                       or is_header_line(first_line))
        ):
            self.doc.preamble.append(Span(a, b, "preamble"))
            return
        if self.read_agenda(a, b):
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

    def read_participants(self, p: re.Match, end: int) -> None:
        text = self.text
        head_line_end = text.find("\n", p.end(), end)
        if not text[p.end(): head_line_end if head_line_end >= 0 else end].strip() and head_line_end >= 0:
            entries = line_entries(self.doc, head_line_end + 1, end)
            stop = end
        else:
            entries, stop = split_names(self.doc, p.end(), end)
            stop = _rstrip(text, p.start(), stop)
            while stop < end:
                m = re.match(r"[.)]|\s?\(\s?\d{1,3}\s?\)|\[\d{1,3}\]", text[stop:end])
                if not m:
                    break
                stop += m.end()
        self.close_turn()
        current = self.doc.sittings[-1] if self.doc.sittings else None
        if (current is not None and current.participant_list is not None and self.listing
                and not self._sitting_has_content(current.index)):
            # "Candidates:", "Secretariat:" right after "Present:": more names of the same sitting
            plist = self.doc.participant_lists[current.participant_list]
            plist.entries.extend(entries)
            plist.span = Span(plist.span.start, stop, plist.span.label)
        else:
            self.new_sitting(p.start(), stop)
            self.doc.participant_lists.append(
                ParticipantList(Span(p.start(), stop, "participants"), entries, re.sub(r"\s+", " ", p.group("head")))
            )
            self.doc.sittings[-1].participant_list = len(self.doc.participant_lists) - 1
        self.content_seen = True
        self.listing = True
        if not entries:
            self.doc.warn(p.start(), f"the list '{p.group('head')}:' names nobody the parser could read")
        rest = _lstrip(text, stop, end)
        if rest < end:
            self.read(_Segment(rest, end))

    def read_agenda(self, a: int, b: int) -> bool:
        text = self.text
        m = _AGENDA_RE.match(text, a, b)
        numbered = None
        if not m:
            numbered = _NUMBERED_HEADING_RE.match(text, a, b)
            if not numbered:
                return False
            rest_start = _lstrip(text, numbered.end(), b)
            if rest_start < b and text[rest_start] != "(":
                return False
        match = m or numbered
        head_end = match.end()
        names: list[NameEntry] = []
        after = head_end
        pm = _PAREN_NAMES_RE.match(text, head_end, b)
        if pm:
            entries, stop = split_names(self.doc, pm.start("inner"), pm.end("inner"))
            if entries and not text[stop:pm.end("inner")].strip(" .,"):
                names = entries
                after = pm.end()
            elif numbered:
                after = pm.end()
        rest = _lstrip(text, after, b)
        alone = rest >= b or (text[head_end:rest].count("\n") > 0 and not names)
        if m and not names and not alone:
            return False
        self.close_turn()
        self.ensure_sitting(a)
        parent = None
        if not (m and m.group("num")) and numbered is None:
            tops = [i for i, it in enumerate(self.doc.agenda) if it.sitting == self.sitting and it.parent is None]
            if tops:
                parent = tops[0]
        item = AgendaItem(
            Span(match.start("title"), match.end("title"), "agenda"),
            re.sub(r"\s+", " ", match.group("title")).strip().rstrip("."),
            names, self.sitting, parent, numbered=bool(numbered or (m and m.group("num"))),
        )
        self.doc.agenda.append(item)
        self.item = len(self.doc.agenda) - 1
        self.content_seen = True
        self.rapporteur = names if len(names) == 1 else []
        if rest < b:
            self.read_item_text(rest, b)
        return True

    def read_item_text(self, a: int, b: int) -> None:
        """Text after an item's names in the same paragraph: the item's outcome,
        possibly followed by the next (sub-)item heading."""
        text = self.text
        for m in re.finditer(r"(?<=[.)])\s+(?=(?:On|About|Concerning|Regarding)\s)", text[a:b]):
            s = a + m.end()
            sub = _AGENDA_RE.match(text, s, b)
            if sub and (_lstrip(text, sub.end(), b) >= b or _PAREN_NAMES_RE.match(text, sub.end(), b)):
                self.doc.resolutions.append((self.item, Span(a, _rstrip(text, a, s), "resolution")))
                self.read_agenda(s, b)
                return
        self.doc.resolutions.append((self.item, Span(a, b, "resolution")))

    def read_opener(self, a: int, b: int) -> bool:
        text = self.text
        m = _HONORIFIC_FULL_NAME_RE.match(text, a, b)
        if m:
            entry = NameEntry(m.group("names"), Span(m.start("names"), m.end("names"), "name"))
            self.open_turn(a, b, [entry], text[a:m.end("names")].strip(), ":", "direct", m.end())
            return True
        m = _OPENER_RE.match(text, a, b)
        if m:
            entries, _ = split_names(self.doc, m.start("names"), m.end("names"), abbreviations=True)
            if entries:
                delim = m.group("delim")
                after = text[m.end():b]
                if delim and delim != ":" and _ASSIGN_AFTER_DASH_RE.match(after):
                    return False
                mode = "reported" if re.match(rf"{REPORTING_VERBS}\b", after) else "direct"
                if not delim:
                    if mode == "direct" and not re.match(rf"[{UPPER}\"“]", after):
                        return False
                    opener = "narrative" if mode == "reported" else "none"
                else:
                    opener = delim
                printed = text[a:m.end("names")].strip()
                self.open_turn(a, b, entries, printed, opener, mode, _lstrip(text, m.end(), b))
                return True
        m = _BARE_OPENER_RE.match(text, a, b)
        if m and m.group("names").lower().rstrip(".") not in NOT_NAMES:
            entries, _ = split_names(self.doc, m.start("names"), m.end("names"), abbreviations=True)
            if entries:
                after = text[m.end():b]
                mode = "reported" if re.match(rf"{REPORTING_VERBS}\b", after) else "direct"
                self.open_turn(a, b, entries, m.group("names"), m.group("delim"), mode, m.end())
                return True
        m = _FULL_NAME_OPENER_RE.match(text, a, b)
        if m and m.group("names") in {e.printed for pl in self.doc.participant_lists for e in pl.entries}:
            s = m.start("names")
            entry = NameEntry(m.group("names"), Span(s, m.end("names"), "name"))
            after = text[m.end():b]
            mode = "reported" if re.match(rf"{REPORTING_VERBS}\b", after) else "direct"
            self.open_turn(a, b, [entry], m.group("names"), m.group("delim"), mode, m.end())
            return True
        m = _LISTED_OPENER_RE.match(text, a, b)
        listed = {e.printed.split()[-1] for pl in self.doc.participant_lists for e in pl.entries}
        if m and m.group("names") in listed:
            s = m.start("names")
            entry = NameEntry(m.group("names"), Span(s, m.end("names"), "name"))
            cut = self._next_listed_sentence(m.end(), b, listed, m.group("names"))
            self.open_turn(a, _rstrip(text, a, cut), [entry], m.group("names"), "narrative", "reported", a)
            if cut < b:
                self.read(_Segment(cut, b))
            return True
        m = _OFFICE_OPENER_RE.match(text, a, b)
        if m:
            printed = m.group("names")
            entry = self.resolve_office(printed, m.start("names"))
            listed = {e.printed.split()[-1] for pl in self.doc.participant_lists for e in pl.entries}
            cut = self._next_listed_sentence(m.end(), b, listed, entry.printed.split()[-1] if entry else "")
            self.open_turn(a, _rstrip(text, a, cut), [entry] if entry else [], printed, "narrative", "reported", a)
            if cut < b:
                self.read(_Segment(cut, b))
            return True
        for regex in (_INFO_OF_RE, _READ_ALOUD_RE):
            m = regex.match(text, a, b)
            if m:
                entries, _ = split_names(self.doc, m.start("names"), m.end("names"))
                if entries:
                    self.open_turn(a, b, entries, text[a:m.end()].strip(), "narrative", "reported", a)
                    return True
        return False

    def _next_listed_sentence(self, pos: int, end: int, listed: set[str], speaker: str) -> int:
        """Where a sentence in the same paragraph reports another listed person
        ("... He asked whether ... Kissinger said that it had not."), or ``end``."""
        for gap in re.finditer(r"(?<=[.!?])[0-9]{0,3}[ \t]+(?=[A-Z])", self.text[pos:end]):
            m = _LISTED_OPENER_RE.match(self.text, pos + gap.end(), end)
            if m and m.group("names") in listed and m.group("names") != speaker:
                return pos + gap.end()
        return end

    def resolve_office(self, printed: str, start: int) -> NameEntry | None:
        """The person behind "Secretary Dulles", "Mr. Allen Dulles" or "The President":
        a name printed with the office, checked against the participant lists."""
        words = printed.split()
        name_words = []
        for w in reversed(words):
            if w in OFFICE_WORDS:
                break
            name_words.insert(0, w)
        office = " ".join(words[: len(words) - len(name_words)]).replace("The ", "").strip()
        listed = [e for pl in self.doc.participant_lists for e in pl.entries]
        if name_words:
            surname = name_words[-1]
            same = [e for e in listed if e.printed.split()[-1] == surname]
            given = name_words[0] if len(name_words) > 1 else ""
            if given:
                same = [e for e in same if e.printed.startswith(given)] or same
            if len(same) > 1 and office:
                same = [e for e in same if office.split()[0] in e.office] or same
            if len(same) == 1:
                return same[0]
            s = start + printed.rindex(" ".join(name_words))
            name = " ".join(name_words)
            return NameEntry(name, Span(s, s + len(name), "name"), office)
        if office:
            holders = [e for e in listed if re.search(rf"(?:^|\s){re.escape(office)}(?:$|\s|,)", e.office)
                       and not re.search(rf"\b\w+\s+{re.escape(office)}", e.office)]
            if len(holders) == 1:
                return holders[0]
        return None

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
    for seg in _segments(doc):
        first_line = doc.text[seg.start:seg.end].split("\n", 1)[0]
        if is_furniture(first_line) and "\n" not in doc.text[seg.start:seg.end].strip():
            doc.preamble.append(Span(seg.start, seg.end, "furniture"))  # a running head inside the text
        elif read_page_foot(doc, seg.start, seg.end):
            continue  # notes at the foot of a page block
        elif passages and not PARTICIPANTS_RE.match(doc.text, seg.start):
            if not doc.passages and is_header_line(first_line):
                doc.preamble.append(Span(seg.start, seg.end, "preamble"))
            else:
                doc.passages.append(Span(seg.start, seg.end, "passage"))
        else:
            reader.read(seg)
    if doc.sittings:
        last = doc.sittings[-1]
        last.span = Span(last.span.start, max(last.span.end, _rstrip(doc.text, doc.body.start, doc.body.end)), "sitting")
    title_guests(doc)
