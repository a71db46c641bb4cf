"""Speakers named by initials or a short form, as the Cabinet Secretary's
notebooks print them alone on a line above the words ("S.Ll.", "R.A.B.",
"D.H.", "Sal.") or an office's abbreviation ("P.M.").

Who a label names is decided, in this order, by:

1. an office's abbreviation in the tenures table ("P.M."), resolved to the
   holder on the record's date like any printed office;
2. the record's own list: the one listed person whose given name and
   surname begin with the letters ("D.H." is Healey when the list prints
   "Healey" and the authority data knows him as Denis Healey);
3. the initials the authority data gives a person ("S.Ll.");
4. the office holders of the record's country on its date: the one whose
   name the letters begin ("H.M." is Harold Macmillan, "Sal." Salisbury).

A label nobody answers names nobody and opens no turn (the precision rule)."""

from __future__ import annotations

import re

from kg.document.genres.cabinet import INITIALS
from kg.document.labels import _authority_initials, listed
from kg.document.model import Document, NameEntry, Span
from kg.document.roles import country_of, office_entry
from kg.link.authority import load_authority
from kg.link.offices import load_offices, office_keys

INITIALS_RE = re.compile(INITIALS)


def _letters(printed: str) -> list[str]:
    return re.findall(r"[A-Z][a-z]*", printed)


def _answers(letters: list[str], full_name: str) -> bool:
    """Whether initials (or a short form) stand for ``full_name``."""
    words = [w for w in full_name.replace("-", " ").split() if w[:1].isupper()]
    if not words:
        return False
    if len(letters) == 1:
        return len(letters[0]) >= 3 and words[-1].startswith(letters[0]) and words[-1] != letters[0]
    if len(words) < len(letters):
        return False
    return words[0].startswith(letters[0]) and words[-1].startswith(letters[-1]) and all(
        any(w.startswith(x) for w in words[1:-1]) for x in letters[1:-1])


def _full_names(entry: NameEntry) -> list[str]:
    """The full names a listed person may have: as printed, or the authority's for a surname alone."""
    if len(entry.name.split()) > 1:
        return [entry.name]
    surname = entry.name.strip(".")
    return [e.label for e in load_authority().entries if e.kind == "person" and surname in e.surnames]


def _holders_on(doc: Document) -> list[str]:
    """The authority labels of those who held an office of the record's country on its date."""
    if doc.date is None:
        return []
    country = (country_of(doc) or "").lower()
    keys = {t.holder for t in load_offices() if country and country in t.body.lower()
            and t.start <= doc.date and (t.end is None or doc.date < t.end)}
    return [e.label for e in load_authority().entries if e.key in keys]


def person_for_initials(doc: Document, printed: str, start: int) -> NameEntry | None:
    """The person (or office) a label of initials names, or None."""
    label = printed.strip()
    span = Span(start, start + len(label), "name")
    if office_keys(label):
        return office_entry(doc, label, start)
    letters = _letters(label)
    if not letters:
        return None
    own = [e for e in listed(doc) if e.kind == "person" and any(_answers(letters, n) for n in _full_names(e))]
    if len({e.name for e in own}) == 1:
        return NameEntry(label, span, person=own[0].name)
    known = _authority_initials().get(label)
    if known:
        return NameEntry(label, span, person=known, from_authority=True)
    holders = sorted({n for n in _holders_on(doc) if _answers(letters, n)})
    if len(holders) == 1:
        return NameEntry(label, span, person=holders[0], from_authority=True)
    return None
