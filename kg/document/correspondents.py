"""Who wrote a record and to whom: the sender from a signature closing the
text ("Andropov", "Dwight D. Eisenhower", "Department of Party Organs"), a
"FROM:" line or the title ("Cable from Ambassador Andropov to ..."); the
addressee from "To ..." lines ("To Comrade Rapacki", "TO: Comrade Gomułka,
Comrade Cyrankiewicz") or the title ("... to Chairman Bulganin"). A person
is given by surname, a body or office as printed without its article."""

from __future__ import annotations

import re

from kg.document.genres.documents import MEMCON
from kg.document.model import Document, Span
from kg.names import surname
from kg.text.citations import find_archival_refs
from kg.text.dates import leading_date
from kg.text.names import TITLE_RE

_TO_LINE_RE = re.compile(r"^[ \t*]*(?:(?:Urgent|Immediate|Personal|Secret)\.[ \t]+)?(?:TO|To)(?:[ \t]*:[ \t]*|[ \t]+)(?P<value>(?:the[ \t]+|Comrades?[ \t]+)?[A-Z].*?)[ \t]*$")
_FROM_LINE_RE = re.compile(r"^[ \t*]*(?:FROM|From)[ \t]*:[ \t]*(?P<value>.+?)[ \t]*$")
_TITLE_PARTIES_RE = re.compile(r"\b[Ff]rom\s+(?P<author>.+?)\s+to\s+(?P<recipient>.+?)(?:\s+on\s+.*|\s*\(.*|,.*)?$")
_SIGNATURE_RE = re.compile(r"^[ \t]*(?:[0-9IVX.]+[ \t]+)?(?P<value>[A-Z][\w.'’ -]{1,60}?)[ \t]*$")
_DRAFTER_RE = re.compile(r"\b(?:Drafted|Recorded|Prepared|Written)\s+by\s+(?P<name>(?:[A-Z]\.\s?){0,3}[A-Z][\w'’-]+)")
_BODY_WORDS = re.compile(r"\b(?:Department|Ministry|Committee|Presidium|Politburo|Embassy|Office|Council|Secretariat|"
                         r"Government|Bureau|Staff|Section|Division|Secretary of State)\b")
_LEAD_RE = re.compile(r"^(?:the|Comrades?|Cdes?\.)\s+", re.I)
# Offices printed before a name in titles and address lines.
_OFFICE_LEAD_RE = re.compile(r"^(?:Ambassador|Chairman|President|Premier|Minister|First\s+Secretary|General\s+Secretary|"
                             r"Secretary|Sir|Mr\.|Mrs\.|Dr\.)\s+")


def party(printed: str) -> str | None:
    """A person's surname, or a body's name without its article; None for nothing."""
    text = " ".join(printed.split()).strip(" .,;:")
    while (m := _LEAD_RE.match(text)) is not None:
        text = text[m.end():]
    text = text.split(",")[0].strip()
    if not text:
        return None
    if _BODY_WORDS.search(text):
        return re.sub(r"^the\s+", "", text)
    while (m := _OFFICE_LEAD_RE.match(text)) is not None:
        text = text[m.end():]
    text = TITLE_RE.sub("", text) or text
    words = text.split()
    if not words or len(words) > 4 or not all(w[:1].isupper() for w in words):
        return None
    parens = re.search(r"\(([A-Z][\w-]+)\)", printed)
    name = parens.group(1) if parens else surname(text)
    return name if len(name.rstrip(".")) > 1 else None  # initials alone ("McG. B.") name no one by themselves


def _parties(value: str) -> list[str]:
    names = [party(p) for p in re.split(r",\s*(?=(?:Comrade|Cde)\b)|\s+and\s+", value)]
    return [n for n in names if n]


def read_correspondents(doc: Document, title: str) -> None:
    """Set ``doc.author`` and ``doc.recipient`` of a record that is not a
    meeting from its text and its ``title`` (printed, marker left out); a
    memorandum's author is who drafted or recorded it."""
    text = doc.text
    recipients: list[str] = []
    author = None
    for span in doc.preamble + doc.passages[:2]:
        for line in text[span.start:span.end].split("\n"):
            to = _TO_LINE_RE.match(line)
            if to and not re.match(r"^[ \t]*To(?:day|morrow)\b", line):
                recipients += _parties(to.group("value"))
            frm = _FROM_LINE_RE.match(line)
            if frm and author is None:
                author = party(frm.group("value"))
    signature = _signature(doc)
    parties = _TITLE_PARTIES_RE.search(" ".join(title.split()))
    drafter = _DRAFTER_RE.search(text)
    if drafter and doc.form == MEMCON:
        author = party(drafter.group("name"))
    elif signature:
        author = signature
    elif author is None and parties:
        author = party(parties.group("author"))
    if not recipients and parties:
        recipients = _parties(parties.group("recipient"))
    doc.author = author
    doc.recipient = recipients[0] if len(recipients) == 1 else (recipients or None)


def _signature(doc: Document) -> str | None:
    """The signature closing the text: a short line of a name or a body
    (after a date such as "2.XI.56"), the last of the passages."""
    spans: list[Span] = sorted(doc.passages + doc.preamble, key=lambda s: s.start)
    while spans and find_archival_refs(doc.quote(spans[-1])):
        spans.pop()  # the archive's reference after the text
    if not spans:
        return None
    text = doc.text
    block = [line for line in text[spans[-1].start:spans[-1].end].split("\n") if line.strip()]
    for line in reversed(block[-3:]):
        if line.rstrip().endswith((".", ":", "?")) and not re.search(r"\b[A-Z]\.$", line.strip()):
            continue
        stripped = line.strip()
        end = leading_date(stripped)
        if end is not None:
            stripped = stripped[end:].strip()
        m = _SIGNATURE_RE.match(stripped)
        if m and len(m.group("value").split()) <= 5:
            if _BODY_WORDS.search(m.group("value")) and line is not block[-1] and len(block) > 1:
                continue
            name = party(m.group("value"))
            if name:
                return name
    return None


def is_body(name: str) -> bool:
    """Whether a correspondent is a body or an office rather than a person."""
    return bool(_BODY_WORDS.search(name))


def printed_at(doc: Document, name: str) -> Span | None:
    """The first place the text prints ``name``."""
    at = doc.text.find(name)
    return Span(at, at + len(name)) if at >= 0 else None
