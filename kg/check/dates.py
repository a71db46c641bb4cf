"""Dates that contradict each other: the record dated otherwise than the
session it documents, a sitting dated outside its session, an earlier
decision a speaker refers to that is dated after the session (a misprinted
date, or a year guessed wrongly for a date printed without one), and a span
of time that ends before it begins. The first three are warnings (one of two
printed dates is wrong, which one the editor must decide); the last is an
error (no reading makes it true)."""

from __future__ import annotations

from kg.check.model import Finding
from kg.graph.view import GraphView, Record
from kg.vocab import KG, RDF, SEM

DATE_CONFLICT = "date-conflict"


def check(view: GraphView) -> list[Finding]:
    findings = []
    for record in view.records:
        findings += _record_and_session(view, record)
        findings += _sittings(view, record)
        findings += _later_decisions(view, record)
    findings += _reversed_spans(view)
    return findings


def _day(d) -> str:
    return f"{d.day} {d.strftime('%B')} {d.year}"


def session_dates(view: GraphView, session):
    """(first day, last day) of a session or sitting, or (None, None)."""
    if session is None:
        return None, None
    when = view.date(session)
    if when is not None:
        return when, when
    return view.date(session, SEM.hasBeginTimeStamp), view.date(session, SEM.hasEndTimeStamp)


def _record_and_session(view: GraphView, record: Record):
    dated = view.record_date(record)
    first, last = session_dates(view, record.session)
    if dated is None or first is None or first <= dated <= (last or first):
        return []
    when = _day(first) if first == last or last is None else f"{_day(first)} to {_day(last)}"
    return [Finding(DATE_CONFLICT, "warning",
                    f"The record is dated {_day(dated)}, but the session it documents is dated {when}.",
                    tuple(view.spans(record.record) + view.spans(record.session)))]


def _sittings(view: GraphView, record: Record):
    first, last = session_dates(view, record.session)
    if first is None:
        return []
    out = []
    for sitting in record.sittings:
        a, z = session_dates(view, sitting)
        if a is None or (first <= a and (z or a) <= (last or first)):
            continue
        out.append(Finding(DATE_CONFLICT, "warning",
                           f"Sitting {view.position(sitting)} is dated {_day(a)}, outside its session "
                           f"({_day(first)}" + (f" to {_day(last)})" if last and last != first else ")") + ".",
                           tuple(view.spans(sitting)[:1] + view.spans(record.session)[:1])))
    return out


def _later_decisions(view: GraphView, record: Record):
    g = view.g
    first, last = session_dates(view, record.session)
    if first is None:
        return []
    end = last or first
    out = []
    for turn in record.turns:
        for decision in sorted(g.objects(turn, KG.refersToDecision)):
            when = view.date(decision) or view.date(decision, SEM.hasBeginTimeStamp)
            if when is None or when <= end:
                continue
            printed = sorted(str(v) for v in g.objects(decision, KG.dateAsPrinted))
            as_printed = f" (printed “{printed[0]}”)" if printed else ""
            speakers = " and ".join(view.name(p, record) for p in view.speakers(turn)) or "The speaker"
            spans = [s for s in view.spans(decision) if view.first_span(turn).start <= s.start < view.first_span(turn).end]
            out.append(Finding(DATE_CONFLICT, "warning",
                               f"{speakers} refers to the decision of {_day(when)}{as_printed} as already taken, "
                               f"but the session is of {_day(end)}: a misprinted date?",
                               tuple(sorted(spans or view.spans(turn)[:1]))))
    return out


def _reversed_spans(view: GraphView):
    g = view.g
    out = []
    for node in sorted(set(g.subjects(SEM.hasBeginTimeStamp, None))):
        a, z = view.date(node, SEM.hasBeginTimeStamp), view.date(node, SEM.hasEndTimeStamp)
        if a is None or z is None or a <= z:
            continue
        what = "The session" if (node, RDF.type, KG.Session) in g else "An event"
        label = g.value(node, KG.dateAsPrinted)
        out.append(Finding(DATE_CONFLICT, "error",
                           f"{what} ends ({_day(z)}) before it begins ({_day(a)})"
                           + (f"; the date is printed “{label}”." if label else "."),
                           tuple(view.spans(node))))
    return out
