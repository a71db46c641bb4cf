"""Identity linking: persons, places, bodies and events to Wikidata.

    from kg.link import load_authority, link_graph
    report = link_graph(graph, load_authority())          # offline: the shipped authority table and the user's rows
    report = link_graph(graph, authority, resolver=WikidataResolver(endpoint, cache_dir))
    print(report.to_text())
"""

from kg.link.authority import Authority, AuthorityEntry, PartialDate, cell_date, load_authority
from kg.link.linker import link_graph, remove_claims
from kg.link.report import CandidateScore, LinkReport, LinkResult
from kg.link.wikidata import DEFAULT_ENDPOINT, WikidataResolver, build_query

__all__ = [
    "DEFAULT_ENDPOINT",
    "Authority",
    "AuthorityEntry",
    "CandidateScore",
    "LinkReport",
    "LinkResult",
    "PartialDate",
    "WikidataResolver",
    "build_query",
    "link_graph",
    "cell_date",
    "load_authority",
    "remove_claims",
]
