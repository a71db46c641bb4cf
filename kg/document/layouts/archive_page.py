"""The header of a digital-archive page or an edition: a date line, the
title, then fields such as ``Citation:``, ``Summary:``, ``Original Language:``,
and ``[Source: ...]`` lines that give the record's archival citation."""

from __future__ import annotations

import re

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
