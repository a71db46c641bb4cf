"""The findings as text for a reader, or as JSON for a program."""

from __future__ import annotations

import json
from collections import Counter

from kg.check.model import SEVERITIES, Finding

QUOTE_WIDTH = 70


def _counts(findings) -> str:
    count = Counter(f.severity for f in findings)
    parts = [f"{count[s]} {s}" + ("s" if count[s] != 1 and s != "info" else "") for s in reversed(SEVERITIES) if count[s]]
    return ", ".join(parts) if parts else "nothing to report"


def _quote(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= QUOTE_WIDTH else flat[:QUOTE_WIDTH - 1] + "…"


def to_text(findings: list[Finding]) -> str:
    """One block per record: each finding with its severity, kind, sentence,
    and the passages it rests on (characters start-end, quoted)."""
    if not findings:
        return "no findings: nothing in the records needs an editor's attention"
    lines = [f"{len(findings)} finding(s): {_counts(findings)}"]
    current = None
    for f in findings:
        record = (f.spans[0].file, f.spans[0].sha256[:12]) if f.spans else ("", "")
        if record != current:
            current = record
            lines.append("")
            lines.append(f"{record[0]} (text {record[1]})" if record[0] else "(no passage)")
        lines.append(f"  {f.severity:<7} {f.kind}: {f.message}")
        for s in f.spans:
            where = f"{s.file} " if s.file != record[0] else ""
            lines.append(f"          {where}{s.start}-{s.end}: “{_quote(s.quote)}”")
    return "\n".join(lines)


def to_json(findings: list[Finding]) -> str:
    counts = Counter(f.severity for f in findings)
    return json.dumps({"findings": [f.as_dict() for f in findings],
                       "counts": {s: counts[s] for s in SEVERITIES}}, indent=2, ensure_ascii=False)
