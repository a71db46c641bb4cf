"""Shapes shared by the level patterns of every archive family: where a
number or a segment ends, what a number and a folio number look like, a
year, and a collection code in first place ("M-KS", "KC PZPR")."""

from __future__ import annotations

import re

END = r"(?=[\s,;.)\]]|$)"  # a number ends at a separator
SEGMENT_END = r"(?=\s*(?:[,;:)\]]|\.(?:\s|$)|$))"  # a whole segment ends at a delimiter
NUMBER = r"[0-9]+[A-Za-z]?(?:[/-][0-9]+[A-Za-z]?)*"
FOLIO_NUMBER = r"[0-9]+ ?(?:ob\.?|v)?"

YEAR_RE = re.compile(r"(?P<v>(?:1[89]|20)[0-9][0-9])" + SEGMENT_END)
# A collection code or abbreviation in first place: "M-KS 288. f.", "KC PZPR,"
COLLECTION_RE = re.compile(r"(?P<v>[A-Z]{1,3}-[A-Z]{1,4}(?=[ ]+[0-9])|[A-Z]{2,}(?: [A-Z]{2,}){0,3}(?=\s*,))")
