"""US archival signatures: "RG 59", "Box 8", "Folder 3" or a folder's title
in quotes, and named collections and series after a presidential library or
the National Archives ("Whitman File, NSC Series")."""

from __future__ import annotations

import re

from kg.text.citations.shapes import END, NUMBER, SEGMENT_END

LEVELS = tuple((kind, re.compile(pattern)) for kind, pattern in (
    ("box", r"(?P<kw>Box|box)\s*(?P<v>" + NUMBER + ")" + END),
    ("folder", r"(?P<kw>Folder|folder)\s*(?P<v>[0-9]+|\"[^\"\n]{1,80}\"|“[^”\n]{1,80}”)"),
    ("collection", r"(?P<kw>RG|Record\s+Group)\s*(?P<v>[0-9]+)" + END),
))
# A named collection or series: "Whitman File", "Papers as President (Ann
# Whitman File)", "NSC Series".
SEGMENT_RE = re.compile(
    r"[A-Z][\w'’&/-]*(?:[ ]+(?:\([^()\n]{1,60}\)|[\w'’&/-]+)){0,8}" + SEGMENT_END
)
