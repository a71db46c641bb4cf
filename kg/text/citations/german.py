"""German archival signatures: ``SAPMO-BArch, DY 30/IV 2/2/363, Bl.
12-15``: the signature of a party file, then the leaves (``Bl.``, Blatt)."""

from __future__ import annotations

import re

from kg.text.citations.shapes import END

LEVELS = tuple((kind, re.compile(pattern)) for kind, pattern in (
    ("signature", r"(?P<v>(?P<kw>DY|NY|DC|DO|DE|DK)\s?[0-9]+(?:/[A-Z0-9]+(?:\s[A-Z0-9]+)*)+)" + END),
))
