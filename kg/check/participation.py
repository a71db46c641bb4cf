"""Who took part and who spoke: speakers missing from the participant lists
(a warning: a name misread, or a list left incomplete) and participants with
no recorded turn (information: the note-taker recorded no words of theirs,
which is a fact of the record, not a fault)."""

from __future__ import annotations

from kg.check.model import Finding
from kg.graph.view import GraphView

SPEAKER_NOT_LISTED = "speaker-not-in-participant-list"
SILENT_PARTICIPANT = "silent-participant"


def check(view: GraphView) -> list[Finding]:
    findings = []
    for record in view.records:
        if not record.lists:
            continue
        listed = view.participants(record)
        turns_of = {}
        for turn in record.turns:
            for person in view.speakers(turn):
                turns_of.setdefault(person, []).append(turn)
        for person, turns in turns_of.items():
            if person in listed:
                continue
            name = view.name(person, record)
            where = ", ".join(view.describe_turn(t) for t in turns)
            lists = "the participant list" if len(record.lists) == 1 else "any of the participant lists"
            findings.append(Finding(
                SPEAKER_NOT_LISTED, "warning",
                f"{name} speaks ({where}) but is not in {lists} of this record: a name misread, "
                f"or someone the list leaves out?",
                tuple(s for t in turns[:3] for s in view.spans(t)[:1])))
        seen = set()
        for entry, person in view.entries(record):
            if person in turns_of or person in seen:
                continue
            seen.add(person)
            spans = tuple(s for e, p in view.entries(record) if p == person for s in view.spans(e))
            findings.append(Finding(
                SILENT_PARTICIPANT, "info",
                f"{view.name(person, record)} is listed among those taking part but has no recorded turn.",
                spans))
    return findings
