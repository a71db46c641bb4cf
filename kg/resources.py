"""Where kg finds its files.

Shipped with the package, read with :mod:`importlib.resources` (the folders
``ontology/``, ``queries/`` and ``data/`` of the repository, installed as
``kg._ontology``, ``kg._queries`` and ``kg._data``; see ``setup.py``):
the ontology and shapes, the competency queries, the authority table, the
sample record.

The user's own files, never in the installation:

``KG_AUTHORITY``
    the user's authority table, whose rows are added to the shipped ones
    (default ``authority.tsv`` in the user data directory, e.g.
    ``~/.local/share/kg/authority.tsv``; read only if it exists).
``KG_CACHE_DIR``
    the cache of Wikidata endpoint answers that ``kg link --online`` fills and
    ``kg build`` / ``kg link`` read (default ``wikidata`` in the user cache
    directory, e.g. ``~/.cache/kg/wikidata``).

Both are read when asked for, so a changed environment takes effect at once."""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

import platformdirs

_APP = "kg"


def _shipped(package: str, name: str = "") -> Path:
    # kg is installed as files, never as a zip: owlready2 and the parsers need real paths
    return Path(str(files(package).joinpath(name) if name else files(package)))


ONTOLOGY = _shipped("kg._ontology", "kg.ttl")
SHAPES = _shipped("kg._ontology", "shapes.ttl")
QUERIES = _shipped("kg._queries")
AUTHORITY = _shipped("kg._data", "authority.tsv")
OFFICES = _shipped("kg._data", "offices.tsv")
NAME_FORMS = _shipped("kg._data", "name-forms.tsv")
SAMPLE = _shipped("kg._data", "presidium-1956-11-01.txt")


def user_authority() -> Path:
    """The user's authority table (it need not exist)."""
    return Path(os.environ.get("KG_AUTHORITY") or Path(platformdirs.user_data_dir(_APP)) / "authority.tsv")


def cache_dir() -> Path:
    """The one cache of Wikidata endpoint answers."""
    return Path(os.environ.get("KG_CACHE_DIR") or Path(platformdirs.user_cache_dir(_APP)) / "wikidata")
