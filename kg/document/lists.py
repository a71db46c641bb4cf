"""Lists of names in a record: a run of names separated by commas, "and",
"+" or periods ("Cdes. Bulganin, Voroshilov, Zhukov."), and lists with one
person a line, offices beside the names ("The Secretary of State, John
Foster Dulles")."""

from __future__ import annotations

import re

from kg.document.layouts.notes import MARKER_AT_END_RE
from kg.document.model import Document, NameEntry, Span
from kg.text.names import HONORIFIC, INITIALS, LINE_NAME_RE, NAME_ITEM_RE, NOT_NAMES, OFFICE_WORDS, SURNAME, UPPER

_SEPARATOR_RE = re.compile(
    rf"\s*(?:,|;|\+|&|\band\b|\n|(?<!\b[{UPPER}])(?<!\bCdes)(?<!\bCde)(?<!\bTov)(?<!\bDr)(?<!\bMr)\.(?=\s|$))\s*"
)
_HONORIFIC_LEAD_RE = re.compile(rf"^(?:{HONORIFIC}|and|&)\s+")
# A role in parentheses after a name: "A. I. Alekseev (interpreter)".
_ROLE_AFTER_RE = re.compile(r"\s*\((?:interpreter|translator|recorder|note-taker|secretary)\)$", re.I)
# An office printed before a name in a list, in lower case or after "the".
_OFFICE_THEN_NAME_RE = re.compile(rf"^(?P<office>(?:the\s+)?[a-z][\w\s]*?\S)\s+(?P<name>{INITIALS}{SURNAME})$")
# An office alone in a list, the name following it: "the Ambassador of Brazil".
_OFFICE_ITEM_RE = re.compile(r"^the\s+(?:[A-Z][a-z]+|of|the|and|\s)+$")
# A party's abbreviation after a name, a book's glued marker after it: "Ochab (PUWP)", "Gheorghiu-Dej (RWP)41".
_PARTY_AFTER_RE = re.compile(rf"\s*\([{UPPER}][A-Za-z]{{1,7}}\)(?:\d{{1,3}})?$")


def split_names(doc: Document, start: int, end: int, *, abbreviations: bool = False) -> tuple[list[NameEntry], int]:
    """Names in ``text[start:end]`` separated by commas, "and", "+", ";" or a
    period; stops at the first item that is not a name. Returns the entries
    and the offset where the list ends. With ``abbreviations``, a period that
    ends the range belongs to the name ("Khr.")."""
    text = doc.text
    entries: list[NameEntry] = []
    stop = start
    pos = start
    pieces = []
    scan_end = end - 1 if abbreviations and text[end - 1:end] == "." else end
    for sep in _SEPARATOR_RE.finditer(text, start, scan_end):
        pieces.append((pos, sep.start()))
        pos = sep.end()
    pieces.append((pos, end))
    pending = None
    for a, b in pieces:
        raw = text[a:b]
        if not raw.strip():
            continue
        a += len(raw) - len(raw.lstrip())
        b = a + len(raw.strip())
        while True:
            lead = _HONORIFIC_LEAD_RE.match(text[a:b])
            if not lead:
                break
            a += lead.end()
        core_end = b
        marker = MARKER_AT_END_RE.search(text[a:b])
        if marker:
            core_end = _rstrip(text, a, a + marker.start())
        party = _PARTY_AFTER_RE.search(text[a:core_end])
        if party and party.start() > 0:
            core_end = a + party.start()
        role = _ROLE_AFTER_RE.search(text[a:core_end])
        if role and role.start() > 0:
            core_end = a + role.start()
        core = text[a:core_end]
        m = NAME_ITEM_RE.match(core)
        office = ""
        if not m and (held := _OFFICE_THEN_NAME_RE.match(core)):
            # "counsellor of the Latin American Department A. I. Alekseev"
            office, a = held.group("office"), a + held.start("name")
            core = held.group("name")
            m = NAME_ITEM_RE.match(core)
        if not m and _OFFICE_ITEM_RE.match(core) and pending is None:
            pending = core  # "the Ambassador of Brazil, V. Pinto": the office of the name after it
            continue
        if not core or not m or core.split()[-1].lower().strip(".") in NOT_NAMES:
            break
        name = m.group("name")
        entries.append(NameEntry(name, Span(a, a + len(name), "name"), pending or office))
        pending = None
        stop = b
    return entries, stop




def line_entries(doc: Document, start: int, end: int) -> list[NameEntry]:
    """A list with one person a line, offices beside names:
    "President Eisenhower, presiding", "The Secretary of State, John Foster Dulles"."""
    text = doc.text
    entries = []
    pos = start
    for line in text[start:end].split("\n"):
        a = pos
        pos += len(line) + 1
        body = re.sub(r",\s*(?:presiding|in\s+the\s+chair|interpreter|translator|note-?taker)\s*$", "", line.rstrip())
        if not body.strip():
            continue
        head, _, tail = body.rpartition(",")
        candidate = tail if head and not re.fullmatch(r"\s*(?:Jr|Sr)\.\s*", tail) else body
        if head and re.fullmatch(r"\s*(?:Jr|Sr)\.\s*", tail):
            head, _, candidate = head.rpartition(",")
            candidate = candidate if head else body
        words = candidate.strip().split()
        office = []
        while words and (words[0] in OFFICE_WORDS or words[0].lower() in {"of", "the"}):
            office.append(words.pop(0))
        name = " ".join(words)
        if not name or not LINE_NAME_RE.fullmatch(name):
            continue
        office_text = (head.strip() + " " + " ".join(office)).strip() if head else " ".join(office)
        s = a + line.index(name, line.index(candidate.strip()) if candidate.strip() in line else 0)
        entries.append(NameEntry(name.rstrip(",. "), Span(s, s + len(name.rstrip(",. ")), "name"), office_text))
    return entries




def _rstrip(text: str, a: int, b: int) -> int:
    while b > a and text[b - 1].isspace():
        b -= 1
    return b
