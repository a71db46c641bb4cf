"""Scoring the authority entries that may be an entity: by name form, kind,
life dates and role periods, and deciding between them.

full label 1.00; full alias or native label 0.90; given name and
surname 0.85; initials and surname 0.80; surname alone 0.60; abbreviation
("Khr.") 0.50 when one co-occurring name fits, 0.40 when one entry alive at
the date fits. A candidate at 0.80 or more is decisive when it is the only
one; surname-only candidates decide only when one is left after the date and
role rules. Ruled-out candidates are kept with score 0 and the reason."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kg.link.authority import Authority, AuthorityEntry
from kg.link.forms import form_key, given_compatible, looks_like_name, split_person
from kg.link.context import Context

SCORE_LABEL = 1.0
SCORE_ALIAS = 0.9
SCORE_GIVEN = 0.85
SCORE_INITIALS = 0.8
SCORE_SURNAME = 0.6
SCORE_ABBREV_CONTEXT = 0.5
SCORE_ABBREV_DATE = 0.4
DECISIVE = 0.8

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


def other_kinds(ctx: Context, authority: Authority) -> list[Candidate]:
    """Entries of another kind that carry the same name: kept as evidence."""
    out = []
    seen = set()
    for form in ctx.forms:
        for kind in ("person", "place", "body", "event"):
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
