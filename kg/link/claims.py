"""Identity claims in the graph: one ``kg:IdentityClaim`` per entity with its
candidates, scores, evidence spans and rule; the identity, labels and life
dates of the winner on the entity; and their removal before a relink."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from rdflib import Graph, Literal, URIRef

from kg.graph import iris
from kg.link.authority import PartialDate
from kg.link.context import Context
from kg.link.scoring import Decision
from kg.names import name_key
from kg.vocab import KG, PROV, RDF, RDFS, SDO, WD, XSD

AGENT = iris.agent("kg-link")
ASSERTED_BY = "kg linker"

def claim_iri(entity: URIRef) -> URIRef:
    return iris.claim(entity)


# The literals of authority entries and decisions recur in record after record; made once each.
@lru_cache(maxsize=4096)
def _date_literal(d: PartialDate) -> Literal:
    datatype = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}[d.precision]
    return Literal(d.iso(), datatype=datatype)


@lru_cache(maxsize=16384)
def _label_literal(text: str, lang: str | None) -> Literal:
    return Literal(text, lang=lang) if lang else Literal(text)


@lru_cache(maxsize=1024)
def _score_literal(score: str) -> Literal:
    return Literal(Decimal(score))


def remove_claims(graph: Graph) -> int:
    """Remove what an earlier run wrote: claims, candidates, and the identity,
    labels and dates it put on the entities. Returns the number of claims."""
    claims = set(graph.subjects(RDF.type, KG.IdentityClaim)) | set(graph.subjects(KG.about, None))
    for claim in claims:
        entity = graph.value(claim, KG.about)
        candidates = list(graph.objects(claim, KG.candidate))
        added_labels = {lab for c in candidates for lab in graph.objects(c, RDFS.label)}
        for c in candidates:
            graph.remove((c, None, None))
        graph.remove((claim, None, None))
        if entity is None:
            continue
        for wd in list(graph.objects(entity, SDO.sameAs)):
            if str(wd).startswith(str(WD)):
                graph.remove((entity, SDO.sameAs, wd))
        graph.remove((entity, SDO.birthDate, None))
        graph.remove((entity, SDO.deathDate, None))
        seen = {str(v) for v in graph.objects(entity, KG.spelling)}
        for m in graph.subjects(KG.refersTo, entity):
            seen |= {str(v) for p in (KG.asPrinted, KG.nameAsPrinted) for v in graph.objects(m, p)}
        own_key = str(graph.value(entity, KG.nameKey) or "")
        for lab in list(graph.objects(entity, RDFS.label)):
            if lab not in added_labels or str(lab) in seen:
                continue
            if own_key and name_key(str(lab)) == own_key:
                continue  # the label the entity was minted with
            graph.remove((entity, RDFS.label, lab))
    graph.remove((AGENT, None, None))
    return len(claims)


def write_agent(graph: Graph) -> None:
    """The linker as the agent its claims are attributed to."""
    graph.add((AGENT, RDF.type, PROV.SoftwareAgent))
    graph.add((AGENT, RDFS.label, Literal("kg.link")))


def write_claim(graph: Graph, ctx: Context, decision: Decision) -> None:
    claim = claim_iri(ctx.iri)
    outcome = {"linked": KG.Linked, "ambiguous": KG.Ambiguous, "not_found": KG.NotFound}[decision.outcome]
    graph.add((claim, RDF.type, KG.IdentityClaim))
    graph.add((claim, RDF.type, KG.Interpretation))
    graph.add((claim, KG.about, ctx.iri))
    graph.add((claim, KG.outcome, outcome))
    rule = decision.rule if decision.source == "authority" else f"{decision.source}: {decision.rule}"
    graph.add((claim, KG.rule, Literal(rule)))
    graph.add((claim, PROV.wasAttributedTo, AGENT))
    graph.add((claim, KG.assertedBy, Literal(ASSERTED_BY)))
    for span in ctx.spans:
        graph.add((claim, KG.evidence, span))
    for c in decision.candidates:
        node = iris.candidate(ctx.iri, c.entry.qid or c.entry.key)
        graph.add((claim, KG.candidate, node))
        graph.add((node, RDF.type, KG.Candidate))
        graph.add((node, KG.authorityKey, Literal(c.entry.key)))
        graph.add((node, KG.score, _score_literal(f"{0 if c.excluded else c.score:.2f}")))
        if c.entry.qid:
            graph.add((node, SDO.sameAs, WD[c.entry.qid]))
        for text, lang in c.entry.labels():
            graph.add((node, RDFS.label, _label_literal(text, lang)))
    if ctx.kind != "event":
        for text in ctx.printed:
            graph.add((ctx.iri, KG.spelling, Literal(text)))
    winner = decision.winner
    if winner is None:
        return
    if decision.outcome == "linked" and winner.qid:
        graph.add((ctx.iri, SDO.sameAs, WD[winner.qid]))
    for text, lang in winner.labels():
        graph.add((ctx.iri, RDFS.label, _label_literal(text, lang)))
    if ctx.kind == "person":
        if winner.born:
            graph.add((ctx.iri, SDO.birthDate, _date_literal(winner.born)))
        if winner.died:
            graph.add((ctx.iri, SDO.deathDate, _date_literal(winner.died)))
