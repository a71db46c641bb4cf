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

Scores: full label 1.00; full alias or native label 0.90; given name and
surname 0.85; initials and surname 0.80; surname alone 0.60; abbreviation
("Khr.") 0.50 when one co-occurring name fits, 0.40 when one entry alive at
the date fits. A candidate at 0.80 or more is decisive when it is the only
one; surname-only candidates decide only when one is left after the date and
role rules. Ruled-out candidates are kept with score 0 and the reason."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Protocol

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from kg.link.authority import (
    Authority,
    AuthorityEntry,
    PartialDate,
    clean_form,
    form_key,
    given_compatible,
    load_authority,
    looks_like_name,
    split_person,
)
from kg.graph import iris
from kg.link.report import CandidateScore, LinkReport, LinkResult
from kg.names import name_key
from kg.vocab import DCTERMS, KG, OA, ORG, PROV, RDF, RDFS, SDO, SEM, WD, XSD

KIND_TYPES: tuple[tuple[URIRef, str], ...] = (
    (SDO.Person, "person"),
    (SDO.Place, "place"),
    (ORG.Organization, "org"),
    (KG.ReferencedEvent, "event"),
)
AGENT = iris.agent("kg-link")
ASSERTED_BY = "kg linker"

SCORE_LABEL = 1.0
SCORE_ALIAS = 0.9
SCORE_GIVEN = 0.85
SCORE_INITIALS = 0.8
SCORE_SURNAME = 0.6
SCORE_ABBREV_CONTEXT = 0.5
SCORE_ABBREV_DATE = 0.4
DECISIVE = 0.8

_UP = (
    SEM.subEventOf,
    KG.inSession,
    KG.inTurn,
    KG.decidedIn,
    KG.inAgendaItem,
    KG.documentedBy,
    KG.mentionedIn,
    SDO.translationOfWork,
    PROV.wasDerivedFrom,
    OA.hasSource,
)
_DATE_PROPS = (SEM.hasTimeStamp, DCTERMS.date, SEM.hasBeginTimeStamp)
_ACTING = {
    "person": (SDO.attendee, KG.speaker, KG.agent, DCTERMS.creator, PROV.wasAttributedTo,
               KG.addressedBy, KG.proposedBy, KG.assignee),
    "org": (KG.heldBy, KG.assignee),
}
_DATE_LITERAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


class Resolver(Protocol):
    """What :func:`link_graph` needs from an online resolver."""

    endpoint: str

    def lookup(self, names: Sequence[str], kind: str, *, dates: Sequence[PartialDate] = (),
               acting: bool = False) -> list[AuthorityEntry]: ...


# ---------------------------------------------------------------- reading the graph


@dataclass
class Context:
    """What the graph says about one entity."""

    iri: URIRef
    kind: str
    name: str
    forms: list[str]
    printed: list[str]  # forms as printed in mentions and list entries
    spans: list[URIRef]
    texts: set[URIRef]
    record_dates: list[PartialDate]
    acting: bool
    acting_dates: list[PartialDate]
    own_dates: list[PartialDate]  # an event's own time stamps


def _partial(value: Node) -> PartialDate | None:
    m = _DATE_LITERAL.match(str(value))
    if not m:
        return None
    try:
        return PartialDate(int(m.group(1)), int(m.group(2)) if m.group(2) else None,
                           int(m.group(3)) if m.group(3) else None)
    except ValueError:
        return None


class _Reader:
    def __init__(self, graph: Graph):
        self.g = graph
        self._dates: dict[Node, list[PartialDate]] = {}
        self._texts: dict[Node, set[URIRef]] = {}

    def dates_of(self, node: Node) -> list[PartialDate]:
        if node in self._dates:
            return self._dates[node]
        seen = {node}
        level = [node]
        found: list[PartialDate] = []
        for _ in range(6):
            for n in level:
                for p in _DATE_PROPS:
                    for v in self.g.objects(n, p):
                        d = _partial(v)
                        if d and d not in found:
                            found.append(d)
            if found:
                break
            nxt = []
            for n in level:
                for p in _UP:
                    for v in self.g.objects(n, p):
                        if v not in seen:
                            seen.add(v)
                            nxt.append(v)
            if not nxt:
                break
            level = nxt
        if not found:
            for text in self.texts_of(node):
                if text != node:
                    found.extend(d for d in self.dates_of(text) if d not in found)
        found.sort()
        self._dates[node] = found
        return found

    def texts_of(self, node: Node) -> set[URIRef]:
        if node in self._texts:
            return self._texts[node]
        out: set[URIRef] = set()
        for p in (KG.mentionedIn, KG.documentedBy):
            for v in self.g.objects(node, p):
                if (v, RDF.type, KG.RecordText) in self.g:
                    out.add(v)  # type: ignore[arg-type]
        for span in self.g.objects(node, PROV.wasDerivedFrom):
            for text in self.g.objects(span, OA.hasSource):
                out.add(text)  # type: ignore[arg-type]
        self._texts[node] = out
        return out

    def context(self, entity: URIRef, kind: str) -> Context:
        g = self.g
        forms: list[str] = []
        printed: list[str] = []
        spans: set[URIRef] = set(g.objects(entity, PROV.wasDerivedFrom))  # type: ignore[arg-type]
        texts: set[URIRef] = set(self.texts_of(entity))

        def add(value: Node, is_printed: bool) -> None:
            text = " ".join(str(value).split())
            if text and text not in forms:
                forms.append(text)
            if is_printed and text and text not in printed:
                printed.append(text)

        labels = sorted(str(v) for v in g.objects(entity, RDFS.label))
        for v in g.objects(entity, KG.spelling):
            add(v, False)
        for v in labels:
            add(Literal(v), False)
        for mention in sorted(set(g.subjects(KG.refersTo, entity)), key=str):
            for p in (KG.asPrinted, KG.nameAsPrinted):
                for v in g.objects(mention, p):
                    add(v, True)
            spans.update(g.objects(mention, PROV.wasDerivedFrom))  # type: ignore[arg-type]
            texts |= self.texts_of(mention)
        acting_nodes: set[Node] = set()
        for p in _ACTING.get(kind, ()):
            for s in g.subjects(p, entity):
                if p == KG.agent and (s, KG.roleType, KG.Absentee) in g:
                    continue
                acting_nodes.add(s)
        if not spans:
            for node in sorted(acting_nodes, key=str):
                spans.update(g.objects(node, PROV.wasDerivedFrom))  # type: ignore[arg-type]
        acting_dates: list[PartialDate] = []
        for node in acting_nodes:
            texts |= self.texts_of(node)
            for d in self.dates_of(node):
                if d not in acting_dates:
                    acting_dates.append(d)
        record_dates: list[PartialDate] = []
        for text in sorted(texts, key=str):
            for d in self.dates_of(text):
                if d not in record_dates:
                    record_dates.append(d)
        for d in acting_dates:
            if d not in record_dates:
                record_dates.append(d)
        own_dates = []
        if kind == "event":
            for p in (SEM.hasTimeStamp, SEM.hasBeginTimeStamp, SEM.hasEndTimeStamp):
                for v in g.objects(entity, p):
                    d = _partial(v)
                    if d:
                        own_dates.append(d)
        forms.sort()
        name = labels[0] if labels else (printed[0] if printed else (forms[0] if forms else ""))
        return Context(
            iri=entity,
            kind=kind,
            name=name,
            forms=forms,
            printed=sorted(printed),
            spans=sorted(spans, key=str),
            texts=texts,
            record_dates=sorted(record_dates),
            acting=bool(acting_nodes),
            acting_dates=sorted(acting_dates),
            own_dates=sorted(own_dates),
        )


def entities(graph: Graph) -> list[tuple[URIRef, str]]:
    """The entities to link, with their kind, in IRI order."""
    out: dict[URIRef, str] = {}
    for rdf_type, kind in KIND_TYPES:
        for s in graph.subjects(RDF.type, rdf_type):
            if isinstance(s, URIRef) and s not in out:
                out[s] = kind
    return sorted(out.items(), key=lambda x: str(x[0]))


# ---------------------------------------------------------------- scoring


@dataclass
class Candidate:
    entry: AuthorityEntry
    score: float = 0.0
    how: str = ""  # which rule matched
    form: str = ""  # the spelling that matched
    excluded: str = ""


@dataclass
class Decision:
    outcome: str  # linked | ambiguous | not_found
    winner: AuthorityEntry | None
    candidates: list[Candidate]
    rule: str
    source: str = "authority"


def _better(c: Candidate, score: float, how: str, form: str) -> None:
    if score > c.score or (score == c.score and (how, form) < (c.how, c.form)):
        c.score, c.how, c.form = score, how, form


def score(ctx: Context, authority: Authority) -> tuple[dict[str, Candidate], list[str]]:
    """Candidates by authority key, and the abbreviated forms left for later."""
    cands: dict[str, Candidate] = {}
    contradicted: dict[str, str] = {}
    abbreviations: list[str] = []

    def cand(entry: AuthorityEntry) -> Candidate:
        return cands.setdefault(entry.key, Candidate(entry))

    for form in ctx.forms:
        key = form_key(form, ctx.kind)
        if not key:
            continue
        if ctx.kind != "person":
            for entry, tier in authority.full_matches(ctx.kind, key):
                s = SCORE_LABEL if tier == "label" else SCORE_ALIAS
                _better(cand(entry), s, f"full {tier}", form)
            continue
        if not looks_like_name(form):
            continue
        given, surname, abbreviated = split_person(form)
        if abbreviated:
            abbreviations.append(form)
            continue
        if given:
            for entry, tier in authority.full_matches("person", key):
                s = SCORE_LABEL if tier == "label" else SCORE_ALIAS
                _better(cand(entry), s, f"full {tier}", form)
        for entry in authority.surname_matches(form_key(surname)):
            if entry.kind != "person":
                continue
            if not given:
                _better(cand(entry), SCORE_SURNAME, "surname", form)
                continue
            if entry.key in cands and cands[entry.key].score >= SCORE_ALIAS and cands[entry.key].form == form:
                continue
            fits = [given_compatible(given, names) for names in entry.given_names]
            if any(ok for ok, _ in fits):
                full = any(ok and hit for ok, hit in fits)
                _better(cand(entry), SCORE_GIVEN if full else SCORE_INITIALS,
                        "given name and surname" if full else "initials and surname", form)
            elif entry.given_names:
                contradicted.setdefault(entry.key, f"given name(s) in {form!r} do not fit {entry.label}")
    for key, reason in contradicted.items():
        c = cands.setdefault(key, Candidate(authority.by_key[key]))
        c.excluded = reason
    return cands, abbreviations


def _exclude_by_dates(ctx: Context, c: Candidate) -> None:
    """Rule out an entry the dates exclude: not alive (or not existing) when
    the entity acts in a meeting; outside an event's dates."""
    e = c.entry
    if c.excluded:
        return
    person = e.kind == "person"
    if ctx.acting:
        for d in ctx.acting_dates:
            if e.dead_before(d):
                c.excluded = f"dead on {d} (died {e.died})" if person else f"ended before {d} ({e.died})"
                return
            if e.unborn_at(d):
                c.excluded = f"not born on {d} (born {e.born})" if person else f"not begun on {d} ({e.born})"
                return
    if ctx.kind == "event":
        for d in ctx.own_dates:
            if (e.born and d.latest < e.born.earliest) or (e.died and d.earliest > e.died.latest):
                c.excluded = f"event dated {d} outside {e.born or '?'}..{e.died or '?'}"
                return


def _other_kinds(ctx: Context, authority: Authority) -> list[Candidate]:
    """Entries of another kind that carry the same name: kept as evidence."""
    out = []
    seen = set()
    for form in ctx.forms:
        for kind in ("person", "place", "org", "event"):
            if kind == ctx.kind:
                continue
            hits = [e for e, _ in authority.full_matches(kind, form_key(form, kind))]
            if kind == "person":
                _, surname, abbreviated = split_person(form)
                if not abbreviated:
                    hits += authority.surname_matches(form_key(surname))
            for e in hits:
                if e.key not in seen:
                    seen.add(e.key)
                    out.append(Candidate(e, 0.0, "name of another kind", form,
                                         f"is a {e.kind}, not a {ctx.kind}"))
    return out


def decide(ctx: Context, cands: dict[str, Candidate], *, source: str = "authority") -> Decision:
    """The outcome for one entity from its scored candidates."""
    for c in cands.values():
        _exclude_by_dates(ctx, c)
    ordered = sorted(cands.values(), key=lambda c: (-c.score, c.entry.key))
    live = [c for c in ordered if not c.excluded]
    when = f" on {', '.join(map(str, ctx.acting_dates))}" if ctx.acting and ctx.acting_dates else ""
    if not live:
        if ordered:
            reasons = "; ".join(f"{c.entry.key}: {c.excluded}" for c in ordered)
            return Decision("not_found", None, ordered, f"every candidate ruled out ({reasons})", source)
        return Decision("not_found", None, [], "no name form matches", source)
    strong = [c for c in live if c.score >= DECISIVE]
    if strong:
        if len(strong) == 1:
            return _resolved(strong[0], ordered, f"{strong[0].how} {strong[0].form!r}", source)
        names = ", ".join(c.entry.key for c in strong)
        return Decision("ambiguous", None, ordered,
                        f"full names fit several entries ({names})", source)
    if len(live) == 1:
        c = live[0]
        rule = f"{c.how} {c.form!r}"
        if ctx.acting and ctx.kind == "person" and when:
            rule += f", alive{when}"
        out = [x for x in ordered if x.excluded]
        if out:
            rule += "; ruled out: " + "; ".join(f"{x.entry.key} ({x.excluded})" for x in out)
        return _resolved(c, ordered, rule, source)
    if ctx.acting and ctx.acting_dates:
        in_role = [c for c in live if not all(c.entry.outside_role(d) for d in ctx.acting_dates)]
        if len(in_role) == 1 and len(live) > 1:
            c = in_role[0]
            out = ", ".join(x.entry.key for x in live if x is not c)
            return _resolved(c, ordered, f"{c.how} {c.form!r}; only one in office{when} ({out} not)", source)
    names = ", ".join(c.entry.key for c in live)
    return Decision("ambiguous", None, ordered,
                    f"{live[0].how} {live[0].form!r} fits {len(live)} entries{when} ({names}); "
                    "no given name, initials or dates decide", source)


def _resolved(c: Candidate, ordered: list[Candidate], rule: str, source: str) -> Decision:
    if c.entry.qid:
        return Decision("linked", c.entry, ordered, rule, source)
    return Decision("not_found", c.entry, ordered, f"{rule}; authority entry has no qid", source)


def decide_abbreviation(ctx: Context, forms: Sequence[str], authority: Authority,
                        context_keys: set[str]) -> Decision:
    """"Khr.": link only when exactly one entry fits, among the names that
    co-occur in the record first, else among the entries alive at its date."""
    cands: dict[str, Candidate] = {}
    for form in forms:
        _, surname, _ = split_person(form)
        for entry in authority.prefix_matches(surname):
            c = cands.setdefault(entry.key, Candidate(entry, 0.0, "abbreviation", form))
            _exclude_by_dates(ctx, c)
            if not c.excluded and not ctx.acting:
                for d in ctx.record_dates:
                    if entry.dead_before(d) or entry.unborn_at(d):
                        c.excluded = f"not alive on {d}"
                        break
    ordered = sorted(cands.values(), key=lambda c: c.entry.key)
    live = [c for c in ordered if not c.excluded]
    form = forms[0]
    in_context = [c for c in live if c.entry.key in context_keys]
    if len(in_context) == 1:
        c = in_context[0]
        c.score = SCORE_ABBREV_CONTEXT
        return _resolved(c, ordered, f"abbreviation {form!r}: the only co-occurring name that fits", "authority")
    if not in_context and len(live) == 1:
        c = live[0]
        c.score = SCORE_ABBREV_DATE
        dates = ", ".join(map(str, ctx.record_dates)) or "the record's date"
        return _resolved(c, ordered, f"abbreviation {form!r}: the only entry alive on {dates} that fits", "authority")
    if not live:
        return Decision("not_found", None, ordered, f"abbreviation {form!r} fits no entry", "authority")
    fits = in_context or live
    for c in fits:
        c.score = SCORE_ABBREV_DATE
    names = ", ".join(c.entry.key for c in fits)
    return Decision("ambiguous", None, ordered, f"abbreviation {form!r} fits {len(fits)} entries ({names})",
                    "authority")


# ---------------------------------------------------------------- writing


def claim_iri(entity: URIRef) -> URIRef:
    return iris.claim(entity)


def _date_literal(d: PartialDate) -> Literal:
    datatype = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}[d.precision]
    return Literal(d.iso(), datatype=datatype)


def _label_literal(text: str, lang: str | None) -> Literal:
    return Literal(text, lang=lang) if lang else Literal(text)


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
        graph.add((node, KG.score, Literal(Decimal(f"{0 if c.excluded else c.score:.2f}"))))
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
    reader = _Reader(graph)
    contexts = [reader.context(e, kind) for e, kind in entities(graph)]
    decisions: dict[URIRef, Decision] = {}
    pending: dict[URIRef, list[str]] = {}
    for ctx in contexts:
        cands, abbreviations = score(ctx, authority)
        decision = decide(ctx, cands)
        if not cands and abbreviations:
            pending[ctx.iri] = abbreviations
        elif not cands:
            others = _other_kinds(ctx, authority)
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
    for ctx in contexts:
        if ctx.iri in pending:
            keys = set().union(*(by_text.get(t, set()) for t in ctx.texts)) if ctx.texts else set()
            decisions[ctx.iri] = decide_abbreviation(ctx, pending[ctx.iri], authority, keys)

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
    if contexts:
        graph.add((AGENT, RDF.type, PROV.SoftwareAgent))
        graph.add((AGENT, RDFS.label, Literal("kg.link")))
    return report


__all__ = [
    "KIND_TYPES",
    "Resolver",
    "claim_iri",
    "entities",
    "link_graph",
    "remove_claims",
]

