"""Where the project's data lives: ontology, shapes, queries, authority data.

Paths are relative to the checkout (``pip install -e .``); ``KG_HOME`` points
elsewhere when the files live in another place."""

from __future__ import annotations

import os
from pathlib import Path

HOME = Path(os.environ.get("KG_HOME", Path(__file__).resolve().parent.parent))
ONTOLOGY = HOME / "ontology" / "kg.ttl"
SHAPES = HOME / "ontology" / "shapes.ttl"
QUERIES = HOME / "queries"
DATA = HOME / "data"
AUTHORITY = Path(os.environ.get("KG_AUTHORITY", DATA / "authority.tsv"))
SAMPLE = DATA / "presidium-1956-11-01.txt"
