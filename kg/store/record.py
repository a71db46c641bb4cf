"""One file of records -> its records' graphs, each built and validated on its own.

This is the unit of work of a corpus build; it runs in a worker process and
sends back bytes and plain values, never rdflib graphs. A record's graph is
split in two:

* its *own* statements: every statement about a node whose IRI carries the
  record's key (session, turns, spans, notes, ...), stored in the record's
  named graph;
* its *shared* statements: those about nodes several records may name
  (persons, places, bodies, archives, fonds, published works), merged once
  for the corpus into the entity graph, so that the union of the graphs holds
  each of them once.

The display name of an entity (schema:name and its rdfs:label) is chosen
across all records with the builder's rule, so the record sends the names it
offered, in order, rather than the one it chose."""

from __future__ import annotations

import hashlib
import re
import time
from dataclasses import asdict, astuple, dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from kg.document.reader import decode, read_text
from kg.errors import InputError
from kg.graph.builder import GraphBuilder, record_iri
from kg.graph.pipeline import Pipeline
from kg.oxi import from_ox, nt_lines
from kg.shacl.engine import Index
from kg.store.graphs import links_graph
from kg.store.link import link_record, record_contexts
from kg.validate import Result
from kg.vocab import ID, KG, PROV, RDF, RDFS, SDO

_RESTATED = frozenset({KG.spelling, RDFS.label})
_NAMING = frozenset({SDO.name, RDFS.label})
_LINKED = frozenset({KG.ReferencedEvent, KG.Mention})
_KEYED = re.compile(re.escape(str(ID)) + r"[a-z-]+/([0-9a-f]{12})(?:/|$)")


@lru_cache(maxsize=65536)  # asked of every subject and focus node of a record, often more than once
def record_key_of(iri) -> str | None:
    """The key of the record an IRI belongs to, or None for a shared node."""
    m = _KEYED.match(str(iri))
    return m.group(1) if m else None


class _RecordGraph(Graph):
    """A record's graph as the builder fills it in a worker: statements go
    straight to the store. rdflib's ``Graph.add`` first asserts that each term
    is an rdflib term (three abstract-class checks per statement, a twentieth
    of a record's build); the builder makes nothing else."""

    def add(self, triple):
        self.store.add(triple, self, quoted=False)
        return self


class LabelLog(GraphBuilder):
    """A builder that also keeps, per entity, the display names offered, in order."""

    def __init__(self):
        # rdflib's SimpleMemory store: the same triple indexes without the
        # bookkeeping of named graphs, which a record's graph here does not use
        # (adding is about a third cheaper; pySHACL, which needs it, is not run)
        super().__init__(_RecordGraph(store="SimpleMemory"))
        self.offered: dict[str, list[str]] = {}

    def _label(self, iri: URIRef, label: str) -> None:
        self.offered.setdefault(str(iri), []).append(label)
        super()._label(iri, label)


def choose_label(offers) -> str | None:
    """The builder's rule over a sequence of offered names: the first, replaced
    by a shorter (then alphabetically first) one without a full stop."""
    current = None
    for label in offers:
        if current is None or ((len(label), label) < (len(current), current) and "." not in label):
            current = label
    return current


@dataclass
class RecordPart:
    key: str
    iri: str
    own: bytes  # N-Quads of the record's own statements, in the record's graph
    shared: str  # N-Triples lines of its statements about shared nodes
    around: str  # N-Triples lines of its own statements the shapes of shared nodes read
    labels: dict[str, list[str]]
    triples: int
    warnings: list[tuple[int, str]] = field(default_factory=list)
    results: list[Result] = field(default_factory=list)
    contexts: list[dict] = field(default_factory=list)  # what the record says of each entity (kg.store.link)
    links: bytes = b""  # N-Quads of the claims about the record's own entities, in its links graph
    link_results: list[dict] = field(default_factory=list)  # kg.link.report.LinkResult as dicts
    winners: dict[str, list[str]] = field(default_factory=dict)  # text -> authority keys linked there


@dataclass
class FileUnit:
    path: str
    digest: str
    records: list[RecordPart]
    seconds: dict[str, float]


@dataclass(frozen=True)
class Linking:
    """What a worker links a record's own entities with (inherited by forked workers)."""

    authority: object  # kg.link.authority.Authority
    resolver: object = None


def file_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def build_file(path: str, validate: bool = True, linking: Linking | None = None) -> FileUnit:
    """Read, extract, split, link (with ``linking``) and (with ``validate``)
    check every record of one file."""
    seconds = {"read": 0.0, "extract": 0.0, "serialise": 0.0, "link": 0.0, "validate": 0.0}
    started = time.perf_counter()
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(path, 0, f"cannot be read: {exc.strerror}") from None
    docs = read_text(decode(path, data), path)
    seconds["read"] = time.perf_counter() - started
    parts = []
    for doc in docs:
        t0 = time.perf_counter()
        builder = LabelLog()
        pipeline = Pipeline(builder=builder)
        pipeline.add(doc)
        g = builder.graph
        t1 = time.perf_counter()
        own, shared, names = _split(doc.key, g, builder.offered)
        iri = str(record_iri(doc))
        own_lines, shared_lines = nt_lines(own), nt_lines(shared)
        part = RecordPart(
            key=doc.key, iri=iri,
            own="".join(line[:-3] + f" <{iri}> .\n" for line in own_lines).encode("utf-8"),
            shared="".join(shared_lines), around="".join(nt_lines(_around(own, shared))),
            labels=builder.offered, triples=len(own) + len(shared) + len(names),
            warnings=[(w.line, w.message) for w in doc.warnings])
        # what the linker reads: the record's graph but the display names it gave shared nodes
        index = Index(own + shared)
        part.contexts = record_contexts(index)
        t2 = time.perf_counter()
        claims = link_part(part, own, linking) if linking is not None else []
        t3 = time.perf_counter()
        if validate:
            lines = own_lines + shared_lines + nt_lines(names) + nt_lines(claims)
            owned = {t[0] for t in claims if record_key_of(t[0]) is None}
            index.add(names + claims)
            part.results = _validate(g, index, lambda n, key=doc.key: record_key_of(n) == key or n in owned,
                                     "".join(lines).encode("utf-8"))
        parts.append(part)
        seconds["extract"] += t1 - t0
        seconds["serialise"] += t2 - t1
        seconds["link"] += t3 - t2
        seconds["validate"] += time.perf_counter() - t3
    return FileUnit(path, file_digest(data), parts, seconds)


def link_part(part: RecordPart, own, linking: Linking) -> list:
    """Link the entities the record alone names; their claims go to the record's
    links graph, but not what they restate of the record's own statements."""
    claims, part.links, part.link_results, part.winners = _link(part.key, part.contexts, own, linking)
    return claims


def _link(key: str, contexts: list[dict], own, linking: Linking | None):
    if linking is None:
        return [], b"", [], {}
    local = {c["iri"] for c in contexts if record_key_of(c["iri"]) == key}
    claims, results, winners = link_record(contexts, local, linking.authority, linking.resolver)
    mine = {t for t in own if t[1] in _RESTATED}
    claims = [t for t in claims if t[1] not in _RESTATED or t not in mine]
    return (claims, "".join(nt_lines(claims, links_graph(key))).encode("utf-8"),
            [asdict(r) for r in results], winners)


class _Canonical(Index):
    canonical_integers = True  # read back from a store: integer subtypes are xsd:integer


def relink_record(item, validate: bool, linking: Linking | None):
    """Relink one built record from its manifest entry and its graph as stored
    (``item``: the entry and the graph's N-Triples); with ``validate`` the
    record's nodes and claims are checked again. Returns the record key, the
    claims as N-Quads, the link results, the winners by text and the SHACL
    results (or None)."""
    import pyoxigraph as ox

    rec, stored = item
    own = [(from_ox(t.subject), from_ox(t.predicate), from_ox(t.object))
           for t in ox.parse(stored, format=ox.RdfFormat.N_TRIPLES)]
    claims, links, results, winners = _link(rec["key"], rec["contexts"], own, linking)
    if not validate:
        return rec["key"], links, results, winners, None
    shared = [(from_ox(t.subject), from_ox(t.predicate), from_ox(t.object))
              for t in ox.parse(rec["shared"].encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)]
    names = [t for iri, offers in rec["labels"].items() if record_key_of(iri) is None
             for t in display_names(URIRef(iri), choose_label(offers))]
    owned = {t[0] for t in claims if record_key_of(t[0]) is None}
    triples = own + shared + names + claims
    checked = _validate(Graph(), _Canonical(triples), lambda n: record_key_of(n) == rec["key"] or n in owned,
                        "".join(nt_lines(triples)).encode("utf-8"))
    return rec["key"], links, results, winners, [list(astuple(r)) for r in checked]


def display_names(iri: URIRef, label: str) -> list:
    """The display name statements of an entity (the builder's schema:name and English rdfs:label)."""
    return [(iri, SDO.name, Literal(label)), (iri, RDFS.label, Literal(label, lang="en"))]


def _split(key: str, g: Graph, offered: dict[str, list[str]]) -> tuple[list, list, list]:
    """The record's own statements, its statements about shared nodes, and the
    display names it gave shared nodes (chosen again for the corpus)."""
    own, shared, names = [], [], []
    is_own: dict = {}  # subject -> whether it is the record's own node
    for t in g:
        s, p, o = t
        mine = is_own.get(s)
        if mine is None:
            mine = is_own[s] = record_key_of(s) == key
        if mine:
            own.append(t)
        elif p in _NAMING and str(s) in offered and (p == SDO.name or (isinstance(o, Literal) and o.language == "en")):
            names.append(t)
        else:
            shared.append(t)
    return own, shared, names


def _around(own: list, shared: list) -> list:
    """The record's own statements that point at a shared node (a mention's
    kg:refersTo, a citation's kg:cites), and the types of the spans its
    entities, events and mentions were read from (an identity claim's
    evidence): what the shapes of shared nodes and claims read beyond the
    shared statements themselves."""
    shared_nodes = {t[0] for t in shared}
    by_predicate: dict = {}
    for t in own:
        by_predicate.setdefault(t[1], []).append(t)
    linked = {s for s, _, o in by_predicate.get(RDF.type, ()) if o in _LINKED}
    pointed = {o for _, _, o in shared if not isinstance(o, Literal)}
    pointed.update(o for s, _, o in by_predicate.get(PROV.wasDerivedFrom, ()) if s in linked)
    return [t for t in own if (not isinstance(t[2], Literal) and t[2] in shared_nodes)
            or (t[0] in pointed and t[1] == RDF.type)]


def _validate(g: Graph, index: Index, keep, data: bytes) -> list[Result]:
    """The shapes on the record's own nodes (those ``keep`` accepts) over
    ``index`` (the same statements as ``data``); shared nodes are checked once
    for the corpus."""
    import pyoxigraph as ox

    from kg.shacl import sparql_on, to_report
    from kg.shacl.engine import run

    store = ox.Store()
    store.load(data, format=ox.RdfFormat.N_TRIPLES)
    hits = run(index, sparql_on(store), keep=keep)
    return to_report(hits, g).results
