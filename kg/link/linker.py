"""Link the persons, places, bodies and events of a graph to their Wikidata
identities.

For every ``schema:Person``, ``schema:Place``, ``org:Organization`` and
``kg:ReferencedEvent`` the linker gathers the spellings the records use, the
spans they come from, the record dates, and whether the entity acts in a
meeting (attends, speaks, chairs, compiles, proposes). It scores the authority
entries whose name forms fit, rules out those the dates exclude, and writes an
identity claim (``kg:IdentityClaim``) with the candidates, the evidence spans
and the rule, as ``docs/graph-model.md`` describes. ``schema:sameAs wd:Q...``
is written on the entity only when the outcome is ``kg:Linked``.

Reading the graph is :mod:`kg.link.context`, scoring
:mod:`kg.link.scoring`, writing the claims :mod:`kg.link.claims`; this
module runs them over a graph.

Scores: full label 1.00; full alias or native label 0.90; given name and
surname 0.85; initials and surname 0.80; surname alone 0.60; abbreviation
("Khr.") 0.50 when one co-occurring name fits, 0.40 when one entry alive at
the date fits. A candidate at 0.80 or more is decisive when it is the only
one; surname-only candidates decide only when one is left after the date and
role rules. Ruled-out candidates are kept with score 0 and the reason."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from rdflib import Graph, URIRef

from kg.link.authority import (
    Authority,
    AuthorityEntry,
    PartialDate,
    load_authority,
)
from kg.link.forms import clean_form, looks_like_name, split_person
from kg.link.claims import claim_iri, remove_claims, write_agent, write_claim
from kg.link.context import KIND_TYPES, Context, EntityReader, entities
from kg.link.report import CandidateScore, LinkReport, LinkResult
from kg.link.scoring import Decision, decide, decide_abbreviation, other_kinds, score


class Resolver(Protocol):
    """What :func:`link_graph` needs from an online resolver."""

    endpoint: str

    def lookup(self, names: Sequence[str], kind: str, *, dates: Sequence[PartialDate] = (),
               acting: bool = False) -> list[AuthorityEntry]: ...



def _result(ctx: Context, decision: Decision) -> LinkResult:
    w = decision.winner
    return LinkResult(
        entity=str(ctx.iri),
        kind=ctx.kind,
        name=ctx.name,
        outcome=decision.outcome,
        qid=w.qid if w and decision.outcome == "linked" else None,
        authority_key=w.key if w else None,
        candidates=tuple(
            CandidateScore(c.entry.key, c.entry.qid, c.entry.label, 0.0 if c.excluded else round(c.score, 2),
                           c.excluded)
            for c in decision.candidates
        ),
        rule=decision.rule if decision.source == "authority" else f"{decision.source}: {decision.rule}",
    )


# ---------------------------------------------------------------- the run


def link_graph(graph: Graph, authority: Authority | None = None, *,
               resolver: Resolver | None = None) -> LinkReport:
    """Link every person, place, body and event of ``graph`` in place and
    return the report. Earlier claims are removed first, so relinking gives
    the same graph. ``resolver`` (see :mod:`kg.link.wikidata`) is asked about
    the entities the authority data does not cover."""
    if authority is None:
        authority = load_authority()
    remove_claims(graph)
    reader = EntityReader(graph)
    contexts = [reader.context(e, kind) for e, kind in entities(graph)]
    return link_contexts(graph, contexts, authority, resolver=resolver)


def link_contexts(graph: Graph, contexts: list[Context], authority: Authority, *,
                  resolver: Resolver | None = None, write=None,
                  cooccurring: dict[URIRef, set[str]] | None = None, agent: bool = True) -> LinkReport:
    """Decide every entity from what the graph says about it (``contexts``, in
    IRI order) and add the claims to ``graph``; a corpus store gathers the
    contexts record by record (:mod:`kg.store.link`).

    ``write`` (a test on a context) limits the claims written and reported to
    some of the entities; the others still count as names that co-occur with
    an abbreviation in a text, as do the authority keys of ``cooccurring``
    (text IRI -> keys) decided elsewhere. ``agent`` writes the linker's own
    description beside the claims."""
    decisions: dict[URIRef, Decision] = {}
    pending: dict[URIRef, list[str]] = {}
    for ctx in contexts:
        cands, abbreviations = score(ctx, authority)
        decision = decide(ctx, cands)
        if not cands and abbreviations:
            pending[ctx.iri] = abbreviations
        elif not cands:
            others = other_kinds(ctx, authority)
            if others:
                decision = replace(decision, candidates=others,
                                   rule="no name form of this kind matches; "
                                        + "; ".join(f"{c.entry.key}: {c.excluded}" for c in others))
        decisions[ctx.iri] = decision

    by_text: dict[URIRef, set[str]] = {}
    for ctx in contexts:
        w = decisions[ctx.iri].winner
        if w is not None:
            for text in ctx.texts:
                by_text.setdefault(text, set()).add(w.key)
    for text, keys in (cooccurring or {}).items():
        by_text.setdefault(text, set()).update(keys)
    for ctx in contexts:
        if ctx.iri in pending:
            keys = set().union(*(by_text.get(t, set()) for t in ctx.texts)) if ctx.texts else set()
            decisions[ctx.iri] = decide_abbreviation(ctx, pending[ctx.iri], authority, keys)

    if write is not None:
        contexts = [ctx for ctx in contexts if write(ctx)]
    if resolver is not None:
        for ctx in contexts:
            d = decisions[ctx.iri]
            if d.outcome != "not_found" or any(c.entry.kind == ctx.kind for c in d.candidates):
                continue
            names = [clean_form(f, ctx.kind) for f in ctx.forms
                     if ctx.kind != "person" or (looks_like_name(f) and not split_person(f)[2])]
            names = [n for n in dict.fromkeys(names) if n]
            if not names:
                continue
            found = resolver.lookup(names, ctx.kind, dates=ctx.acting_dates if ctx.acting else (),
                                    acting=ctx.acting)
            if not found:
                continue
            online = Authority(found, resolver.endpoint)
            cands, _ = score(ctx, online)
            if cands:
                decisions[ctx.iri] = decide(ctx, cands, source=f"online {resolver.endpoint}")

    report = LinkReport()
    for ctx in contexts:
        decision = decisions[ctx.iri]
        write_claim(graph, ctx, decision)
        report.add(_result(ctx, decision))
    if contexts and agent:
        write_agent(graph)
    return report


__all__ = [
    "KIND_TYPES",
    "Resolver",
    "claim_iri",
    "entities",
    "link_contexts",
    "link_graph",
    "remove_claims",
]
