"""Entities extractor: persons, places and bodies mentioned in the running
text (turns, item outcomes, notes), with every spelling seen.

Three sources of mentions: the name forms of the gazetteer
(:mod:`kg.extract.gazetteer`, not the authority table), surnames of persons the record already
names in its lists and turns, and patterns of the genre (military ranks,
"the Chinese delegation", "the KSC Central Committee"). Identity in Wikidata
is not decided here: see :mod:`kg.link`."""

from __future__ import annotations


from kg.document.model import Document, Span
from kg.document.spans import regions
from kg.extract.gazetteer import load_gazetteer
from kg.graph.builder import GraphBuilder
from kg.text.names import (
    BODY_NAME_RE,
    LEADING_ARTICLE_RE,
    NOT_BODY_LEAD_RE,
    RANKED_NAME_RE,
    surname_pattern,
)

def extract(doc: Document, b: GraphBuilder) -> None:
    taken: dict[str, list[Span]] = {"person": [], "place": [], "body": []}

    def claim(kind: str, a: int, z: int) -> bool:
        """Whether no mention of the same kind covers the span yet (then take it)."""
        if any(t.start < z and a < t.end for t in taken[kind]):
            return False
        taken[kind].append(Span(a, z))
        return True

    known = _known_surnames(doc, b)
    for region in regions(doc) + ([doc.title] if doc.title else []):
        words = doc.quote(region)
        for m in RANKED_NAME_RE.finditer(words):
            a, z = region.start + m.start("name"), region.start + m.end("name")
            if claim("person", a, z):
                b.entity(doc, "person", m.group("name"), Span(a, z))
        for m in BODY_NAME_RE.finditer(words):
            name = m.group("name")
            if NOT_BODY_LEAD_RE.match(name):
                continue
            a, z = region.start + m.start("name"), region.start + m.end("name")
            if claim("body", a, z):
                b.entity(doc, "body", LEADING_ARTICLE_RE.sub("", name), Span(a, z))
        for kind, form, pattern in load_gazetteer():
            if form not in words:
                continue
            for m in pattern.finditer(words):
                a, z = region.start + m.start(), region.start + m.end()
                if claim(kind, a, z):
                    b.entity(doc, kind, form, Span(a, z))
        for surname in known:
            for m in surname_pattern(surname).finditer(words):
                a, z = region.start + m.start(), region.start + m.end()
                if claim("person", a, z):
                    b.entity(doc, "person", surname, Span(a, z))


def _known_surnames(doc: Document, b: GraphBuilder) -> list[str]:
    names = set()
    for e in [e for pl in doc.participant_lists for e in pl.entries] + [e for t in doc.turns for e in t.speakers]:
        if e.kind == "office" or e.person or e.printed.endswith(".") or e.printed.isupper():
            continue  # an office, initials or a capital label: its holder's name is not printed here
        names.add(e.printed.split()[-1])
    return sorted(names)
