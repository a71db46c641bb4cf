"""The attendance list of British Cabinet conclusions: one member an entry,
"The Right Hon. NAME, Q.C., M.P., Office", the chair marked "(in the Chair)",
printed one a line, wrapped, in two columns (kept apart by spaces, or read
across by OCR), or run together on one line by a PDF copy.

Each entry gives one :class:`NameEntry`: the name as printed (a peer by the
name of the title, "the Marquess of Salisbury" -> "Salisbury") with its span,
and the office with the honours and the chair gloss left out."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.document.genres.cabinet import POST_NOMINAL_RE, STYLE
from kg.document.genres.meeting import IN_THE_CHAIR_RE
from kg.document.layouts.columns import Piece, column_start, interleaved_entries, spaced_entries
from kg.document.model import Document, NameEntry, Span
from kg.document.list_names import name_at
from kg.document.participants import Group
from kg.link.offices import load_offices

_STYLE_RE = re.compile(STYLE)
_FUNCTION_WORDS = frozenset({"of", "for", "the", "and", "to", "in"})


def is_member_block(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` opens with a member in the Cabinet's style."""
    return bool(_STYLE_RE.match(text[a:b].lstrip()))


def read_members(doc: Document, kind: str, a: int, b: int) -> Group | None:
    """The members listed in ``text[a:b]``, or None when it is no such list."""
    text = doc.text
    if not is_member_block(text, a, b):
        return None
    group = Group(kind, end=a)
    if column_start(text, a, b) is not None:
        entries = spaced_entries(text, a, b, lambda line: bool(_STYLE_RE.match(line)))
    elif any(len(_STYLE_RE.findall(line)) > 1 for line in text[a:b].split("\n")):
        entries = interleaved_entries(text, a, b, _openings, _right_start)
    else:
        entries = _run_on(text, a, b)
    for pieces in entries:
        entry = _member(doc, pieces, kind)
        if entry is None:
            continue
        group.entries.append(entry)
        if any(IN_THE_CHAIR_RE.search(text, p, q) for p, q in pieces):
            group.chair.append(entry)
        group.end = max(group.end, pieces[-1][1])
    return group if group.entries else None


def extend_list(doc: Document, kind: str, a: int, b: int) -> bool:
    """Add the members ``text[a:b]`` lists to the last sitting's list, when it lists any."""
    more = read_members(doc, kind, a, b)
    if more is None or not doc.sittings or doc.sittings[-1].participant_list is None:
        return False
    plist = doc.participant_lists[doc.sittings[-1].participant_list]
    plist.entries.extend(more.entries)
    plist.chair.extend(more.chair)
    plist.span = Span(plist.span.start, more.end, "participants")
    return True


def _run_on(text: str, a: int, b: int) -> list[list[Piece]]:
    """Entries one after another, on lines of their own or run together: each
    starts at a style ("The Right Hon.") and runs to the next."""
    starts = [m.start() for m in _STYLE_RE.finditer(text, a, b)]
    out = []
    for s, e in zip(starts, starts[1:] + [b]):
        while e > s and text[e - 1].isspace():
            e -= 1
        out.append([(s, e)])
    return out


def _member(doc: Document, pieces: list[Piece], kind: str) -> NameEntry | None:
    """One member from the pieces of text an entry is printed in."""
    text = doc.text
    chars: list[int] = []  # offsets of the joined words
    joined = ""
    for p, q in pieces:
        if joined:
            joined += " "
            chars.append(-1)
        joined += text[p:q]
        chars.extend(range(p, q))
    comma = _name_end(joined)
    office = _office(joined[comma + 1:]) if comma < len(joined) else ""
    name_chars = [c for c in chars[:comma] if c >= 0]
    if not name_chars:
        return None
    # a name wrapped over two lines ("the Marquess of" / "Salisbury"): its last line names the member
    last = max(i for i, c in enumerate(chars[:comma]) if c < 0) + 1 if -1 in chars[:comma] else 0
    start = chars[last] if chars[last] >= 0 else name_chars[0]
    end = name_chars[-1] + 1
    return name_at(doc, start, end, group=kind, role=office) if start < end else None


def _name_end(joined: str) -> int:
    """Where the name ends: at the first comma outside the style, or before the chair gloss."""
    m = re.search(r",|\(", joined)
    return m.start() if m else len(joined)


def _office(words: str) -> str:
    """The office of an entry: honours, the chair gloss and the final period left out."""
    words = IN_THE_CHAIR_RE.sub("", words)
    words = re.sub(r"\(\s*Items?\s+[\d, and]+\)", "", words)
    parts = [p for p in words.split(",") if p.strip() and not POST_NOMINAL_RE.fullmatch(p)]
    return " ".join(", ".join(p.strip() for p in parts).split()).rstrip(" .")


def _openings(line: str) -> list[int]:
    return [m.start() for m in _STYLE_RE.finditer(line)]


@lru_cache(maxsize=1)
def _office_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words that open and that close an office's printed forms."""
    forms = [f.split() for t in load_offices() for f in t.forms if f and f[0].isalpha()]
    return frozenset(w[0] for w in forms), frozenset(w[-1] for w in forms)


def _complete(words: str) -> bool:
    """Whether ``words`` end as an office's name ends ("... of the Council", not "... for Foreign")."""
    last = words.rstrip(" .,").split()
    return bool(last) and last[-1].lower() in _office_words()[1]


def _right_start(line: str, left_so_far: str) -> int | None:
    """Where the right column's words begin on a line an OCR reading ran
    across both columns: the cut that leaves an office's end on the left and
    an office on the right. A line with no word that opens an office belongs
    to the right column when the left entry is complete (0), else to the left (None)."""
    opening, _ = _office_words()
    best, best_score = None, -1
    for m in re.finditer(r"\S+", line):
        if m.start() == 0 or m.group().lower() not in opening or not m.group()[0].isupper():
            continue
        left, right = line[:m.start()], line[m.start():]
        words = left.rstrip(" ,").split()
        score = 2 * _complete(left) + _complete(right) + (bool(words) and words[-1].lower() not in _FUNCTION_WORDS)
        if score >= best_score:
            best, best_score = m.start(), score
    if best is None:
        return 0 if _complete(left_so_far) else None
    return best
