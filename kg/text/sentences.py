"""Sentences of running text, and the clause a note marker closes.

A sentence ends after . ! ? (and the note marker glued to it), or after a
parenthesis closing an attribution such as "(Cde. Mikoyan)" before a
capital. A period after an abbreviation ("Cde.", "Ll.", "e.g.", an initial)
ends no sentence. A blank line is a page break, not an end: sentences run
across it."""

from __future__ import annotations

import re
from collections.abc import Iterator

_SENTENCE_END_RE = re.compile(
    r"(?<=[.!?])(?:\(\s?\d{1,3}\s?\))?(?=\s|$|[A-Z“\"])|(?<=\))(?=\s+[A-Z])"
)
_ABBREVIATION_RE = re.compile(
    r"(?:\b(?:Cdes?|Col|Gen|Lieut|Maj|Dr|Mr|Mrs|No|vol|pp?|F|Op|D|Ll?|ob|Sv|polit|counterrev|cf|e\.g|i\.e|"
    r"St|Jr|Sr|Prof|Arch|gov|Comp|ed|eds|trans)\.|(?<![\w.])[A-Z]\.)$"
)
# Where a clause ends before a marker: punctuation (and a marker glued to
# it) with space after, a line end, a dash.
_CLAUSE_END_RE = re.compile(r"[.!?:;](?:\(\s?\d{1,3}\s?\))?\s+|\n|—")


def sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence of ``text[start:end]``, leading white space left out."""
    base = start
    for m in _SENTENCE_END_RE.finditer(text[base:end]):
        stop = base + m.end()
        if _ABBREVIATION_RE.search(text, max(base, stop - 12), stop):
            continue
        if text[start:stop].strip():
            yield start + len(text[start:stop]) - len(text[start:stop].lstrip()), stop
        start = stop
    if text[start:end].strip():
        yield start + len(text[start:end]) - len(text[start:end].lstrip()), end


def clause_start(text: str, end: int, *, reach: int = 600) -> int:
    """Where the clause that ends at ``end`` begins: after the last clause
    end within ``reach`` characters before it."""
    limit = max(0, end - reach)
    start = limit
    for m in _CLAUSE_END_RE.finditer(text[limit:end - 1]):
        start = limit + m.end()
    return start


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]`` where no sentences were read
    (a header, a list, the body at large): from the last ". " or line start
    before it to the next ". " or line end after it."""
    a = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1)
    stop = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    z = min(min(stop) + 1 if stop else len(text), len(text))
    while z > a and text[z - 1].isspace():
        z -= 1
    return a, z
