"""An article that quotes a record: its title with a byline under it ("By a
staff writer · Bulletin of Cold War Studies, Spring 1996"), the author's prose
around the quotation, and the quoted record's words between quotation marks
("\"Khrushchev: We should ... [Agreed: Bulganin, Molotov, Zhukov.] ...\""),
the author's bracketed glosses left inside them.

The record is the article (its documentary form); the quoted words are read
as the quoted session's body, the prose as passages. The session's date is
the one the prose gives the session ("the working notes of the Presidium
session of 31 October 1956"), never the issue's date or an event the prose
tells of."""

from __future__ import annotations

import re

from kg.document.lists import split_names
from kg.document.model import Document, Span
from kg.text.dates import find_dates

ARTICLE = "article"

# The byline under an article's title: "By a staff writer", "By J. Smith · Journal, 1996".
BYLINE_RE = re.compile(r"[ \t]*By[ \t]+\S[^\n]{1,160}$")
# The quoted session named in the prose: "the Presidium session of 31 October 1956".
_SESSION_OF_RE = re.compile(r"\b(?:session|meeting|sitting)s?\s+(?:of|on|held\s+on)\s+(?=\d|[A-Z][a-z]+\s+\d)", re.I)
# A quotation opening a paragraph and the line that closes it.
_OPENS_RE = re.compile(r"(?m)^[ \t]*[\"“]")
_CLOSES_RE = re.compile(r"[\"”][ \t]*$", re.M)
# The author's gloss of support inside a quoted statement.
_AGREED_RE = re.compile(r"\[\s*(?:Agreed|Supported|In\s+favou?r)\s*:\s*(?P<names>[^\]\n]{2,160}?)\.?\s*\]")


def read_article_header(doc: Document, lines: list[tuple[int, int]], i: int) -> int | None:
    """The title on line ``i`` when a byline follows it: sets the title, keeps the
    byline in the preamble and returns the line after it; None for no article."""
    text = doc.text
    if i >= len(lines) or not text[lines[i][0]:lines[i][1]].strip():
        return None
    title = text[lines[i][0]:lines[i][1]].strip()
    j = i + 1
    while j < len(lines) and not text[lines[j][0]:lines[j][1]].strip():
        j += 1
    if j >= len(lines) or len(title) > 200 or title.endswith(".") or not BYLINE_RE.fullmatch(
            text, lines[j][0], lines[j][1]):
        return None
    start = lines[i][0] + text[lines[i][0]:lines[i][1]].index(title)
    doc.title = Span(start, start + len(title), "title")
    doc.preamble.append(Span(lines[j][0], lines[j][1], "byline"))
    return j + 1


def is_article(doc: Document) -> bool:
    return any(p.label == "byline" for p in doc.preamble)


def quotations(doc: Document) -> list[Span]:
    """The quoted record's text in the body: from a paragraph that opens with a
    quotation mark to the line that closes it, without the marks."""
    text, body = doc.text, doc.body
    out: list[Span] = []
    pos = body.start
    while (m := _OPENS_RE.search(text, pos, body.end)) is not None:
        close = _CLOSES_RE.search(text, m.end(), body.end)
        if close is None:
            break
        end = close.start()
        out.append(Span(m.end(), end, "quotation"))
        pos = close.end()
    return out


def in_quotation(quoted: list[Span], a: int, b: int) -> tuple[int, int]:
    """A paragraph ``text[a:b]`` without the quotation marks around it, when it is quoted."""
    for q in quoted:
        if q.start - 1 <= a < q.end:
            return max(a, q.start), min(b, q.end)
    return a, b


def quoted_at(quoted: list[Span], offset: int) -> bool:
    return any(q.start <= offset < q.end for q in quoted)


def read_agreed_glosses(doc: Document) -> None:
    """The author's gloss "[Agreed: Bulganin, Molotov, Zhukov.]" inside a quoted turn
    names those who supported the statement, not speakers ("[Agreed: all.]" names nobody)."""
    if not is_article(doc):
        return
    for turn in doc.turns:
        for m in _AGREED_RE.finditer(doc.text, turn.span.start, turn.span.end):
            entries, _ = split_names(doc, m.start("names"), m.end("names"))
            turn.supporters.extend(e for e in entries if e.printed not in {s.printed for s in turn.supporters})


def quoted_session_date(doc: Document) -> Span | None:
    """The date the article's prose gives the quoted session, before the quotation."""
    if doc.body is None or not is_article(doc):
        return None
    quoted = quotations(doc)
    end = quoted[0].start if quoted else doc.body.end
    for m in _SESSION_OF_RE.finditer(doc.text, doc.body.start, end):
        for d in find_dates(doc.text[m.end():min(end, m.end() + 40)]):
            if d.start == 0 and d.precision == "day" and d.begin is not None:
                return Span(m.end(), m.end() + d.end, "date")
    return None
