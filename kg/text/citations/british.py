"""British archival signatures: ``TNA, CAB 128/30, CM (56) 99``, ``FO
371/122378, NH 10110/113``: a series and its piece, then the reference of the
paper (a Cabinet conclusion, a Foreign Office registry number)."""

from __future__ import annotations

import re

from kg.text.citations.shapes import END

# "CAB 128/30": series CAB 128, piece 30 (split when the levels are settled).
LEVELS = tuple((kind, re.compile(pattern)) for kind, pattern in (
    ("series-piece", r"(?P<v>(?P<kw>CAB|FO|PREM|DEFE|WO|AIR|ADM|DO|CO|T)\s?[0-9]+/[0-9]+)" + END),
))
# After a comma: the paper's reference, "CM (56) 99", "C.M. (56) 91", "NH 10110/113".
REFERENCE_RE = re.compile(r"(?P<v>C\.?\s?M\.?\s?\([0-9]{2}\)\s?[0-9]+|[A-Z]{1,3}\s?[0-9]+/[0-9]+)" + END)
