"""Czech and Slovak archival signatures: ``F. 07, Sv. 14, A.j. 14``,
``karton 5``, ``info. 4``; ``ÚSD, AÚV KSČ, F. 02/1``, ``NA, fond KSČ-ÚV-02/1``; the military archive's ``Fond MNO CSR, 1956, GS/OS, 2/8-39b``
(a fond named, not numbered; a series named with its abbreviation; a
signature of numbers and slashes)."""

from __future__ import annotations

import re

from kg.text.citations.shapes import END, NUMBER, SEGMENT_END

LEVELS = tuple((kind, re.compile(pattern)) for kind, pattern in (
    ("svazek", r"(?P<kw>[Ss]vazek|[Ss]v ?\.)\s*(?P<v>" + NUMBER + ")" + END),
    ("aj", r"(?P<kw>Archivn[ai]\s+jednotka(?:\s*\(A\. ?j\.\))?|[Aa]\. ?j\.)\s*(?P<v>" + NUMBER + ")" + END),
    ("box", r"(?P<kw>[Kk]arton|kart?\.)\s*(?P<v>" + NUMBER + ")" + END),
    ("item", r"(?P<kw>info\.|inv\.\s?c\.)\s*(?P<v>" + NUMBER + ")" + END),
))
# A fond named, not numbered: "F. MNO", "Fond Ministra narodni obrany (MNO) CSR";
# tried after every numbered level.
NAMED_LEVELS = tuple((kind, re.compile(pattern)) for kind, pattern in (
    ("fond", r"(?P<kw>Fond\s*\(F ?\.\)|Fonds?|fond|F ?\.|f\.)\s*(?P<v>[A-Z][^,;\n]{0,80}?)(?=\s*[,;]|\s*$)"),
))
# After a comma, without a keyword: "2/8-39b".
SIGNATURE_RE = re.compile(r"(?P<v>[0-9]+(?:\.[0-9]+)?(?:/[0-9]+[a-z]?)+(?:-[0-9]+[a-z]?)?)" + END)
# A series named with its abbreviation: "Operacni sprava ... (GS/OS)", or "GS/OS".
SERIES_RE = re.compile(
    r"(?:[^\W\d_][\w'’.-]*(?:[ ]+[\w'’.-]+){0,10}?[ ]*\((?:[A-Z][A-Za-z]{0,5}(?:/[A-Z][A-Za-z]{0,5})+"
    r"|[A-Z]{2,6})\)(?:[ ]+[A-Z]\w*){0,2}|[A-Z]{1,6}(?:/[A-Z]{1,6})+)" + SEGMENT_END
)
