"""What the parser could not read and kept as ``kg:UnparsedText``: a warning,
because facts the passage may hold are missing from the graph."""

from __future__ import annotations

from kg.check.model import Finding
from kg.graph.view import GraphView
from kg.vocab import KG

UNPARSED = "unparsed-text"


def check(view: GraphView) -> list[Finding]:
    findings = []
    for record in view.records:
        for node in record.unparsed:
            warning = str(view.g.value(node, KG.warning) or "unparsed text")
            findings.append(Finding(
                UNPARSED, "warning",
                f"The parser could not read this passage and kept it as it stands ({warning}); "
                f"whatever it says is not in the graph.",
                tuple(view.spans(node))))
    return findings
