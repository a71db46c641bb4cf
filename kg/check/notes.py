"""Translator's notes and their markers: a marker with no note, a note with
no marker, markers out of order. Each is a warning: the reader of the printed
text is sent to a note that is not there, or a note comments on nothing.

When no note of a record has a marker and the text holds none, the copy has
lost its markers (web copies often do): one finding says so instead of one per
note."""

from __future__ import annotations

from kg.check.model import Finding
from kg.graph.view import GraphView
from kg.vocab import KG, OA

MARKER_WITHOUT_NOTE = "marker-without-note"
NOTE_WITHOUT_MARKER = "note-without-marker"
MARKERS_OUT_OF_ORDER = "markers-out-of-order"


def check(view: GraphView) -> list[Finding]:
    findings = []
    for record in view.records:
        findings += _markers_without_notes(view, record)
        findings += _notes_without_markers(view, record)
        findings += _out_of_order(view, record)
    return findings


def _markers_without_notes(view, record):
    loose = sorted(view.number(n) for n in record.notes if view.g.value(n, OA.hasTarget) is None)
    numbers = [view.number(m) for m in record.markers]
    out = []
    for i, marker in enumerate(record.markers):
        if view.g.value(marker, KG.markerOf) is not None:
            continue
        n = numbers[i]
        guess = _misprint_for(n, numbers[:i], numbers[i + 1:], loose)
        hint = f": a misprint for ({guess}), whose note has no marker?" if guess is not None else "."
        out.append(Finding(MARKER_WITHOUT_NOTE, "warning",
                           f"Marker ({n}) stands in the text, but there is no note {n} under the notes heading{hint}",
                           tuple(view.spans(marker))))
    return out


def _misprint_for(n, before, after, loose):
    """The number of a note without a marker that marker ``n`` probably stands
    for: one that fits between its neighbours, preferring one whose digits are
    among the marker's."""
    low = max((b for b in before if b is not None), default=0)
    high = min((a for a in after if a is not None), default=None)
    fits = [k for k in loose if k is not None and low < k and (high is None or k < high)]
    inside = [k for k in fits if str(k) in str(n)]
    choice = inside if inside else fits
    return choice[0] if len(choice) == 1 else None


def _notes_without_markers(view, record):
    loose = [n for n in record.notes if view.g.value(n, OA.hasTarget) is None]
    if not loose:
        return []
    if len(loose) == len(record.notes) and not record.markers and len(loose) > 1:
        numbers = ", ".join(str(view.number(n)) for n in loose)
        return [Finding(NOTE_WITHOUT_MARKER, "warning",
                        f"None of the notes ({numbers}) has a marker in the text: this copy seems to have lost "
                        f"its markers, so no note is tied to the passage it comments on.",
                        tuple(view.spans(n)[0] for n in loose if view.spans(n)))]
    return [Finding(NOTE_WITHOUT_MARKER, "warning",
                    f"Note {view.number(n)} has no marker ({view.number(n)}) in the text: "
                    f"it is not tied to any passage.",
                    tuple(view.spans(n)[:1]))
            for n in loose]


def _out_of_order(view, record):
    markers = [m for m in record.markers if view.number(m) is not None]
    numbers = [view.number(m) for m in markers]
    keep = _longest_increasing(numbers)
    out = []
    for i, marker in enumerate(markers):
        if i in keep:
            continue
        n = numbers[i]
        before = next((numbers[j] for j in range(i - 1, -1, -1) if j in keep), None)
        after = next((numbers[j] for j in range(i + 1, len(numbers)) if j in keep), None)
        where = (f"between markers ({before}) and ({after})" if before is not None and after is not None
                 else f"after marker ({before})" if before is not None else f"before marker ({after})")
        guess = ""
        if before is not None and after is not None and after - before == 2 and before + 1 not in numbers:
            guess = f": a misprint for ({before + 1})?"
        elif n in numbers[:i]:
            guess = f": marker ({n}) stands earlier in the text as well"
        out.append(Finding(MARKERS_OUT_OF_ORDER, "warning",
                           f"Marker ({n}) is out of order, {where}{guess}.".replace("?.", "?"),
                           tuple(view.spans(marker))))
    return out


def _longest_increasing(numbers: list[int]) -> set[int]:
    """Indexes of one longest strictly increasing subsequence (the earliest)."""
    if not numbers:
        return set()
    best = [1] * len(numbers)
    back = [-1] * len(numbers)
    for i in range(len(numbers)):
        for j in range(i):
            if numbers[j] < numbers[i] and best[j] + 1 > best[i]:
                best[i], back[i] = best[j] + 1, j
    i = max(range(len(numbers)), key=lambda k: (best[k], -k))
    chain = set()
    while i != -1:
        chain.add(i)
        i = back[i]
    return chain
