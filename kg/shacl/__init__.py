"""Fast SHACL validation: the shapes of kg checked in Python and Oxigraph.

    from kg.shacl import validate_fast
    report = validate_fast(graph)        # same Report as kg.validate.validate

:func:`kg.validate.validate` (pySHACL) is the reference; this engine gives the
same results in a fraction of the time, and runs per record in a corpus
build (:mod:`kg.store`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from rdflib import Graph

from kg.oxi import from_ox, graph_to_store
from kg.shacl.engine import Hit, run
from kg.validate import Report, Result, _short, shapes_graph


def to_report(hits: Iterable[Hit], graph: Graph) -> Report:
    """Hits as the :class:`kg.validate.Report` pySHACL's results give."""
    results = sorted({Result(
        str(h.severity).rsplit("#", 1)[-1],
        _short(graph, h.focus),
        _path(graph, h),
        h.message,
        _short(graph, h.value) if h.value is not None else "",
    ) for h in hits})
    return Report(conforms=not any(r.severity == "Violation" for r in results), results=results)


def _path(graph: Graph, h: Hit) -> str:
    if h.path is None:
        return ""
    if h.shape.inverse:
        return "^" + _short(graph, h.shape.path)
    return _short(graph, h.path)


def sparql_on(store, *, union: bool = False) -> Callable[[str], list[dict]]:
    """A runner of SELECT queries on a pyoxigraph store, rows as rdflib terms."""
    def rows(select: str) -> list[dict]:
        result = store.query(select, use_default_graph_as_union=union)
        names = [v.value for v in result.variables]
        return [{n: from_ox(sol[n]) for n in names if sol[n] is not None} for sol in result]
    return rows


def hits_of(graph: Graph, keep=lambda n: True) -> list[Hit]:
    return run(graph, sparql_on(graph_to_store(graph)), keep=keep)


def validate_fast(graph: Graph) -> Report:
    """Every SHACL result of the shapes on ``graph`` (see :mod:`kg.shacl.engine`)."""
    shapes_graph()
    return to_report(hits_of(graph), graph)
