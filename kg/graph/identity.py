"""How person, place and body nodes are keyed: one rule, read from the record
alone (never from the authority table, so adding or removing authority rows
leaves the built graph as it is).

- A person printed with a given name ("Allen Dulles", "Imre Nagy") is keyed by
  given name and surname, ``id:person/<given-surname key>``: the same full name
  in two records is one node.
- A person printed by surname or initials only is the full-named person of
  that surname when the record itself names exactly one (compatible with the
  initial, if any); otherwise the node holds within the record only,
  ``id:person/<k>/<surname key>`` (with the initial when the record's lists
  name two persons of one surname). Namesakes in different records stay apart.
- Places and bodies are keyed by the name as printed, ``id:place/<name key>``,
  ``id:body/<name key>``.

Which authority entry (and Wikidata item) a node is, is the link layer's
statement (:mod:`kg.link`), never part of the key."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import URIRef

from kg.document.model import Document
from kg.graph import iris
from kg.names import ascii_fold, name_key, slug, strip_titles, surname


@dataclass(frozen=True)
class PersonName:
    given: str  # a given name as printed, "" when none
    initial: str  # the first letter of the given name or initial, "" when none
    surname: str


def person_name(printed: str) -> PersonName:
    """The given name (or initial) and surname of a name as printed."""
    text = strip_titles(" ".join(printed.split()))
    last = surname(printed)
    words = text.split()
    first = words[0] if len(words) > 1 else ""
    if len(words) > 1 and first == last and words[-1] != last:
        first = words[1]  # "Zhou Enlai": the family name first, the given name after it
    initial = ascii_fold(first[:1]).upper() if first[:1].isalpha() else ""
    given = first if re.fullmatch(r"[^\W\d_][^\W\d_'’-]+", first) and not first.isupper() else ""
    return PersonName(given, initial, last)


def _full_key(given: str, last: str) -> str:
    return f"{name_key(given)}-{name_key(last)}" if name_key(given) else name_key(last)


class RecordPersons:
    """The persons one record names in full (lists, agenda, turns, title guests)."""

    def __init__(self, doc: Document):
        self.key = doc.key
        self.namesakes = doc.namesakes()
        self.full: dict[str, dict[str, str]] = {}  # surname key -> initial -> full key
        self._ambiguous: set[tuple[str, str]] = set()
        entries = [e for pl in doc.participant_lists for e in pl.entries]
        entries += [e for item in doc.agenda for e in item.names]
        entries += [e for t in doc.turns for e in t.speakers + t.supporters]
        for e in entries:
            if e.kind == "office" and not e.person:
                continue  # an office nobody is known to hold names nobody
            name = person_name(e.key_name)
            if not name.given:
                continue
            skey = name_key(name.surname)
            known = self.full.setdefault(skey, {})
            full = _full_key(name.given, name.surname)
            if known.get(name.initial, full) != full:
                self._ambiguous.add((skey, name.initial))
            known[name.initial] = full

    def iri(self, printed: str) -> tuple[URIRef, str]:
        """The node of the person printed ``printed`` in this record, and its name key."""
        name = person_name(printed)
        skey = name_key(name.surname) or slug(printed)
        if name.given:
            key = _full_key(name.given, name.surname)
            return iris.entity("person", key), key
        known = self.full.get(skey, {})
        fits = {i: k for i, k in known.items() if not name.initial or i == name.initial}
        if len(fits) == 1 and (skey, next(iter(fits))) not in self._ambiguous:
            key = next(iter(fits.values()))
            return iris.entity("person", key), key
        key = skey
        if skey in self.namesakes and name.initial:
            key = f"{slug(name.initial)}-{skey}"
        return iris.entity("person", key, self.key), key


def other_iri(kind: str, name: str) -> tuple[URIRef, str]:
    """The node of the place or body named ``name``, and its name key."""
    key = name_key(name) or slug(name)
    return iris.entity(kind, key), key
