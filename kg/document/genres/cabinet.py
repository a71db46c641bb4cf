"""British Cabinet records: the conclusions (minutes) printed for the Cabinet
and the Cabinet Secretary's notebooks.

Conventions of their layout, each in one place:

- the header lines above the title: a classification and copy number
  ("SECRET   Copy No. 41"), the series reference ("C.M. (56)" /
  "74th Conclusions", "CABINET 91 (56)"), the body ("CABINET"), the
  property notice and "Printed for the Cabinet";
- the style of a member in the attendance list: "The Right Hon. Selwyn Lloyd,
  Q.C., M.P., Secretary of State for Foreign Affairs", a peer by title ("The
  Most Hon. the Marquess of Salisbury", "Viscount Kilmuir", "Lord Gardiner")
  whose title word is the name a record uses;
- the attendance block printed in two columns, kept as two columns or read
  across them by OCR (:mod:`kg.document.layouts.columns`);
- the notebooks' speaker labels: initials or a short form alone on a line
  ("S.Ll.", "R.A.B.", "P.M.", "Sal.").
"""

from __future__ import annotations

import re

# Honours and letters after a name in the attendance list: "Q.C., M.P.".
POST_NOMINAL_RE = re.compile(r"\s*(?:M\.P\.|Q\.C\.|K\.C\.|K\.G\.|K\.T\.|C\.H\.|O\.M\.|M\.C\.|D\.S\.O\.|G\.C\.B\.|K\.C\.B\.|"
                             r"K\.C\.M\.G\.|G\.C\.M\.G\.|C\.B\.|M\.B\.E\.|O\.B\.E\.|C\.B\.E\.|Bt\.|Bart\.)\s*")
# The styles before a member's name: "The Right Hon.", "The Most Hon.".
STYLE = r"The\s+(?:Right|Most|Rt\.?)\s+Hon\.?(?:\s+and\s+(?:Learned|Gallant))?"
# A peer named by title; the title's place name is the name the record uses
# ("the Earl of Home" -> Home, "Viscount Kilmuir" -> Kilmuir).
PEERAGE = r"(?:the\s+)?(?:Duke|Marquess|Marquis|Earl|Viscount|Baron|Lord|Countess|Baroness|Lady)(?:\s+of)?"

# A line of the header above the title: classification and copy number, the
# series reference and number of the conclusions, the body, the property
# notice, "Printed for the Cabinet".
HEADER_LINE_RE = re.compile(
    r"[ \t]*(?:(?:TOP\s+)?SECRET|CONFIDENTIAL|RESTRICTED|Copy\s+No\.?\s*\d+|C\.\s?[MC]\.\s*\(\d\d\)(?:\s*\d+\w*)?|"
    r"\d+(?:st|nd|rd|th)\s+Conclusions|CABINET|Printed\s+for\s+the\s+Cabinet\.?(?:\s+\w+\s+\d{4})?|"
    r"THIS\s+DOCUMENT\s+IS\s+THE\s+PROPERTY\s+OF\s+[A-Z' ’]+)"
    r"(?:[ \t]+(?:(?:TOP\s+)?SECRET|Copy\s+No\.?\s*\d+|\d+\s+\(\d\d\)|\d+(?:st|nd|rd|th)\s+Conclusions))*[ \t]*$")
# A minute's reference to earlier conclusions, printed under its heading:
# "(Previous Reference: C.M. (56) 73rd Conclusions, Minute 2.)".
PREVIOUS_REFERENCE_RE = re.compile(r"[ \t]*\(?\s*Previous\s+References?\s*:[^\n]*\)?[ \t]*(?:\n|$)")


def title_after_header(lines: list[str], i: int, is_title) -> int:
    """The line of the title when the lines from ``i`` to it are all header
    lines of Cabinet conclusions (blank lines between them); else ``i``."""
    j = i
    while j < len(lines) and j < i + 12:
        line = lines[j]
        if not line.strip() or HEADER_LINE_RE.fullmatch(line):
            j += 1
            continue
        return j if j > i and is_title(line) else i
    return i
# A speaker's initials or short form alone on a line, the words below it ("S.Ll.", "Sal.").
INITIALS = r"(?:[A-Z][a-z]{0,2}\.){1,3}"
INITIALS_LINE_RE = re.compile(rf"[ \t]*(?P<names>{INITIALS})[ \t]*\n(?=[ \t]*\S)")
# The line under a notebook's title that says whose notebook it is.
NOTEBOOK_LINE_RE = re.compile(r"[ \t]*(?:The\s+)?(?:Cabinet\s+Secretary(?:'|’)s\s+)?Note-?book\s+of\s+the\s+[A-Z][\w ]{2,60}\.?[ \t]*")
# The table of contents under the list: "CONTENTS" / "Minute No.  Subject" / "1   Hungary".
CONTENTS_RE = re.compile(r"[ \t]*CONTENTS(?:[ \t]*(?:\n|$)|[ \t]+Minute\s+No\.)")
# The place and date the conclusions close with: "Cabinet Office, S.W. 1." / "1st November, 1956.".
CLOSING_RE = re.compile(r"[ \t]*Cabinet\s+Office,\s*S\.\s?W\.\s?1\.?,?(?:\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}\.?)?\s*")
# The number of a minute before its first paragraph: "1. The Foreign Secretary said ...".
MINUTE_NUMBER_RE = re.compile(r"[ \t]*\d{1,2}\.[ \t]+(?=[A-Z])")
# A minute's heading printed alone on its line, its number before the first paragraph:
# "Oil Supplies" / "2. The Chancellor of the Exchequer said ...".
_HEADING_LINE_RE = re.compile(r"[ \t]*(?P<title>[A-Z][\w'’-]*:?(?:[ \t]+(?:[A-Za-z][\w'’-]*:?|[&—–-])){0,7}\.?)[ \t]*(?:\n|$)")


def not_the_record(text: str, a: int, b: int) -> bool:
    """A paragraph of the conclusions that is no speech: a previous
    reference, the table of contents, the closing place and date."""
    return bool(PREVIOUS_REFERENCE_RE.fullmatch(text, a, b) or CONTENTS_RE.match(text, a, b)
                or CLOSING_RE.fullmatch(text, a, b) or NOTEBOOK_LINE_RE.fullmatch(text, a, b))


def minute_heading(text: str, a: int, b: int, end: int | None = None) -> tuple[int, int] | None:
    """The title of a minute heading that stands alone (a previous reference
    may follow it) before a paragraph opening with the minute's number, or
    a notebook's item heading before a speaker's initials ("Defence: east of
    Suez." / "D.H."); the paragraph after it must start before ``end`` (the
    body's end: a signature above the notes is no heading of note 1)."""
    m = _HEADING_LINE_RE.match(text, a, b)
    if not m:
        return None
    rest = m.end()
    ref = PREVIOUS_REFERENCE_RE.match(text, rest, b)
    if ref:
        rest = ref.end()
    if text[rest:b].strip():
        return None
    following = re.compile(r"\s*").match(text, b).end()
    if end is not None and following >= end:
        return None
    title_end = m.end("title")
    if MINUTE_NUMBER_RE.match(text, following) and not text[m.start("title"):title_end].endswith((".", ":")):
        return m.start("title"), title_end
    if INITIALS_LINE_RE.match(text, following) and not INITIALS_LINE_RE.match(text, a):
        return m.start("title"), title_end - 1 if text[title_end - 1] == "." else title_end
    return None


# The title of conclusions whose header a PDF copy ran together on one line:
# "... C.M. (56) 91st Conclusions CABINET 91 (56) CONCLUSIONS of a Meeting of
# the Cabinet held at ..., on Tuesday, 20th November, 1956, at 11 a.m. Present: ...".
_FLAT_TITLE_RE = re.compile(
    r"CONCLUSIONS\s+of\s+a\s+Meeting\s+of\s+the\s+Cabinet\b.{0,200}?\d{4}(?:,?\s+at\s+[\d.]+\s*[ap]\.m\.)?"
    r"(?=\s+Present\s*:|\s*$)")


def flattened_title(line: str) -> tuple[int, int] | None:
    """(start, end) of the title inside a header run together on one line
    after the header's marks, or None."""
    m = _FLAT_TITLE_RE.search(line)
    if not m or m.start() == 0 or not re.search(r"CABINET|C\.\s?[MC]\.\s*\(\d\d\)", line[:m.start()]):
        return None
    return m.start(), m.end()
