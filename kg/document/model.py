"""The document model: a record's text and the spans the parser found in it.

A :class:`Document` owns the text of one record. Every structure points into
that text by character offsets, so ``doc.text[s.start:s.end]`` is always the
words a fact came from."""

from __future__ import annotations

import bisect
import datetime as _dt
import functools
import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any


@dataclass(frozen=True, order=True)
class Span:
    """Characters ``start:end`` of a record's text; ``label`` names what they
    are, ``value`` holds what a reader made of them (a date, a citation)."""

    start: int
    end: int
    label: str = ""
    value: Any = field(default=None, compare=False, repr=False)


class SpanGroups(dict):
    """Named groups of spans, made once by the reader
    (:mod:`kg.document.spans`): ``doc.spans["sentences"]``, ...; each group
    in reading order."""

    def group(self, name: str) -> list[Span]:
        return self.get(name, [])

    def within(self, name: str, span: Span) -> list[Span]:
        """The spans of group ``name`` inside ``span``."""
        return [s for s in self.get(name, []) if span.start <= s.start and s.end <= span.end]

    def at(self, name: str, offset: int) -> Span | None:
        """The first span of group ``name`` that holds ``offset``."""
        return next((s for s in self.get(name, []) if s.start <= offset < s.end), None)


@dataclass(frozen=True)
class Field:
    """A header field: ``name`` as printed, the value's span."""

    name: str
    span: Span


@dataclass(frozen=True)
class NameEntry:
    """A name in a list (participants, a parenthesis after an agenda item).
    ``office`` is the office printed beside it in lists such as "The Secretary
    of State, John Foster Dulles".

    An entry that prints an office instead of a name ("the Secretary of
    State", "P.M.") keeps the office as ``printed`` and gives the person who
    held it on the record's date as ``person`` (their name in the authority
    data) with the office's key as ``office_key``."""

    printed: str
    span: Span
    office: str = ""
    person: str = ""
    office_key: str = ""
    kind: str = "person"  # "office": an office not yet resolved to its holder
    group: str = ""  # the list group: members, candidates, also_present, secretariat, chair
    affiliation: str = ""  # the body printed before the name in its list ("State", "[GDR]")
    from_authority: bool = False  # ``person`` comes from the authority data (an office's holder, initials)

    @property
    def name(self) -> str:
        """The person's name: the office holder's for a printed office, else as printed."""
        return self.person or self.printed

    @property
    def key_name(self) -> str:
        """The name a person node is keyed by: what the record itself prints. A holder
        found in the authority data is keyed by initial and surname, so that the
        graph's keys stay read from the record alone (two Dulleses stay apart)."""
        if self.person and self.from_authority:
            words = self.person.split()
            return f"{words[0][0]}. {words[-1]}" if len(words) > 1 else self.person
        return self.name


@dataclass
class ParticipantList:
    span: Span
    entries: list[NameEntry]
    heading: str  # "Those Taking Part", "Present", ...
    source: str = "list"  # "list" or "title" (guests named only in the title)
    chair: list[NameEntry] = field(default_factory=list)  # who the list says chairs
    absent: list[NameEntry] = field(default_factory=list)  # listed as absent or excused: no participants


@dataclass
class AgendaItem:
    span: Span  # the heading
    title: str
    names: list[NameEntry]
    sitting: int
    parent: int | None = None  # index of the item it belongs to
    numbered: bool = False


@dataclass
class Turn:
    span: Span  # the whole turn, opener included
    sitting: int
    speakers: list[NameEntry]  # empty: speaker unknown
    speaker_printed: str  # "Cde. Suslov", "" when unknown
    opener: str  # ":", "—", "--", "-", "none", "narrative", "after", "rapporteur", "unlabelled"
    mode: str  # "direct" or "reported"
    item: int | None = None
    paragraphs: list[Span] = field(default_factory=list)
    supporters: list[NameEntry] = field(default_factory=list)  # "(Bulganin, Malenkov)" after a statement

    @property
    def body_start(self) -> int:
        return self.paragraphs[0].start if self.paragraphs else self.span.start


@dataclass(frozen=True)
class Marker:
    number: int
    span: Span  # "(8)" as printed


@dataclass
class Note:
    number: int
    span: Span  # the whole note, continuation paragraphs included
    number_span: Span
    paragraphs: list[Span]


@dataclass
class Sitting:
    index: int  # 1-based
    span: Span
    participant_list: int | None = None  # index into Document.participant_lists


@dataclass(frozen=True)
class ParseWarning:
    line: int  # 1-based, in the file
    message: str
    span: Span | None = None


@functools.lru_cache(maxsize=64)
def _digest(text: str) -> str:
    """The SHA-256 of a text, kept: IRIs ask for the record's key thousands of times."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Document:
    """One record. ``text`` is the record's own text; ``line_offset`` is the
    file line (0-based) at which it begins, so warnings name file lines."""

    text: str
    path: str
    index: int = 1  # 1-based position of the record in its file
    line_offset: int = 0
    fields: list[Field] = field(default_factory=list)
    date_line: Span | None = None
    title: Span | None = None
    body: Span | None = None
    notes_heading: Span | None = None
    participant_lists: list[ParticipantList] = field(default_factory=list)
    sittings: list[Sitting] = field(default_factory=list)
    agenda: list[AgendaItem] = field(default_factory=list)
    turns: list[Turn] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    preamble: list[Span] = field(default_factory=list)  # title repeats, protocol lines before the content
    resolutions: list[tuple[int | None, Span]] = field(default_factory=list)  # (agenda index, text of a resolution)
    unparsed: list[Span] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)

    @cached_property
    def sha256(self) -> str:
        return _digest(self.text)

    @cached_property
    def key(self) -> str:
        """Short, content-derived key used in IRIs."""
        return self.sha256[:12]

    header_title: Span | None = None  # the page's title when it differs from the record's own
    date: _dt.date | None = None  # the meeting's date (from the date line, title or citation)
    date_span: Span | None = None
    start_time: str | None = None  # the session's start time on a 24-hour clock ("10:30"), from the same line as the date
    start_time_span: Span | None = None
    source_lines: list[Span] = field(default_factory=list)  # "[Source: ...]" lines, not body or notes
    spans: SpanGroups = field(default_factory=SpanGroups)  # sentences, dates, citations, ... (kg.document.spans)
    form: str | None = None  # documentary form: "meeting record", "cable", "memorandum of conversation", ...
    document_number: Span | None = None  # an edition's number of the document ("45.", "DOCUMENT No. 23")
    dateline: Span | None = None  # the date of the dateline that opens the body ("Moscow, October 23, 1962")
    place: str | None = None  # the dateline's place
    author: str | None = None  # sender or signatory as printed
    recipient: str | list[str] | None = None  # addressee(s) as printed
    passages: list[Span] = field(default_factory=list)  # paragraphs of a record that has no speech turns
    flat_cuts: list[int] = field(default_factory=list)  # fields and lines a flattened copy ran together (layouts.flattened)

    def namesakes(self) -> set[str]:
        """Surname keys that the record's lists give to different persons
        ("John Foster Dulles" and "Allen W. Dulles")."""
        from kg.names import name_key

        given: dict[str, set[str]] = {}
        for plist in self.participant_lists:
            for e in plist.entries:
                words = e.key_name.split()
                if len(words) > 1:
                    given.setdefault(name_key(words[-1]), set()).add(words[0][0].upper())
        return {key for key, initials in given.items() if len(initials) > 1}

    def is_record(self) -> bool:
        """Whether anything of a meeting record was recognised."""
        return bool(self.title or self.participant_lists or any(t.speakers for t in self.turns) or self.agenda)

    def field(self, name: str) -> Field | None:
        wanted = name.lower()
        for f in self.fields:
            if f.name.lower() == wanted:
                return f
        return None

    def line_of(self, offset: int) -> int:
        """1-based file line of a character offset (a binary search in the
        line starts, found once per text: warnings do not rescan the text)."""
        cached = self.__dict__.get("_newlines")
        if cached is None or cached[0] is not self.text:
            cached = (self.text, [m.start() for m in re.finditer("\n", self.text)])
            self.__dict__["_newlines"] = cached
        return self.line_offset + bisect.bisect_left(cached[1], offset) + 1

    def warn(self, offset: int, message: str, span: Span | None = None) -> None:
        self.warnings.append(ParseWarning(self.line_of(offset), message, span))

    def quote(self, span: Span) -> str:
        return self.text[span.start:span.end]

    def note(self, number: int) -> Note | None:
        """The (first) note numbered ``number``; the index is rebuilt when notes are added."""
        cached = self.__dict__.get("_notes_by_number")
        if cached is None or cached[0] != len(self.notes):
            index: dict[int, Note] = {}
            for n in self.notes:
                index.setdefault(n.number, n)
            cached = (len(self.notes), index)
            self.__dict__["_notes_by_number"] = cached
        return cached[1].get(number)

