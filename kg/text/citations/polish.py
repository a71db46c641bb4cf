"""Polish archival signatures: ``AAN, KC PZPR, sygn. 2685, k. 12-15``,
``teczka 3``."""

from __future__ import annotations

import re

from kg.text.citations.shapes import SEGMENT_END

LEVELS = tuple((kind, re.compile(pattern)) for kind, pattern in (
    ("folder", r"(?P<kw>[Tt]eczka|t\.)\s*(?P<v>[0-9]+|\"[^\"\n]{1,80}\"|“[^”\n]{1,80}”)"),
    ("signature", r"(?P<kw>sygn\.|[Ss]ign\.)\s*(?P<v>[0-9A-Za-z][\w/.-]*?)" + SEGMENT_END),
))
