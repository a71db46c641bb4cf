"""Printed offices that stand for persons: "The Secretary of State said",
"Invited the Foreign Secretary to ...", a list entry "the Vice President".

The body reader keeps such an office as a :class:`NameEntry` whose ``printed``
is the office; once the record's date is known, :func:`resolve_roles` gives
each one the person who held the office then: the record's own list first
(an entry printed with that office beside a name), the office tenures of the
authority data (:mod:`kg.link.offices`) second. An office no source resolves
names nobody: it is dropped from lists and leaves its turn without a speaker."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kg.document.genres.meeting import PRESIDENT_CHAIRS_RE
from kg.document.model import Document, NameEntry
from kg.link.offices import holder, holders_by_head, load_offices, office_keys, role_key

# The country or party whose offices a record names, from the words of its title and body.
_COUNTRY_CUES = (
    (re.compile(r"National\s+Security\s+Council|\bNSC\b|White\s+House|WHITE\s+HOUSE|Washington|WASHINGTON|"
                r"Department\s+of\s+State"), "United States"),
    (re.compile(r"\b(?:Cabinet|CABINET)\b(?!\s+Room)|Downing\s+Street|C\.\s?[MC]\.\s?(?:\d+\s*)?\(\d\d\)|\bCC\s?\(\d\d\)"),
     "United Kingdom"),
    (re.compile(r"\bPUWP\b|\bPZPR\b|Polish\s+United"), "Polish"),
    (re.compile(r"\bSED\b|Socialist\s+Unity"), "Socialist Unity"),
    (re.compile(r"\bHSWP\b|\bHWPP\b|\bMSZMP\b|Hungarian"), "Hungarian"),
    (re.compile(r"\bCPCz\b|\bKSČ\b|\bKSC\b|Czechoslovak"), "Czechoslovakia"),
)


def country_of(doc: Document) -> str | None:
    head = doc.text[: (doc.body.start + 2000) if doc.body else 2000]
    for cue, country in _COUNTRY_CUES:
        if cue.search(head):
            return country
    return None


@lru_cache(maxsize=1)
def office_form_pattern() -> str:
    """A regex alternative of every printed form of an office, longest first."""
    forms = sorted({f for t in load_offices() for f in t.forms if len(f) > 3 and f[0].isalpha()},
                   key=lambda f: (-len(f), f))
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)


@lru_cache(maxsize=1)
def office_re() -> re.Pattern:
    """Any printed form of an office of the tenures table, a leading article included."""
    return re.compile(rf"(?<![\w-])(?:the\s+)?(?:{office_form_pattern()})(?![\w-])", re.I)


def is_office_phrase(words: str) -> bool:
    """Whether ``words`` are an office and nothing else ("The Secretary of Defense")."""
    return bool(office_re().fullmatch(" ".join(words.split()).strip(" ,.:")))


def office_entry(doc: Document, printed: str, start: int) -> NameEntry:
    """An entry that prints ``printed`` (an office) at ``start``, not yet resolved."""
    from kg.document.model import Span

    return NameEntry(printed, Span(start, start + len(printed), "name"), office=printed, kind="office")


def _listed_holder(printed: str, on, country: str | None, persons: list[NameEntry]):
    """An office printed by its head word alone ("The Director said ..."): the one
    holder, on the record's date, of an office of the record's country so headed
    who is among the persons the record lists ("Admiral Raborn"); else nobody."""
    surnames = {e.name.split()[-1] for e in persons}
    fits = [h for h in holders_by_head(printed, on, country=country) if h.surname in surnames]
    return fits[0] if len(fits) == 1 else None


def holds(list_office: str, printed: str) -> bool:
    """Whether a list entry printed with the office ``list_office`` holds the
    office ``printed``: the same words, a longer title ending with them ("Special
    Assistant to the President" is no "President" but "Chairman, Joint Chiefs of
    Staff" is), one of the offices a member holds together ("First Secretary of
    State and Secretary of State for Economic Affairs"), or another form of the
    same office in the tenures table ("Secretary of State for the Home
    Department" is the "Home Secretary")."""
    key, whole = role_key(printed), role_key(list_office)
    if not key or not whole:
        return False
    if whole == key or whole.endswith(" " + key) and not whole.startswith(("under ", "deputy ", "assistant ")):
        return True
    wanted = office_keys(printed)
    parts = [role_key(p) for p in re.split(r"\s+and\s+(?=[A-Z])", list_office)]
    return any(part == key or (wanted and wanted & office_keys(part)) for part in parts)


def resolve_roles(doc: Document) -> None:
    """Give every office entry of the lists, turns and agenda its holder on the record's date."""
    country = country_of(doc)
    listed = [e for pl in doc.participant_lists for e in pl.entries if e.kind == "person" and e.office]
    listed_persons = [e for pl in doc.participant_lists for e in pl.entries if e.kind == "person"]

    def resolve(entry: NameEntry) -> NameEntry | None:
        if entry.kind != "office":
            return entry
        own = [e for e in listed if holds(e.office, entry.printed)]
        found = holder(entry.printed, doc.date, country=country)
        if len({e.name.split()[-1] for e in own}) == 1:
            return replace(entry, person=own[0].name, office_key=found.office if found else "", kind="person")
        if found is None:
            found = _listed_holder(entry.printed, doc.date, country, listed_persons)
        if found is None:
            return None
        return replace(entry, person=found.label, office_key=found.office, kind="person", from_authority=True)

    for plist in doc.participant_lists:
        plist.entries = [r for r in (resolve(e) for e in plist.entries) if r is not None]
        plist.chair = [r for r in (resolve(e) for e in plist.chair) if r is not None]
        plist.absent = [r for r in (resolve(e) for e in plist.absent) if r is not None]
        if not plist.chair and doc.title is not None and PRESIDENT_CHAIRS_RE.search(doc.quote(doc.title)):
            plist.chair = [e for e in plist.entries if e.office_key == "us-president"][:1]
    for turn in doc.turns:
        turn.speakers = [r for r in (resolve(e) for e in turn.speakers) if r is not None]
    for item in doc.agenda:
        item.names = [r for r in (resolve(e) for e in item.names) if r is not None]
