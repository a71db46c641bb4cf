"""The entity graph of a store: what records share, named once, linked once.

Built from the manifest alone (each record's shared statements, the names it
offered, what it says of each entity), never by reading the record graphs
again: the shared statements once each, one display name per entity chosen
across the records, and the identity claims about the entities several
records may name, decided from every record's context together. The claims
about the entities one record alone names were written by that record's
worker into its links graph (:mod:`kg.store.record`); their winners count as
co-occurring names for an abbreviation here."""

from __future__ import annotations

import time

import pyoxigraph as ox
from rdflib import URIRef

from kg.link.report import LinkReport, result_from_dict
from kg.store.graphs import ENTITY_GRAPH
from kg.store.manifest import Manifest
from kg.oxi import nt_lines
from kg.store.record import choose_label, display_names, record_key_of
from kg.validate import Report
from kg.vocab import ID


def records_of(manifest: Manifest, files: list[str]):
    for f in files:
        yield from manifest.files[f]["records"]


def entity_layer(store: ox.Store, manifest: Manifest, files: list[str], seconds: dict[str, float], *,
                 link: bool, authority, resolver, validate: bool) -> tuple[LinkReport | None, Report | None]:
    """Replace the entity graph; returns the link report of the whole corpus
    (with ``link``) and the shapes' results on shared nodes (with ``validate``)."""
    t = time.perf_counter()
    lines: dict[str, None] = {}
    offers: dict[str, list[str]] = {}
    parts: list[dict] = []
    cooccurring: dict[str, set[str]] = {}
    local_results = []
    for rec in records_of(manifest, files):
        for line in rec["shared"].splitlines():
            lines[line] = None
        for iri, labels in rec["labels"].items():
            if record_key_of(iri) is None:  # a record's own node keeps its name in its graph
                offers.setdefault(iri, []).extend(labels)
        parts.extend(c for c in rec["contexts"] if record_key_of(c["iri"]) is None)
        for text, keys in rec.get("winners", {}).items():
            cooccurring.setdefault(text, set()).update(keys)
        local_results.extend(rec.get("links", ()))
    chosen = {iri: choose_label(labels) for iri, labels in offers.items()}
    for line in nt_lines(t for iri, label in chosen.items() for t in display_names(URIRef(iri), label)):
        lines[line[:-1]] = None
    seconds["entity layer"] = time.perf_counter() - t
    report = None
    if link:
        t = time.perf_counter()
        from kg.link import load_authority
        from kg.link.claims import write_agent
        from kg.link.linker import link_contexts
        from kg.store.link import Triples, merge

        claims = Triples()
        report = link_contexts(claims, merge(parts, chosen), load_authority(authority), resolver=resolver,
                               cooccurring={URIRef(k): v for k, v in cooccurring.items()}, agent=False)
        if parts or local_results:
            write_agent(claims)
        for r in local_results:
            report.add(result_from_dict(r))
        for line in nt_lines(claims):
            lines[line[:-1]] = None
        seconds["link"] = time.perf_counter() - t
    graph = ox.NamedNode(ENTITY_GRAPH)
    t = time.perf_counter()
    data = ("\n".join(lines) + "\n").encode("utf-8")
    store.remove_graph(graph)
    store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=graph)
    seconds["write entities"] = time.perf_counter() - t
    results = None
    if validate:
        t = time.perf_counter()
        results = validate_entities(_entity_view(data, manifest, files))
        seconds["validate entities"] = time.perf_counter() - t
    return report, results


def _entity_view(entity_data: bytes, manifest: Manifest, files: list[str]) -> ox.Store:
    """An in-memory store of what the shapes of shared nodes read: the entity
    graph and, from every record, the statements around its shared nodes."""
    view = ox.Store()
    view.load(entity_data, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(ENTITY_GRAPH))
    around = "".join(rec["around"] for rec in records_of(manifest, files))
    view.load(around.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(str(ID["graph/around"])))
    return view


def validate_entities(store: ox.Store, view=None) -> Report:
    """The shapes on the nodes no single record owns, over the union of the graphs
    of ``store`` (the whole store, or the view of :func:`_entity_view`). Over
    the whole store they are the instances the entity graph types (an identity
    claim in a record's links graph is checked with that record)."""
    from kg.shacl import sparql_on, to_report
    from kg.shacl.engine import run
    from kg.store.view import StoreView

    typed_in = None if view is not None else StoreView(store, ENTITY_GRAPH)
    view = view or StoreView(store)
    hits = run(view, sparql_on(store, union=True), keep=lambda n: record_key_of(n) is None, typed_in=typed_in)
    return to_report(hits, view.added)
