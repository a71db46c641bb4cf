"""Hash joins for rdflib's SPARQL evaluation.

rdflib joins two groups one of two ways: when neither side holds a join of its
own it evaluates the right side once per row of the left with that row's
bindings (fast), otherwise it compares every row of the left with every row of
the right (``rdflib.plugins.sparql.evalutils._join``); an OPTIONAL is always
evaluated once per row of the left. A query made of sub-selects, the shape the
corpus store needs (see the README, Competency queries), takes the slow way at
every step: the provenance query on the sample record took 33 s instead of
0.4 s, the persons query on 100 records 373 s instead of 10 s, since a
sub-select that does not name the row's variables reads the whole graph again
for every row.

:func:`install` registers :func:`evaluate` among rdflib's custom evaluation
functions (``rdflib.plugins.sparql.CUSTOM_EVALS``, rdflib's own extension
point). It takes the joins rdflib would evaluate pair by pair, and the
OPTIONALs whose optional side is a sub-select, evaluates each side once and
meets the rows on the variables bound in every row of both sides, through a
dict; every pair is still checked for compatibility (and the OPTIONAL's
filter), so the solutions are SPARQL's. Like rdflib, a join reads its right
side as a set of solutions (a repeated solution counts once); unlike rdflib's
set, it keeps their first-seen order, so the rows come out in the same order
in every process."""

from __future__ import annotations

from rdflib.plugins.sparql import CUSTOM_EVALS
from rdflib.plugins.sparql.evaluate import evalPart
from rdflib.plugins.sparql.evalutils import _ebv

NAME = "kg-hash-join"


def _shared(rows) -> set:
    """The variables bound in every one of ``rows``."""
    it = iter(rows)
    first = next(it, None)
    if first is None:
        return set()
    common = set(first)
    for row in it:
        common.intersection_update(row)
        if not common:
            break
    return common


def _index(left, right):
    """The keys both sides always bind, and ``right`` grouped by their values."""
    keys = sorted(_shared(left) & _shared(right), key=str)
    index: dict[tuple, list] = {}
    for y in right:
        index.setdefault(tuple(y[k] for k in keys), []).append(y)
    return keys, index


def hash_join(left, right):
    """The compatible merges of ``left`` and ``right`` (lists of solutions),
    found through a dict on the variables both sides always bind."""
    keys, index = _index(left, right)
    for x in left:
        for y in index.get(tuple(x[k] for k in keys), ()):
            if x.compatible(y):
                yield x.merge(y)


def hash_left_join(left, right, expr):
    """SPARQL's LeftJoin of ``left`` and ``right`` (lists of solutions) with
    the filter ``expr``: every compatible merge the filter keeps, and a row of
    the left with no such merge on its own."""
    keys, index = _index(left, right)
    for x in left:
        matched = False
        for y in index.get(tuple(x[k] for k in keys), ()):
            if x.compatible(y):
                merged = x.merge(y)
                if _ebv(expr, merged):
                    matched = True
                    yield merged
        if not matched:
            yield x


def evaluate(ctx, part):
    """rdflib custom evaluation: the pair-by-pair joins and the OPTIONALs of a
    sub-select, by hash; any other part is left to rdflib
    (``NotImplementedError``)."""
    if part.name == "Join" and not part.lazy:
        left = list(evalPart(ctx, part.p1))
        right = list(dict.fromkeys(evalPart(ctx, part.p2)))
        return hash_join(left, right)
    if part.name == "LeftJoin" and part.p2.name == "ToMultiSet":
        left = list(evalPart(ctx, part.p1))
        right = list(evalPart(ctx, part.p2))
        return hash_left_join(left, right, part.expr)
    raise NotImplementedError


def install() -> None:
    """Register :func:`evaluate` with rdflib (once per process)."""
    CUSTOM_EVALS.setdefault(NAME, evaluate)
