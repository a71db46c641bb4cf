"""Identity linking of a corpus from what each record says about its entities.

The linker decides an entity from its context: its spellings, the spans and
texts it is named in, the dates of those texts, whether it acts in a meeting.
Every part of a context is a set gathered over the records, so each record's
part is read in the worker that builds the record (:func:`record_contexts`)
and the parts are merged once (:func:`merge`): the linker then runs on the
merged contexts without reading the corpus again."""

from __future__ import annotations

from rdflib import URIRef

from kg.link.authority import PartialDate
from kg.link.context import Context, EntityReader, entities
from kg.vocab import RDFS


def _date(d: PartialDate) -> list:
    return [d.year, d.month, d.day]


def record_contexts(graph) -> list[dict]:
    """What one record's graph (without display names) says about each entity it
    names; ``graph``: an rdflib graph or a :class:`kg.shacl.engine.Index` of it."""
    reader = EntityReader(graph)
    out = []
    for entity, kind in entities(graph):
        c = reader.context(entity, kind)
        labels = sorted(str(v) for v in graph.objects(entity, RDFS.label))
        out.append({"iri": str(c.iri), "kind": c.kind, "labels": labels, "forms": c.forms, "printed": c.printed,
                    "spans": [str(s) for s in c.spans], "texts": sorted(str(t) for t in c.texts),
                    "record_dates": [_date(d) for d in c.record_dates], "acting": c.acting,
                    "acting_dates": [_date(d) for d in c.acting_dates],
                    "own_dates": [_date(d) for d in c.own_dates]})
    return out


def merge(parts, labels: dict[str, str]) -> list[Context]:
    """One context per entity, in IRI order, from every record's parts;
    ``labels`` are the display names chosen for the corpus."""
    merged: dict[str, dict] = {}
    for part in parts:
        m = merged.setdefault(part["iri"], {"kind": part["kind"], "forms": set(), "printed": set(),
                                            "spans": set(), "texts": set(), "record_dates": set(), "labels": set(),
                                            "acting": False, "acting_dates": set(), "own_dates": set()})
        for key in ("forms", "printed", "spans", "texts", "labels"):
            m[key].update(part[key])
        for key in ("record_dates", "acting_dates", "own_dates"):
            m[key].update(tuple(d) for d in part[key])
        m["acting"] = m["acting"] or part["acting"]
    out = []
    for iri in sorted(merged):
        m = merged[iri]
        label = labels.get(iri)
        forms = set(m["forms"]) | ({" ".join(label.split())} if label and label.split() else set())
        printed = sorted(m["printed"])
        every_label = sorted(m["labels"] | ({label} if label else set()))
        name = every_label[0] if every_label else (printed[0] if printed else (min(forms) if forms else ""))
        out.append(Context(
            iri=URIRef(iri), kind=m["kind"], name=name, forms=sorted(forms), printed=printed,
            spans=sorted(URIRef(s) for s in m["spans"]), texts={URIRef(t) for t in m["texts"]},
            record_dates=sorted(PartialDate(*d) for d in m["record_dates"]), acting=m["acting"],
            acting_dates=sorted(PartialDate(*d) for d in m["acting_dates"]),
            own_dates=sorted(PartialDate(*d) for d in m["own_dates"])))
    return out


class Triples(dict):
    """What the linker writes, in order and once each (it only adds)."""

    def add(self, triple) -> None:
        self[triple] = None


def link_record(parts: list[dict], local: set[str], authority, resolver=None):
    """The identity claims about the entities one record alone names (``local``,
    their IRIs), decided from that record's ``parts`` (:func:`record_contexts`).

    Returns the claims (rdflib triples, in order), the link results, and for
    each text the authority keys of the entities linked there (what an
    abbreviation elsewhere in the text may stand for)."""
    from kg.link.linker import link_contexts

    claims = Triples()
    report = link_contexts(claims, merge(parts, {}), authority, resolver=resolver,
                           write=lambda ctx: str(ctx.iri) in local, agent=False)
    texts = {p["iri"]: p["texts"] for p in parts}
    winners: dict[str, list[str]] = {}
    for r in report.results():
        if r.authority_key and not r.rule.startswith("online "):
            for text in texts[r.entity]:
                winners.setdefault(text, []).append(r.authority_key)
    return list(claims), report.results(), {t: sorted(set(k)) for t, k in sorted(winners.items())}
