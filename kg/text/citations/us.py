"""US archival signatures: "RG 59, Central Files, 761.00/10-2362" (a record
group, a collection, a decimal file), "Conference Files: Lot 65 D 533, CF
2152", "Box TS 78" or "Box 8" with the folder's heading after it, and named
collections and series after a presidential library, the National Archives,
the Library of Congress ("Manuscript Division, Kissinger Papers") or the
Department of State ("Whitman File, NSC Series")."""

from __future__ import annotations

import re

from kg.text.citations.shapes import END, NUMBER, SEGMENT_END

LEVELS = tuple((kind, re.compile(pattern)) for kind, pattern in (
    ("box", r"(?P<kw>Box|box)\s*(?P<v>(?:[A-Z]{1,3}\s)?" + NUMBER + ")" + END),
    ("folder", r"(?P<kw>Folder|folder)\s*(?P<v>[0-9]+|\"[^\"\n]{1,80}\"|“[^”\n]{1,80}”)"),
    ("record_group", r"(?P<kw>RG|Record\s+Group)\s*(?P<v>[0-9]+)" + END),
    ("lot", r"(?P<kw>Lot)\s+(?P<v>[0-9]+\s?[A-Z]\s?[0-9]+)" + END),
    ("file", r"(?P<v>(?P<kw>CF)\s?[0-9]+)" + END),
))
# After a comma, without a keyword: a decimal file "761.00/10-2362".
FILE_RE = re.compile(r"(?P<v>[0-9]{3}\.[0-9]+(?:/[0-9]+-[0-9]+)?)" + END)
# A named collection or series: "Whitman File", "Papers as President (Ann
# Whitman File)", "NSC Series".
SEGMENT_RE = re.compile(
    r"[A-Z][\w'’&/-]*(?:[ ]+(?:\([^()\n]{1,60}\)|[\w'’&/-]+)){0,8}" + SEGMENT_END
)
# The folder's heading after a box or a lot: the rest of the reference.
FOLDER_RE = re.compile(r"(?P<v>[A-Z][^;\n]*?)(?=\.(?:\s|$)|;|$)")


def segment_kind(value: str, kinds: list[str]) -> str:
    """The level a named segment is, given the kinds read before it."""
    if value.endswith("Division"):
        return "division"
    if "collection" not in kinds:
        return "collection"
    if kinds and kinds[-1] in ("box", "lot") or "series" in kinds:
        return "folder"  # "..., Meetings and Memoranda Series, Executive Committee": the series' file
    return "series"
