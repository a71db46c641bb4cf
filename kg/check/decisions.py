"""Decisions with no one to carry them out.

A resolution of the body that names nobody ("So far, to keep the
embassy.") is normal in the genre: the body itself acts, or the record does
not say who will. It is reported as information only, so that a historian
asking "who must carry this out?" knows the record is silent. An assignment
that prints names (``kg:assigneeAsPrinted``) none of which the graph could
resolve to a person or body is a warning: the graph has lost who must act.
Earlier decisions the speakers refer to are not decisions of the session and
are left alone."""

from __future__ import annotations

import re

from kg.check.model import Finding
from kg.graph.view import GraphView
from kg.vocab import KG, RDF

NO_ASSIGNEE = "decision-without-assignee"


def check(view: GraphView) -> list[Finding]:
    g = view.g
    findings = []
    for record in view.records:
        for decision in record.decisions:
            if (decision, RDF.type, KG.ReferencedEvent) in g or g.value(decision, KG.assignee) is not None:
                continue
            words = _words(view, decision)
            quoted = f"“{words}”" if words else "A decision"
            printed = sorted(str(v) for v in g.objects(decision, KG.assigneeAsPrinted))
            if printed:
                findings.append(Finding(
                    NO_ASSIGNEE, "warning",
                    f"{quoted} is assigned to {', '.join(printed)}, but none of them could be identified "
                    f"as a person or body of the graph.",
                    tuple(view.spans(decision))))
            else:
                findings.append(Finding(
                    NO_ASSIGNEE, "info",
                    f"{quoted} is a resolution of the body that names no one to carry it out.",
                    tuple(view.spans(decision))))
    return findings


def _words(view: GraphView, decision) -> str:
    """The decision's words as printed, without a leading item number or a
    trailing note marker."""
    spans = view.spans(decision)
    words = " ".join(spans[0].quote.split()) if spans else str(view.g.value(decision, KG.summary) or "")
    words = re.sub(r"^(?:\(\d{1,2}\)|\d{1,2}\.|[a-h]\.)\s+", "", words)
    words = re.sub(r"\s*[(\[]\s*\d{1,3}\s*[)\]]$", "", words)
    return words.strip().rstrip(".")
