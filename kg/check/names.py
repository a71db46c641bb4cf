"""A note naming someone who is not in the record, by a name close to that of
a speaker or participant: most likely a slip of the editor or the translator
(the sample's note 12 says "Shelepin" where the annotated turn is Shepilov's).

"Close" is judged on the surnames as printed, folded to lower-case ASCII:
the same first letter, lengths within one letter, and a Jaro-Winkler
similarity of at least :data:`THRESHOLD`. Jaro-Winkler rewards a shared
beginning and forgives letters swapped or shifted, which is what such slips
look like (Shelepin/Shepilov: 0.83), while names that merely share sounds
once transliteration variants are folded together stay apart
(Kryuchkov/Zhukov: 0.62). The name keys of the graph are not used for this:
they fold ``kh``/``h``, ``zh``/``z`` and ``yu``/``u`` together and so bring
unrelated names within an edit or two of each other.

A person is "in the record" when a participant list, a turn, an agenda item,
a role, a decision or the body text outside the notes names them, or when
the record names them as its compiler. Only speakers and participants are
taken as the names a slip may stand for."""

from __future__ import annotations

from kg.check.model import Finding
from kg.graph.view import GraphView, Record
from kg.names import ascii_fold
from kg.vocab import DCTERMS, KG, OA, RDF, SDO

NAME_SLIP = "name-slip-in-note"
THRESHOLD = 0.8


def check(view: GraphView) -> list[Finding]:
    findings = []
    for record in view.records:
        findings += _record_slips(view, record)
    return findings


def _record_slips(view: GraphView, record: Record) -> list[Finding]:
    g = view.g
    notes = [(note, view.first_span(note)) for note in record.notes]
    notes = [(note, span) for note, span in notes if span is not None]
    if not notes:
        return []

    def note_holding(span):
        for note, note_span in notes:
            if note_span.start <= span.start and span.end <= note_span.end:
                return note
        return None

    present = _named_in_record(view, record)
    in_notes = []
    for mention in record.mentions:
        person = g.value(mention, KG.refersTo)
        span = view.first_span(mention)
        if person is None or span is None or (person, RDF.type, SDO.Person) not in g:
            continue
        note = note_holding(span)
        if note is None:
            present.add(person)
        else:
            in_notes.append((mention, person, note, span))

    candidates = view.participants(record) | view.record_speakers(record)
    findings, seen = [], set()
    for mention, person, note, span in in_notes:
        if person in present or (note, person) in seen:
            continue
        printed = str(g.value(mention, KG.asPrinted) or view.name(person, record))
        close = sorted((c for c in candidates if any(confusable(printed, form) for form in _forms(view, c, record))),
                       key=lambda c: (-max(similarity(printed, f) for f in _forms(view, c, record)), str(c)))
        if not close:
            continue
        seen.add((note, person))
        number = view.number(note)
        turn, marker = _annotated_turn(view, record, note)
        annotated = [c for c in close if turn is not None and c in view.speakers(turn)]
        spans = [span]
        if marker is not None:
            spans += view.spans(marker)
        if annotated:
            other = view.name(annotated[0], record)
            message = (f"Note {number} names {printed}, who is not in this record; the annotated turn is "
                       f"{other}'s: a slip for {other}?")
            spans += view.spans(turn)[:1]
        else:
            other = view.name(close[0], record)
            role = "speaks" if close[0] in view.record_speakers(record) else "takes part"
            message = (f"Note {number} names {printed}, who is not in this record; {other}, whose name is "
                       f"close, {role} in it: a slip for {other}?")
        findings.append(Finding(NAME_SLIP, "warning", message, tuple(sorted(spans))))
    return findings


def _named_in_record(view: GraphView, record: Record) -> set:
    g = view.g
    named = view.participants(record) | view.record_speakers(record)
    for item in record.items:
        named.update(g.objects(item, KG.addressedBy))
    for role in record.roles:
        named.update(g.objects(role, KG.agent))
    for decision in record.decisions:
        named.update(g.objects(decision, KG.assignee))
    if record.record is not None:
        named.update(g.objects(record.record, DCTERMS.creator))
    return named


def _annotated_turn(view: GraphView, record: Record, note):
    marker = view.marker_of_note(record, note)
    target = view.g.value(note, OA.hasTarget)
    span = view.spans(marker)[0] if marker is not None and view.spans(marker) else view.span(target) if target else None
    return (view.turn_at(record, span.start) if span else None), marker


def _forms(view: GraphView, person, record: Record) -> set[str]:
    """Full spellings of the person's surname (abbreviations such as "Malen." are left out)."""
    forms = view.forms(person) | {view.name(person, record)}
    return {f for f in forms if not f.rstrip().endswith(".") and len(_fold(f)) >= 4}


def _fold(name: str) -> str:
    return "".join(c for c in ascii_fold(name) if c.isalpha())


def confusable(a: str, b: str) -> bool:
    """Could one surname be a slip for the other? (see the module's docstring)"""
    x, y = _fold(a), _fold(b)
    if x == y or min(len(x), len(y)) < 4 or abs(len(x) - len(y)) > 1 or x[0] != y[0]:
        return False
    return jaro_winkler(x, y) >= THRESHOLD


def similarity(a: str, b: str) -> float:
    return jaro_winkler(_fold(a), _fold(b))


def jaro_winkler(a: str, b: str, prefix_weight: float = 0.1) -> float:
    """Jaro-Winkler similarity of two strings, from 0 (nothing shared) to 1."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    window = max(len(a), len(b)) // 2 - 1
    taken = [False] * len(b)
    matched_a = []
    for i, ch in enumerate(a):
        for j in range(max(0, i - window), min(len(b), i + window + 1)):
            if not taken[j] and b[j] == ch:
                taken[j] = True
                matched_a.append(ch)
                break
    m = len(matched_a)
    if m == 0:
        return 0.0
    matched_b = [b[j] for j in range(len(b)) if taken[j]]
    transpositions = sum(x != y for x, y in zip(matched_a, matched_b)) / 2
    jaro = (m / len(a) + m / len(b) + (m - transpositions) / m) / 3
    prefix = 0
    for x, y in zip(a[:4], b[:4]):
        if x != y:
            break
        prefix += 1
    return jaro + prefix * prefix_weight * (1 - jaro)
