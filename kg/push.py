"""Load a graph into a SPARQL server: one named graph per record.

A record's graph is named by its record text node and holds every node that
belongs to that record alone: the nodes derived from spans of its text, the
spans and their selectors, and the nodes that hang from them (sittings of its
session, entries of its lists). Persons, places, bodies, identity claims,
archives and cited sources, which records share, go into one graph of
entities. Membership is read from the graph's properties, not from IRIs.

By default each graph is replaced with the SPARQL 1.1 Graph Store HTTP
Protocol (PUT); ``update=True`` uses SPARQL Update (DROP SILENT GRAPH, then
INSERT DATA in batches) for servers that only take updates."""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict

from rdflib import Graph, URIRef

from kg.errors import KgError
from kg.serve.store import open_store, to_rdflib
from kg.vocab import ID, KG, OA, ORG, PROV, RDF, RICO, SDO, SEM, bind_prefixes

ENTITY_GRAPH = URIRef(str(ID) + "graph/entities")
SHARED = (SDO.Person, SDO.Place, ORG.Organization, KG.IdentityClaim, KG.Candidate, RICO.CorporateBody,
          RICO.RecordSet)
# properties by which a node leans on a span or another node of its record
_ANCHORS = (PROV.wasDerivedFrom, KG.evidence, KG.passage, OA.hasTarget, OA.hasBody, KG.documentedBy,
            KG.inTurn, KG.inSession, KG.citedIn, KG.mentionedIn, KG.decidedIn, KG.hasParticipantList, KG.entry)
BATCH = 2000


def partition(graph: Graph) -> dict[URIRef, Graph]:
    """The triples of ``graph`` grouped by named graph: one per record, one of entities."""
    home: dict = {}
    for text in graph.subjects(RDF.type, KG.RecordText):
        home[text] = {text}
        for record in graph.objects(text, SDO.translationOfWork):
            home[record] = {text}
    for span, text in graph.subject_objects(OA.hasSource):
        home.setdefault(span, set()).add(text)
    shared = {s for cls in SHARED for s in graph.subjects(RDF.type, cls)}
    shared |= {o for o in graph.objects(None, KG.cites)}
    shared |= {s for s in graph.subjects(RDF.type, SDO.CreativeWork) if (s, RDF.type, KG.RecordText) not in graph}
    changed = True
    while changed:  # a node belongs where the nodes it leans on belong
        changed = False
        for p in _ANCHORS:
            for s, o in graph.subject_objects(p):
                if s in shared or o in shared or o not in home:
                    continue
                before = home.setdefault(s, set())
                if not home[o] <= before:
                    before |= home[o]
                    changed = True
        for s, sel in graph.subject_objects(OA.hasSelector):
            if s in home and not home[s] <= home.setdefault(sel, set()):
                home[sel] |= home[s]
                changed = True
        for s, parent in graph.subject_objects(SEM.subEventOf):
            if parent in home and s not in shared and not home[parent] <= home.setdefault(s, set()):
                home[s] |= home[parent]
                changed = True
    out: dict[URIRef, Graph] = defaultdict(Graph)
    for s, p, o in graph:
        where = home.get(s, set())
        name = next(iter(where)) if len(where) == 1 and s not in shared else ENTITY_GRAPH
        out[name].add((s, p, o))
    for g in out.values():
        bind_prefixes(g)
    return dict(sorted(out.items(), key=lambda kv: (kv[0] != ENTITY_GRAPH, str(kv[0]))))


def _send(url: str, method: str, body: bytes, ctype: str) -> None:
    req = urllib.request.Request(url, data=body, method=method, headers={"Content-Type": ctype})
    try:
        with urllib.request.urlopen(req, timeout=300) as r:
            r.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace").strip().splitlines()
        raise KgError(f"{url}: {exc.code} {exc.reason}{': ' + detail[0] if detail else ''}") from None
    except urllib.error.URLError as exc:
        raise KgError(f"{url}: {exc.reason}") from None


def _put(endpoint: str, name: URIRef, g: Graph) -> None:
    sep = "&" if "?" in endpoint else "?"
    url = f"{endpoint}{sep}{urllib.parse.urlencode({'graph': str(name)})}"
    _send(url, "PUT", g.serialize(format="turtle").encode("utf-8"), "text/turtle")


def _update(endpoint: str, name: URIRef, g: Graph) -> None:
    _send(endpoint, "POST", f"DROP SILENT GRAPH <{name}>".encode(), "application/sparql-update")
    triples = sorted(g)
    for i in range(0, len(triples), BATCH):
        lines = "\n".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in triples[i:i + BATCH])
        body = f"INSERT DATA {{ GRAPH <{name}> {{\n{lines}\n}} }}"
        _send(endpoint, "POST", body.encode("utf-8"), "application/sparql-update")


def push(source, endpoint: str, graph_iri: str | None = None, update: bool = False):
    """Load ``source`` (a graph file or store folder) into ``endpoint``; yields (graph, triples) as each is sent."""
    graph = to_rdflib(open_store(source))
    groups = {URIRef(graph_iri): graph} if graph_iri else partition(graph)
    for name, g in groups.items():
        (_update if update else _put)(endpoint, name, g)
        yield str(name), len(g)
