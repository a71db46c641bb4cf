"""Name forms of the authority data, for recognising mentions in text: every
label, alias and native form of a person, place or body, and a person's
surnames, each with the row's label as its canonical name."""

from __future__ import annotations

from functools import lru_cache

from kg.link.authority import load_authority

KINDS = {"person": "person", "place": "place", "org": "body"}


@lru_cache(maxsize=4)
def load_forms(path: str | None = None) -> tuple[tuple[str, str, str], ...]:
    """(kind, form, canonical label); kind is person, place or body."""
    out = set()
    for entry in load_authority(path).entries:
        kind = KINDS.get(entry.kind)
        if kind is None:
            continue
        forms = {f.text for f in entry.forms} | (set(entry.surnames) if kind == "person" else set())
        for form in forms:
            if form:
                out.add((kind, form, entry.label))
    return tuple(sorted(out))


@lru_cache(maxsize=4)
def _canonical_index(path: str | None = None) -> dict[tuple[str, str], str | None]:
    index: dict[tuple[str, str], str | None] = {}
    for kind, form, label in load_forms(path):
        key = (kind, form)
        index[key] = label if index.get(key, label) == label else None
    return index


def canonical_name(kind: str, form: str) -> str | None:
    """The authority's name for ``form`` when exactly one row of ``kind`` has it."""
    return _canonical_index().get((kind, form))
