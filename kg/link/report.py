"""What a linking run did: per entity, the outcome, the chosen identity or the
candidates, and the rule. Formatted as text (for people) or JSON (for tools)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

from kg.vocab import ID


@dataclass(frozen=True)
class CandidateScore:
    key: str  # authority key
    qid: str | None
    label: str
    score: float
    excluded: str = ""  # why the candidate was ruled out, if it was


@dataclass(frozen=True)
class LinkResult:
    entity: str  # IRI
    kind: str  # person | place | body | event
    name: str  # the entity's name as printed
    outcome: str  # linked | ambiguous | not_found
    qid: str | None = None  # when linked
    authority_key: str | None = None  # when one authority row fits (with or without qid)
    candidates: tuple[CandidateScore, ...] = ()
    rule: str = ""


def result_from_dict(d: dict) -> LinkResult:
    """A result back from :func:`dataclasses.asdict` (as a store's manifest keeps it)."""
    return LinkResult(**{**d, "candidates": tuple(CandidateScore(**c) for c in d.get("candidates", ()))})


@dataclass
class LinkReport:
    linked: list[LinkResult] = field(default_factory=list)
    ambiguous: list[LinkResult] = field(default_factory=list)
    not_found: list[LinkResult] = field(default_factory=list)

    def add(self, result: LinkResult) -> None:
        getattr(self, result.outcome).append(result)

    def results(self) -> list[LinkResult]:
        return [*self.linked, *self.ambiguous, *self.not_found]

    def by_entity(self) -> dict[str, LinkResult]:
        return {r.entity: r for r in self.results()}

    def counts(self) -> dict[str, int]:
        return {"linked": len(self.linked), "ambiguous": len(self.ambiguous), "not_found": len(self.not_found)}

    def to_dict(self) -> dict:
        return {
            "counts": self.counts(),
            **{
                outcome: [asdict(r) for r in sorted(getattr(self, outcome), key=lambda r: r.entity)]
                for outcome in ("linked", "ambiguous", "not_found")
            },
        }

    def to_json(self) -> str:
        return to_json(self)

    def to_text(self) -> str:
        return to_text(self)


def _short(iri: str) -> str:
    return "id:" + iri[len(str(ID)):] if iri.startswith(str(ID)) else iri


def _candidate(c: CandidateScore) -> str:
    text = f"{c.key} {c.qid or '(no qid)'} {c.score:.2f}"
    return text + (f" [excluded: {c.excluded}]" if c.excluded else "")


_KINDS = (("person", "person", "persons"), ("place", "place", "places"), ("body", "body", "bodies"),
          ("event", "event", "events"))


def _by_kind(results: list[LinkResult]) -> str:
    """ " (20 persons, 1 event)": what the count is made of (persons, places,
    bodies and events are linked alike)."""
    parts = []
    for kind, one, many in _KINDS:
        n = sum(1 for r in results if r.kind == kind)
        if n:
            parts.append(f"{n} {one if n == 1 else many}")
    others = len(results) - sum(1 for r in results if r.kind in {k for k, _, _ in _KINDS})
    if others:
        parts.append(f"{others} other")
    return f" ({', '.join(parts)})" if parts else ""


def to_text(report: LinkReport) -> str:
    """One line per entity, grouped by outcome."""
    lines = [", ".join(f"{title} {len(getattr(report, outcome))}{_by_kind(getattr(report, outcome))}"
                       for outcome, title in (("linked", "linked"), ("ambiguous", "ambiguous"),
                                              ("not_found", "not found")))]
    for outcome, title in (("linked", "linked"), ("ambiguous", "ambiguous"), ("not_found", "not found")):
        results = sorted(getattr(report, outcome), key=lambda r: r.entity)
        if not results:
            continue
        lines.append(f"{title}:")
        for r in results:
            head = f"  {_short(r.entity)} \"{r.name}\""
            if outcome == "linked":
                lines.append(f"{head} -> wd:{r.qid} ({r.authority_key}; {r.rule})")
            elif outcome == "ambiguous":
                lines.append(f"{head}: " + ", ".join(_candidate(x) for x in r.candidates if not x.excluded)
                             + f" ({r.rule})")
            else:
                if r.authority_key:
                    what = f"{r.authority_key} (no qid)"
                elif r.candidates:
                    what = ", ".join(_candidate(x) for x in r.candidates)
                else:
                    what = "no candidate"
                lines.append(f"{head}: {what} ({r.rule})")
    return "\n".join(lines) + "\n"


def to_json(report: LinkReport) -> str:
    """The report as JSON: counts, then the three lists."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"
