"""The same archival file cited with different parts in different places.

Two citations are taken to cite the same leaves when they name the same
archive, the same file (the lowest level: delo, archival unit, signature)
and the same folios, with as many levels above it; if they then differ in
exactly one level above the file (fond or opis, say), one of them is very
likely misprinted. A warning, with both citations as printed. Citations of
different folios of one file, or of different files, are what a file's use
looks like and are not reported."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from kg.check.model import Finding
from kg.graph.view import GraphView
from kg.vocab import KG, RICO

SAME_FILE_DIFFERENT_PARTS = "file-cited-with-different-parts"


@dataclass(frozen=True)
class _Cited:
    citation: object
    archive: str
    parts: tuple  # identifiers from the top level down to the file
    labels: tuple
    folios: str


def check(view: GraphView) -> list[Finding]:
    groups = defaultdict(list)
    for record in view.records:
        for citation in record.citations:
            cited = _cited(view, citation)
            if cited is not None and len(cited.parts) >= 2:
                groups[(cited.archive, cited.parts[-1], cited.folios, len(cited.parts))].append(cited)
    findings = []
    for key in sorted(groups):
        variants = defaultdict(list)
        for cited in groups[key]:
            variants[cited.parts].append(cited)
        ordered = sorted(variants, key=lambda parts: min(_start(view, c.citation) for c in variants[parts]))
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                differ = [k for k in range(len(a) - 1) if a[k] != b[k]]
                if len(differ) != 1:
                    continue
                findings.append(_finding(view, variants[a], variants[b], differ[0]))
    return findings


def _cited(view: GraphView, citation) -> _Cited | None:
    g = view.g
    source = g.value(citation, KG.cites)
    if source is None:
        return None
    level = g.value(source, RICO.isOrWasIncludedIn)
    parts, labels, seen = [], [], set()
    top = None
    while level is not None and level not in seen:
        seen.add(level)
        parts.append(str(g.value(level, RICO.identifier) or g.value(level, KG.levelLabel) or level))
        labels.append(str(g.value(level, KG.levelLabel) or parts[-1]))
        top = level
        level = g.value(level, RICO.isOrWasIncludedIn)
    if top is None:
        return None
    holder = g.value(top, RICO.hasOrHadHolder)
    archive = str(holder if holder is not None else top)
    return _Cited(citation, archive, tuple(reversed(parts)), tuple(reversed(labels)),
                  str(g.value(source, KG.folios) or ""))


def _where(view: GraphView, citation) -> str:
    place = view.g.value(citation, KG.citedIn)
    number = view.number(place) if place is not None else None
    return f"note {number}" if number is not None else "the record's citation"


def _finding(view: GraphView, first: list, second: list, level: int) -> Finding:
    def cited_as(group):
        printed = str(view.g.value(group[0].citation, KG.asPrinted) or ", ".join(group[0].labels))
        places = sorted({_where(view, c.citation) for c in group})
        return f"“{printed}” ({', '.join(places)})"

    which = f"{first[0].labels[level]} against {second[0].labels[level]}"
    spans = tuple(sorted(s for c in first + second for s in view.spans(c.citation)))
    return Finding(SAME_FILE_DIFFERENT_PARTS, "warning",
                   f"The same file seems to be cited two ways, {cited_as(first)} and {cited_as(second)}: "
                   f"they differ only in one part ({which}), so one of them is probably misprinted.",
                   spans)


def _start(view: GraphView, citation) -> tuple:
    span = view.first_span(citation)
    return (span.file, span.start) if span else ("", -1)
