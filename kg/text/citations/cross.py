"""Pointers to other notes of a printed edition: "Note 146 infra", "note 12
above", "see Note 3"."""

from __future__ import annotations

import re

from kg.text.citations.model import CrossRef

# "Note 146 infra", "note 12 above", or "Note 3" after "see"/"cf."
_CROSS_RE = re.compile(r"(?<!\w)[Nn]otes? (?P<n>[0-9]{1,4})(?: (?P<dir>infra|supra|above|below))?(?!\w)")
_SEE_BEFORE_RE = re.compile(r"(?i:\b(?:see|cf\.?|compare)\s+(?:also\s+)?)$")
_DIRECTIONS = {"infra": "infra", "below": "infra", "supra": "supra", "above": "supra"}


def find_cross_refs(text: str) -> list[CrossRef]:
    """Every pointer to a note ("Note 146 infra"), in order."""
    refs = []
    for m in _CROSS_RE.finditer(text):
        if m["dir"] or _SEE_BEFORE_RE.search(text, max(0, m.start() - 20), m.start()):
            direction = _DIRECTIONS.get(m["dir"] or "", "")
            refs.append(CrossRef(m.start(), m.end(), m.group(), int(m["n"]), direction))
    return refs
