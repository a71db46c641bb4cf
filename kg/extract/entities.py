"""Entities extractor: persons, places and bodies mentioned in the running
text (turns, item outcomes, notes), with every spelling seen.

Three sources of mentions: the name forms of the gazetteer
(:mod:`kg.extract.gazetteer`, not the authority table), surnames of persons the record already
names in its lists and turns, and patterns of the genre (military ranks,
"the Chinese delegation", "the KSC Central Committee"). Identity in Wikidata
is not decided here: see :mod:`kg.link`."""

from __future__ import annotations

import re

from kg.document.model import Document, Span
from kg.document.patterns import FULL_SURNAME
from kg.extract.context import regions
from kg.graph.builder import GraphBuilder
from kg.extract.gazetteer import load_gazetteer

_RANK_RE = re.compile(
    rf"\b(?:Col\.-\s?General|Colonel-General|Lieut\.-General|Lieutenant-General|Major-General|Maj\.-General|"
    rf"General|Marshal|Colonel|Col\.|Admiral|Ambassador)\s+"
    rf"(?!(?:Staff|Secretary|Assembly|Council|Department|Headquarters|Command)\b)"
    rf"(?P<name>(?:[A-Z][a-z]+\s+|(?:[A-Z]\.\s?){{1,3}})?{FULL_SURNAME})"
)
_BODY_RE = re.compile(
    r"\b(?P<name>(?:the\s+)?(?:[A-Z][\w']+\s+){1,3}(?:delegation|embassy(?:\s+in\s+[A-Z]\w+)?|General\s+Staff|"
    r"Central\s+Committee|CC\s+Presidium|Politburo|Presidium|Council\s+of\s+Ministers|Party))\b"
)
_SKIP_BODY_LEAD = re.compile(r"^(?:the\s+)?(?:If|But|And|The|This|That|In|On|Of|Other|All|Our|Their|His|Her)\s")


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
        for m in _RANK_RE.finditer(words):
            a, z = region.start + m.start("name"), region.start + m.end("name")
            if claim("person", a, z):
                b.entity(doc, "person", m.group("name"), Span(a, z))
        for m in _BODY_RE.finditer(words):
            name = m.group("name")
            if _SKIP_BODY_LEAD.match(name):
                continue
            a, z = region.start + m.start("name"), region.start + m.end("name")
            if claim("body", a, z):
                b.entity(doc, "body", re.sub(r"^the\s+", "", name), Span(a, z))
        for kind, form, pattern in load_gazetteer():
            if form not in words:
                continue
            for m in pattern.finditer(words):
                a, z = region.start + m.start(), region.start + m.end()
                if claim(kind, a, z):
                    b.entity(doc, kind, form, Span(a, z))
        for surname in known:
            for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", words):
                a, z = region.start + m.start(), region.start + m.end()
                if claim("person", a, z):
                    b.entity(doc, "person", surname, Span(a, z))


def _known_surnames(doc: Document, b: GraphBuilder) -> list[str]:
    names = set()
    for e in [e for pl in doc.participant_lists for e in pl.entries] + [e for t in doc.turns for e in t.speakers]:
        if not e.printed.endswith("."):
            names.add(e.printed.split()[-1])
    return sorted(names)
