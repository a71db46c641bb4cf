"""A record's title: where it starts, the lines it runs over, and its text.

A title may follow an edition's document number ("45. "), wrap over the
lines of a paragraph, run on in a second line of capitals ("REPORT" / "on
the situation ..."), carry its dateline and room under it, or stand in the
body of a record without a header; a page naming several sessions titles
each record in its body. The title's text is printed without ``**`` marks
or a note marker glued to its end."""

from __future__ import annotations

import re

from kg.document.genres.documents import is_title
from kg.document.genres.meeting import PARTICIPANTS_RE, TITLE_DATELINE_RE, TITLE_HEAD_RE, TITLE_RE, TITLE_ROOM_RE
from kg.document.layouts.edition import GLUED_TITLE_MARKER_RE, NUMBER_BEFORE_TITLE_RE
from kg.document.layouts.notes import MARKER_AT_END_RE
from kg.document.model import Document, Span
from kg.text import one_line


def text_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without its newline."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def trim(text: str, start: int, end: int) -> Span:
    """The span without surrounding whitespace and ``**`` marks."""
    while start < end and (text[start].isspace() or text[start] == "*"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == "*"):
        end -= 1
    return Span(start, end)


# The second line of a title in capitals: "REPORT" / "on the situation ...".
_TITLE_GOES_ON_RE = re.compile(r"(?:of|on|between|concerning|about|regarding|with|for)\s")


def skip_blank(text: str, lines, i: int) -> int:
    while i < len(lines) and not text[lines[i][0]:lines[i][1]].strip():
        i += 1
    return i


def title_start(line: str) -> int | None:
    """Where the title in ``line`` starts (after an edition's "45. "), or None."""
    number = NUMBER_BEFORE_TITLE_RE.match(line)
    start = number.end() if number else 0
    return start if is_title(line[start:]) else None


def read_title(text: str, lines: list[tuple[int, int]], i: int) -> tuple[Span, int]:
    """The title starting at line ``i`` (a bold title may wrap; a title printed
    over several lines runs on; a dateline and room under it belong to it);
    returns (span, last line)."""
    a, b = lines[i]
    a += title_start(text[a:b]) or 0
    line = text[a:b].strip()
    last = i
    nxt = skip_blank(text, lines, i + 1)
    if nxt < len(lines) and nxt <= i + 2 and _TITLE_GOES_ON_RE.match(text[lines[nxt][0]:lines[nxt][1]]) and len(line.split()) <= 3:
        last = _title_lines_end(text, lines, nxt)  # "REPORT" / "on the situation in ..." / "held on ..."
    elif line.startswith("**") and not line.rstrip().endswith("**"):
        j = i + 1
        while j < len(lines) and text[lines[j][0]:lines[j][1]].strip():
            last = j
            if text[lines[j][0]:lines[j][1]].rstrip().endswith("**"):
                break
            j += 1
    elif TITLE_HEAD_RE.match(line) or not TITLE_RE.match(text[a:b]):
        last = _title_lines_end(text, lines, i)
    while line.endswith(",") and last + 1 < len(lines) and last < i + 2:
        following = text[lines[last + 1][0]:lines[last + 1][1]].strip()  # a title wrapped after a comma
        if not following or PARTICIPANTS_RE.match(following):
            break
        last += 1
        line = following
    j = last + 1
    if j < len(lines) and TITLE_DATELINE_RE.match(text[lines[j][0]:lines[j][1]]):
        last = j
        if j + 1 < len(lines) and TITLE_ROOM_RE.match(text[lines[j + 1][0]:lines[j + 1][1]]):
            last = j + 1
    return trim(text, a, lines[last][1]), last


def _title_lines_end(text: str, lines: list[tuple[int, int]], i: int) -> int:
    """The last line of a title whose words run over the lines of one paragraph (three at most)."""
    last = i
    for j in range(i + 1, min(i + 3, len(lines))):
        words = text[lines[j][0]:lines[j][1]]
        if not words.strip() or PARTICIPANTS_RE.match(words.strip()) or TITLE_DATELINE_RE.match(words):
            break
        last = j
    return last


def is_title_at(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    line = text[lines[i][0]:lines[i][1]]
    if title_start(line) is not None:
        return True
    if not TITLE_HEAD_RE.match(line):
        return False
    last = _title_lines_end(text, lines, i)
    return bool(TITLE_RE.match(" ".join(text[lines[k][0]:lines[k][1]].strip() for k in range(i, last + 1))))


def title_span(doc: Document) -> Span | None:
    """The title's span without a source-note marker glued to its end ("19561")."""
    if doc.title is None:
        return None
    m = GLUED_TITLE_MARKER_RE.search(doc.text, doc.title.start, doc.title.end)
    if m and doc.note(int(m.group("number"))) is not None:
        return Span(doc.title.start, m.start())
    return doc.title


def title_in_body(doc: Document, lines, first: int) -> None:
    """Records without a header start with their title."""
    text = doc.text
    for i in range(first, len(lines)):
        a, b = lines[i]
        if a >= doc.body.end:
            return
        if not text[a:b].strip():
            continue
        if is_title_at(text, lines, i):
            doc.title, _ = read_title(text, lines, i)
        return


def prefer_body_title(doc: Document) -> None:
    """A page whose header names several sessions titles each record in its body."""
    for span in doc.preamble:
        line = doc.quote(span).split("\n")[0]
        if doc.title is not None and span.start <= doc.title.start < span.end:
            return  # the title itself, read in the body of a record without a header
        if TITLE_RE.match(line):
            own = Span(span.start, span.start + len(line.rstrip()), "title")
            if doc.title is not None and _collapsed(doc.quote(own)) != _collapsed(doc.quote(doc.title)):
                if _without_marker(doc.quote(own)) == _without_marker(doc.quote(doc.title)):
                    return
                doc.header_title, doc.title = doc.title, own
            elif doc.title is None:  # with the dateline printed under it
                doc.title, _ = read_title(doc.text, text_lines(doc.text), doc.text.count("\n", 0, span.start))
            return


def _collapsed(text: str) -> str:
    return one_line(text.replace("**", ""))


def _without_marker(text: str) -> str:
    return MARKER_AT_END_RE.sub("", _collapsed(text)).rstrip()


def title_text(doc: Document) -> str:
    """The title as printed, whitespace folded, without ** marks or a note marker at its end."""
    if doc.title is None:
        return ""
    return _without_marker(doc.quote(title_span(doc)))
