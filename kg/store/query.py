"""SPARQL over a store: Oxigraph, over the union of the record graphs and the entity graph."""

from __future__ import annotations

import pyoxigraph as ox

from kg.errors import QueryError
from kg.limits import call_limited
from kg.query import Rows, find, prepare, resolve
from kg.vocab import PREFIXES


def _cell(term) -> str:
    if term is None:
        return ""
    if isinstance(term, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return term.value
    return str(term)


def run(store: ox.Store, query: str) -> Rows:
    text = resolve(query)
    try:
        result = store.query(text, prefixes={k: str(v) for k, v in PREFIXES.items()},
                             use_default_graph_as_union=True)
        if isinstance(result, ox.QueryBoolean):
            return Rows(["ask"], [[str(bool(result)).lower()]])
        if isinstance(result, ox.QueryTriples):
            return Rows(["subject", "predicate", "object"],
                        sorted([_cell(t.subject), _cell(t.predicate), _cell(t.object)] for t in result))
        variables = [v.value for v in result.variables]
        return Rows(variables, [[_cell(row[v]) for v in variables] for row in result])
    except (SyntaxError, ValueError, OSError) as exc:
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise QueryError(f"the query cannot be run: {message}") from None


def _run_at(path: str, text: str) -> Rows:
    return run(ox.Store.read_only(path), text)


def run_guarded(store: ox.Store, path, query: str, *, allow_service: bool = False, timeout: float | None = None,
                memory_mb: int | None = None) -> Rows:
    """``query`` on the store with the guards of :func:`kg.query.run`: updates
    refused, SERVICE and FROM refused unless ``allow_service``, and with a
    ``timeout`` or ``memory_mb`` the query runs in a child process (which opens
    the store read-only) that is stopped at the limit."""
    q = find(query)
    prepare(q, allow_service=allow_service)
    if timeout is None and memory_mb is None:
        return run(store, q.text)
    return call_limited(_run_at, (str(path), q.text), timeout=timeout, memory_mb=memory_mb, what=q.origin)
