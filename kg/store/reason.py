"""OWL reasoning over a store: the entity graph once, then every record on its
own beside what the entity graph says of the nodes it shares.

The rules of :mod:`kg.reason.rules` (compiled from the ontology, checked
against HermiT on the sample and the invented records) run over the entity graph once; then over
each record's graph and links graph, in parallel workers that read the
records' statements from the store themselves, together with the
entity layer's conclusions about the shared nodes the record names (their
types and their values, transitive inclusion already closed). A record
contradicting what the entity graph asserts or implies of a shared node is
found in its own pass. What is not found: two records that each imply
something of one shared node that only together contradicts the ontology
(each record alone is consistent); the entity layer states nothing that could
make two records' statements clash (persons, bodies and places are nodes of
each record, tied to their identity by links).

``engine="hermit"`` runs HermiT instead, over batches of records, each with
the whole entity graph (the reference: about 17 s of Java for the entity
graph of 1,000 records in every batch, and 0.2 s per record).

The result is one :class:`kg.reason.ReasonResult`: consistent when every pass
is, the inferred statements of all passes that the store does not already
hold, every explanation, and one run named by the passes' content."""

from __future__ import annotations

import hashlib
import time
from collections import defaultdict

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.oxi import from_ox, to_ox
from kg.reason.run import ReasonResult
from kg.store.graphs import ENTITY_GRAPH, is_links_graph, links_graph
from kg.store.record import record_key_of
from kg.store.workers import opened, parallel
from kg.vocab import bind_prefixes

BATCH = 50  # records per HermiT run: Java and the ontology cost about 3 CPU s per run, each record 0.3 s more
CHUNK = 25  # records per task of the rule passes


def reason_store(store: ox.Store, path=None, *, engine: str = "rules", size: int = BATCH, jobs: int | None = None,
                 progress: bool | None = None) -> ReasonResult:
    """Reason over every record of ``store`` (see the module's docstring). With
    the store's ``path`` the records are read and reasoned over in parallel
    workers, each opening the store read-only."""
    if engine == "hermit":
        return _hermit(store, size, jobs, progress)
    return _rules(store, path, jobs, progress)


# --- the rules --------------------------------------------------------------


def _term(term) -> str:
    return term.value if isinstance(term, ox.NamedNode) else f"_:{term.value}"


def relevant_triples(store: ox.Store, graph: ox.NamedNode | None = None) -> dict[str, list[tuple[str, str, str]]]:
    """Each graph's statements that some rule reads (of ``graph`` alone, if
    given), as strings, read by predicate (a fraction of the store: spans,
    selectors and literals are left where they are)."""
    from kg.reason.rules import project_rules

    graphs: dict[str, list] = defaultdict(list)
    for p in sorted(project_rules().relevant):
        predicate = ox.NamedNode(p)
        for q in store.quads_for_pattern(None, predicate, None, graph):
            o = q.object
            if not isinstance(o, ox.Literal) and isinstance(q.graph_name, ox.NamedNode):
                graphs[q.graph_name.value].append((_term(q.subject), p, _term(o)))
    return graphs


def _entity_context(closure) -> dict[str, list[tuple[str, str, str]]]:
    """What the entity layer says of each of its nodes: types and values, stated or inferred."""
    from kg.reason.rules import TYPE

    context: dict[str, list] = {}
    for node, types in closure.types.items():
        context.setdefault(node, []).extend((node, TYPE, c) for c in sorted(types))
    for s, p, o in closure.edges:
        context.setdefault(s, []).append((s, p, o))
    return context


def _record_statements(store: ox.Store, key: str, graph: str) -> list[tuple[str, str, str]]:
    """The statements of a record's graph and its links graph that some rule reads."""
    own = [t for g in (graph, links_graph(key)) for t in relevant_triples(store, ox.NamedNode(g)).get(g, ())]
    return sorted(own)


def _record_pass(records: list[tuple[str, str]], *, context: dict, path: str | None = None,
                 store: ox.Store | None = None) -> tuple:
    """The rules over each record (key, graph IRI) beside what the entity layer
    says of the shared nodes it names: the conclusions, the clashes, and a
    digest of each record's statements."""
    from kg.reason.rules import conclusions, infer, project_rules

    if store is None:
        store = opened(("store", path), lambda: ox.Store.read_only(path))
    rules = project_rules()
    found, clashes, digests = [], [], {}
    for key, graph in records:
        triples = _record_statements(store, key, graph)
        digests[key] = _digest(key, triples)
        shared = [t for node in {x for s, _, o in triples for x in (s, o)} & context.keys() for t in context[node]]
        closure = infer(triples + shared, rules)
        if not closure.consistent:
            clashes.append((key, closure.clashes))
            continue
        found.extend(conclusions(triples + shared, closure, rules))
    return found, clashes, digests


def _digest(key: str, triples: list) -> str:
    return hashlib.sha256(f"{key}\n".encode("utf-8")
                          + "\n".join(" ".join(t) for t in triples).encode("utf-8")).hexdigest()


def _rules(store: ox.Store, path, jobs: int | None, progress: bool | None) -> ReasonResult:
    from kg.reason.rules import RULES, conclusions, infer

    started = time.perf_counter()
    entity = sorted(relevant_triples(store, ox.NamedNode(ENTITY_GRAPH)).get(ENTITY_GRAPH, ()))
    closure = infer(entity)
    found = set(conclusions(entity, closure)) if closure.consistent else set()
    clashes = [] if closure.consistent else [(None, closure.clashes)]
    context = _entity_context(closure)
    records = [(key, graph.value) for key, graph in _record_keys(store)]
    digests = {}
    if path is None:
        passes = (_record_pass(records, context=context, store=store),)
    else:
        chunks = [records[i:i + CHUNK] for i in range(0, len(records), CHUNK)]
        passes = parallel(_record_pass, chunks, jobs, progress, "records", context=context, path=str(path))
    for triples, bad, digested in passes:
        found.update(triples)
        clashes.extend(bad)
        digests.update(digested)
    digest = hashlib.sha256(_digest("entity", entity).encode("ascii"))
    for key in sorted(digests):
        digest.update(digests[key].encode("ascii"))
    explanation = _explain(store, clashes, context) if clashes else []
    inferred = Graph()
    bind_prefixes(inferred)
    if not clashes:
        for s, p, o in sorted(found):
            t = (URIRef(s), URIRef(p), URIRef(o))
            if next(store.quads_for_pattern(*(to_ox(x) for x in t), None), None) is None:
                inferred.add(t)
    sources = sorted({URIRef(text) for text in _record_texts(store)})
    return ReasonResult(not clashes, inferred, explanation, time.perf_counter() - started,
                        digest.hexdigest()[:12], sources, engine=RULES)


def _record_keys(store: ox.Store) -> list[tuple[str, ox.NamedNode]]:
    records = {record_key_of(g.value): g for g in store.named_graphs()
               if not is_links_graph(g.value) and record_key_of(g.value)}
    return sorted(records.items())


def _record_data(store: ox.Store, graph: ox.NamedNode, key: str) -> bytes:
    return (store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph)
            + store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(links_graph(key))))


def _record_texts(store: ox.Store) -> list[str]:
    from kg.vocab import KG, RDF

    return [q.subject.value for q in store.quads_for_pattern(None, to_ox(RDF.type), to_ox(KG.RecordText), None)]


def _explain(store: ox.Store, clashes: list, context: dict) -> list[str]:
    """Sentences for each record (or the entity graph, ``None``) found inconsistent."""
    from kg.reason.rules import explain
    from kg.reason.select import load_ontology

    ontology = load_ontology()
    keys = dict(_record_keys(store))
    sentences = []
    for key, found in clashes:
        graph = Graph()
        data = (store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(ENTITY_GRAPH)) if key is None
                else _record_data(store, keys[key], key))
        for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES):
            graph.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
        if key is not None:
            nodes = {str(x) for t in graph for x in (t[0], t[2])} & context.keys()
            for node in nodes:
                for s, p, o in context[node]:
                    graph.add((URIRef(s), URIRef(p), URIRef(o)))
        for sentence in explain(graph, found, ontology):
            if sentence not in sentences:
                sentences.append(sentence)
    return sentences


# --- HermiT, the reference ---------------------------------------------------


def _reason_batch(data: bytes) -> tuple:
    from kg.reason import reason

    graph = Graph()
    for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES):
        graph.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
    r = reason(graph)
    return (r.consistent, sorted(r.inferred), r.explanation, r.seconds, r.run_name, [str(s) for s in r.sources])


def _batches(store: ox.Store, size: int) -> list[bytes]:
    """N-Triples of each batch of records: their graphs, their links graphs, and the entity graph."""
    entity = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(ENTITY_GRAPH))
    keys = _record_keys(store)
    out = []
    for i in range(0, len(keys), size):
        out.append(b"".join([entity] + [_record_data(store, graph, key) for key, graph in keys[i:i + size]]))
    return out


def _hermit(store: ox.Store, size: int, jobs: int | None, progress: bool | None) -> ReasonResult:
    results = list(parallel(_reason_batch, _batches(store, size), jobs, progress, "batches"))
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
