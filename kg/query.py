"""SPARQL over a graph: named queries from ``queries/``, files, or inline text;
results as rows, formatted as a table, CSV or JSON. An inline query may use
the project's prefixes (``kg:``, ``schema:``, ...) without declaring them."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from kg import resources
from kg.errors import QueryError
from kg.vocab import PREFIXES

_SPARQL_RE = re.compile(r"\b(?:SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
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
        for r in self.rows:
            widths = [max(w, len(c)) for w, c in zip(widths, r)]
        line = "  ".join(v.ljust(w) for v, w in zip(self.variables, widths))
        out = [line, "  ".join("-" * w for w in widths)]
        out += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in self.rows]
        out.append(f"({len(self.rows)} row{'s' if len(self.rows) != 1 else ''})")
        return "\n".join(out)


def available() -> list[str]:
    return sorted(p.stem for p in resources.QUERIES.glob("*.rq"))


def resolve(query: str) -> str:
    """SPARQL text for a query name, a file path, or inline SPARQL."""
    named = resources.QUERIES / f"{query}.rq"
    if re.fullmatch(r"[\w-]+", query) and named.exists():
        return named.read_text(encoding="utf-8")
    p = Path(query)
    if len(query) < 4096 and "\n" not in query and p.suffix == ".rq":
        if p.exists():
            return p.read_text(encoding="utf-8")
        raise QueryError(f"{query}: no such query file")
    if _SPARQL_RE.search(query):
        return query
    raise QueryError(f"No query named '{query}'. Available: {', '.join(available())}; "
                     "or give a .rq file or inline SPARQL")


def _cell(term) -> str:
    if term is None:
        return ""
    if isinstance(term, (URIRef, Literal)):
        return str(term)
    return str(term)


def undeclared_prefixes(text: str) -> dict:
    """The project's prefixes that ``text`` does not declare itself. The files
    in queries/ declare theirs and run on any SPARQL 1.1 engine; an inline
    query may leave them out."""
    declared = {m.group(1) or "" for m in _DECLARED_RE.finditer(text)}
    return {p: ns for p, ns in PREFIXES.items() if p not in declared}


def run(graph: Graph, query: str) -> Rows:
    text = resolve(query)
    try:
        result = graph.query(text, initNs=undeclared_prefixes(text))
    except Exception as exc:  # noqa: BLE001  -- parse and evaluation errors of rdflib
        raise QueryError(f"the query cannot be run: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from None
    if result.type == "ASK":
        return Rows(["ask"], [[str(bool(result.askAnswer)).lower()]])
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return Rows(["subject", "predicate", "object"], sorted([_cell(s), _cell(p), _cell(o)] for s, p, o in result.graph))
    variables = [str(v) for v in result.vars]
    return Rows(variables, [[_cell(row[v]) for v in variables] for row in result])
