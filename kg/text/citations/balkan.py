"""Romanian and Bulgarian archival signatures, the fond given by name or by
its number and letter: ``ANIC, fond CC al PCR – Cancelarie, folder
133/1968, pp. 2-19``, ``Central State Archive, Sofia, fond 1-B (Central
Committee of the BCP), opis 6, folder 4972, pp. 1-14``."""

from __future__ import annotations

import re

from kg.text.citations.shapes import END

LEVELS = tuple((kind, re.compile(pattern)) for kind, pattern in (
    ("fond", r"(?P<kw>[Ff]ond)\s+(?P<v>[0-9]+-[A-Z])(?:\s*\([^()\n]*\))?" + END),
    ("folder", r"(?P<kw>[Ff]older|[Dd]osar)\s*(?P<v>[0-9]+/[0-9]+)" + END),
))
