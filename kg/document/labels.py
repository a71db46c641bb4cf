"""Who a speaker label names, and whether it names anyone.

The precision rule of the records: a word before a colon or a full stop
("Nagy:", "ULBRICHT.", "S.Ll.") is a speaker only when it names a person: a
participant of the record's own lists, a person or the initials of a person
of the authority data, or a title with a name's shape ("Secretary Rusk").
Headings ("Participating", "Alternative", "Secretariat", "Agenda",
"Excerpts"), pronouns and acronyms are never speakers. A label printed in
capitals or as initials is given the name the list or the authority prints."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.document.model import Document, NameEntry, Span
from kg.link.authority import load_authority
from kg.names import ascii_fold
from kg.text.names import NOT_NAMES, TITLE_RE

# Words that head a block of a record, never a speaker: list and agenda
# headings, resolution headings, editorial words.
HEADINGS = frozenset({
    "participating", "alternative", "alternatives", "secretariat", "agenda", "excerpts", "excerpt", "decisions",
    "resolutions", "resolution", "decision", "agreed", "conclusions", "conclusion", "minutes", "record",
    "protocol", "members", "candidates", "invited", "guests", "absent", "excused", "subject", "participants",
    "draft", "annex", "attachment", "enclosure", "appendix", "distribution", "classification", "cabinet",
    "memorandum", "action", "actions", "discussion", "summary", "item", "items", "re", "note", "notes",
    "also", "chair", "chaired", "present", "approved", "noted", "directed", "invited", "defence", "defense",
    "state", "treasury", "secret", "confidential", "president",
})
PRONOUNS = frozenset({"he", "she", "it", "we", "they", "i", "you", "this", "that", "these", "those", "one",
                      "his", "her", "our", "their", "who", "which", "everyone", "nobody", "all"})


def _fold(word: str) -> str:
    return ascii_fold(word).strip(" .:").lower()


def not_a_name(word: str) -> bool:
    """Headings, pronouns, acronyms and the words kg.text.names lists."""
    w = word.strip(" .:")
    if not w:
        return True
    low = w.lower()
    if low in HEADINGS or low in PRONOUNS or low in NOT_NAMES:
        return True
    return bool(re.fullmatch(r"[A-Z]{2,5}", w)) and low not in _authority_surnames()


@lru_cache(maxsize=1)
def _place_forms() -> frozenset[str]:
    """Place names of the gazetteer that are not also a person's ("Molotov" is both)."""
    from kg.extract.gazetteer import load_gazetteer  # kg.extract reads documents: imported when first used

    forms = load_gazetteer()
    persons = {form for kind, form, _ in forms if kind == "person"}
    return frozenset(form for kind, form, _ in forms if kind == "place" and form not in persons)


def is_place_name(words: str) -> bool:
    """Whether ``words`` name a place and no person ("Bulgaria" after a listed name)."""
    return " ".join(words.split()) in _place_forms()


@lru_cache(maxsize=1)
def _authority_surnames() -> frozenset[str]:
    return frozenset(_fold(s) for e in load_authority().entries if e.kind == "person" for s in e.surnames)


@lru_cache(maxsize=1)
def _authority_initials() -> dict[str, str]:
    """Initials the authority data gives a person ("S.Ll." -> "Selwyn Lloyd")."""
    out: dict[str, str] = {}
    for e in load_authority().entries:
        if e.kind != "person":
            continue
        for alias in e.aliases:
            first = alias.split(" (")[0].strip()
            if re.fullmatch(r"(?:[A-Z][a-z]?\.){2,3}", first):
                out[first] = e.label
    return out


def listed(doc: Document) -> list[NameEntry]:
    return [e for pl in doc.participant_lists for e in pl.entries]


def is_listed_surname(doc: Document, word: str) -> bool:
    """Whether ``word`` is the surname of a person of the record's own lists."""
    return _fold(word) in {_fold(e.name.split()[-1]) for e in listed(doc) if e.kind == "person"}


def person_for_label(doc: Document, printed: str, start: int, *, titled: bool = False) -> NameEntry | None:
    """The person a label names, or None (the precision rule).

    ``titled``: the label has a title or honorific before the name ("Cde.",
    "Secretary"), which makes a name's shape enough."""
    words = printed.strip(" .:")
    span = Span(start, start + len(printed.rstrip(" :")), "name")
    if not words:
        return None
    last = _fold(words.split()[-1])
    if last.lower() in HEADINGS or last.lower() in PRONOUNS or TITLE_RE.fullmatch(words.split()[-1] + " "):
        return None
    for e in listed(doc):
        if e.kind == "person" and _fold(e.name.split()[-1]) == last:
            if words.isupper() or words != e.printed and len(words.split()) == 1 and words.isupper():
                return NameEntry(printed.strip(" :"), span, person=e.name)
            return NameEntry(printed.strip(" :"), span)
    if not_a_name(words.split()[-1]):
        return None
    initials = _authority_initials().get(printed.strip(" :"))
    if initials:
        return NameEntry(printed.strip(" :"), span, person=initials, from_authority=True)
    if last in _authority_surnames():
        person = words.title() if words.isupper() else ""
        return NameEntry(printed.strip(" :"), span, person=person)
    if titled or not listed(doc):
        if words.isupper() and len(words) > 3:
            return NameEntry(printed.strip(" :"), span, person=words.title())
        return NameEntry(printed.strip(" :"), span)
    return None
