"""Words that name an event of the past in running text: trigger words that
give a dated mention its kind ("the decision of 31 X", "the meeting on 26
October"), and phrases that name an undated event ("the Declaration",
"Hungary's withdrawal from the Warsaw Pact", code-named operations).

Transliterated Russian and Czech words for "session" and "protocol" appear
in the titles of cited documents."""

from __future__ import annotations

import re

TRIGGERS = (
    ("decision", r"decision|decided|resolution|approved"),
    ("meeting", r"meeting|talks|discussions?|consultations?"),
    ("session", r"sessions?|zasedani\w*|plenum|protocol|protokol\w*|stenographic|stenograficky"),
    ("report", r"reports?|notes\s+from|summary|souhrn|hlaseni|warnings|telegram|cable|letter"),
    ("evacuation", r"evacuat\w+"),
    ("return", r"returned|return|arrived|came\s+back"),
    ("military operation", r"invasion|intervention|military\s+operations?|code-named"),
    ("withdrawal", r"withdrawal|withdrew"),
    ("declaration", r"[Dd]eclaration"),
    ("uprising", r"uprising|revolt|putsch|demonstrations?"),
    ("visit", r"visit\w*"),
)
_TRIGGER_RES = tuple((kind, re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)) for kind, pattern in TRIGGERS)

# Undated events named by a fixed phrase: (kind, pattern with group "name").
UNDATED = (
    ("declaration", re.compile(r"(?<![.!?]\s)\b(?P<name>the\s+Declaration)\b")),
    ("withdrawal", re.compile(r"\b(?P<name>(?:[A-Z]\w+'s\s+)?withdrawal\s+from\s+the\s+[A-Z][\w ]+?)(?=\s+and\b|[,.;]|$)")),
    ("military operation", re.compile(
        r"\b(?P<name>(?:the\s+commencement\s+of\s+)?(?:[A-Z]\w+\s+and\s+)?(?:[A-Z]\w+\s+)?military\s+operations?\s+against\s+[A-Z]\w+)")),
    ("military operation", re.compile(r"\bcode-named\s+[\"“](?P<name>[^\"”]+)[\"”]")),
    ("decision", re.compile(r"\b(?P<name>[A-Z]\w+(?:'s|’s)\s+(?:sudden\s+)?decision\s+to\s+[a-z]+[^,;.()]{0,80})")),
)


def kind_near(words: str, start: int, end: int) -> str:
    """The kind of event the trigger word nearest to ``words[start:end]``
    names (a word before the date counts more than one after it), else "event"."""
    best, best_distance = "event", None
    for kind, regex in _TRIGGER_RES:
        for m in regex.finditer(words):
            distance = start - m.end() if m.end() <= start else (m.start() - end) * 1.5
            if distance < -0.5:
                continue
            if best_distance is None or distance < best_distance:
                best, best_distance = kind, distance
    return best
