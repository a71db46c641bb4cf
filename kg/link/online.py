"""Which resolver a command uses: the on-disk cache of earlier endpoint
answers by default (offline, reproducible), the endpoint itself with --online."""

from __future__ import annotations

from kg import resources
from kg.link.wikidata import DEFAULT_ENDPOINT, WikidataResolver

CACHE = resources.DATA / "wikidata-cache"


def resolver(*, online: bool, endpoint: str | None = None, cache_dir=None) -> WikidataResolver:
    """A resolver that answers from ``cache_dir`` (default data/wikidata-cache);
    with ``online`` it asks ``endpoint`` about what the cache lacks and keeps the answers."""
    return WikidataResolver(endpoint or DEFAULT_ENDPOINT, cache_dir or CACHE, offline=not online)
