"""Entities extractor: persons, places and bodies mentioned in the running
text (turns, item outcomes, notes), with every spelling seen.

Three sources of mentions: the name forms of the gazetteer
(:mod:`kg.extract.gazetteer`, not the authority table), surnames of persons the record already
names in its lists and turns, and patterns of the genre (military ranks,
"the Chinese delegation", "the KSC Central Committee"). Identity in Wikidata
is not decided here: see :mod:`kg.link`."""

from __future__ import annotations

import bisect
import re

from kg.document.model import Document, Span
from kg.document.roles import office_re
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


class _Taken:
    """The spans already taken by mentions of one kind: disjoint, kept sorted,
    so that asking whether a span is free costs a binary search, not a scan."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def claim(self, a: int, z: int) -> bool:
        """Whether no taken span overlaps ``a``-``z`` (then take it)."""
        i = bisect.bisect_right(self.starts, a)
        if i > 0 and self.ends[i - 1] > a:
            return False
        if i < len(self.starts) and self.starts[i] < z:
            return False
        self.starts.insert(i, a)
        self.ends.insert(i, z)
        return True


def extract(doc: Document, b: GraphBuilder) -> None:
    taken = {"person": _Taken(), "place": _Taken(), "body": _Taken()}

    def claim(kind: str, a: int, z: int) -> bool:
        return taken[kind].claim(a, z)

    # the words a speaker's label or a list's name spans are read already ("S.Ll." is Selwyn Lloyd)
    read = {(e.span.start, e.span.end) for e in [e for t in doc.turns for e in t.speakers]
            + [e for pl in doc.participant_lists for e in pl.entries]}
    finder = _SurnameFinder(_known_surnames(doc, b))
    for region in regions(doc) + ([doc.title] if doc.title else []):
        words = doc.quote(region)
        for m in RANKED_NAME_RE.finditer(words):
            a, z = region.start + m.start("name"), region.start + m.end("name")
            if claim("person", a, z):
                b.entity(doc, "person", m.group("name"), Span(a, z))
        for m in office_re().finditer(words):  # "The Home Secretary" names no one called Home
            claim("person", region.start + m.start(), region.start + m.end())
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
                if claim(kind, a, z) and (kind != "person" or (a, z) not in read):
                    b.entity(doc, kind, form, Span(a, z))
        for surname, start, end in finder.find(words):
            a, z = region.start + start, region.start + end
            if claim("person", a, z) and (a, z) not in read:
                b.entity(doc, "person", surname, Span(a, z))


_RUN = re.compile(r"[\w-]+")


class _SurnameFinder:
    """Every whole-word occurrence of any of ``surnames`` in one pass over the
    text (a regular expression per surname would read the text once per
    participant). Occurrences come surname by surname (in the given order),
    each in text order. A surname starts and ends a run of word characters
    and hyphens, so runs are looked up in a table of first runs."""

    def __init__(self, surnames: list[str]):
        self.rank = {s: i for i, s in enumerate(surnames)}
        self.by_run: dict[str, list[str]] = {}
        self.odd: list[tuple[str, re.Pattern]] = []
        for s in surnames:
            first = _RUN.match(s)
            if first and first.start() == 0:
                self.by_run.setdefault(first.group(), []).append(s)
            else:
                self.odd.append((s, surname_pattern(s)))

    def find(self, words: str) -> list[tuple[str, int, int]]:
        found = []
        if self.by_run:
            for m in _RUN.finditer(words):
                for s in self.by_run.get(m.group(), ()):
                    end = m.start() + len(s)
                    if words.startswith(s, m.start()) and not (end < len(words) and _is_word(words[end])):
                        found.append((s, m.start(), end))
        for s, pattern in self.odd:
            found.extend((s, m.start(), m.end()) for m in pattern.finditer(words))
        found.sort(key=lambda f: (self.rank[f[0]], f[1]))
        return found


def _is_word(ch: str) -> bool:
    return ch == "-" or ch.isalnum() or ch == "_"


def _known_surnames(doc: Document, b: GraphBuilder) -> list[str]:
    names = set()
    for e in [e for pl in doc.participant_lists for e in pl.entries] + [e for t in doc.turns for e in t.speakers]:
        if e.kind == "office" or e.person or e.printed.endswith(".") or e.printed.isupper():
            continue  # an office, initials or a capital label: its holder's name is not printed here
        names.add(e.printed.split()[-1])
    return sorted(names)
