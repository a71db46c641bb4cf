"""How notes are laid out: the heading of the notes section, the number that
opens a note, and the markers in the text that call it (``(8)``, ``[8]``,
or a bare number glued to a word in book scans: ``Egypt.165``)."""

from __future__ import annotations

import re

from kg.text.months import MONTHS

NOTES_HEADING_RE = re.compile(
    r"^[ \t*_#]*(?P<head>(?:(?:Translator|Editor|Translators|Editors)(?:'|’)?s?(?:'|’)?\s+|Editorial\s+|Explanatory\s+|End\s*)?Notes?)"
    r"[ \t]*(?::[ \t]*(?P<rest>.*?))?[ \t*_]*$",
    re.IGNORECASE,
)
# "1 ", "1.", "1)", "[1] " or "(1) " at a line start opens a note, unless a month follows ("1 November").
NOTE_START_RE = re.compile(
    rf"^[ \t]*(?P<open>[\[(])?(?P<num>\d{{1,3}})(?(open)[\])][ \t]|(?:\.|\)|[ \t]))[ \t]*(?!(?:{MONTHS})\b)(?=\S)"
)
# An edition's source note: "1. Source: National Archives, RG 59, ...".
SOURCE_NOTE_RE = re.compile(r"^[ \t]*(?:\[1\]|\(1\)|1\.?)[ \t]+Source[ \t]*:")
# A rule that sets notes off at the foot of a page: "----------", "__________".
RULE_RE = re.compile(r"^[ \t]*(?:-{5,}|_{5,}|—{3,})[ \t]*$")
PAREN_MARKER_RE = re.compile(r"\(\s?(\d{1,3}|\*)\s?\)")
BRACKET_MARKER_RE = re.compile(r"\[(\d{1,3})\]")
GLUED_MARKER_RE = re.compile(r"(?<=[A-Za-z\.,;:!?”\"’')])(\d{1,3})(?=[\s,.;:]|$)")
# A marker closing a title or a list entry: "... Presidium (1)", "Kadar[2]".
MARKER_AT_END_RE = re.compile(r"(?:\(\s?(?:\d{1,3}|\*)\s?\)|\[\d{1,3}\])$")
# A numbered marker, alone: "(8)", "( 8 )".
NUMBERED_MARKER = r"\(\s?\d{1,3}\s?\)"


def without_markers(words: str) -> str:
    """``words`` with every numbered marker "(8)" taken out."""
    return re.sub(NUMBERED_MARKER, "", words)
