"""Name forms of the authority data, for recognising mentions in text.

Reads the ``kind``, ``label``, ``aliases`` and ``native_label`` columns of
``data/authority.tsv``: every label and alias (without the notes some carry in
parentheses) is a form of its row's entity; a person's surname is one too."""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from kg import resources
from kg.errors import LinkError

KINDS = {"person": "person", "place": "place", "org": "body"}


def clean_form(form: str) -> str:
    return re.sub(r"\s*\([^)]*\)\s*", " ", form).strip()


@lru_cache(maxsize=4)
def load_forms(path: str | None = None) -> tuple[tuple[str, str, str], ...]:
    """(kind, form, canonical label) for every name form; kind is person, place or body."""
    p = Path(path) if path else resources.AUTHORITY
    try:
        handle = p.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise LinkError(f"{p}: authority data cannot be read ({exc.strerror})") from None
    out = set()
    with handle:
        rows = csv.DictReader(handle, delimiter="\t")
        missing = {"kind", "label", "aliases"} - set(rows.fieldnames or [])
        if missing:
            raise LinkError(f"{p}:1: authority data lacks the column(s) {', '.join(sorted(missing))}")
        for row in rows:
            kind = KINDS.get((row.get("kind") or "").strip())
            label = clean_form(row.get("label") or "")
            if not kind or not label:
                continue
            forms = {label} | {clean_form(a) for a in (row.get("aliases") or "").split("|")}
            if kind == "person":
                forms.add(label.split()[-1])
            for form in forms:
                if form:
                    out.add((kind, form, label))
    return tuple(sorted(out))
