"""The editor's report: what in the records of a graph does not add up.

:func:`check` reads a graph built by ``kg build`` (nothing else: the graph
holds the participant lists, the turns, notes and markers with their
positions, roles, decisions, dates, citations and what the parser could not
read) and returns :class:`Finding` s, each with its kind, severity, a
sentence and the spans it rests on. One module per idea:

- :mod:`kg.check.participation`: speakers not in any participant list,
  participants who never spoke;
- :mod:`kg.check.notes`: markers without notes, notes without markers,
  markers out of order;
- :mod:`kg.check.names`: a note naming someone not in the record whose name
  is close to a speaker's or participant's;
- :mod:`kg.check.roles`: roles that exclude each other, two chairs;
- :mod:`kg.check.decisions`: decisions with no assignee;
- :mod:`kg.check.dates`: dates that contradict each other;
- :mod:`kg.check.sources`: one archival file cited with different parts;
- :mod:`kg.check.unparsed`: what the parser kept as unparsed text.

:mod:`kg.check.report` formats the findings as text or JSON."""

from __future__ import annotations

from rdflib import Graph

from kg.check import dates, decisions, names, notes, participation, roles, sources, unparsed
from kg.check.model import SEVERITIES, Finding, Span, above_info
from kg.check.report import to_json, to_text
from kg.graph.view import GraphView

CHECKS = (participation, notes, names, roles, decisions, dates, sources, unparsed)
KINDS = (
    participation.SPEAKER_NOT_LISTED, participation.SILENT_PARTICIPANT,
    notes.MARKER_WITHOUT_NOTE, notes.NOTE_WITHOUT_MARKER, notes.MARKERS_OUT_OF_ORDER,
    names.NAME_SLIP,
    roles.ROLE_CONFLICT, roles.TWO_CHAIRS,
    decisions.NO_ASSIGNEE,
    dates.DATE_CONFLICT,
    sources.SAME_FILE_DIFFERENT_PARTS,
    unparsed.UNPARSED,
)

__all__ = ["CHECKS", "KINDS", "SEVERITIES", "Finding", "Span", "above_info", "check", "to_json", "to_text"]


def check(graph: Graph) -> list[Finding]:
    """Every finding on ``graph``, in the order of the records and the text."""
    view = GraphView(graph)
    findings = [f for module in CHECKS for f in module.check(view)]
    return sorted(findings, key=_order)


def _order(finding: Finding):
    first = finding.spans[0] if finding.spans else None
    return (first.file if first else "", first.sha256 if first else "", first.start if first else -1,
            -finding.rank, finding.kind, finding.message)
