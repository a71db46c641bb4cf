"""Documentary forms besides the meeting record: cables, telegrams,
reports, letters, diary entries, memoranda, and memoranda of conversation
(which have participants and turns like a meeting). The title says which
form a record has; the dateline, the addressee line and the signature say
where, when, to whom and by whom it was written.

    Cable from Ambassador Andropov to the CPSU Presidium on ...   -> cable
    Telegram From the Embassy in the Soviet Union to ...          -> telegram
    SZYFROGRAM No. 11873 / FROM BUDAPEST TO FOREIGN OFFICE        -> telegram
    REPORT of the Bulgarian Embassy in Belgrade on ...            -> report
    Information No. 12/62 for the Politburo                       -> report
    Letter From President Eisenhower to Chairman Bulganin         -> letter
    From the Diary of Ambassador Sir William Hayter               -> diary entry
    Memorandum From the Director ... to the Secretary of State    -> memorandum
    Memorandum of Conversation / Record of Conversation between
    ... / Memorandum for the Record / Memorandum of a Conference
    With the President / Note from the Talks of ... / RECORD OF
    TALKS between ... / Minutes of the Conversation between ...   -> memorandum of conversation
"""

from __future__ import annotations

import re

from kg.document.genres.meeting import TITLE_RE as MEETING_TITLE_RE
from kg.document.header import dateline
from kg.document.layouts.edition import GLUED_TITLE_MARKER_RE
from kg.document.layouts.web_page import is_furniture
from kg.text.dates import is_date_line, leading_date
from kg.text.names import UPPER

MEETING = "meeting record"
MEMCON = "memorandum of conversation"

# (form, title pattern), tried in order; the first that matches gives the form.
FORM_TITLES = (
    (MEMCON, re.compile(
        r"^[*_\s]*(?:Memorandum\s+of\s+(?:a\s+)?(?:Conversation|Conference)|Record\s+of\s+(?:a\s+|the\s+)?"
        r"(?:Conversation|Talks?)|Memorandum\s+for\s+the\s+Record|Notes?\s+(?:from|of|on)\s+the\s+Talks|"
        r"Minutes\s+of\s+(?:the\s+|a\s+)?Conversation|Notes?\s+of\s+(?:the\s+|a\s+)?Conversation)\b", re.I)),
    ("cable", re.compile(r"^[*_\s]*(?:Coded\s+|Cipher\s+|Ciphered\s+)?Cable\b", re.I)),
    ("telegram", re.compile(
        r"^[*_\s]*(?:(?:Coded\s+|Cipher\s+|Ciphered\s+)?Telegram\b(?!\s+no\.)|Szyfrogram\b|"
        rf"FROM\s+[{UPPER}][{UPPER}\s.'-]+\s+TO\s+[{UPPER}][{UPPER}\s.'-]+$)", re.I)),
    ("letter", re.compile(r"^[*_\s]*Letter\s+(?:from|of|by|to)\b", re.I)),
    ("diary entry", re.compile(r"^[*_\s]*(?:From\s+the\s+)?Diary\s+of\b|^[*_\s]*Diary\s+entry\b", re.I)),
    ("report", re.compile(r"^[*_\s]*(?:Report|Information)\b(?!\s+(?:of|on|from)\s+(?:the\s+)?(?:Session|Meeting|Sitting)\b)",
                          re.I)),
    ("memorandum", re.compile(r"^[*_\s]*Memorandum\s+(?:from|to|for|by)\b", re.I)),
)


def form_of_title(line: str) -> str | None:
    """The documentary form a title line names, or None when it is no title."""
    if len(line) > 300:
        return None
    line = GLUED_TITLE_MARKER_RE.sub("", line.rstrip())  # "Memorandum of Conversation1": the source note's marker
    for form, regex in FORM_TITLES:
        if regex.match(line):
            return form
    if MEETING_TITLE_RE.match(line):
        return MEETING
    return None


def is_title(line: str) -> bool:
    return form_of_title(line) is not None


# Lines of a header between the title and the text: addressee and sender
# lines, a cipher number, a subject line, a classification.
HEADER_LINE_RE = re.compile(
    r"^[ \t*]*(?:To(?:\s+Comrade)?\s+[A-Z]|TO\s*:|FROM\s*:|From\s*:|To\s*:|SUBJECT\b|Subject\s*:|"
    r"(?:Cipher\s+)?[Tt]elegram\s+no\.|No\.\s*\d|Copying\s+prohibited|Received\b|Dispatched\b|"
    r"Personal\b|Eyes\s+only)"
)


def is_header_line(line: str) -> bool:
    """Whether a line before a record's text belongs to its header: a
    dateline, a date, an addressee, a subject, a title, page furniture."""
    return bool(is_title(line) or is_date_line(line) or dateline(line) is not None or HEADER_LINE_RE.match(line)
                or is_furniture(line) or (leading_date(line) is not None and len(line) < 60))
