"""OWL reasoning over a store: records in batches, beside the entity graph.

HermiT's time grows faster than the graph it is given (28 s at 100 records,
126 s at 300, over 600 s at 1,000 in one run), so a store is reasoned over in
batches of records, each batch with the entity graph, in parallel workers:
the cost grows with the number of records. A record's own statements are
about its own nodes; what records share (persons printed with a given name,
places, bodies, archival levels) is in the entity graph that every batch
holds, so a record contradicting what the entity graph asserts of a shared
node is found in its batch. What is not found: two records, in different
batches, that each let the reasoner infer something of one shared node that
only together contradicts the ontology (each batch alone is consistent).

The result is one :class:`kg.reason.ReasonResult`: consistent when every
batch is, the inferred statements of all batches, every explanation, the
seconds HermiT took summed, and one run named by the batches' runs."""

from __future__ import annotations

import hashlib

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.oxi import from_ox, to_ox
from kg.reason.run import ReasonResult
from kg.store.graphs import ENTITY_GRAPH, is_links_graph, links_graph
from kg.store.record import record_key_of
from kg.store.workers import parallel
from kg.vocab import bind_prefixes

BATCH = 50  # records per HermiT run: Java and the ontology cost about 3 CPU s per run, each record 0.3 s more


def _reason_batch(data: bytes) -> tuple:
    from kg.reason import reason

    graph = Graph()
    for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES):
        graph.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
    r = reason(graph)
    return (r.consistent, sorted(r.inferred), r.explanation, r.seconds, r.run_name, [str(s) for s in r.sources])


def batches(store: ox.Store, size: int = BATCH) -> list[bytes]:
    """N-Triples of each batch of records: their graphs, their links graphs, and the entity graph."""
    entity = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(ENTITY_GRAPH))
    records = {record_key_of(g.value): g for g in store.named_graphs()
               if not is_links_graph(g.value) and record_key_of(g.value)}
    keys = sorted(records)
    out = []
    for i in range(0, len(keys), size):
        parts = [entity]
        for key in keys[i:i + size]:
            parts.append(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=records[key]))
            parts.append(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(links_graph(key))))
        out.append(b"".join(parts))
    return out


def reason_store(store: ox.Store, *, size: int = BATCH, jobs: int | None = None,
                 progress: bool | None = None) -> ReasonResult:
    """Reason over every record of ``store`` (see the module's docstring)."""
    results = list(parallel(_reason_batch, batches(store, size), jobs, progress, "batches"))
    inferred = Graph()
    bind_prefixes(inferred)
    explanation: list[str] = []
    for consistent, triples, sentences, _, _, _ in results:
        for t in triples:
            # a batch holds the entity graph whole: what it infers of nodes of records
            # in other batches (a claim's evidence spans) may be stated there
            if next(store.quads_for_pattern(*(to_ox(x) for x in t), None), None) is None:
                inferred.add(t)
        explanation.extend(s for s in sentences if s not in explanation)
    consistent = all(r[0] for r in results)
    run = hashlib.sha256("\n".join(sorted(r[4] for r in results)).encode("utf-8")).hexdigest()[:12]
    sources = sorted({URIRef(s) for r in results for s in r[5]})
    return ReasonResult(consistent, inferred if consistent else Graph(), explanation,
                        sum(r[3] for r in results), run, sources)
