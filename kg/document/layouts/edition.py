"""A documentary edition's reading page or a book of documents: the
document's number before its title ("45. Telegram From ...", "DOCUMENT No.
23"), the source-note marker glued to the end of the title ("... to the
Department of State1", "... July 12, 19561"), and the edition's notes whose
first note is the source note ("1. Source: National Archives, RG 59, ..."), and
the editors' frame between documents ("54. Editorial Note" and its paragraphs),
which belongs to no record."""

from __future__ import annotations

import re

# "DOCUMENT No. 23", "Document 23" on a line of its own.
DOCUMENT_NUMBER_LINE_RE = re.compile(r"^[ \t*]*(?:DOCUMENT|Document|No\.)\s+(?:No\.\s*)?(?P<number>\d{1,4})[ \t*.]*$")
# "45. " before a title.
NUMBER_BEFORE_TITLE_RE = re.compile(r"^[ \t*]*(?P<number>\d{1,4})\.[ \t]+(?=[A-Z])")
# A note marker glued to the title's last word or to a year: "State1", "19561".
GLUED_TITLE_MARKER_RE = re.compile(r"(?:(?<=[a-z.)])|(?<=\b1[89][0-9]{2}))(?P<number>[0-9]{1,2})(?=[ \t*]*$)")
# The heading of the editors' note between two documents: "54. Editorial Note".
EDITORIAL_NOTE_RE = re.compile(r"^[ \t*]*(?:\d{1,4}\.[ \t]+)?Editorial[ \t]+Note[ \t*.]*$", re.IGNORECASE)
