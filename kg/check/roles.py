"""Roles in a session that exclude each other: one person recorded as both
chairing and absent (an error: the graph says two things that cannot both be
true of one session), a person recorded as absent who is listed among those
taking part or speaks (a warning: the absence may concern one sitting only),
and two different chairs of one session (a warning: the chair may have
changed between sittings, or a name is misread)."""

from __future__ import annotations

from collections import defaultdict

from kg.check.model import Finding
from kg.graph.view import GraphView
from kg.vocab import KG

ROLE_CONFLICT = "role-conflict"
TWO_CHAIRS = "two-chairs"


def check(view: GraphView) -> list[Finding]:
    g = view.g
    findings = []
    for record in view.records:
        chairs, absent = defaultdict(list), defaultdict(list)
        for role in record.roles:
            kind, agent = g.value(role, KG.roleType), g.value(role, KG.agent)
            if agent is None:
                continue
            if kind == KG.Chair:
                chairs[agent].append(role)
            elif kind == KG.Absentee:
                absent[agent].append(role)
        for person in sorted(set(chairs) & set(absent)):
            findings.append(Finding(
                ROLE_CONFLICT, "error",
                f"{view.name(person, record)} is recorded both as chairing the session and as absent from it.",
                _spans(view, chairs[person] + absent[person])))
        participants, speakers = view.participants(record), view.record_speakers(record)
        for person in sorted(set(absent) - set(chairs)):
            if person not in participants and person not in speakers:
                continue
            doing = ("is listed among those taking part" if person in participants else "") + (
                " and " if person in participants and person in speakers else "") + (
                "speaks" if person in speakers else "")
            extra = [s for entry, p in view.entries(record) if p == person for s in view.spans(entry)][:1]
            extra += [view.spans(t)[0] for t in record.turns if person in view.speakers(t) and view.spans(t)][:1]
            findings.append(Finding(
                ROLE_CONFLICT, "warning",
                f"{view.name(person, record)} is recorded as absent from the session but {doing}: "
                f"absent from one sitting only, or a name misread?",
                _spans(view, absent[person]) + tuple(sorted(extra))))
        if len(chairs) > 1:
            names = " and ".join(view.name(p, record) for p in sorted(chairs))
            findings.append(Finding(
                TWO_CHAIRS, "warning",
                f"The session has two chairs, {names}: did the chair change between sittings, "
                f"or is one of the names misread?",
                _spans(view, [r for roles in chairs.values() for r in roles])))
    return findings


def _spans(view: GraphView, nodes) -> tuple:
    return tuple(sorted({s for n in nodes for s in view.spans(n)}))
