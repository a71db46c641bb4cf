"""Page furniture around a record copied from a web page, a PDF export or a
book: navigation lines ("Skip to content", "Search in", breadcrumbs
"Home > Collections > ..."), an all-caps site heading or a book's running
head, the summary of a different record above it ("Previous record: ...",
"Return to list"), and after it the rights and citation blocks and a second
"print view" copy of the same record.

`record_bounds` gives the part of a page that is the record: from its first
header line (a date line, an edition's document number, a title) when
furniture stands before it, to the closing furniture after it."""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.document.layouts.edition import EDITORIAL_NOTE_RE

# Lines of navigation and site furniture before a record.
_LEADING_RE = re.compile(
    r"^[ \t]*(?:Skip\s+to\s+(?:main\s+)?content|Search(?:\s+in)?(?:\s+\S+){0,3}|All\s+Collections|"
    r"(?:Home|Start)\s*[>›»/].*|.*\S\s+[>›»]\s+\S.*[>›»].*|Previous\s+record\s*:.*|Next\s+record\s*:.*|"
    r"Return\s+to\s+(?:list|results)|Back\s+to\s+(?:list|results|search)|Record\s+\d+\s+of\s+\d+|"
    r"This\s+page\s+shows\b.*|Original\s+Scan|.*\bDigital\s+Archive\s+Original\s+Scan)[ \t]*$",
    re.IGNORECASE,
)
# Lines that close the record on a web page: rights ("Rights", "Rights: Use for
# research only."), citation tools, the print copy.
CLOSING_RE = re.compile(
    r"^[ \t]*(?:Rights(?:[ \t]*:.*)?|Get\s+citation|Cite\s+this|Return\s+to\s+list|Back\s+to\s+(?:list|results|top)|"
    r"Print\s+view|Download(?:\s+PDF)?|Share|Related\s+(?:documents|records)|Original\s+Scan|"
    r".*\bDigital\s+Archive\s+Original\s+Scan)[ \t]*$",
    re.IGNORECASE,
)
# A classification marking is part of the record, not a site heading.
# So is an edition's list heading in capitals ("PARTICIPANTS", "OTHERS PRESENT").
_MARKING_RE = re.compile(r"^[ \t]*(?:TOP\s+SECRET|STRICTLY\s+SECRET|SECRET|CONFIDENTIAL|COPY\b|PERSONAL|"
                         r"(?:OTHERS\s+)?PRESENT[ \t]*$|PARTICIPANTS[ \t]*$)", re.I)
# A running head of a book page: capitals and a page number, or a page number and capitals.
_RUNNING_HEAD_RE = re.compile(r"^[ \t]*(?:[0-9]{1,4}[ \t]{2,}[^a-z\n]+|[^a-z\n]+[ \t]{2,}[0-9]{1,4})[ \t]*$")


def _all_caps_heading(line: str) -> bool:
    """A site heading in capitals ("WILSON CENTER DIGITAL ARCHIVE", "THE SED POLITBURO, 1961")."""
    stripped = line.strip()
    letters = [c for c in stripped if c.isalpha()]
    return (len(letters) >= 6 and not any(c.islower() for c in letters) and len(stripped) <= 80
            and not _MARKING_RE.match(stripped))


def is_furniture(line: str) -> bool:
    """Whether a line before a record is page furniture (an edition's editorial
    note heading included: its paragraphs up to the record go with it)."""
    return bool(_LEADING_RE.match(line) or _RUNNING_HEAD_RE.match(line) or _all_caps_heading(line)
                or EDITORIAL_NOTE_RE.match(line))


def record_bounds(text: str, starts_record: Callable[[list[str], int], bool]) -> tuple[int, int]:
    """(start, end) of the record on a page. ``starts_record(lines, i)`` tells
    a line that opens a record (a date line before a title, a title, an
    edition's document number). Without furniture before that line the
    record begins at the top, as before."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    start_line = 0
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None and is_furniture(lines[first]):
        anchor = next((i for i in range(first, len(lines)) if lines[i].strip() and not is_furniture(lines[i])
                       and starts_record(lines, i)), None)
        if anchor is not None:
            start_line = anchor
    return offsets[start_line], _closing(lines, offsets, start_line, len(text))


def _closing(lines: list[str], offsets: list[int], start_line: int, end: int) -> int:
    """Where the closing furniture begins: the first closing line after which
    only short lines follow (rights, citation tools), or a second copy of the
    record (its first line again)."""
    head = next((line.strip() for line in lines[start_line:] if line.strip()), "")
    for i in range(start_line + 1, len(lines)):
        if not CLOSING_RE.match(lines[i]):
            continue
        after = [line.strip() for line in lines[i + 1:] if line.strip()]
        if all(len(line) <= 120 for line in after) or head in after:
            return offsets[i]
    return end
