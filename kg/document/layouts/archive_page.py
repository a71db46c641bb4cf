"""The header of a digital-archive page or an edition: a date line, the
title, then fields such as ``Citation:``, ``Summary:``, ``Original Language:``,
and ``[Source: ...]`` lines that give the record's archival citation."""

from __future__ import annotations

import re

from kg.text.names import FULL_SURNAME

FIELD_NAMES = (
    "Citation", "Summary", "Original Language", "Contents", "Source", "Original Archive",
    "Author", "Authors", "Translated by", "Translation", "Keywords", "Subjects", "Subject",
    "Document Type", "Language", "Record ID", "Date", "Archive", "Credit",
)
FIELD_RE = re.compile(
    r"^[ \t]*(?:\*\*)?[ \t]*(?P<name>" + "|".join(re.escape(n) for n in FIELD_NAMES) + r")"
    r"[ \t]*:[ \t]*(?:\*\*)?[ \t]*(?P<value>.*?)[ \t]*(?:\*\*)?[ \t]*$",
    re.IGNORECASE,
)
SOURCE_LINE_RE = re.compile(
    r"^[ \t]*(?:\[[ \t]*Source[ \t]*:[ \t]*(?P<value>.+?)[ \t]*\]|\**Source\**[ \t]*:\**[ \t]*(?P<plain>.+?))[ \t]*$",
    re.IGNORECASE,
)

# In a citation: who compiled the record ("compiled by M. Kramer"), its
# address, the body that holds it ("Wilson Center Digital Archive").
COMPILER_RE = re.compile(
    r"\b(?:[Cc]ompiled|[Rr]ecorded|[Tt]aken|[Kk]ept|[Ww]ritten|[Pp]repared)\s+by\s+"
    r"(?P<name>(?:[A-Z]\.\s?){0,3}" + FULL_SURNAME + ")"
)
URL_RE = re.compile(r"https?://[^\s<>\"]+")
DOCUMENT_ID_RE = re.compile(r"/document/(\w+)")
HOLDER_RE = re.compile(r"\b((?:[A-Z][\w.]*\s+){0,4}(?:Digital\s+Archive|Library|Archives?))\b(?!\s*\()")
# Archive abbreviations that may stand before "Archive" in a citation and are no holder of the page.
NOT_HOLDERS_RE = re.compile(r"(?:TsKhSD|APRF|RGASPI|GARF)")
# "Contents: Translation - English": the language of the text.
TRANSLATION_LANGUAGE_RE = re.compile(r"Translation\s*-\s*(\w+)")
WORD_RE = re.compile(r"[A-Za-z-]+")
