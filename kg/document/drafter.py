"""Who drafted a meeting record: the name signed at its foot ("S. Everett
Gleason", "Bromley Smith"), the note-taker's line ("Tom Johnson's notes"),
or initials ("McG. B.") that fit one person of the record's own list, whose
given name the authority data gives. The drafter is no turn; the body reader
keeps these lines as "signature" spans."""

from __future__ import annotations

import re

from kg.document.model import Document
from kg.link.authority import load_authority
from kg.names import surname

_NOTES_OF_RE = re.compile(r"(?P<name>.+?)(?:'|’)s\s+(?:notes|minutes|record)\b")
_INITIALS_RE = re.compile(r"(?:[A-Z][A-Za-z]{0,2}\.\s?){2,4}")
# A note marker glued to the signed name: "Bromley Smith2".
_GLUED_MARKER_RE = re.compile(r"(?<=[a-z])[0-9]{1,2}$")


def meeting_drafter(doc: Document) -> str | None:
    """The surname of the drafter of a meeting record, or None."""
    signed = [s for s in doc.preamble if s.label == "signature"]
    if not signed:
        return None
    line = " ".join(doc.quote(signed[-1]).split("\n")[0].split()).strip()
    notes = _NOTES_OF_RE.match(line)
    if notes:
        return surname(notes.group("name"))
    if _INITIALS_RE.fullmatch(line):
        return _by_initials(doc, line)
    return surname(_GLUED_MARKER_RE.sub("", line).rstrip("."))


def _by_initials(doc: Document, printed: str) -> str | None:
    """The one listed person whose given name and surname the initials abbreviate."""
    parts = [p.strip(". ") for p in printed.split(".") if p.strip(". ")]
    *given, last = parts
    listed = {e.name.split()[-1] for pl in doc.participant_lists for e in pl.entries}
    fits = set()
    for entry in load_authority().entries:
        if entry.kind != "person" or not entry.surnames or entry.surnames[0] not in listed:
            continue
        words = entry.label.split()
        if entry.surnames[0].startswith(last) and len(words) > len(given) and all(
                w.startswith(g) for w, g in zip(words, given)):
            fits.add(entry.surnames[0])
    return fits.pop() if len(fits) == 1 else None
