"""One name of a participant list: the person, or the office, its words name.

Titles, honorifics and ranks before a name are no part of it ("Cde.",
"Army General", "The Rt. Hon."); initials may be abbreviated given names
("Gh.", "R. Ya."); later Soviet protocols print the surname first ("Aliev
G. A."); an office stands for its holder ("The President"). Words that are
a role, a heading, an acronym or a country after a name are no name."""

from __future__ import annotations

import re

from kg.document.genres.cabinet import PEERAGE, STYLE
from kg.document.labels import is_place_name, not_a_name
from kg.document.layouts.notes import MARKER_AT_END_RE
from kg.document.model import Document, NameEntry, Span
from kg.document.roles import is_office_phrase, office_entry
from kg.text.names import FULL_SURNAME, LOWER, NOT_NAMES, RANK, SURNAME, UPPER

# Titles and honorifics before a name in a list, none of them part of the name.
_LEAD_RE = re.compile(
    r"^(?:(?:Cdes?\.|Comrs?\.|comrs?\.|Comrades?|comrades?|Tov\.|Mr\.|Mrs\.|Ms\.|Dr\.|Gen\.|Adm\.|"
    rf"{RANK}|Governor|Senator|(?:The\s+)?(?:Vice\s+)?President|Premier|Chairman|Director|(?:Under\s+)?Secretary|"
    rf"Prime\s+Minister|{STYLE}|Rt\.?\s+Hon\.?|{PEERAGE}|Sir|and|&)\s+)+"
)
# A person's name once the title is off: initials ("Gh.", "R. Ya.") or given names, then the surname.
_NAME_RE = re.compile(rf"(?:(?:[{UPPER}][{LOWER}]?\.\s*(?:[{UPPER}][{LOWER}]?\.\s*)?(?:[{UPPER}]\.\s*)?)|[{UPPER}][{LOWER}]+\s+){{0,3}}{SURNAME}")
# Surname first, initials after (later Soviet protocols): "Aliev G. A.", "ANDROPOV Yu. V.".
_SURNAME_FIRST_RE = re.compile(rf"(?P<surname>{FULL_SURNAME})\s+(?P<initials>(?:[{UPPER}][{LOWER}]?\.\s?){{1,3}})")
# Words in an item that make it a role, not a name ("Under Secretary", "Director, CIA").
ROLE_WORD_RE = re.compile(
    r"\b(?:Secretary|Director|Chairman|Minister|Assistant|Counsel|Staff|Deputy|President|Adviser|Advisor|Head|"
    r"Chief|Commander|Member|Officer|Affairs|Ambassador|Under|Department|Ministry|Committee|Council|Office|"
    r"Agency|Service|Bureau|Embassy)\b|\b[a-z]{4,}\b"
)
_ACRONYM_RE = re.compile(rf"^[{UPPER}]{{2,}}$")


def name_at(doc: Document, a: int, b: int, *, group: str = "", role: str = "", affiliation: str = "") -> NameEntry | None:
    """The one person named by ``text[a:b]`` ("Cde. Gomułka", "Gen. Earle G. Wheeler",
    "The President"), or None when the words are no name."""
    text = doc.text
    while a < b and text[a] in " \t\n":
        a += 1
    while b > a and text[b - 1] in " \t\n,;:":
        b -= 1
    marker = MARKER_AT_END_RE.search(text, a, b)
    if marker and marker.start() > a:
        b = marker.start()
        while b > a and text[b - 1] in " \t":
            b -= 1
    if a >= b:
        return None
    words = text[a:b]
    if is_office_phrase(words):
        entry = office_entry(doc, words, a)
        return NameEntry(entry.printed, entry.span, office=words, kind="office", group=group, affiliation=affiliation)
    lead = _LEAD_RE.match(words)
    if lead:
        a += lead.end()
        words = text[a:b]
    if lead and len(words.split()) > 1 and re.search(rf"[{LOWER}]{{3}}\.$", words):
        b -= 1  # "Sir Norman Brook.": the period closes the line, not an abbreviation
        words = text[a:b]
    inverted = _SURNAME_FIRST_RE.fullmatch(words.rstrip())
    if inverted and not not_a_name(inverted.group("surname")):
        family = inverted.group("surname")
        given = " ".join(inverted.group("initials").split())
        return NameEntry(words, Span(a, b, "name"), office=role, group=group, affiliation=affiliation,
                         person=f"{given} {family.title() if family.isupper() else family}")
    m = _NAME_RE.fullmatch(words)
    if not m or words.split()[-1].lower().strip(".") in NOT_NAMES or _ACRONYM_RE.match(words.split()[-1]):
        return None
    if ROLE_WORD_RE.search(words) and not lead:
        return None
    if not lead and is_place_name(words):
        return None  # "Army General D. Dzhurov, Bulgaria": the country after a name
    return NameEntry(words, Span(a, b, "name"), office=role, group=group, affiliation=affiliation)
