"""What a translator's or editor's note does, told by its wording: it
corrects the text, voices uncertainty, cites a source, identifies someone or
something, or explains. A note may do several; the first kind found in this
order is its primary kind, and a note with no cue explains."""

from __future__ import annotations

import re

# (kind name in the ontology, cue)
KIND_CUES = (
    ("Correction", re.compile(
        r"\bthis\s+is\s+how\s+(?:the|it)\s+(?:sentence|text|passage)\s+reads\b|\bmeant\s+to\s+say\b|"
        r"\bshould\s+read\b|\[sic\]|\bsic\b|\bmisprint\b|\btypo\b|\berror\s+in\s+the\s+(?:text|original)\b|"
        r"\bapparently\s+a\s+slip\b", re.I)),
    ("Uncertainty", re.compile(
        r"\b(?:presumably|probably|unclear|not\s+entirely\s+clear|may\s+have|might\s+have|it\s+seems|"
        r"seems\s+to|apparently|possibly|perhaps|uncertain|could\s+also\s+mean)\b", re.I)),
    ("SourceCitation", re.compile(
        r"\b(?:F\.|Fond|Op\.|D\.|Ll?\.|vol\.|pp?\.)\s*\d|\bsee\s+(?:the\s+)?(?:memoir|note|document)\b|"
        r"\bin\s+(?:APRF|TsKhSD|RGANI|RGASPI|GARF|AVP\s*RF|SUA|VHA|MOL|AAN)\b", re.I)),
    ("Identification", re.compile(r"\bcode-named\b|\bi\.\s?e\.|\bnamely\b|\bthat\s+is,", re.I)),
    ("Explanation", re.compile(
        r"\brefers?\s+to\b|\breferring\s+to\b|\btranslated\s+as\b|\buses\s+a\s+word\b|\bmeans\b|"
        r"\bin\s+this\s+context\b|\bindicates?\b|\bsheds?\s+light\b|\bhad\s+in\s+mind\b", re.I)),
)


def note_kinds(words: str) -> list[str]:
    """The kinds of a note, primary kind first."""
    kinds = [kind for kind, cue in KIND_CUES if cue.search(words)]
    return kinds or ["Explanation"]
