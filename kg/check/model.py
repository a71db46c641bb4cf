"""What a check reports: a finding, its severity, and the spans it rests on."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from kg.graph.view import Span

__all__ = ["SEVERITIES", "Finding", "Span", "above_info"]

SEVERITIES = ("info", "warning", "error")


@dataclass(frozen=True)
class Finding:
    """One thing a careful editor would flag.

    ``kind`` names the check (``silent-participant``); ``severity`` is
    ``info`` (a fact of the record worth knowing), ``warning`` (probably a
    slip of the record or of the parser: look at it) or ``error`` (the graph
    contradicts itself); ``message`` is a sentence a historian understands;
    ``spans`` are the passages it rests on, in text order."""

    kind: str
    severity: str
    message: str
    spans: tuple[Span, ...] = field(default_factory=tuple)

    def __post_init__(self):
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}")

    @property
    def rank(self) -> int:
        return SEVERITIES.index(self.severity)

    def as_dict(self) -> dict:
        return {"kind": self.kind, "severity": self.severity, "message": self.message,
                "spans": [asdict(s) for s in self.spans]}


def above_info(findings) -> bool:
    """True when some finding is a warning or an error."""
    return any(f.rank > 0 for f in findings)
