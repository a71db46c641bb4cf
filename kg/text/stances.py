"""How a speaker's position shows in what they say: explicit disagreement
with a named person, and cue phrases of a stance (for force, for decisive
measures, for negotiation, reporting concern). A cue in a negated sentence
does not count, except in "if we don't ..., [bad outcome]" which argues for
it, and cues that are negative in themselves ("can't wait")."""

from __future__ import annotations

import re

from kg.text.names import HONORIFIC, SURNAME

DISAGREE_RE = re.compile(
    rf"\b(?:I|we)\s+(?:don't|do\s+not|cannot|can't)\s+agree\s+with\s+(?:{HONORIFIC}\s+)?(?P<name>{SURNAME})"
    rf"|\b(?:I|we)\s+(?:disagree|object)\s+(?:with|to)\s+(?:{HONORIFIC}\s+)?(?P<name2>{SURNAME})"
    rf"|\b{HONORIFIC}\s+(?P<name3>{SURNAME})\s+is\s+wrong\b"
    # minutes in the third person: "Kállai disagreed with Marosán."
    rf"|\b(?:disagreed|did\s+not\s+agree|disagrees|does\s+not\s+agree)\s+with\s+(?:{HONORIFIC}\s+)?(?P<name4>{SURNAME})"
)

NEGATION_RE = re.compile(r"\b(?:not|no|never|without|n't)\b|n't\b", re.IGNORECASE)
IF_NOT_RE = re.compile(r"\bif\s+we\s+(?:don't|do\s+not)\b", re.IGNORECASE)
INHERENTLY_NEGATIVE_RE = re.compile(r"can't\s+wait|cannot\s+wait", re.I)

# (stance name in the ontology, rule name, cue)
STANCE_CUES = (
    ("ForForce", "occupation-or-force",
     re.compile(r"\b(?:occupation|occupy|use\s+of\s+force|by\s+force|military\s+path|armed\s+intervention)\b", re.I)),
    ("ForDecisiveMeasures", "decisive-measures",
     re.compile(r"\b(?:decisive|take\s+measures|can't\s+wait|cannot\s+wait|establish\s+order)\b", re.I)),
    ("ForNegotiation", "negotiate-or-support-government",
     re.compile(r"\b(?:negotiat\w*|support\s+(?:the|this)\s+(?:existing\s+|current\s+)?gov\w*|wait\s+another)\b", re.I)),
    ("ReportsConcern", "reports-worry",
     re.compile(r"\b(?:(?:are|is|were|was)\s+worried|concerns?\s+(?:about|that))\b", re.I)),
)


def stance_cue(sentence: str, cue: re.Pattern) -> bool:
    """Whether ``cue`` speaks for its stance in ``sentence``."""
    m = cue.search(sentence)
    if not m:
        return False
    negated = NEGATION_RE.search(sentence) and not INHERENTLY_NEGATIVE_RE.search(m.group(0))
    return not negated or bool(IF_NOT_RE.search(sentence))
