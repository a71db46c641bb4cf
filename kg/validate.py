"""SHACL validation with pySHACL: results as small records, formatting apart.

Validation runs without inference (``inference="none"``): the shapes state
explicitly what they need."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from functools import lru_cache

from rdflib import BNode, Graph

from kg import resources
from kg.errors import OntologyError
from kg.vocab import SH


@dataclass(frozen=True, order=True)
class Result:
    severity: str  # Violation, Warning, Info
    focus: str
    path: str
    message: str
    value: str = ""


@dataclass
class Report:
    conforms: bool
    results: list[Result] = field(default_factory=list)

    @property
    def violations(self) -> list[Result]:
        return [r for r in self.results if r.severity == "Violation"]

    def to_text(self) -> str:
        if not self.results:
            return "conforms: every node satisfies the shapes"
        lines = [f"{'conforms' if self.conforms else 'does not conform'}: {len(self.results)} result(s)"]
        for r in self.results:
            lines.append(f"  {r.severity}: {r.focus}  {r.path}  {r.message}" + (f"  (value {r.value})" if r.value else ""))
        return "\n".join(lines)

    def to_json(self) -> str:
        return json.dumps({"conforms": self.conforms, "results": [asdict(r) for r in self.results]}, indent=2)


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    g = Graph()
    for path in (resources.SHAPES,):
        try:
            g.parse(path, format="turtle")
        except Exception as exc:  # noqa: BLE001
            raise OntologyError(f"{path}: the shapes cannot be loaded: {exc}") from None
    return g


def validate(graph: Graph) -> Report:
    from pyshacl import validate as shacl

    conforms, results_graph, _ = shacl(
        graph, shacl_graph=shapes_graph(), inference="none", abort_on_first=False, allow_warnings=True,
    )
    results = []
    for node in results_graph.subjects(SH.resultSeverity, None):
        sev = str(results_graph.value(node, SH.resultSeverity)).rsplit("#", 1)[-1]
        results.append(Result(
            sev,
            _short(graph, results_graph.value(node, SH.focusNode)),
            _path(graph, results_graph, results_graph.value(node, SH.resultPath)),
            str(results_graph.value(node, SH.resultMessage) or ""),
            _short(graph, results_graph.value(node, SH.value)),
        ))
    results.sort()
    return Report(conforms=not any(r.severity == "Violation" for r in results), results=results)


def _path(graph: Graph, results: Graph, path) -> str:
    """A result path as text; an inverse path as ``^kg:markerOf``."""
    if isinstance(path, BNode):
        for source in (results, shapes_graph()):
            inverse = source.value(path, SH.inversePath)
            if inverse is not None:
                return "^" + _short(graph, inverse)
        return "(a complex path)"
    return _short(graph, path)


def _short(graph: Graph, term) -> str:
    if term is None:
        return ""
    try:
        return graph.namespace_manager.normalizeUri(term) if hasattr(term, "n3") and str(term).startswith("http") else str(term)
    except Exception:  # noqa: BLE001
        return str(term)
