"""The name-forms gazetteer: the person, place and body names the entities
extractor recognises in running text (``data/name-forms.tsv``: kind, form).

It is kept apart from the authority table on purpose: the authority rows say
who an entity is (the link layer), the gazetteer only which words are names,
so adding or removing authority rows never changes what a record's graph
holds."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from kg import resources
from kg.errors import InputError
from kg.text.names import form_pattern

KINDS = ("person", "place", "body")
PATH = resources.NAME_FORMS


@lru_cache(maxsize=4)
def load_gazetteer(path: str | None = None) -> tuple[tuple[str, str, re.Pattern], ...]:
    """(kind, form, compiled pattern), longest forms first."""
    source = Path(path) if path else PATH
    out = []
    for lineno, line in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1):
        if lineno == 1 or not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) != 2 or cells[0] not in KINDS:
            raise InputError(str(source), lineno, "expected two columns: kind (person, place, body) and form")
        kind, form = cells
        out.append((kind, form, form_pattern(form)))
    out.sort(key=lambda x: (-len(x[1]), x[1], x[0]))
    return tuple(out)
