"""Hungarian archival signatures, the value before its keyword:
``M-KS 288. f. 5/1. o.e.``, ``XX-A-1, 3. d.`` (box), ``M-KS 276. f. 53. cs. 291. ő.e.``
(series 53, unit 291)."""

from __future__ import annotations

import re

from kg.text.citations.shapes import END

# Value first, then the keyword: "288. f.", "3. d.", "5/1. o.e."
POSTFIXED_LEVELS = tuple((kind, re.compile(pattern)) for kind, pattern in (
    ("fond", r"(?P<v>[0-9]+)\. ?(?P<kw>f\.)(?!\w)"),
    ("box", r"(?P<v>[0-9]+)\. ?(?P<kw>d\.|doboz)(?!\w)"),
    ("series", r"(?P<v>[0-9]+)\. ?(?P<kw>cs\.)(?!\w)"),
    ("unit", r"(?P<v>[0-9]+(?:/[0-9]+)*)\.? ?(?P<kw>o\. ?e\.)(?!\w)"),
))
# After a comma, without a keyword: a fond such as "XX-A-1".
FOND_RE = re.compile(r"(?P<v>[IVXL]+-[A-Z](?:-[0-9]+)*(?:-[a-z])?)" + END)
