"""SPARQL over a graph: named queries from ``queries/``, files, or inline text;
results as rows, formatted as a table, CSV or JSON. An inline query may use
the project's prefixes (``kg:``, ``schema:``, ...) without declaring them.

Queries are read-only and local: an update (INSERT, DELETE, LOAD, ...) is
refused, and so are SERVICE, FROM and FROM NAMED (they reach other graphs)
unless the caller allows them. With a time or memory limit the query runs in
a child process that is stopped when it passes the limit."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

from pyparsing import ParseException, ParseResults
from rdflib import Dataset, Graph
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

from kg import hashjoin, resources
from kg.errors import KgError, QueryError
from kg.limits import call_limited
from kg.vocab import PREFIXES

hashjoin.install()

_SPARQL_RE = re.compile(
    r"\b(?:SELECT|ASK|CONSTRUCT|DESCRIBE|INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b",
    re.IGNORECASE)
QUERY_SUFFIXES = (".rq", ".sparql")
DEFAULT_TIMEOUT = 30.0
DEFAULT_MEMORY_MB = 2048
# Characters that would break a table row, shown escaped.
_ROW_BREAKS = str.maketrans({"\n": "\\n", "\r": "\\r", "\t": "\\t", "\x0b": "\\v", "\x0c": "\\f",
                             "\x1c": "\\x1c", "\x1d": "\\x1d", "\x1e": "\\x1e",
                             "\x85": "\\x85", "\u2028": "\\u2028", "\u2029": "\\u2029"})
_DECLARED_RE = re.compile(r"^\s*PREFIX\s+([A-Za-z][\w.-]*)?:", re.IGNORECASE | re.MULTILINE)


@dataclass
class Rows:
    variables: list[str]
    rows: list[list[str]]

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(self.variables)
        writer.writerows(self.rows)
        return out.getvalue()

    def to_json(self) -> str:
        return json.dumps([dict(zip(self.variables, r)) for r in self.rows], indent=2, ensure_ascii=False)

    def to_table(self) -> str:
        widths = [len(v) for v in self.variables]
        cells = [[c.translate(_ROW_BREAKS) for c in r] for r in self.rows]
        for r in cells:
            widths = [max(w, len(c)) for w, c in zip(widths, r)]
        line = "  ".join(v.ljust(w) for v, w in zip(self.variables, widths))
        out = [line, "  ".join("-" * w for w in widths)]
        out += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in cells]
        out.append(f"({len(self.rows)} row{'s' if len(self.rows) != 1 else ''})")
        return "\n".join(out)


def available() -> list[str]:
    return sorted(p.stem for p in resources.QUERIES.glob("*.rq"))


@dataclass(frozen=True)
class Query:
    """SPARQL text and where it came from (a file, a named query, inline)."""

    text: str
    origin: str


def resolve(query: str) -> str:
    """SPARQL text for a query name, a .rq or .sparql file, or inline SPARQL."""
    return find(query).text


def find(query: str) -> Query:
    """The query for a name in ``queries/``, a .rq or .sparql file, or inline SPARQL, with its origin."""
    named = resources.QUERIES / f"{query}.rq"
    if re.fullmatch(r"[\w-]+", query) and named.exists():
        return Query(named.read_text(encoding="utf-8"), f"query '{query}'")
    p = Path(query)
    if len(query) < 4096 and "\n" not in query and p.suffix.lower() in QUERY_SUFFIXES:
        try:
            return Query(p.read_text(encoding="utf-8"), str(p))
        except FileNotFoundError:
            raise QueryError(f"{query}: no such query file") from None
        except UnicodeDecodeError:
            raise QueryError(f"{query}: the query file is not UTF-8 text") from None
        except OSError as exc:
            raise QueryError(f"{query}: cannot be read: {exc.strerror}") from None
    if _SPARQL_RE.search(query):
        return Query(query, "inline query")
    raise QueryError(f"No query named '{query}'. Available: {', '.join(available())}; "
                     "or give a .rq or .sparql file or inline SPARQL")


def prepare(query: Query, *, allow_service: bool = False):
    """The parsed query, refused when it would write (an update) or, unless
    ``allow_service``, read anything but the graph (SERVICE, FROM, FROM NAMED)."""
    try:
        tree = parseQuery(query.text)
    except ParseException as exc:
        if _is_update(query.text):
            raise QueryError(f"{query.origin}: refused: this is a SPARQL update (INSERT, DELETE, LOAD, CLEAR, ...); "
                             "kg runs read-only queries only") from None
        raise QueryError(f"{query.origin}:{exc.lineno}: SPARQL syntax error at column {exc.col}: {exc.msg}") from None
    except Exception as exc:  # noqa: BLE001  -- rdflib's parser raises more than ParseException
        raise QueryError(f"{query.origin}: SPARQL syntax error: {_first_line(exc)}") from None
    names = set(_names(tree))
    if not allow_service:
        if "ServiceGraphPattern" in names:
            raise QueryError(f"{query.origin}: refused: SERVICE asks another endpoint; kg queries read the "
                             "graph file only (give --allow-service to allow it)")
        if "DatasetClause" in names:
            raise QueryError(f"{query.origin}: refused: FROM and FROM NAMED load other graphs; kg queries read "
                             "the graph file only (give --allow-service to allow it)")
    try:
        prepared = translateQuery(tree, initNs=undeclared_prefixes(query.text))
    except Exception as exc:  # noqa: BLE001  -- undefined prefixes and the like
        raise QueryError(f"{query.origin}: the query cannot be run: {_first_line(exc)}") from None
    return prepared, "GraphGraphPattern" in names


def _is_update(text: str) -> bool:
    try:
        parseUpdate(text)
    except Exception:  # noqa: BLE001  -- not an update either
        return False
    return True


def _names(node):
    """The names of every parse-tree node under ``node``."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            yield item.name
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, ParseResults)):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.values())


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _cell(term) -> str:
    return "" if term is None else str(term)


def undeclared_prefixes(text: str) -> dict:
    """The project's prefixes that ``text`` does not declare itself. The files
    in queries/ declare theirs and run on any SPARQL 1.1 engine; an inline
    query may leave them out."""
    declared = {m.group(1) or "" for m in _DECLARED_RE.finditer(text)}
    return {p: ns for p, ns in PREFIXES.items() if p not in declared}


def evaluate(graph: Graph, prepared, named_graphs: bool, origin: str = "the query") -> Rows:
    """Run a prepared query on ``graph``; the rows are read here, so that
    evaluation errors (rdflib evaluates lazily) are caught here too."""
    target = graph
    if named_graphs:
        # GRAPH patterns need a dataset; the file's triples are its default graph, no named graph.
        target = Dataset()
        target.default_graph += graph
    try:
        result = target.query(prepared)
        if result.type == "ASK":
            return Rows(["ask"], [[str(bool(result.askAnswer)).lower()]])
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            return Rows(["subject", "predicate", "object"],
                        sorted([_cell(s), _cell(p), _cell(o)] for s, p, o in result.graph))
        variables = [str(v) for v in result.vars]
        return Rows(variables, [[_cell(row[v]) for v in variables] for row in result])
    except (KgError, MemoryError, RecursionError):
        raise
    except Exception as exc:  # noqa: BLE001  -- evaluation errors of rdflib
        raise QueryError(f"{origin}: the query cannot be run: {_first_line(exc)}") from None


def run(graph: Graph, query: str, *, allow_service: bool = False, timeout: float | None = None,
        memory_mb: int | None = None) -> Rows:
    """Run ``query`` (see :func:`find`) on ``graph``. With ``timeout`` or
    ``memory_mb`` the evaluation runs in a child process that is stopped when
    it passes either limit (:mod:`kg.limits`)."""
    q = find(query)
    prepared, named_graphs = prepare(q, allow_service=allow_service)
    if timeout is None and memory_mb is None:
        return evaluate(graph, prepared, named_graphs, q.origin)
    try:
        return call_limited(evaluate, (graph, prepared, named_graphs, q.origin), timeout=timeout,
                            memory_mb=memory_mb, what=q.origin)
    except RecursionError:
        raise QueryError(f"{q.origin}: the query is nested too deeply to run") from None
