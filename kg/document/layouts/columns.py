"""A block of entries printed in two columns, each entry wrapped inside its
column (the attendance list of British Cabinet conclusions):

    The Most Hon. the Marquess of         The Right Hon. R. A. Butler, M.P.,
      Salisbury, Lord President of the      Lord Privy Seal.
      Council.

read back as its entries, row by row and left before right, each entry as
the pieces of text (offsets into the record) that make it up. Two readings
of the same block are handled: the columns kept apart by a run of spaces,
and an OCR reading that runs across both columns line by line, where an
entry's first line is told by the words that open an entry
(``entry_start``) and the rest of a line is cut where a word opens the
second column's text (``right_start``)."""

from __future__ import annotations

import re
from collections.abc import Callable

Piece = tuple[int, int]

_GAP_RE = re.compile(r"\S[ \t]{3,}(?=\S)")


def _lines(text: str, a: int, b: int) -> list[Piece]:
    out, pos = [], a
    for raw in text[a:b].split("\n"):
        out.append((pos, pos + len(raw)))
        pos += len(raw) + 1
    return out


def _strip(text: str, a: int, b: int) -> Piece:
    while a < b and text[a] in " \t":
        a += 1
    while b > a and text[b - 1] in " \t":
        b -= 1
    return a, b


def column_start(text: str, a: int, b: int) -> int | None:
    """The column where the second column begins in the lines of
    ``text[a:b]`` (the most common start after a run of three or more
    spaces), or None when the lines are not set in two columns."""
    ends = [m.end() - x for x, y in _lines(text, a, b) for m in _GAP_RE.finditer(text, x, y)]
    if not ends:
        return None
    support = {col: sum(abs(col - other) <= 3 for other in ends) for col in ends}  # columns set a little unevenly
    col, n = max(support.items(), key=lambda kv: (kv[1], -kv[0]))
    return col if n >= 2 else None


def _cut(text: str, x: int, y: int, col: int) -> int | None:
    """Where the second column starts on the line ``text[x:y]``: after the run
    of spaces that ends near ``col``, or at the first word when the first
    column is blank on this line; None when the line holds the first column only."""
    for m in _GAP_RE.finditer(text, x, y):
        if abs(m.end() - x - col) <= 3:
            return m.end()
    if y - x > col and not text[x:x + col].strip():
        return x + len(text[x:y]) - len(text[x:y].lstrip())
    return None


def spaced_entries(text: str, a: int, b: int, entry_start: Callable[[str], bool]) -> list[list[Piece]]:
    """The entries of a block whose columns are kept apart by spaces."""
    col = column_start(text, a, b)
    if col is None:
        return []
    rows: list[tuple[int, int, list[Piece]]] = []  # (line, column, pieces)
    current: dict[int, list[Piece]] = {}
    for n, (x, y) in enumerate(_lines(text, a, b)):
        if not text[x:y].strip():
            continue
        cut = _cut(text, x, y, col)
        halves = [(0, _strip(text, x, y))] if cut is None else [(0, _strip(text, x, cut)), (1, _strip(text, cut, y))]
        for side, (p, q) in halves:
            if p >= q:
                continue
            if entry_start(text[p:q]) or side not in current:
                current[side] = [(p, q)]
                rows.append((n, side, current[side]))
            else:
                current[side].append((p, q))
    return [pieces for _, _, pieces in sorted(rows, key=lambda r: (r[0], r[1]))]


def interleaved_entries(text: str, a: int, b: int, entry_start_at: Callable[[str], list[int]],
                        right_start: Callable[[str, str], int | None]) -> list[list[Piece]]:
    """The entries of a two-column block an OCR reading ran across: a line
    with two entry openings holds the first line of two entries; a line
    without one continues the two entries above it, cut at
    ``right_start(line, left)`` (``left`` the last words of the left entry):
    the offset in the line where the right column's words begin, 0 when the
    whole line belongs to the right column, None when to the left one."""
    out: list[list[Piece]] = []
    left: list[Piece] | None = None
    right: list[Piece] | None = None
    for x, y in _lines(text, a, b):
        x, y = _strip(text, x, y)
        if x >= y:
            continue
        line = text[x:y]
        opens = entry_start_at(line)
        if opens:
            pieces = [x + o for o in opens] + [y]
            if opens[0] > 0 and left is not None:
                left.append(_strip(text, x, x + opens[0]))
            entries = [[_strip(text, p, q)] for p, q in zip(pieces, pieces[1:])]
            out.extend(entries)
            left, right = entries[0], entries[1] if len(entries) > 1 else None
            continue
        if left is None:
            return []
        cut = right_start(line, text[left[-1][0]:left[-1][1]]) if right is not None else None
        if cut is None:
            left.append((x, y))
        elif cut == 0:
            right.append((x, y))
        else:
            left.append(_strip(text, x, x + cut))
            right.append(_strip(text, x + cut, y))
    return out
