"""Which resolver a command uses: the on-disk cache of earlier endpoint
answers by default (offline, reproducible), the endpoint itself with --online.

``kg build`` and ``kg link`` share one cache, :func:`kg.resources.cache_dir`
(``KG_CACHE_DIR``, default ``wikidata`` in the user cache directory)."""

from __future__ import annotations

from kg import resources
from kg.link.wikidata import DEFAULT_ENDPOINT, WikidataResolver


def resolver(*, online: bool, endpoint: str | None = None, cache_dir=None) -> WikidataResolver:
    """A resolver that answers from ``cache_dir`` (default :func:`kg.resources.cache_dir`);
    with ``online`` it asks ``endpoint`` about what the cache lacks and keeps the answers."""
    return WikidataResolver(endpoint or DEFAULT_ENDPOINT, cache_dir or resources.cache_dir(), offline=not online)
